/** Deleting a lane: an empty one after a confirmation; one with elements only once the user has said which lane they move to. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapLane, MapLaneId, MapView } from '../../../shared/processmap/schema';
import { toApiFailure } from '../../api/ApiFailure';
import { useApi } from '../../api/ApiContext';
import { ConfirmDialog } from '../../common/ConfirmDialog';
import { FormDialog } from '../../common/FormDialog';
import { SelectField } from '../../common/SelectField';
import { useSubmission } from '../../common/useSubmission';
import { useUndoableNotice } from '../../history/useUndoableNotice';
import { validationIssues } from '../../i18n/describeError';

const FIELDS = ['moveTo'] as const;

export function DeleteLaneDialog({ view, lane, onClose }: { readonly view: MapView; readonly lane: MapLane; readonly onClose: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const notice = useUndoableNotice();
  const count = view.elements.filter((e) => e.laneId === lane.id).length;
  const others = view.lanes.filter((l) => l.id !== lane.id);
  const [moveTo, setMoveTo] = useState<string>(others[0]?.id ?? '');
  const [tooTall, setTooTall] = useState(false);
  const { pending, errors, fieldId, submit } = useSubmission(FIELDS);
  const title = t('processMap.lanes.deleteTitle', { name: lane.name });
  const deleted = () => notice((t) => t('processMap.lanes.deleted', { name: lane.name }), 'mapLane.delete');

  if (count === 0) {
    const confirm = async (): Promise<void> => {
      await api.invoke('mapLane.delete', { id: lane.id });
      deleted();
    };
    return <ConfirmDialog title={title} message={t('processMap.lanes.deleteEmpty')} confirmLabel={t('processMap.lanes.deleteConfirm')} onConfirm={confirm} onClose={onClose} danger returnFocus="heading" />;
  }

  const save = (): void => {
    setTooTall(false);
    void submit(async () => {
      try {
        await api.invoke('mapLane.delete', { id: lane.id, moveTo: moveTo as MapLaneId });
      } catch (failure) {
        setTooTall(validationIssues(toApiFailure(failure)).some((issue) => issue.code === 'outside_lane'));
        throw failure;
      }
      deleted();
      onClose();
    });
  };
  return (
    <FormDialog title={title} submitLabel={t('processMap.lanes.moveAndDelete')} pending={pending} generalErrors={errors.general} onSubmit={save} onClose={onClose} hasRequiredFields={false}>
      <p>{t('processMap.lanes.deleteWithElements', { count })}</p>
      <SelectField
        id={fieldId('moveTo')}
        label={t('processMap.lanes.moveTo')}
        value={moveTo}
        onChange={setMoveTo}
        error={tooTall ? t('processMap.lanes.tooTall') : errors.fields.moveTo}
        options={others.map((l) => ({ value: l.id as string, label: l.name }))}
      />
    </FormDialog>
  );
}
