/**
 * A new risk, or changes to one. A new risk names where it came from and
 * may carry its first assessment, saved with it as one step.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodInput } from '../../shared/api/contract';
import type { ProgrammeId } from '../../shared/programme/schema';
import {
  type Bands,
  type RegisterId,
  RISK_LIMITS,
  type RiskCarrier,
  riskCarriers,
  type RiskOrigin,
  type RiskRow,
  type RiskStatus,
  riskStatuses,
  type RiskTreatment,
  riskTreatments,
} from '../../shared/risk/schema';
import { useRememberedName } from '../actionplan/useRememberedName';
import { useApi } from '../api/ApiContext';
import { useQuery } from '../api/useQuery';
import { FormDialog } from '../common/FormDialog';
import { SelectField } from '../common/SelectField';
import { TextAreaField } from '../common/TextAreaField';
import { TextField } from '../common/TextField';
import { useSubmission } from '../common/useSubmission';
import { ASSESSMENT_FIELDS } from './AssessDialog';
import { assessmentInput, useAssessmentDraft } from './assessmentDraft';
import { AssessmentFields } from './AssessmentFields';
import { originOf, originOptions, originValue } from './originOptions';
import { unnestIssues } from './unnestIssues';
import { useProgrammePlans } from './useProgrammePlans';

const FIELDS = ['title', 'cause', 'event', 'effect', 'category', 'origin', 'carrier', 'owner', 'treatment', 'status', 'nextReview', ...ASSESSMENT_FIELDS] as const;
const UNSET = '';

export interface RiskFormDialogProps {
  readonly registerId: string;
  readonly programmeId: string;
  readonly bands: Bands;
  /** The risk to change; without it the dialog adds one. */
  readonly risk?: RiskRow | undefined;
  readonly origin?: RiskOrigin | undefined;
  readonly onClose: () => void;
  readonly onSaved: (risk: RiskRow, created: boolean) => void;
}

