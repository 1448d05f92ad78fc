import path from 'node:path';
import type { DataInfo } from '../../../shared/data/schema';
import type { HandlerMap, ServiceContext } from '../../api/handler';

function info({ store, dataDir }: ServiceContext): DataInfo {
  return {
    dataDir,
    databaseFile: path.resolve(store.file),
    schemaVersion: store.schemaVersion,
    backups: store.listBackups(),
  };
}

export const dataHandlers: HandlerMap = {
  'data.info': (_input, ctx) => info(ctx),
  'data.backup': async (_input, { store, events }) => {
    const backup = await store.backup('manual');
    events.emit({ reason: 'mutation', method: 'data.backup', entities: ['backup'] });
    return backup;
  },
  'data.restore': async ({ name }, ctx) => {
    await ctx.store.restore(name);
    ctx.events.emit({ reason: 'restore', method: 'data.restore', entities: ['*'] });
    return info(ctx);
  },
};
