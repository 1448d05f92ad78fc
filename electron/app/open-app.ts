import fs from 'node:fs';
import path from 'node:path';
import { createDispatcher, type Dispatch } from '../api/dispatcher';
import { ChangeBus } from '../api/events';
import { registerHandlers } from '../api/registry';
import { actionplanHandlers } from '../services/actionplan/handlers';
import { boardHandlers } from '../services/board/handlers';
import { clusterHandlers } from '../services/cluster/handlers';
import { dataHandlers } from '../services/data/handlers';
import { Uploads } from '../services/data/uploads';
import { historyHandlers } from '../services/history/handlers';
import { joinHandlers } from '../join/handlers';
import type { Joining } from '../join/joining';
import { LanJoining, type JoinRoom } from '../join/lan-joining';
import type { PhoneBundle } from '../join/lan-server';
import { phoneHandlers } from '../services/phone/handlers';
import { matrixHandlers } from '../services/matrix/handlers';
import { noteHandlers } from '../services/note/handlers';
import { outcomeHandlers } from '../services/outcome/handlers';
import { participantHandlers } from '../services/participant/handlers';
import { processMapHandlers } from '../services/processmap/handlers';
import { programmeHandlers } from '../services/programme/handlers';
import { riskHandlers } from '../services/risk/handlers';
import { roomHandlers } from '../services/room/handlers';
import { settingsHandlers } from '../services/settings/handlers';
import { summaryHandlers } from '../services/summary/handlers';
import { votingHandlers } from '../services/voting/handlers';
import { workshopHandlers } from '../services/workshop/handlers';
import { findWorkshop } from '../services/workshop/rows';
import { BackupFolder } from '../storage/backups';
import { migrations as allMigrations, type Migration } from '../storage/migrations';
import { lockDataDir } from '../storage/lock';
import { Store } from '../storage/store';
import type { AppCore } from './core';
import { seedExample } from './example';

export const DATABASE_FILE_NAME = 'samverkstad.db';

export interface OpenAppOptions {
  readonly dataDir: string;
  readonly migrations?: readonly Migration[];
  readonly clock?: () => Date;
  /** The phone's build, served to joined devices; without it the room's listener serves only the API. */
  readonly phone?: PhoneBundle;
  /** A session devices join through other than the room's listener (tests of the phone handlers). */
  readonly joining?: Joining;
}

export function backupFolder(dataDir: string, migrations: readonly Migration[] = allMigrations): BackupFolder {
  return new BackupFolder(path.join(dataDir, 'backups'), migrations.at(-1)?.version ?? 0);
}

/** Opens (or creates) the data folder and wires storage, services and the dispatcher. */
export async function openApp(options: OpenAppOptions): Promise<AppCore> {
  const dataDir = path.resolve(options.dataDir);
  fs.mkdirSync(dataDir, { recursive: true });
  const databaseFile = path.join(dataDir, DATABASE_FILE_NAME);
  const unlock = lockDataDir(dataDir);
  new Uploads(dataDir).clear();
  const migrations = options.migrations ?? allMigrations;
  let store: Store;
  try {
    store = await Store.open({
      file: databaseFile,
      backups: backupFolder(dataDir, migrations),
      migrations,
      clock: options.clock ?? (() => new Date()),
    });
  } catch (error) {
    unlock();
    throw error;
  }
  if (store.fresh) store.writeUnjournaled((db) => seedExample(db, store.now()));

  const events = new ChangeBus();
  const room: JoinRoom = {
    workshopExists: (workshopId) => store.read((db) => findWorkshop(db, workshopId) !== undefined),
    participantName: (participantId) =>
      store.read((db) => (db.prepare('SELECT name FROM participant WHERE id = ?').pluck().get(participantId) as string | undefined) ?? null),
  };
  const joining: Joining =
    options.joining ??
    new LanJoining({
      dispatch: () => dispatch,
      events,
      room,
      phone: options.phone,
      ...(options.clock ? { clock: options.clock } : {}),
    });
  const handlers = registerHandlers(
    programmeHandlers,
    workshopHandlers,
    participantHandlers,
    boardHandlers,
    noteHandlers,
    clusterHandlers,
    matrixHandlers,
    votingHandlers,
    roomHandlers,
    outcomeHandlers,
    summaryHandlers,
    actionplanHandlers,
    riskHandlers,
    processMapHandlers,
    historyHandlers,
    dataHandlers,
    settingsHandlers,
    joinHandlers,
    phoneHandlers,
  );
  const dispatch: Dispatch = createDispatcher(handlers, { store, events, dataDir, joining });
  return {
    dataDir,
    databaseFile,
    dispatch,
    onChange: (listener) => events.subscribe(listener),
    close: () => {
      // Synchronously down for new requests; the sockets finish closing on their own.
      void joining.close();
      store.close();
      unlock();
    },
  };
}
