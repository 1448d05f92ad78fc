import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAP_LIMITS, type MapState, type MapTemplate, mapStates, mapTemplates, type ProcessMap } from '../../shared/processmap/schema';
import type { ProgrammeId } from '../../shared/programme/schema';
import { useApi } from '../api/ApiContext';
import { FormDialog } from '../common/FormDialog';
import { SelectField } from '../common/SelectField';
import { TextField } from '../common/TextField';
import { useSubmission } from '../common/useSubmission';

const FIELDS = ['name', 'state', 'template'] as const;

/** A new map: the process it draws, its state and what it starts from. */
export function NewMapDialog({ programmeId, onClose, onSaved }: { readonly programmeId: string; readonly onClose: () => void; readonly onSaved: (map: ProcessMap) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [name, setName] = useState('');
  const [state, setState] = useState<MapState>('nulage');
  const [template, setTemplate] = useState<MapTemplate>('empty');
  const { pending, errors, fieldId, submit } = useSubmission(FIELDS);

  const save = (): void => {
    void submit(async () => onSaved(await api.invoke('processMap.create', { programmeId: programmeId as ProgrammeId, name, state, template })));
  };

  return (
    <FormDialog title={t('processMap.form.title')} submitLabel={t('processMap.form.create')} pending={pending} generalErrors={errors.general} onSubmit={save} onClose={onClose}>
      <TextField id={fieldId('name')} label={t('processMap.form.name')} value={name} onChange={setName} error={errors.fields.name} required maxLength={MAP_LIMITS.name} />
      <SelectField id={fieldId('state')} label={t('processMap.form.state')} value={state} onChange={setState} error={errors.fields.state} options={mapStates.map((value) => ({ value, label: t(`processMap.states.${value}`) }))} />
      <SelectField
        id={fieldId('template')}
        label={t('processMap.form.template')}
        value={template}
        onChange={setTemplate}
        error={errors.fields.template}
        options={mapTemplates.map((value) => ({ value, label: t(`processMap.templates.${value}`) }))}
      />
    </FormDialog>
  );
}
