import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Plan, type PlanStatus, type PlanTemplate, PLAN_LIMITS, planStatuses, planTemplates } from '../../shared/actionplan/schema';
import type { ProgrammeId } from '../../shared/programme/schema';
import { useApi } from '../api/ApiContext';
import { FormDialog } from '../common/FormDialog';
import { SelectField } from '../common/SelectField';
import { TextField } from '../common/TextField';
import { useSubmission } from '../common/useSubmission';

const FIELDS = ['title', 'periodStart', 'periodEnd', 'status', 'template'] as const;

interface PlanFormDialogProps {
  readonly programmeId: string;
  /** The plan to change; without it the dialog starts a new plan from a template. */
  readonly plan?: Plan;
  readonly onClose: () => void;
  readonly onSaved: (plan: Plan) => void;
}

/** A plan's name, period and status; a new plan also picks the structure it starts from. */
export function PlanFormDialog({ programmeId, plan, onClose, onSaved }: PlanFormDialogProps) {
  const { t } = useTranslation();
  const api = useApi();
  const [title, setTitle] = useState(plan?.title ?? '');
  const [periodStart, setPeriodStart] = useState(plan?.periodStart ?? '');
  const [periodEnd, setPeriodEnd] = useState(plan?.periodEnd ?? '');
  const [status, setStatus] = useState<PlanStatus>(plan?.status ?? 'utkast');
  const [template, setTemplate] = useState<PlanTemplate>('empty');
  const { pending, errors, fieldId, submit } = useSubmission(FIELDS);

  const save = (): void => {
    void submit(async () => {
      const period = { periodStart: periodStart || null, periodEnd: periodEnd || null };
      if (plan) {
        onSaved(await api.invoke('plan.update', { id: plan.id, title, ...period, status }));
        return;
      }
      let created = await api.invoke('plan.create', { programmeId: programmeId as ProgrammeId, title, ...period, template });
      if (status !== 'utkast') created = await api.invoke('plan.update', { id: created.id, status });
      onSaved(created);
    });
  };

  return (
    <FormDialog
      title={t(plan ? 'plan.form.editTitle' : 'plan.form.newTitle')}
      submitLabel={t(plan ? 'plan.form.save' : 'plan.form.create')}
      pending={pending}
      generalErrors={errors.general}
      onSubmit={save}
      onClose={onClose}
    >
      <TextField id={fieldId('title')} label={t('plan.form.title')} value={title} onChange={setTitle} error={errors.fields.title} required maxLength={PLAN_LIMITS.title} />
      <div className="plan-form__row">
        <TextField id={fieldId('periodStart')} type="date" label={t('fields.periodStart')} value={periodStart} onChange={setPeriodStart} error={errors.fields.periodStart} />
        <TextField id={fieldId('periodEnd')} type="date" label={t('fields.periodEnd')} value={periodEnd} onChange={setPeriodEnd} error={errors.fields.periodEnd} />
      </div>
      <SelectField id={fieldId('status')} label={t('plan.page.statusLabel')} value={status} onChange={setStatus} options={planStatuses.map((value) => ({ value, label: t(`plan.status.${value}`) }))} />
      {plan ? null : (
        <SelectField
          id={fieldId('template')}
          label={t('plan.form.template')}
          value={template}
          onChange={setTemplate}
          error={errors.fields.template}
          options={planTemplates.map((value) => ({ value, label: t(`plan.templates.${value}`) }))}
        />
      )}
    </FormDialog>
  );
}
