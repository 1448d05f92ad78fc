import type { Activity } from '../../shared/actionplan/schema';

/*
 * Overdue and health (colour with its word beside it) look the same
 * wherever an activity appears. They take their words from the parent,
 * which translates them once for many rows.
 */

export function OverdueBadge({ overdue, label }: { readonly overdue: boolean; readonly label: string }) {
  return overdue ? <span className="plan-badge plan-badge--overdue">{label}</span> : null;
}

export function HealthLabel({ activity, label }: { readonly activity: Pick<Activity, 'health' | 'healthReason'>; readonly label: string }) {
  return (
    <span className="plan-health">
      <span className={`plan-health__dot plan-health__dot--${activity.health}`} aria-hidden="true" />
      {label}
      {activity.health !== 'gron' && activity.healthReason ? <span className="plan-health__reason">{activity.healthReason}</span> : null}
    </span>
  );
}
