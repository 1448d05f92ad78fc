import { afterRemoval } from './afterRemoval';
import type { BoardAction, BoardActionContext } from './types';

const hasNotes = (ctx: BoardActionContext): boolean => ctx.selection.notes.length > 0;

export const newNoteAction: BoardAction = {
  id: 'note.new',
  labelKey: 'board.actions.newNote',
  shortcuts: ['N'],
  scope: 'page',
  group: 'notes',
  surfaces: [],
  isEnabled: () => true,
  perform: (ctx) => ctx.ui.focusCapture(),
};

export const editNoteAction: BoardAction = {
  id: 'note.edit',
  labelKey: 'board.actions.edit',
  shortcuts: ['Enter'],
  scope: 'board',
  group: 'notes',
  surfaces: ['noteMenu'],
  /** A note is edited in place; for a cluster, Enter renames it. */
  isEnabled: (ctx) => ctx.selection.notes.length + ctx.selection.clusters.length === 1,
  perform(ctx) {
    const [id] = ctx.selection.notes;
    const [clusterId] = ctx.selection.clusters;
    if (id) ctx.ui.edit(id);
    else if (clusterId) ctx.ui.open({ kind: 'rename', clusterId });
  },
};

export const duplicateAction: BoardAction = {
  id: 'note.duplicate',
  labelKey: 'board.actions.duplicate',
  shortcuts: ['D'],
  scope: 'page',
  group: 'notes',
  surfaces: ['toolbar', 'noteMenu'],
  isEnabled: hasNotes,
  async perform(ctx) {
    const copies = await ctx.api.invoke('note.duplicate', { ids: [...ctx.selection.notes] });
    ctx.ui.select({ notes: copies.map((note) => note.id), clusters: [] });
  },
};

export const deleteAction: BoardAction = {
  id: 'note.delete',
  labelKey: 'board.actions.delete',
  shortcuts: ['Delete', 'Backspace'],
  scope: 'board',
  group: 'notes',
  surfaces: ['toolbar', 'noteMenu'],
  isEnabled: hasNotes,
  async perform(ctx) {
    const ids = [...ctx.selection.notes];
    await ctx.api.invoke('note.delete', { ids });
    afterRemoval(ctx, (t) => t('notes.deleted', { count: ids.length }), 'note.delete');
  },
};

export const groupAction: BoardAction = {
  id: 'note.group',
  labelKey: 'board.actions.group',
  shortcuts: ['G'],
  scope: 'page',
  group: 'clusters',
  surfaces: ['toolbar', 'noteMenu'],
  isEnabled: hasNotes,
  perform: (ctx) => ctx.ui.open({ kind: 'group', noteIds: ctx.selection.notes }),
};

export const moveToClusterAction: BoardAction = {
  id: 'note.moveToCluster',
  labelKey: 'board.actions.moveToCluster',
  shortcuts: ['K'],
  scope: 'page',
  group: 'clusters',
  surfaces: ['noteMenu'],
  isEnabled: hasNotes,
  perform: (ctx) => ctx.ui.open({ kind: 'move', noteIds: ctx.selection.notes }),
};

export const removeFromClusterAction: BoardAction = {
  id: 'note.removeFromCluster',
  labelKey: 'board.actions.removeFromCluster',
  shortcuts: ['U'],
  scope: 'page',
  group: 'clusters',
  surfaces: ['noteMenu'],
  isEnabled: (ctx) => ctx.selection.notes.some((id) => ctx.model.noteById.get(id)?.clusterId),
  async perform(ctx) {
    const ids = ctx.selection.notes.filter((id) => ctx.model.noteById.get(id)?.clusterId);
    await ctx.api.invoke('note.setCluster', { ids, clusterId: null });
    ctx.ui.undoable((t) => t('notes.removedFromCluster', { count: ids.length }), 'note.setCluster');
  },
};

export const noteDetailsAction: BoardAction = {
  id: 'note.details',
  labelKey: 'board.actions.details',
  shortcuts: ['C'],
  scope: 'page',
  group: 'notes',
  surfaces: ['noteMenu'],
  isEnabled: hasNotes,
  perform: (ctx) => ctx.ui.open({ kind: 'details', noteIds: ctx.selection.notes }),
};
