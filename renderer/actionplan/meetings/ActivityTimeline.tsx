import { useTranslation } from 'react-i18next';
import type { Activity } from '../../../shared/actionplan/schema';
import { useQuery } from '../../api/useQuery';
import { formatDateTime } from '../../common/format';
import { Loading } from '../../common/Loading';
import { QueryError } from '../../common/QueryError';
import { changeSummary } from './changeText';

/** The activity's own append-only history of status and health changes, oldest first. */
export function ActivityTimeline({ activity }: { readonly activity: Activity }) {
  const { t, i18n } = useTranslation();
  const history = useQuery('planActivity.history', { id: activity.id });
  if (history.error) return <QueryError error={history.error} onRetry={history.reload} />;
  if (!history.data) return <Loading />;
  if (history.data.length === 0) return <p className="timeline__empty">{t('meetings.timeline.empty')}</p>;
  return (
    <ol className="timeline" aria-label={t('meetings.timeline.label', { what: activity.what })}>
      {history.data.map((entry) => (
        <li key={entry.id} className="timeline__entry">
          <span className="timeline__change">{changeSummary(t, entry)}</span>
          {entry.reason ? <span> ({entry.reason})</span> : null}
          {entry.comment ? <span> – {entry.comment}</span> : null}
          <span className="timeline__when">
            {' '}
            · {entry.by}, <time dateTime={entry.at}>{formatDateTime(entry.at, i18n.language)}</time>
            {entry.meetingId ? ` · ${t('meetings.timeline.atMeeting')}` : ''}
          </span>
        </li>
      ))}
    </ol>
  );
}
