/**
 * Adds or edits an activity. A new one is created in one call with its
 * first status and health. An edit may touch the fields, the progress
 * (recorded with who made it) and the delmål; every part is checked against
 * the contract before anything is sent, so a refusal saves nothing.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type Activity,
  type ActivityStatus,
  activityStatuses,
  type AreaView,
  type Health,
  healthValues,
  PLAN_LIMITS,
  type PlanGoalId,
} from '../../shared/actionplan/schema';
import type { Huvudman } from '../../shared/participant/schema';
import { useApi } from '../api/ApiContext';
import { FormDialog } from '../common/FormDialog';
import { SelectField } from '../common/SelectField';
import { TextAreaField } from '../common/TextAreaField';
import { TextField } from '../common/TextField';
import { useToasts } from '../common/toastContext';
import { useSubmission } from '../common/useSubmission';
import { huvudmanOptions } from '../participants/huvudmanOptions';
import { precheck } from './precheck';
import { useRememberedName } from './useRememberedName';

const FIELDS = ['what', 'goalId', 'responsibleName', 'responsibleOrganisation', 'responsibleHuvudman', 'start', 'due', 'status', 'health', 'healthReason', 'by', 'comment', 'notes'] as const;
const NO_GOAL = '';
const NO_HUVUDMAN = '';

export interface ActivityDialogProps {
  readonly area: AreaView;
  readonly goalId: string | null;
  readonly activity?: Activity | undefined;
  readonly onClose: () => void;
}

export function ActivityDialog({ area, goalId: initialGoal, activity, onClose }: ActivityDialogProps) {
  const { t } = useTranslation();
  const api = useApi();
  const { show } = useToasts();
  const [by, setBy] = useRememberedName();
  const [what, setWhat] = useState(activity?.what ?? '');
  const [goalId, setGoalId] = useState<string>(activity?.goalId ?? initialGoal ?? NO_GOAL);
  const [responsibleName, setResponsibleName] = useState(activity?.responsibleName ?? '');
  const [responsibleOrganisation, setResponsibleOrganisation] = useState(activity?.responsibleOrganisation ?? '');
  const [huvudman, setHuvudman] = useState<Huvudman | typeof NO_HUVUDMAN>(activity?.responsibleHuvudman ?? NO_HUVUDMAN);
  const [start, setStart] = useState(activity?.start ?? '');
  const [due, setDue] = useState(activity?.due ?? '');
  const [status, setStatus] = useState<ActivityStatus>(activity?.status ?? 'ej_paborjad');
  const [health, setHealth] = useState<Health>(activity?.health ?? 'gron');
  const [healthReason, setHealthReason] = useState(activity?.healthReason ?? '');
  const [comment, setComment] = useState('');
  const [notes, setNotes] = useState(activity?.notes ?? '');
  const { pending, errors, fieldId, submit } = useSubmission(FIELDS);

  const fields = {
    what,
    responsibleName,
    responsibleOrganisation,
    responsibleHuvudman: huvudman === NO_HUVUDMAN ? null : huvudman,
    start: start || null,
    due: due || null,
    notes,
  };
  const goal = (goalId === NO_GOAL ? null : goalId) as PlanGoalId | null;

  const create = async (): Promise<void> => {
    const created = await api.invoke('planActivity.create', { areaId: area.area.id, goalId: goal, ...fields, status, health, healthReason: health === 'gron' ? '' : healthReason });
    show({ message: (t) => t('plan.activity.created', { what: created.what }) });
  };

  const edit = async (before: Activity): Promise<void> => {
    const update = { id: before.id, ...fields };
    const reasonChanged = health !== 'gron' && healthReason !== before.healthReason;
    const progressChanged = status !== before.status || health !== before.health || reasonChanged;
    const progress = { id: before.id, status, health, ...(health === 'gron' ? {} : { healthReason }), comment, by, meetingId: null };
    precheck('planActivity.update', update);
    if (progressChanged) precheck('planActivity.setProgress', progress);
    await api.invoke('planActivity.update', update);
    if (progressChanged) await api.invoke('planActivity.setProgress', progress);
    if (goal !== before.goalId) {
      const target = goal === null ? area.activities : (area.goals.find((g) => g.goal.id === goal)?.activities ?? []);
      await api.invoke('planActivity.reorder', { areaId: area.area.id, goalId: goal, ids: [...target.map((a) => a.id), before.id] });
    }
    show({ message: (t) => t('plan.activity.saved') });
  };

  const save = (): void => {
    void submit(async () => {
      await (activity ? edit(activity) : create());
      onClose();
    });
  };

  return (
    <FormDialog
      title={activity ? t('plan.activity.editTitle') : t('plan.activity.newTitle')}
      submitLabel={t('common.save')}
      pending={pending}
      generalErrors={errors.general}
      onSubmit={save}
      onClose={onClose}
    >
      <TextField id={fieldId('what')} label={t('plan.activity.what')} value={what} onChange={setWhat} error={errors.fields.what} required maxLength={PLAN_LIMITS.what} />
      <SelectField
        id={fieldId('goalId')}
        label={t('plan.activity.goal')}
        value={goalId}
        onChange={setGoalId}
        error={errors.fields.goalId}
        options={[{ value: NO_GOAL, label: t('plan.activity.noGoal') }, ...area.goals.map(({ goal: g }) => ({ value: g.id as string, label: g.title }))]}
      />
      <div className="plan-form__row">
        <TextField id={fieldId('responsibleName')} label={t('plan.activity.responsibleName')} value={responsibleName} onChange={setResponsibleName} error={errors.fields.responsibleName} maxLength={PLAN_LIMITS.name} />
        <TextField
          id={fieldId('responsibleOrganisation')}
          label={t('plan.activity.responsibleOrganisation')}
          value={responsibleOrganisation}
          onChange={setResponsibleOrganisation}
          error={errors.fields.responsibleOrganisation}
          maxLength={PLAN_LIMITS.organisation}
        />
        <SelectField
          id={fieldId('responsibleHuvudman')}
          label={t('plan.activity.responsibleHuvudman')}
          value={huvudman}
          onChange={setHuvudman}
          error={errors.fields.responsibleHuvudman}
          options={[{ value: NO_HUVUDMAN, label: t('plan.activity.noHuvudman') }, ...huvudmanOptions(t)]}
        />
      </div>
      <div className="plan-form__row">
        <TextField id={fieldId('start')} type="date" label={t('plan.activity.start')} value={start} onChange={setStart} error={errors.fields.start} />
        <TextField id={fieldId('due')} type="date" label={t('plan.activity.due')} value={due} onChange={setDue} error={errors.fields.due} />
      </div>
      <div className="plan-form__row">
        <SelectField id={fieldId('status')} label={t('plan.activity.status')} value={status} onChange={setStatus} error={errors.fields.status} options={activityStatuses.map((value) => ({ value, label: t(`plan.activityStatus.${value}`) }))} />
        <SelectField id={fieldId('health')} label={t('plan.activity.health')} value={health} onChange={setHealth} error={errors.fields.health} options={healthValues.map((value) => ({ value, label: t(`plan.health.${value}`) }))} />
      </div>
      {health !== 'gron' ? (
        <TextField id={fieldId('healthReason')} label={t('plan.activity.healthReason')} value={healthReason} onChange={setHealthReason} error={errors.fields.healthReason} required maxLength={PLAN_LIMITS.reason} />
      ) : null}
      {activity ? (
        <div className="plan-form__row">
          <TextField id={fieldId('by')} label={t('plan.activity.by')} value={by} onChange={setBy} error={errors.fields.by} maxLength={PLAN_LIMITS.name} />
          <TextField id={fieldId('comment')} label={t('plan.activity.comment')} value={comment} onChange={setComment} error={errors.fields.comment} maxLength={PLAN_LIMITS.comment} />
        </div>
      ) : null}
      <TextAreaField id={fieldId('notes')} label={t('plan.activity.notes')} value={notes} onChange={setNotes} error={errors.fields.notes} maxLength={PLAN_LIMITS.notes} />
    </FormDialog>
  );
}
