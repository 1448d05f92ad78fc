import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Device } from '../../shared/join/schema';
import { type JoinNews, joinNews } from './joinNews';

interface Heard {
  readonly news: readonly JoinNews[];
  readonly total: number;
}

/**
 * Reads out, politely, who has just joined. Kept outside the panel so joins
 * are heard while the panel is closed; the total makes two joins in a row
 * two different sentences, which screen readers then both read.
 */
export function JoinAnnouncer({ devices }: { readonly devices: readonly Device[] | undefined }) {
  const { t } = useTranslation();
  const [seen, setSeen] = useState(devices);
  const [heard, setHeard] = useState<Heard | null>(null);
  if (seen !== devices) {
    setSeen(devices);
    const news = joinNews(seen, devices ?? []);
    if (news.length > 0) setHeard({ news, total: devices?.length ?? 0 });
  }
  const sentences = heard
    ? [...heard.news.map((item) => (item.kind === 'named' ? t('join.news.named', { name: item.name }) : t('join.news.device'))), t('join.news.total', { count: heard.total })]
    : [];
  return (
    <p className="visually-hidden" role="status">
      {sentences.join(' ')}
    </p>
  );
}
