import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImprovementArea } from '../../shared/outcome/schema';
import { type ProgrammeLevel, programmeLevels } from '../../shared/programme/schema';
import { useApi } from '../api/ApiContext';
import { FormDialog } from '../common/FormDialog';
import { SelectField } from '../common/SelectField';
import { TextAreaField } from '../common/TextAreaField';
import { TextField } from '../common/TextField';
import { useSubmission } from '../common/useSubmission';

const FIELDS = ['title', 'level', 'description'] as const;

export function EditAreaDialog({ area, onClose, onSaved }: { readonly area: ImprovementArea; readonly onClose: () => void; readonly onSaved: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [title, setTitle] = useState(area.title);
  const [level, setLevel] = useState<ProgrammeLevel>(area.level);
  const [description, setDescription] = useState(area.description);
  const { pending, errors, fieldId, submit } = useSubmission(FIELDS);

  const save = (): void => {
    void submit(async () => {
      await api.invoke('improvementArea.update', { id: area.id, title, level, description });
      onSaved();
    });
  };

  return (
    <FormDialog title={t('areas.editTitle')} submitLabel={t('common.save')} pending={pending} generalErrors={errors.general} onSubmit={save} onClose={onClose}>
      <TextField id={fieldId('title')} label={t('areas.columns.title')} value={title} onChange={setTitle} error={errors.fields.title} required maxLength={160} />
      <SelectField
        id={fieldId('level')}
        label={t('fields.level')}
        value={level}
        onChange={setLevel}
        error={errors.fields.level}
        required
        options={programmeLevels.map((value) => ({ value, label: t(`levels.${value}`) }))}
      />
      <TextAreaField id={fieldId('description')} label={t('fields.description')} value={description} onChange={setDescription} error={errors.fields.description} maxLength={4000} />
    </FormDialog>
  );
}
