import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgrammeId } from '../../shared/programme/schema';
import { type Workshop, type WorkshopType, workshopTypes } from '../../shared/workshop/schema';
import { useApi } from '../api/ApiContext';
import { FormDialog } from '../common/FormDialog';
import { SelectField } from '../common/SelectField';
import { TextAreaField } from '../common/TextAreaField';
import { TextField } from '../common/TextField';
import { useSubmission } from '../common/useSubmission';

const FIELDS = ['title', 'date', 'type', 'goals'] as const;

export interface WorkshopFormDialogProps {
  readonly programmeId: ProgrammeId;
  /** The workshop to edit; a new one is created when omitted. */
  readonly workshop?: Workshop;
  readonly onClose: () => void;
  readonly onSaved: (workshop: Workshop) => void;
}

export function WorkshopFormDialog({ programmeId, workshop, onClose, onSaved }: WorkshopFormDialogProps) {
  const { t } = useTranslation();
  const api = useApi();
  const [title, setTitle] = useState(workshop?.title ?? '');
  const [date, setDate] = useState(workshop?.date ?? '');
  const [type, setType] = useState<WorkshopType>(workshop?.type ?? 'verksamhet');
  const [goals, setGoals] = useState(workshop?.goals ?? '');
  const { pending, errors, fieldId, submit } = useSubmission(FIELDS);

  const save = (): void => {
    void submit(async () => {
      // An empty date field means "not decided yet", which the API stores as null.
      const fields = { title, date: date === '' ? null : date, type, goals };
      const saved = workshop
        ? await api.invoke('workshop.update', { id: workshop.id, ...fields })
        : await api.invoke('workshop.create', { programmeId, ...fields });
      onSaved(saved);
    });
  };

  return (
    <FormDialog
      title={workshop ? t('workshops.form.editTitle') : t('workshops.form.createTitle')}
      submitLabel={workshop ? t('common.save') : t('workshops.form.create')}
      pending={pending}
      generalErrors={errors.general}
      onSubmit={save}
      onClose={onClose}
    >
      <TextField id={fieldId('title')} label={t('fields.title')} value={title} onChange={setTitle} error={errors.fields.title} required maxLength={160} />
      <TextField id={fieldId('date')} type="date" label={t('fields.date')} value={date} onChange={setDate} error={errors.fields.date} />
      <SelectField
        id={fieldId('type')}
        label={t('fields.type')}
        value={type}
        onChange={setType}
        error={errors.fields.type}
        required
        options={workshopTypes.map((value) => ({ value, label: t(`workshopTypes.${value}`) }))}
      />
      <TextAreaField id={fieldId('goals')} label={t('fields.goals')} value={goals} onChange={setGoals} error={errors.fields.goals} maxLength={4000} />
    </FormDialog>
  );
}
