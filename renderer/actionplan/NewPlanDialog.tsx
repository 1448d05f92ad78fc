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

/** A new plan: its name, period and status, and the structure it starts from. */
export function NewPlanDialog({ programmeId, onClose, onCreated }: { readonly programmeId: string; readonly onClose: () => void; readonly onCreated: (plan: Plan) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [title, setTitle] = useState('');
  const [periodStart, setPeriodStart] = useState('');
  const [periodEnd, setPeriodEnd] = useState('');
  const [status, setStatus] = useState<PlanStatus>('utkast');
  const [template, setTemplate] = useState<PlanTemplate>('empty');
  const { pending, errors, fieldId, submit } = useSubmission(FIELDS);

  const save = (): void => {
    void submit(async () => {
      const input = { programmeId: programmeId as ProgrammeId, title, periodStart: periodStart || null, periodEnd: periodEnd || null, template };
      let plan = await api.invoke('plan.create', input);
      if (status !== 'utkast') plan = await api.invoke('plan.update', { id: plan.id, status });
      onCreated(plan);
    });
  };

  return (
    <FormDialog title={t('plan.form.newTitle')} submitLabel={t('plan.form.create')} pending={pending} generalErrors={errors.general} onSubmit={save} onClose={onClose}>
      <TextField id={fieldId('title')} label={t('plan.form.title')} value={title} onChange={setTitle} error={errors.fields.title} required maxLength={PLAN_LIMITS.title} />
      <div className="plan-form__row">
        <TextField id={fieldId('periodStart')} type="date" label={t('fields.periodStart')} value={periodStart} onChange={setPeriodStart} error={errors.fields.periodStart} />
        <TextField id={fieldId('periodEnd')} type="date" label={t('fields.periodEnd')} value={periodEnd} onChange={setPeriodEnd} error={errors.fields.periodEnd} />
      </div>
      <SelectField id={fieldId('status')} label={t('plan.page.statusLabel')} value={status} onChange={setStatus} options={planStatuses.map((value) => ({ value, label: t(`plan.status.${value}`) }))} />
      <SelectField
        id={fieldId('template')}
        label={t('plan.form.template')}
        value={template}
        onChange={setTemplate}
        error={errors.fields.template}
        options={planTemplates.map((value) => ({ value, label: t(`plan.templates.${value}`) }))}
      />
    </FormDialog>
  );
}
