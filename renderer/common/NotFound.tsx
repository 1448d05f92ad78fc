import { useTranslation } from 'react-i18next';
import { ViewHeading } from './ViewHeading';

/** Shown when a link points at something that no longer exists (deleted, undone, restored away). */
export function NotFound({ title, message }: { readonly title: string; readonly message: string }) {
  const { t } = useTranslation();
  return (
    <section className="view view--narrow">
      <ViewHeading>{title}</ViewHeading>
      <p>{message}</p>
      <p>
        <a className="button button--primary" href="#/">
          {t('common.backToStart')}
        </a>
      </p>
    </section>
  );
}
