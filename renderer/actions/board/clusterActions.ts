import { onlyCluster } from '../../board/model/selection';
import { afterRemoval } from './afterRemoval';
import type { BoardAction, BoardActionContext } from './types';

const oneCluster = (ctx: BoardActionContext): boolean => ctx.selection.clusters.length === 1;

export const renameClusterAction: BoardAction = {
  id: 'cluster.rename',
  labelKey: 'board.actions.rename',
  shortcuts: ['F2'],
  scope: 'page',
  group: 'clusters',
  surfaces: ['clusterMenu'],
  isEnabled: oneCluster,
  perform(ctx) {
    const [clusterId] = ctx.selection.clusters;
    if (clusterId) ctx.ui.open({ kind: 'rename', clusterId });
  },
};

export const clusterDialogueAction: BoardAction = {
  id: 'cluster.dialogue',
  labelKey: 'board.actions.dialogue',
  shortcuts: ['I'],
  scope: 'page',
  group: 'clusters',
  surfaces: ['toolbar', 'clusterMenu'],
  isEnabled: oneCluster,
  perform(ctx) {
    const [clusterId] = ctx.selection.clusters;
    if (clusterId) ctx.ui.open({ kind: 'dialogue', clusterId });
  },
};

/** Two or more selected: merged into the first selected. One selected: asks which cluster to merge it into. */
export const mergeClustersAction: BoardAction = {
  id: 'cluster.merge',
  labelKey: 'board.actions.merge',
  shortcuts: ['M'],
  scope: 'page',
  group: 'clusters',
  surfaces: ['toolbar', 'clusterMenu'],
  isEnabled: (ctx) => ctx.selection.clusters.length >= 2 || (ctx.selection.clusters.length === 1 && ctx.model.clusters.length >= 2),
  async perform(ctx) {
    const [targetId, ...sourceIds] = ctx.selection.clusters;
    if (!targetId) return;
    if (sourceIds.length === 0) {
      ctx.ui.open({ kind: 'mergeInto', clusterId: targetId });
      return;
    }
    const merged = await ctx.api.invoke('cluster.merge', { targetId, sourceIds });
    ctx.ui.select(onlyCluster(merged.id));
    ctx.ui.undoable((t) => t('clusters.merged', { heading: merged.heading }), 'cluster.merge');
  },
};

export const dissolveClusterAction: BoardAction = {
  id: 'cluster.dissolve',
  labelKey: 'board.actions.dissolve',
  shortcuts: ['Shift+G'],
  scope: 'page',
  group: 'clusters',
  surfaces: ['toolbar', 'clusterMenu'],
  isEnabled: (ctx) => ctx.selection.clusters.length > 0,
  async perform(ctx) {
    const ids = [...ctx.selection.clusters];
    await ctx.api.invoke('cluster.dissolve', { ids });
    afterRemoval(ctx, (t) => t('clusters.dissolved', { count: ids.length }), 'cluster.dissolve');
  },
};

export const suggestClustersAction: BoardAction = {
  id: 'cluster.suggest',
  labelKey: 'board.actions.suggest',
  shortcuts: [],
  scope: 'page',
  group: 'clusters',
  surfaces: ['toolbar'],
  isEnabled: (ctx) => ctx.model.freeNotes.length >= 2,
  perform: (ctx) => ctx.ui.open({ kind: 'suggestions' }),
};
