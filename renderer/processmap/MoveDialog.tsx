import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapElement, MapLaneId, MapView } from '../../shared/processmap/schema';
import { useApi } from '../api/ApiContext';
import { FormDialog } from '../common/FormDialog';
import { SelectField } from '../common/SelectField';
import { useSubmission } from '../common/useSubmission';
import { elementText } from './flowModel';

const FIELDS = ['laneId'] as const;

/** "Flytta till fil…": the same place along the flow in another lane, without dragging. */
export function MoveDialog({ view, element, onClose }: { readonly view: MapView; readonly element: MapElement; readonly onClose: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [laneId, setLaneId] = useState<string>(element.laneId);
  const { pending, errors, fieldId, submit } = useSubmission(FIELDS);
  const save = (): void => {
    void submit(async () => {
      await api.invoke('mapElement.update', { id: element.id, laneId: laneId as MapLaneId });
      onClose();
    });
  };
  return (
    <FormDialog title={t('processMap.move.title', { label: elementText(t, element) })} submitLabel={t('processMap.move.save')} pending={pending} generalErrors={errors.general} onSubmit={save} onClose={onClose} hasRequiredFields={false}>
      <SelectField id={fieldId('laneId')} label={t('processMap.move.lane')} value={laneId} onChange={setLaneId} error={errors.fields.laneId} options={view.lanes.map((lane) => ({ value: lane.id as string, label: lane.name }))} />
    </FormDialog>
  );
}
