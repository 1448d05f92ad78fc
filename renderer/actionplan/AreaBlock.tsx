/**
 * One område: its heading and progress, its delmål each with their
 * activities, then activities without a delmål. Memoised: the page keeps
 * unchanged områden of a refetched plan, so a change renders only its own.
 */
import { memo } from 'react';
import type { AreaView } from '../../shared/actionplan/schema';
import { progressOf } from '../../shared/actionplan/rules';
import { ActivityTable } from './ActivityTable';
import type { OpenPlanDialog } from './planDialogs';
import type { PlanWords } from './planWords';
import { ProgressFigure } from './ProgressFigure';
import { moveBy } from './reorder';
import type { PlanActions } from './usePlanActions';
import { NewRiskFromArea } from '../risks/NewRiskFromArea';

export interface AreaBlockProps {
  readonly view: AreaView;
  readonly areaIds: readonly string[];
  readonly open: OpenPlanDialog;
  readonly words: PlanWords;
  readonly actions: PlanActions;
}

export const AreaBlock = memo(function AreaBlock({ view, areaIds, open, words, actions }: AreaBlockProps) {
  const { area } = view;
  const moveArea = (delta: -1 | 1) => {
    const ids = moveBy(areaIds, area.id, delta);
    if (ids) actions.reorderAreas(ids);
  };
  const goalIds = view.goals.map((g) => g.goal.id as string);
  const moveGoal = (id: string, delta: -1 | 1) => {
    const ids = moveBy(goalIds, id, delta);
    if (ids) actions.reorderGoals(area.id, ids);
  };
  const tableProps = {
    areaId: area.id,
    words,
    reorder: actions.reorderActivities,
    onOpen: (activity: AreaView['activities'][number]) => open({ kind: 'details', area: view, activity }),
    onEdit: (activity: AreaView['activities'][number]) => open({ kind: 'activity', area: view, goalId: activity.goalId, activity }),
  };
  const ungrouped = `${area.title}, ${words.ungrouped}`;

  return (
    <section className="plan-area" aria-labelledby={`area-${area.id}`}>
      <div className="plan-area__header">
        <h2 id={`area-${area.id}`} className="plan-area__title">
          {area.title}
        </h2>
        <div className="plan-row-actions">
          <button type="button" className="button button--small" aria-label={words.area.moveUp(area.title)} onClick={() => moveArea(-1)}>
            ↑
          </button>
          <button type="button" className="button button--small" aria-label={words.area.moveDown(area.title)} onClick={() => moveArea(1)}>
            ↓
          </button>
          <button type="button" className="button button--small" aria-label={words.area.editNamed(area.title)} onClick={() => open({ kind: 'area', area })}>
            {words.editText}
          </button>
          <button type="button" className="button button--small" aria-label={words.area.deleteNamed(area.title)} onClick={() => open({ kind: 'deleteArea', area: view })}>
            {words.deleteText}
          </button>
        </div>
      </div>
      {area.description ? <p className="prose plan-area__description">{area.description}</p> : null}
      <ProgressFigure progress={view.progress} name={area.title} words={words.progress} />
      {view.goals.map(({ goal, progress, activities }) => (
        <section key={goal.id} className="plan-goal" aria-labelledby={`goal-${goal.id}`}>
          <div className="plan-area__header">
            <h3 id={`goal-${goal.id}`} className="plan-goal__title">
              {goal.title}
            </h3>
            <div className="plan-row-actions">
              <button type="button" className="button button--small" aria-label={words.goal.moveUp(goal.title)} onClick={() => moveGoal(goal.id, -1)}>
                ↑
              </button>
              <button type="button" className="button button--small" aria-label={words.goal.moveDown(goal.title)} onClick={() => moveGoal(goal.id, 1)}>
                ↓
              </button>
              <button type="button" className="button button--small" aria-label={words.goal.edit(goal.title)} onClick={() => open({ kind: 'goal', areaId: area.id, goal })}>
                {words.editText}
              </button>
              <button type="button" className="button button--small" aria-label={words.goal.delete(goal.title)} onClick={() => actions.deleteGoal(goal.id, goal.title)}>
                {words.deleteText}
              </button>
            </div>
          </div>
          <ProgressFigure progress={progress} name={goal.title} words={words.progress} />
          <ActivityTable {...tableProps} caption={words.caption(goal.title)} goalId={goal.id} activities={activities} />
        </section>
      ))}
      {view.activities.length > 0 || view.goals.length === 0 ? (
        <section className="plan-goal" aria-labelledby={`ungrouped-${area.id}`}>
          <h3 id={`ungrouped-${area.id}`} className="plan-goal__title">
            {words.ungrouped}
          </h3>
          {view.goals.length > 0 ? <ProgressFigure progress={progressOf(view.activities)} name={ungrouped} words={words.progress} /> : null}
          <ActivityTable {...tableProps} caption={words.caption(ungrouped)} goalId={null} activities={view.activities} />
        </section>
      ) : null}
      <div className="plan-area__add">
        <button type="button" className="button" aria-label={words.newGoalIn(area.title)} onClick={() => open({ kind: 'goal', areaId: area.id })}>
          {words.newGoal}
        </button>
        <button type="button" className="button" aria-label={words.newActivityIn(area.title)} onClick={() => open({ kind: 'activity', area: view, goalId: view.goals.at(-1)?.goal.id ?? null })}>
          {words.newActivity}
        </button>
        <NewRiskFromArea area={area} label={words.newRiskIn(area.title)} text={words.newRisk} />
      </div>
    </section>
  );
});
