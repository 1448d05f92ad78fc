import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cardPlace } from '../../../shared/processmap/cardPlace';
import type { MapElementId, MapView } from '../../../shared/processmap/schema';
import { useApi } from '../../api/ApiContext';
import { FormDialog } from '../../common/FormDialog';
import { SelectField } from '../../common/SelectField';
import { useSubmission } from '../../common/useSubmission';
import { useUndoableNotice } from '../../history/useUndoableNotice';
import { elementText } from '../flowModel';
import { type PinSource, sourceFields } from './pinSource';

// The card's place (`y`) is the lane's; its source's refusals read as general messages.
const FIELDS = ['pinnedTo', 'y'] as const;
const NO_STEP = '';

/**
 * Pins a tray item to the map as a challenge card, by keyboard: the lane it
 * goes in and, if it concerns one, the step. Both start from the step
 * selected on the canvas; until the lane is chosen by hand it follows the step.
 */
export function PinDialog({ view, source, selected, onClose }: { readonly view: MapView; readonly source: PinSource; readonly selected: readonly string[]; readonly onClose: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const notice = useUndoableNotice();
  const steps = view.elements.filter((e) => e.kind === 'step' || e.kind === 'decision').sort((a, b) => a.x - b.x);
  const firstSelected = steps.find((step) => selected.includes(step.id));
  const [stepId, setStepId] = useState<string>(firstSelected?.id ?? NO_STEP);
  const [chosenLane, setChosenLane] = useState<string | null>(null);
  const step = steps.find((s) => s.id === stepId) ?? null;
  const laneId = chosenLane ?? step?.laneId ?? view.lanes[0]?.id ?? '';
  const laneName = new Map(view.lanes.map((lane) => [lane.id, lane.name]));
  const { pending, errors, fieldId, submit } = useSubmission(FIELDS);

  const save = (): void => {
    void submit(async () => {
      const place = cardPlace(view.lanes, view.elements, laneId, step);
      if (!place) return;
      await api.invoke('mapElement.create', { mapId: view.map.id, kind: 'challenge', ...place, ...sourceFields(source), pinnedTo: (step?.id ?? null) as MapElementId | null });
      notice((t) => t('processMap.tray.pinned', { text: source.text }), 'mapElement.create');
      onClose();
    });
  };

  return (
    <FormDialog title={t('processMap.tray.pinTitle', { text: source.text })} submitLabel={t('processMap.tray.pinSave')} pending={pending} generalErrors={errors.general} onSubmit={save} onClose={onClose} hasRequiredFields={false}>
      <SelectField id={fieldId('pinnedTo')} label={t('processMap.tray.step')} value={stepId} onChange={setStepId} error={errors.fields.pinnedTo} options={[{ value: NO_STEP, label: t('processMap.tray.noStep') }, ...steps.map((s) => ({ value: s.id as string, label: t('processMap.tray.stepOption', { label: elementText(t, s), lane: laneName.get(s.laneId) ?? '' }) }))]} />
      <SelectField id={fieldId('y')} label={t('processMap.tray.lane')} value={laneId} onChange={setChosenLane} error={errors.fields.y} options={view.lanes.map((lane) => ({ value: lane.id as string, label: lane.name }))} />
    </FormDialog>
  );
}
