import { useTranslation } from 'react-i18next';
import type { Activity } from '../../shared/actionplan/schema';

/** Status, health (colour with its word beside it) and overdue, the same wherever an activity appears. */
export function OverdueBadge({ overdue }: { readonly overdue: boolean }) {
  const { t } = useTranslation();
  return overdue ? <span className="plan-badge plan-badge--overdue">{t('plan.activity.overdue')}</span> : null;
}

export function HealthLabel({ activity }: { readonly activity: Pick<Activity, 'health' | 'healthReason'> }) {
  const { t } = useTranslation();
  return (
    <span className="plan-health">
      <span className={`plan-health__dot plan-health__dot--${activity.health}`} aria-hidden="true" />
      {t(`plan.health.${activity.health}`)}
      {activity.health !== 'gron' && activity.healthReason ? <span className="plan-health__reason">{activity.healthReason}</span> : null}
    </span>
  );
}
