import type { Activity, AreaView, PlanArea, PlanGoal } from '../../shared/actionplan/schema';

/** The one dialog the plan page may have open, with what it is about. */
export type PlanDialogState =
  | { readonly kind: 'area'; readonly area?: PlanArea }
  | { readonly kind: 'goal'; readonly areaId: string; readonly goal?: PlanGoal }
  | { readonly kind: 'activity'; readonly area: AreaView; readonly goalId: string | null; readonly activity?: Activity }
  | { readonly kind: 'details'; readonly area: AreaView; readonly activity: Activity }
  | { readonly kind: 'deleteArea'; readonly area: AreaView }
  | { readonly kind: 'deleteActivity'; readonly activity: Activity };

export type OpenPlanDialog = (dialog: PlanDialogState) => void;

/** Every activity of an område, delmål first in their order, then those without one. */
export function areaActivities(view: AreaView): Activity[] {
  return [...view.goals.flatMap((goal) => goal.activities), ...view.activities];
}
