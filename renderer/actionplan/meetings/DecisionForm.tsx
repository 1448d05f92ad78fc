import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type DecisionKind, decisionKinds, type MeetingId, PLAN_LIMITS, type PlanAreaId, type PlanGoalId, type PlanView } from '../../../shared/actionplan/schema';
import { toApiFailure } from '../../api/ApiFailure';
import { useApi } from '../../api/ApiContext';
import { ErrorAlert } from '../../common/ErrorAlert';
import { FieldError } from '../../common/FieldError';
import { FieldLabel } from '../../common/FieldLabel';
import { fieldAria } from '../../common/fieldAria';
import { SelectField } from '../../common/SelectField';
import { TextField } from '../../common/TextField';
import { useToasts } from '../../common/toastContext';
import { useSubmission } from '../../common/useSubmission';
import { liftActivityIssues } from './meetingModel';

const FIELDS = ['kind', 'text', 'what', 'areaId', 'goalId', 'responsibleName', 'responsibleOrganisation', 'start', 'due'] as const;

/**
 * A beslut in the minutes form: "Processteamet beslutar att" stands fixed
 * before the field and the team types the clause. "Ny aktivitet" also asks
 * for the activity, which the back end creates with the beslut.
 */
export function DecisionForm({ meetingId, plan }: { readonly meetingId: MeetingId; readonly plan: PlanView }) {
  const { t } = useTranslation();
  const api = useApi();
  const { show } = useToasts();
  const formId = useId();
  const prefixId = useId();
  const { pending, errors, fieldId, submit } = useSubmission(FIELDS);
  const [kind, setKind] = useState<DecisionKind>('beslut');
  const [text, setText] = useState('');
  const [what, setWhat] = useState('');
  const [areaId, setAreaId] = useState<string>(plan.areas[0]?.area.id ?? '');
  const [goalId, setGoalId] = useState<string>('');
  const [responsibleName, setResponsibleName] = useState('');
  const [responsibleOrganisation, setResponsibleOrganisation] = useState('');
  const [start, setStart] = useState('');
  const [due, setDue] = useState('');
  const area = plan.areas.find((a) => a.area.id === areaId);
  const textId = fieldId('text');
  const withPrefix = kind !== 'information';

  const activity = () => ({
    areaId: areaId as PlanAreaId,
    goalId: goalId === '' ? null : (goalId as PlanGoalId),
    what,
    responsibleName,
    responsibleOrganisation,
    start: start === '' ? null : start,
    due: due === '' ? null : due,
  });

  const save = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (pending) return;
    void submit(async () => {
      try {
        await api.invoke('planDecision.create', { meetingId, kind, text, ...(kind === 'ny_aktivitet' ? { activity: activity() } : {}) });
      } catch (failure) {
        throw liftActivityIssues(toApiFailure(failure));
      }
      setText('');
      setWhat('');
      setResponsibleName('');
      setResponsibleOrganisation('');
      setStart('');
      setDue('');
      show({ message: (t) => t('meetings.decisions.added') });
      document.getElementById(textId)?.focus();
    });
  };

  return (
    <form className="form decision-form" noValidate onSubmit={save} aria-labelledby={formId}>
      <h3 id={formId} className="decision-form__title">
        {t('meetings.decisions.new')}
      </h3>
      <SelectField
        id={fieldId('kind')}
        label={t('fields.kind')}
        value={kind}
        onChange={setKind}
        error={errors.fields.kind}
        required
        options={decisionKinds.map((value) => ({ value, label: t(`plan.decisionKind.${value}`) }))}
      />
      <div className="field">
        <FieldLabel htmlFor={textId} label={t(withPrefix ? 'meetings.decisions.clause' : 'meetings.decisions.information')} required />
        <div className="decision-form__sentence">
          {withPrefix ? (
            <span id={prefixId} className="decision-form__prefix">
              {t('meetings.decisions.prefix')}
            </span>
          ) : null}
          <textarea
            id={textId}
            name={textId}
            className="field__control field__control--textarea"
            rows={2}
            value={text}
            maxLength={PLAN_LIMITS.decision}
            onChange={(event) => setText(event.target.value)}
            {...fieldAria(textId, errors.fields.text, true)}
            aria-describedby={[withPrefix ? prefixId : '', errors.fields.text ? `${textId}-error` : ''].filter(Boolean).join(' ') || undefined}
          />
        </div>
        <FieldError id={`${textId}-error`} message={errors.fields.text} />
      </div>
      {kind === 'ny_aktivitet' ? (
        <fieldset className="decision-form__activity">
          <legend>{t('meetings.decisions.activityLegend')}</legend>
          {plan.areas.length === 0 ? <p>{t('meetings.decisions.noAreas')}</p> : null}
          <TextField id={fieldId('what')} label={t('fields.what')} value={what} onChange={setWhat} error={errors.fields.what} required maxLength={PLAN_LIMITS.what} />
          <SelectField
            id={fieldId('areaId')}
            label={t('fields.areaId')}
            value={areaId}
            onChange={(value) => {
              setAreaId(value);
              setGoalId('');
            }}
            error={errors.fields.areaId}
            required
            options={plan.areas.map(({ area: a }) => ({ value: a.id as string, label: a.title }))}
          />
          <SelectField
            id={fieldId('goalId')}
            label={t('fields.goalId')}
            value={goalId}
            onChange={setGoalId}
            error={errors.fields.goalId}
            options={[{ value: '', label: t('meetings.decisions.noGoal') }, ...(area?.goals ?? []).map(({ goal }) => ({ value: goal.id as string, label: goal.title }))]}
          />
          <TextField id={fieldId('responsibleName')} label={t('fields.responsibleName')} value={responsibleName} onChange={setResponsibleName} error={errors.fields.responsibleName} maxLength={PLAN_LIMITS.name} />
          <TextField
            id={fieldId('responsibleOrganisation')}
            label={t('fields.responsibleOrganisation')}
            value={responsibleOrganisation}
            onChange={setResponsibleOrganisation}
            error={errors.fields.responsibleOrganisation}
            maxLength={PLAN_LIMITS.organisation}
          />
          <TextField id={fieldId('start')} type="date" label={t('fields.start')} value={start} onChange={setStart} error={errors.fields.start} />
          <TextField id={fieldId('due')} type="date" label={t('fields.due')} value={due} onChange={setDue} error={errors.fields.due} />
        </fieldset>
      ) : null}
      {errors.general.length > 0 ? (
        <ErrorAlert>
          {errors.general.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </ErrorAlert>
      ) : null}
      <div className="dialog__buttons">
        <button type="submit" className="button button--primary" aria-disabled={pending || undefined}>
          {t('meetings.decisions.add')}
        </button>
      </div>
    </form>
  );
}
