/** Renders whichever plan dialog is open; destructive steps confirm first and offer undo after. */
import { useTranslation } from 'react-i18next';
import type { PlanView } from '../../shared/actionplan/schema';
import { useApi } from '../api/ApiContext';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { useUndoableNotice } from '../history/useUndoableNotice';
import { ActivityDetailsDialog } from './ActivityDetailsDialog';
import { ActivityDialog } from './ActivityDialog';
import { areaActivities, type OpenPlanDialog, type PlanDialogState } from './planDialogs';
import { StructureDialog } from './StructureDialog';

export interface PlanDialogsProps {
  readonly view: PlanView;
  readonly dialog: PlanDialogState | null;
  readonly open: OpenPlanDialog;
  readonly close: () => void;
}

export function PlanDialogs({ view, dialog, open, close }: PlanDialogsProps) {
  const { t } = useTranslation();
  const api = useApi();
  const notice = useUndoableNotice();
  if (!dialog) return null;
  switch (dialog.kind) {
    case 'area':
      return <StructureDialog target={{ kind: 'area', planId: view.plan.id, ...(dialog.area ? { area: dialog.area } : {}) }} onClose={close} />;
    case 'goal':
      return <StructureDialog target={{ kind: 'goal', areaId: dialog.areaId, ...(dialog.goal ? { goal: dialog.goal } : {}) }} onClose={close} />;
    case 'activity':
      return <ActivityDialog area={dialog.area} goalId={dialog.goalId} activity={dialog.activity} onClose={close} />;
    case 'details': {
      // Show the activity as the plan holds it now, so a change made meanwhile is seen.
      const area = view.areas.find((a) => a.area.id === dialog.activity.areaId) ?? dialog.area;
      const activity = areaActivities(area).find((a) => a.id === dialog.activity.id) ?? dialog.activity;
      return (
        <ActivityDetailsDialog
          activity={activity}
          onClose={close}
          onEdit={() => open({ kind: 'activity', area, goalId: activity.goalId, activity })}
          onDelete={() => open({ kind: 'deleteActivity', activity })}
        />
      );
    }
    case 'deleteArea': {
      const { area } = dialog.area;
      const count = areaActivities(dialog.area).length;
      return (
        <ConfirmDialog
          title={t('plan.area.deleteTitle')}
          message={t('plan.area.deleteMessage', { title: area.title, count })}
          confirmLabel={t('plan.area.delete')}
          danger
          returnFocus="heading"
          onConfirm={async () => {
            await api.invoke('planArea.delete', { id: area.id });
            notice((t) => t('plan.area.deleted', { title: area.title }), 'planArea.delete');
          }}
          onClose={close}
        />
      );
    }
    case 'deleteActivity': {
      const { activity } = dialog;
      return (
        <ConfirmDialog
          title={t('plan.activity.deleteTitle')}
          message={t('plan.activity.deleteMessage', { what: activity.what })}
          confirmLabel={t('plan.activity.delete')}
          danger
          returnFocus="heading"
          onConfirm={async () => {
            await api.invoke('planActivity.delete', { id: activity.id });
            notice((t) => t('plan.activity.deleted', { what: activity.what }), 'planActivity.delete');
          }}
          onClose={close}
        />
      );
    }
  }
}
