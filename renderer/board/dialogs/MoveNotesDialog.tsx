import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClusterId, NoteId } from '../../../shared/board/schema';
import { useApi } from '../../api/ApiContext';
import { FormDialog } from '../../common/FormDialog';
import { SelectField } from '../../common/SelectField';
import { useSubmission } from '../../common/useSubmission';
import type { BoardModel } from '../model/boardModel';
import { shorten } from '../../../shared/common/shorten';

const NO_CLUSTER = 'none';

/** "Flytta till kluster": the keyboard way to put notes into a cluster or take them out. */
export function MoveNotesDialog({
  model,
  noteIds,
  onClose,
  onDone,
}: {
  readonly model: BoardModel;
  readonly noteIds: readonly NoteId[];
  readonly onClose: () => void;
  readonly onDone: (clusterId: ClusterId | null) => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const current = noteIds.length === 1 ? (model.noteById.get(noteIds[0] as NoteId)?.clusterId ?? NO_CLUSTER) : NO_CLUSTER;
  const [choice, setChoice] = useState<string>(current);
  const { pending, errors, fieldId, submit } = useSubmission(['clusterId']);
  const options = [
    { value: NO_CLUSTER, label: t('clusters.move.none') },
    ...model.clusters.map((cluster) => ({ value: cluster.id as string, label: t('clusters.move.option', { heading: cluster.heading, count: model.members.get(cluster.id)?.length ?? 0 }) })),
  ];
  const first = model.noteById.get(noteIds[0] as NoteId);

  const save = () =>
    submit(async () => {
      const clusterId = choice === NO_CLUSTER ? null : (choice as ClusterId);
      await api.invoke('note.setCluster', { ids: [...noteIds], clusterId });
      onDone(clusterId);
    });

  return (
    <FormDialog
      title={noteIds.length === 1 && first ? t('clusters.move.titleOne', { text: shorten(first.text) }) : t('clusters.move.title', { count: noteIds.length })}
      submitLabel={t('clusters.move.submit')}
      pending={pending}
      generalErrors={errors.general}
      onSubmit={() => void save()}
      onClose={onClose}
    >
      <SelectField id={fieldId('clusterId')} label={t('clusters.move.label')} value={choice} options={options} onChange={setChoice} required />
    </FormDialog>
  );
}
