import { useTranslation } from 'react-i18next';
import { type MapPhase, type ProcessMapId, PhaseWidth } from '../../../shared/processmap/schema';
import { useApi } from '../../api/ApiContext';
import { RankedItemDialog } from './RankedItemDialog';

const FIELDS = ['name', 'width'] as const;
const MIN_WIDTH = Number(PhaseWidth.minValue);
const MAX_WIDTH = Number(PhaseWidth.maxValue);

/** A new phase, or one renamed and resized; a new one gets the core's default width. */
export function PhaseDialog({ mapId, phase, onClose }: { readonly mapId: ProcessMapId; readonly phase: MapPhase | null; readonly onClose: () => void }) {
  const { t } = useTranslation();
  const api = useApi();

  const save = async (name: string, width: number): Promise<void> => {
    if (phase) await api.invoke('mapPhase.update', { id: phase.id, name, width });
    else await api.invoke('mapPhase.create', { mapId, name });
  };

  return (
    <RankedItemDialog
      words="processMap.phases"
      item={phase ? { name: phase.name, size: phase.width } : null}
      fields={FIELDS}
      size={{
        name: 'width',
        min: MIN_WIDTH,
        max: MAX_WIDTH,
        error: (formError) => (formError ? t('processMap.phases.widthInvalid', { minimum: MIN_WIDTH, maximum: MAX_WIDTH }) : undefined),
      }}
      save={save}
      onClose={onClose}
    />
  );
}
