import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { laneMinHeight } from '../../../shared/processmap/lanes';
import { LaneHeight, type MapLane, type MapView, type ProcessMapId } from '../../../shared/processmap/schema';
import { type Huvudman, huvudmanValues } from '../../../shared/participant/schema';
import { useApi } from '../../api/ApiContext';
import { SelectField } from '../../common/SelectField';
import { RankedItemDialog } from './RankedItemDialog';
import { refusedAsTooSmall } from './sizeError';

const FIELDS = ['name', 'huvudman', 'height'] as const;
const NONE = '';

/** A new lane (name, huvudman) or an existing one renamed and resized; the height field starts at the least the lane's elements need. */
export function LaneDialog({ view, lane, onClose }: { readonly view: MapView; readonly lane: MapLane | null; readonly onClose: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [huvudman, setHuvudman] = useState<Huvudman | typeof NONE>(lane?.huvudman ?? NONE);
  const [tooLow, setTooLow] = useState<number | null>(null);
  const minimum = laneMinHeight(view.elements.filter((e) => e.laneId === lane?.id));

  const save = async (name: string, height: number): Promise<void> => {
    setTooLow(null);
    const fields = { name, huvudman: huvudman === NONE ? null : huvudman };
    try {
      if (lane) await api.invoke('mapLane.update', { id: lane.id, ...fields, height });
      else await api.invoke('mapLane.create', { mapId: view.map.id as ProcessMapId, ...fields });
    } catch (failure) {
      setTooLow(refusedAsTooSmall(failure, 'height', minimum));
      throw failure;
    }
  };

  const options: { value: Huvudman | typeof NONE; label: string }[] = [{ value: NONE, label: t('processMap.lanes.noHuvudman') }, ...huvudmanValues.map((value) => ({ value, label: t(`huvudman.${value}`) }))];
  return (
    <RankedItemDialog
      words="processMap.lanes"
      item={lane ? { name: lane.name, size: lane.height } : null}
      fields={FIELDS}
      size={{
        name: 'height',
        min: minimum,
        max: Number(LaneHeight.maxValue),
        error: (formError) => (tooLow === null ? formError : t('processMap.lanes.tooLow', { minimum: tooLow })),
      }}
      extra={({ errors, fieldId }) => (
        <SelectField id={fieldId('huvudman')} label={t('processMap.lanes.huvudman')} value={huvudman} onChange={setHuvudman} error={errors.fields.huvudman} options={options} />
      )}
      save={save}
      onClose={onClose}
    />
  );
}
