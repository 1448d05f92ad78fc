import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Programme, type ProgrammeLevel, programmeLevels } from '../../shared/programme/schema';
import { useApi } from '../api/ApiContext';
import { FormDialog } from '../common/FormDialog';
import { SelectField } from '../common/SelectField';
import { TextAreaField } from '../common/TextAreaField';
import { TextField } from '../common/TextField';
import { useSubmission } from '../common/useSubmission';

const FIELDS = ['name', 'area', 'level', 'description'] as const;

export interface ProgrammeFormDialogProps {
  /** The programme to edit; a new one is created when omitted. */
  readonly programme?: Programme;
  readonly onClose: () => void;
  readonly onSaved: (programme: Programme) => void;
}

export function ProgrammeFormDialog({ programme, onClose, onSaved }: ProgrammeFormDialogProps) {
  const { t } = useTranslation();
  const api = useApi();
  const [name, setName] = useState(programme?.name ?? '');
  const [area, setArea] = useState(programme?.area ?? '');
  const [level, setLevel] = useState<ProgrammeLevel>(programme?.level ?? 'lokal');
  const [description, setDescription] = useState(programme?.description ?? '');
  const { pending, errors, fieldId, submit } = useSubmission(FIELDS);

  const save = (): void => {
    void submit(async () => {
      const fields = { name, area, level, description };
      const saved = programme
        ? await api.invoke('programme.update', { id: programme.id, ...fields })
        : await api.invoke('programme.create', fields);
      onSaved(saved);
    });
  };

  return (
    <FormDialog
      title={programme ? t('programmes.form.editTitle') : t('programmes.form.createTitle')}
      submitLabel={programme ? t('common.save') : t('programmes.form.create')}
      pending={pending}
      generalErrors={errors.general}
      onSubmit={save}
      onClose={onClose}
    >
      <TextField id={fieldId('name')} label={t('fields.name')} value={name} onChange={setName} error={errors.fields.name} required maxLength={120} />
      <TextField id={fieldId('area')} label={t('fields.area')} value={area} onChange={setArea} error={errors.fields.area} maxLength={120} />
      <SelectField
        id={fieldId('level')}
        label={t('fields.level')}
        value={level}
        onChange={setLevel}
        error={errors.fields.level}
        required
        options={programmeLevels.map((value) => ({ value, label: t(`levels.${value}`) }))}
      />
      <TextAreaField
        id={fieldId('description')}
        label={t('fields.description')}
        value={description}
        onChange={setDescription}
        error={errors.fields.description}
        maxLength={4000}
      />
    </FormDialog>
  );
}
