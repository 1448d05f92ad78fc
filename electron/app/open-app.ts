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
import type { MachineNetwork } from '../join/interfaces';
import type { Joining } from '../join/joining';
import { LanJoining } from '../join/lan-joining';
import type { PhoneBundle } from '../join/lan-server';
import { storeRoom } from '../join/room';
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
import { BackupFolder } from '../storage/backups';
import { migrations as allMigrations, type Migration } from '../storage/migrations';
import { lockDataDir } from '../storage/lock';
import { forgetDeviceHistories } from '../storage/history';
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
  /** A session to use instead of the one on the room's network (tests of the phone handlers, with devices admitted directly). */
  readonly joining?: Joining;
  /** The machine's interfaces and the address check's timer, for tests that take the session's network away. */
  readonly network?: MachineNetwork;
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
  store.writeUnjournaled(forgetDeviceHistories);
  if (store.fresh) store.writeUnjournaled((db) => seedExample(db, store.now()));

  const events = new ChangeBus();
  const joining =
    options.joining ??
    new LanJoining({
      dispatch: () => dispatch,
      events,
      room: storeRoom(store),
      phone: options.phone,
      ...(options.clock ? { clock: options.clock } : {}),
      ...(options.network ? { network: options.network } : {}),
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
