/** An activity's own timeline of status and health changes, oldest first, as the append-only history holds them. */
import { useTranslation } from 'react-i18next';
import type { ActivityId, HistoryEntry } from '../../shared/actionplan/schema';
import { useQuery } from '../api/useQuery';
import { formatDateTime } from '../common/format';
import { Loading } from '../common/Loading';
import { QueryError } from '../common/QueryError';
import type { Translate } from '../i18n/translate';

function valueLabel(t: Translate, entry: HistoryEntry, value: string): string {
  return entry.field === 'status' ? t(`plan.activityStatus.${value}`) : t(`plan.health.${value}`);
}

export function HistoryTimeline({ activityId, headingId }: { readonly activityId: string; readonly headingId: string }) {
  const { t, i18n } = useTranslation();
  const history = useQuery('planActivity.history', { id: activityId as ActivityId });
  return (
    <section className="plan-history" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('plan.details.history')}</h3>
      {history.error ? <QueryError error={history.error} onRetry={history.reload} /> : null}
      {!history.data && !history.error ? <Loading /> : null}
      {history.data?.length === 0 ? <p className="muted">{t('plan.details.historyEmpty')}</p> : null}
      {history.data && history.data.length > 0 ? (
        <ol className="plan-history__list">
          {history.data.map((entry) => (
            <li key={entry.id}>
              <span className="plan-history__change">
                {t('plan.details.historyEntry', {
                  field: entry.field === 'status' ? t('plan.details.fieldStatus') : t('plan.details.fieldHealth'),
                  from: valueLabel(t, entry, entry.from),
                  to: valueLabel(t, entry, entry.to),
                })}
              </span>{' '}
              <span className="muted">{t('plan.details.historyBy', { by: entry.by, at: formatDateTime(entry.at, i18n.language) })}</span>
              {entry.reason ? <span className="plan-history__note">{t('plan.details.historyReason', { reason: entry.reason })}</span> : null}
              {entry.comment ? <span className="plan-history__note">{entry.comment}</span> : null}
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
