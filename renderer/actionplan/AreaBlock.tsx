/** One område: its heading and progress, its delmål each with their activities, then activities without a delmål. */
import { useTranslation } from 'react-i18next';
import type { AreaView, PlanAreaId, PlanGoalId, PlanId } from '../../shared/actionplan/schema';
import { toApiFailure } from '../api/ApiFailure';
import { useApi } from '../api/ApiContext';
import { useToasts } from '../common/toastContext';
import { useUndoableNotice } from '../history/useUndoableNotice';
import { errorMessage } from '../i18n/describeError';
import { ActivityTable } from './ActivityTable';
import type { OpenPlanDialog } from './planDialogs';
import { ProgressFigure } from './ProgressFigure';
import { progressOf } from '../../shared/actionplan/rules';
import type { PlanWords } from './planWords';
import { moveBy } from './reorder';
import { NewRiskFromArea } from '../risks/NewRiskFromArea';

export interface AreaBlockProps {
  readonly planId: string;
  readonly view: AreaView;
  readonly areaIds: readonly string[];
  readonly open: OpenPlanDialog;
  readonly words: PlanWords;
}

export function AreaBlock({ planId, view, areaIds, open, words }: AreaBlockProps) {
  const { t } = useTranslation();
  const api = useApi();
  const { show } = useToasts();
  const notice = useUndoableNotice();
  const { area } = view;
  const fail = (failure: unknown) => show({ tone: 'error', message: errorMessage(t, toApiFailure(failure)) });
  const moveArea = (delta: -1 | 1) => {
    const ids = moveBy(areaIds, area.id, delta);
    if (ids) api.invoke('planArea.reorder', { planId: planId as PlanId, ids: ids as PlanAreaId[] }).catch(fail);
  };
  const goalIds = view.goals.map((g) => g.goal.id as string);
  const moveGoal = (id: string, delta: -1 | 1) => {
    const ids = moveBy(goalIds, id, delta);
    if (ids) api.invoke('planGoal.reorder', { areaId: area.id, ids: ids as PlanGoalId[] }).catch(fail);
  };
  const deleteGoal = (id: PlanGoalId, title: string) => {
    api
      .invoke('planGoal.delete', { id })
      .then(() => notice(t('plan.goal.deleted', { title }), 'planGoal.delete'))
      .catch(fail);
  };
  const tableProps = {
    areaId: area.id,
    words,
    onOpen: (activity: AreaView['activities'][number]) => open({ kind: 'details', area: view, activity }),
    onEdit: (activity: AreaView['activities'][number]) => open({ kind: 'activity', area: view, goalId: activity.goalId, activity }),
  };

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
            {t('common.edit')}
          </button>
          <button type="button" className="button button--small" aria-label={words.area.deleteNamed(area.title)} onClick={() => open({ kind: 'deleteArea', area: view })}>
            {t('common.delete')}
          </button>
        </div>
      </div>
      {area.description ? <p className="prose plan-area__description">{area.description}</p> : null}
      <ProgressFigure progress={view.progress} name={area.title} />
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
                {t('common.edit')}
              </button>
              <button type="button" className="button button--small" aria-label={words.goal.delete(goal.title)} onClick={() => deleteGoal(goal.id, goal.title)}>
                {t('common.delete')}
              </button>
            </div>
          </div>
          <ProgressFigure progress={progress} name={goal.title} />
          <ActivityTable {...tableProps} caption={words.caption(goal.title)} goalId={goal.id} activities={activities} />
        </section>
      ))}
      {view.activities.length > 0 || view.goals.length === 0 ? (
        <section className="plan-goal" aria-labelledby={`ungrouped-${area.id}`}>
          <h3 id={`ungrouped-${area.id}`} className="plan-goal__title">
            {t('plan.area.ungrouped')}
          </h3>
          {view.goals.length > 0 ? <ProgressFigure progress={progressOf(view.activities)} name={`${area.title}, ${t('plan.area.ungrouped')}`} /> : null}
          <ActivityTable {...tableProps} caption={t('plan.activity.caption', { name: `${area.title}, ${t('plan.area.ungrouped')}` })} goalId={null} activities={view.activities} />
        </section>
      ) : null}
      <div className="plan-area__add">
        <button type="button" className="button" aria-label={words.newGoalIn(area.title)} onClick={() => open({ kind: 'goal', areaId: area.id })}>
          {t('plan.goal.new')}
        </button>
        <button type="button" className="button" aria-label={words.newActivityIn(area.title)} onClick={() => open({ kind: 'activity', area: view, goalId: view.goals.at(-1)?.goal.id ?? null })}>
          {t('plan.activity.new')}
        </button>
        <NewRiskFromArea planId={planId} area={area} />
      </div>
    </section>
  );
}
