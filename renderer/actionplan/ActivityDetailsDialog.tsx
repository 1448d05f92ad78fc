import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity } from '../../shared/actionplan/schema';
import { Dialog } from '../common/Dialog';
import { HealthLabel, OverdueBadge } from './ActivityBadges';
import { HistoryTimeline } from './HistoryTimeline';
import { dateRange } from './planFormat';
import { TracePanel } from './TracePanel';

export interface ActivityDetailsDialogProps {
  readonly activity: Activity;
  readonly onEdit: () => void;
  readonly onDelete: () => void;
  readonly onClose: () => void;
}

/** An activity in full: its facts, where it came from (spårning) and its timeline. */
export function ActivityDetailsDialog({ activity, onEdit, onDelete, onClose }: ActivityDetailsDialogProps) {
  const { t, i18n } = useTranslation();
  const traceId = useId();
  const historyId = useId();
  const none = t('plan.details.none');
  const responsible = [activity.responsibleName, activity.responsibleOrganisation, activity.responsibleHuvudman ? t(`huvudman.${activity.responsibleHuvudman}`) : '']
    .filter(Boolean)
    .join(', ');
  return (
    <Dialog title={t('plan.details.title', { what: activity.what })} onClose={onClose} className="dialog--wide plan-details">
      <dl className="plan-details__facts">
        <dt>{t('plan.activity.status')}</dt>
        <dd>
          {t(`plan.activityStatus.${activity.status}`)} <OverdueBadge overdue={activity.overdue} label={t('plan.activity.overdue')} />
        </dd>
        <dt>{t('plan.activity.health')}</dt>
        <dd>
          <HealthLabel activity={activity} label={t(`plan.health.${activity.health}`)} />
        </dd>
        <dt>{t('plan.activity.responsibleName')}</dt>
        <dd>{responsible || none}</dd>
        <dt>{t('plan.activity.columns.schedule')}</dt>
        <dd>{dateRange(t, i18n.language, activity.start, activity.due, none)}</dd>
        <dt>{t('plan.activity.notes')}</dt>
        <dd className="prose">{activity.notes || none}</dd>
      </dl>
      <TracePanel activityId={activity.id} headingId={traceId} />
      <HistoryTimeline activityId={activity.id} headingId={historyId} />
      <div className="dialog__buttons">
        <button type="button" className="button button--danger" onClick={onDelete}>
          {t('plan.activity.delete')}
        </button>
        <button type="button" className="button" onClick={onEdit}>
          {t('plan.details.edit')}
        </button>
        <button type="button" className="button button--primary" onClick={onClose}>
          {t('plan.details.close')}
        </button>
      </div>
    </Dialog>
  );
}
