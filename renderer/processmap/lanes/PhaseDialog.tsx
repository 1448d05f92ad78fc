import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAP_LIMITS, type MapPhase, type ProcessMapId, PhaseWidth } from '../../../shared/processmap/schema';
import { useApi } from '../../api/ApiContext';
import { FormDialog } from '../../common/FormDialog';
import { TextField } from '../../common/TextField';
import { useSubmission } from '../../common/useSubmission';
import { NumberField } from '../../voting/NumberField';

const FIELDS = ['name', 'width'] as const;
const MIN_WIDTH = Number(PhaseWidth.minValue);
const MAX_WIDTH = Number(PhaseWidth.maxValue);

/** A new phase, or one renamed and resized; a new one gets the core's default width. */
export function PhaseDialog({ mapId, phase, onClose }: { readonly mapId: ProcessMapId; readonly phase: MapPhase | null; readonly onClose: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [name, setName] = useState(phase?.name ?? '');
  const [width, setWidth] = useState(String(phase?.width ?? ''));
  const { pending, errors, fieldId, submit } = useSubmission(FIELDS);

  const save = (): void => {
    void submit(async () => {
      if (phase) await api.invoke('mapPhase.update', { id: phase.id, name: name.trim(), width: Number(width) });
      else await api.invoke('mapPhase.create', { mapId, name: name.trim() });
      onClose();
    });
  };

  return (
    <FormDialog
      title={phase ? t('processMap.phases.editTitle', { name: phase.name }) : t('processMap.phases.addTitle')}
      submitLabel={phase ? t('processMap.phases.save') : t('processMap.phases.create')}
      pending={pending}
      generalErrors={errors.general}
      onSubmit={save}
      onClose={onClose}
    >
      <TextField id={fieldId('name')} label={t('processMap.phases.name')} value={name} onChange={setName} error={errors.fields.name} maxLength={MAP_LIMITS.laneName} required />
      {phase ? (
        <NumberField
          id={fieldId('width')}
          label={t('processMap.phases.width', { minimum: MIN_WIDTH })}
          value={width}
          onChange={setWidth}
          min={MIN_WIDTH}
          max={MAX_WIDTH}
          error={errors.fields.width ? t('processMap.phases.widthInvalid', { minimum: MIN_WIDTH, maximum: MAX_WIDTH }) : undefined}
          required
        />
      ) : null}
    </FormDialog>
  );
}
