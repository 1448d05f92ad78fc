import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { laneMinHeight } from '../../../shared/processmap/lanes';
import { LaneHeight, MAP_LIMITS, type MapLane, type MapView, type ProcessMapId } from '../../../shared/processmap/schema';
import { type Huvudman, huvudmanValues } from '../../../shared/participant/schema';
import { useApi } from '../../api/ApiContext';
import { FormDialog } from '../../common/FormDialog';
import { SelectField } from '../../common/SelectField';
import { TextField } from '../../common/TextField';
import { useSubmission } from '../../common/useSubmission';
import { NumberField } from '../../voting/NumberField';
import { refusedAsTooSmall } from './sizeError';

const FIELDS = ['name', 'huvudman', 'height'] as const;
const NONE = '';

/** A new lane (name, huvudman) or an existing one renamed and resized; the height field starts at the least the lane's elements need. */
export function LaneDialog({ view, lane, onClose }: { readonly view: MapView; readonly lane: MapLane | null; readonly onClose: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [name, setName] = useState(lane?.name ?? '');
  const [huvudman, setHuvudman] = useState<Huvudman | typeof NONE>(lane?.huvudman ?? NONE);
  const [height, setHeight] = useState(String(lane?.height ?? ''));
  const [tooLow, setTooLow] = useState<number | null>(null);
  const { pending, errors, fieldId, submit } = useSubmission(FIELDS);
  const minimum = laneMinHeight(view.elements.filter((e) => e.laneId === lane?.id));

  const save = (): void => {
    setTooLow(null);
    void submit(async () => {
      const fields = { name: name.trim(), huvudman: huvudman === NONE ? null : huvudman };
      try {
        if (lane) await api.invoke('mapLane.update', { id: lane.id, ...fields, height: Number(height) });
        else await api.invoke('mapLane.create', { mapId: view.map.id as ProcessMapId, ...fields });
      } catch (failure) {
        setTooLow(refusedAsTooSmall(failure, 'height', minimum));
        throw failure;
      }
      onClose();
    });
  };

  const options: { value: Huvudman | typeof NONE; label: string }[] = [{ value: NONE, label: t('processMap.lanes.noHuvudman') }, ...huvudmanValues.map((value) => ({ value, label: t(`huvudman.${value}`) }))];
  return (
    <FormDialog
      title={lane ? t('processMap.lanes.editTitle', { name: lane.name }) : t('processMap.lanes.addTitle')}
      submitLabel={lane ? t('processMap.lanes.save') : t('processMap.lanes.create')}
      pending={pending}
      generalErrors={errors.general}
      onSubmit={save}
      onClose={onClose}
    >
      <TextField id={fieldId('name')} label={t('processMap.lanes.name')} value={name} onChange={setName} error={errors.fields.name} maxLength={MAP_LIMITS.laneName} required />
      <SelectField id={fieldId('huvudman')} label={t('processMap.lanes.huvudman')} value={huvudman} onChange={setHuvudman} error={errors.fields.huvudman} options={options} />
      {lane ? (
        <NumberField
          id={fieldId('height')}
          label={t('processMap.lanes.height', { minimum })}
          value={height}
          onChange={setHeight}
          min={minimum}
          max={Number(LaneHeight.maxValue)}
          error={tooLow === null ? errors.fields.height : t('processMap.lanes.tooLow', { minimum: tooLow })}
          required
        />
      ) : null}
    </FormDialog>
  );
}
