import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAP_LIMITS, type MapElement, type MapElementId, type MapView } from '../../shared/processmap/schema';
import { useApi } from '../api/ApiContext';
import { FormDialog } from '../common/FormDialog';
import { SelectField } from '../common/SelectField';
import { TextField } from '../common/TextField';
import { useSubmission } from '../common/useSubmission';
import { elementText } from './flowModel';

const FIELDS = ['to', 'label'] as const;

/** "Koppla till…": an arrow from this element to one picked by its name, the keyboard's way of drawing one. */
export function ConnectDialog({ view, from, onClose }: { readonly view: MapView; readonly from: MapElement; readonly onClose: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const laneName = new Map(view.lanes.map((lane) => [lane.id, lane.name]));
  const options = view.elements.map((element) => ({ value: element.id as string, label: t('processMap.connect.targetOption', { label: elementText(t, element), lane: laneName.get(element.laneId) ?? '' }) }));
  const [to, setTo] = useState(options.find((option) => option.value !== from.id)?.value ?? from.id);
  const [label, setLabel] = useState('');
  const { pending, errors, fieldId, submit } = useSubmission(FIELDS);
  const save = (): void => {
    void submit(async () => {
      await api.invoke('mapArrow.create', { mapId: view.map.id, from: from.id, to: to as MapElementId, label });
      onClose();
    });
  };
  return (
    <FormDialog
      title={t('processMap.connect.title', { label: elementText(t, from) })}
      submitLabel={t('processMap.connect.save')}
      pending={pending}
      generalErrors={errors.general}
      onSubmit={save}
      onClose={onClose}
      hasRequiredFields={false}
    >
      <SelectField id={fieldId('to')} label={t('processMap.connect.target')} value={to} onChange={setTo} error={errors.fields.to} options={options} />
      <TextField id={fieldId('label')} label={t('processMap.connect.arrowLabel')} value={label} onChange={setLabel} error={errors.fields.label} maxLength={MAP_LIMITS.arrowLabel} />
    </FormDialog>
  );
}
