import type { Cluster, ClusterId, NoteId } from '../../shared/board/schema';
import type { BoardDialog } from '../actions/board/types';
import { useToasts } from '../common/toastContext';
import { useUndoableNotice } from '../history/useUndoableNotice';
import { ClusterDialogueDialog } from './dialogs/ClusterDialogueDialog';
import { ClusterHeadingDialog } from './dialogs/ClusterHeadingDialog';
import { MergeIntoDialog } from './dialogs/MergeIntoDialog';
import { MoveNotesDialog } from './dialogs/MoveNotesDialog';
import { NoteDetailsDialog } from './dialogs/NoteDetailsDialog';
import { ShortcutHelpDialog } from './dialogs/ShortcutHelpDialog';
import { SuggestionsDialog } from './dialogs/SuggestionsDialog';
import type { BoardModel } from './model/boardModel';
import { placeForCluster } from '../../shared/board/placement';
import { type BoardSelection, onlyCluster } from './model/selection';
import { inCluster, type Refocus } from './useRefocus';

/** The open board dialog, if any, and what happens after it. */
export function BoardDialogs({
  dialog,
  model,
  onClose,
  select,
  refocus,
  focusSide,
}: {
  readonly dialog: BoardDialog | null;
  readonly model: BoardModel;
  readonly onClose: () => void;
  readonly select: (selection: BoardSelection) => void;
  readonly refocus: Refocus;
  readonly focusSide: () => void;
}) {
  const undoable = useUndoableNotice();
  const { show } = useToasts();
  if (!dialog) return null;

  const focusCluster = (cluster: Cluster): void => {
    select(onlyCluster(cluster.id));
    refocus.request({ kind: 'cluster', id: cluster.id });
  };

  switch (dialog.kind) {
    case 'group':
      return (
        <ClusterHeadingDialog
          mode={{ kind: 'group', workshopId: model.workshopId, noteIds: dialog.noteIds, place: () => placeForCluster(model.layout, dialog.noteIds) }}
          onClose={onClose}
          onDone={(cluster) => {
            onClose();
            focusCluster(cluster);
            undoable((t) => t('clusters.created', { heading: cluster.heading, count: dialog.noteIds.length }), 'cluster.create');
          }}
        />
      );
    case 'rename': {
      const cluster = model.clusterById.get(dialog.clusterId);
      if (!cluster) return null;
      return <ClusterHeadingDialog mode={{ kind: 'rename', cluster }} onClose={onClose} onDone={onClose} />;
    }
    case 'dialogue': {
      const cluster = model.clusterById.get(dialog.clusterId);
      if (!cluster) return null;
      return (
        <ClusterDialogueDialog
          cluster={cluster}
          noteCount={model.members.get(cluster.id)?.length ?? 0}
          onClose={onClose}
          onDone={() => {
            onClose();
            show({ message: (t) => t('clusters.dialogue.saved', { heading: cluster.heading }) });
          }}
        />
      );
    }
    case 'mergeInto': {
      const cluster = model.clusterById.get(dialog.clusterId);
      if (!cluster) return null;
      return (
        <MergeIntoDialog
          model={model}
          cluster={cluster}
          onClose={onClose}
          onDone={(target) => {
            onClose();
            if (dialog.origin === 'side') focusSide();
            else focusCluster(target);
            undoable((t) => t('clusters.merged', { heading: target.heading }), 'cluster.merge');
          }}
        />
      );
    }
    case 'move':
      return (
        <MoveNotesDialog
          model={model}
          noteIds={dialog.noteIds}
          onClose={onClose}
          onDone={(clusterId: ClusterId | null) => {
            onClose();
            const [first] = dialog.noteIds;
            if (dialog.origin === 'side') focusSide();
            else if (first) refocus.request({ kind: 'note', id: first as NoteId }, inCluster(clusterId));
            const heading = clusterId ? model.clusterById.get(clusterId)?.heading : undefined;
            const count = dialog.noteIds.length;
            undoable((t) => (heading ? t('notes.movedTo', { count, heading }) : t('notes.removedFromCluster', { count })), 'note.setCluster');
          }}
        />
      );
    case 'details':
      return <NoteDetailsDialog model={model} noteIds={dialog.noteIds} onClose={onClose} onDone={onClose} />;
    case 'suggestions':
      return <SuggestionsDialog model={model} onClose={onClose} onAccepted={() => undefined} />;
    case 'help':
      return <ShortcutHelpDialog onClose={onClose} />;
  }
}