export function RiskFormDialog({ registerId, programmeId, bands, risk, origin: initialOrigin, onClose, onSaved }: RiskFormDialogProps) {
  const { t } = useTranslation();
  const api = useApi();
  const plans = useProgrammePlans(programmeId);
  const workshops = useQuery('workshop.list', { programmeId: programmeId as ProgrammeId });
  const [title, setTitle] = useState(risk?.title ?? '');
  const [cause, setCause] = useState(risk?.cause ?? '');
  const [event, setEvent] = useState(risk?.event ?? '');
  const [effect, setEffect] = useState(risk?.effect ?? '');
  const [category, setCategory] = useState(risk?.category ?? '');
  const [origin, setOrigin] = useState(originValue(initialOrigin ?? { source: 'free' }));
  const [carrier, setCarrier] = useState<RiskCarrier | typeof UNSET>(risk?.carrier ?? UNSET);
  const [owner, setOwner] = useState(risk?.owner ?? '');
  const [treatment, setTreatment] = useState<RiskTreatment | typeof UNSET>(risk?.treatment ?? UNSET);
  const [status, setStatus] = useState<RiskStatus>(risk?.status ?? 'oppen');
  const [nextReview, setNextReview] = useState(risk?.nextReview ?? '');
  const [assessNow, setAssessNow] = useState(false);
  const [draft, set] = useAssessmentDraft();
  const [by, setBy] = useRememberedName();
  const { pending, errors, fieldId, submit } = useSubmission(FIELDS);

  const fields = {
    title,
    cause,
    event,
    effect,
    category,
    carrier: carrier === UNSET ? null : carrier,
    owner,
    treatment: treatment === UNSET ? null : treatment,
    status,
    nextReview: nextReview || null,
  };

  const save = (): void => {
    void submit(async () => {
      if (risk) {
        onSaved(await api.invoke('risk.update', { id: risk.id, ...fields }), false);
        return;
      }
      // Ratings not chosen are left out (see assessmentInput), so the refusal names them.
      const input = { registerId: registerId as RegisterId, ...fields, origin: originOf(origin), ...(assessNow ? { assessment: assessmentInput(draft, by) } : {}) } as MethodInput<'risk.create'>;
      const created = await api.invoke('risk.create', input).catch((failure: unknown) => {
        throw unnestIssues(failure, 'assessment');
      });
      onSaved(created, true);
    });
  };

  const known = originOptions(t, workshops.data ?? [], plans ?? []);
  // A preset origin (from a plan's område) stays chosen while the plans load.
  const options = known.some((o) => o.value === origin) ? known : [...known, { value: origin, label: t('risk.form.originLoading') }];
  return (
    <FormDialog
      title={risk ? t('risk.form.editTitle', { code: risk.code }) : t('risk.form.newTitle')}
      submitLabel={risk ? t('common.save') : t('risk.form.create')}
      pending={pending}
      generalErrors={errors.general}
      onSubmit={save}
      onClose={onClose}
    >
      <TextField id={fieldId('title')} label={t('risk.fields.title')} value={title} onChange={setTitle} error={errors.fields.title} required maxLength={RISK_LIMITS.title} />
      <p className="muted">{t('risk.form.descriptionHint')}</p>
      <TextAreaField id={fieldId('cause')} label={t('risk.fields.cause')} value={cause} onChange={setCause} error={errors.fields.cause} rows={2} maxLength={RISK_LIMITS.text} />
      <TextAreaField id={fieldId('event')} label={t('risk.fields.event')} value={event} onChange={setEvent} error={errors.fields.event} rows={2} maxLength={RISK_LIMITS.text} />
      <TextAreaField id={fieldId('effect')} label={t('risk.fields.effect')} value={effect} onChange={setEffect} error={errors.fields.effect} rows={2} maxLength={RISK_LIMITS.text} />
      <div className="plan-form__row">
        <TextField id={fieldId('category')} label={t('risk.fields.category')} value={category} onChange={setCategory} error={errors.fields.category} maxLength={RISK_LIMITS.category} />
        {risk ? null : (
          <SelectField
            id={fieldId('origin')}
            label={t('risk.fields.source')}
            value={origin}
            onChange={setOrigin}
            error={errors.fields.origin}
            options={options}
          />
        )}
      </div>
      <div className="plan-form__row">
        <SelectField
          id={fieldId('carrier')}
          label={t('risk.fields.carrier')}
          value={carrier}
          onChange={setCarrier}
          error={errors.fields.carrier}
          options={[{ value: UNSET, label: t('risk.form.unset') }, ...riskCarriers.map((value) => ({ value, label: t(`risk.carrier.${value}`) }))]}
        />
        <TextField id={fieldId('owner')} label={t('risk.fields.owner')} value={owner} onChange={setOwner} error={errors.fields.owner} maxLength={RISK_LIMITS.owner} />
      </div>
      <div className="plan-form__row">
        <SelectField
          id={fieldId('treatment')}
          label={t('risk.fields.treatment')}
          value={treatment}
          onChange={setTreatment}
          error={errors.fields.treatment}
          options={[{ value: UNSET, label: t('risk.form.unset') }, ...riskTreatments.map((value) => ({ value, label: t(`risk.treatment.${value}`) }))]}
        />
        <SelectField id={fieldId('status')} label={t('risk.fields.status')} value={status} onChange={setStatus} error={errors.fields.status} options={riskStatuses.map((value) => ({ value, label: t(`risk.status.${value}`) }))} />
        <TextField id={fieldId('nextReview')} type="date" label={t('risk.fields.nextReview')} value={nextReview} onChange={setNextReview} error={errors.fields.nextReview} />
      </div>
      {risk ? null : (
        <>
          <div className="field field--checkbox">
            <label>
              <input type="checkbox" checked={assessNow} onChange={(e) => setAssessNow(e.target.checked)} /> {t('risk.form.assessNow')}
            </label>
          </div>
          {assessNow ? <AssessmentFields draft={draft} set={set} by={by} setBy={setBy} bands={bands} plans={plans} errors={errors} fieldId={fieldId} /> : null}
        </>
      )}
    </FormDialog>
  );
}
