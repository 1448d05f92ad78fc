import { useTranslation } from 'react-i18next';
import type { Activity } from '../../../shared/actionplan/schema';

/** Status, health (always in words beside the colour) and overdue, as the activity stands now. */
export function ActivityState({ activity }: { readonly activity: Activity }) {
  const { t } = useTranslation();
  return (
    <dl className="facts facts--inline activity-state">
      <div className="facts__row">
        <dt>{t('fields.status')}</dt>
        <dd>{t(`plan.activityStatus.${activity.status}`)}</dd>
      </div>
      <div className="facts__row">
        <dt>{t('fields.health')}</dt>
        <dd>
          <span className={`health-dot health-dot--${activity.health}`} aria-hidden="true" />
          {t(`plan.health.${activity.health}`)}
          {activity.health !== 'gron' && activity.healthReason ? ` – ${activity.healthReason}` : ''}
        </dd>
      </div>
      {activity.overdue ? (
        <div className="facts__row">
          <dt>{t('fields.due')}</dt>
          <dd className="activity-state__overdue">{t('meetings.agenda.overdue')}</dd>
        </div>
      ) : null}
    </dl>
  );
}
