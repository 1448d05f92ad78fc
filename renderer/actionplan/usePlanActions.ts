/**
 * The plan page's moves and deletes of områden, delmål and activities, made
 * once for the page: its blocks and tables then need no hooks of their own
 * (hundreds of them on a long plan) and get the same functions on every
 * render. Each move sends the full new order of one list in one reorder
 * call, so a move is one undo step.
 */
import { useMemo } from 'react';
import type { ActivityId, PlanAreaId, PlanGoalId, PlanId } from '../../shared/actionplan/schema';
import { toApiFailure } from '../api/ApiFailure';
import { useApi } from '../api/ApiContext';
import { useToasts } from '../common/toastContext';
import { useUndoableNotice } from '../history/useUndoableNotice';
import { errorMessage } from '../i18n/describeError';

export interface PlanActions {
  readonly reorderAreas: (ids: readonly string[]) => void;
  readonly reorderGoals: (areaId: PlanAreaId, ids: readonly string[]) => void;
  readonly reorderActivities: (areaId: string, goalId: string | null, ids: readonly string[]) => void;
  readonly deleteGoal: (id: PlanGoalId, title: string) => void;
}

export function usePlanActions(planId: PlanId): PlanActions {
  const api = useApi();
  const { show } = useToasts();
  const notice = useUndoableNotice();
  return useMemo(() => {
    const fail = (failure: unknown) => show({ tone: 'error', message: (t) => errorMessage(t, toApiFailure(failure)) });
    return {
      reorderAreas: (ids) => {
        api.invoke('planArea.reorder', { planId, ids: ids as PlanAreaId[] }).catch(fail);
      },
      reorderGoals: (areaId, ids) => {
        api.invoke('planGoal.reorder', { areaId, ids: ids as PlanGoalId[] }).catch(fail);
      },
      reorderActivities: (areaId, goalId, ids) => {
        api.invoke('planActivity.reorder', { areaId: areaId as PlanAreaId, goalId: goalId as PlanGoalId | null, ids: ids as ActivityId[] }).catch(fail);
      },
      deleteGoal: (id, title) => {
        api
          .invoke('planGoal.delete', { id })
          .then(() => notice((t) => t('plan.goal.deleted', { title }), 'planGoal.delete'))
          .catch(fail);
      },
    };
  }, [api, show, notice, planId]);
}
