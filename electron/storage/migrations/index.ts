import { sql as initial } from './001-initial';
import { sql as board } from './002-board';
import { sql as prioritisation } from './003-prioritisation';
import { sql as removedParticipants } from './004-removed-participants';
import { sql as historyScope } from './005-history-scope';
import { sql as actionplan } from './006-actionplan';
import { sql as riskRegister } from './007-risk-register';
import { sql as processMaps } from './008-process-maps';
import { sql as room } from './009-room';

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/** Ordered history of the schema; version N brings a file to user_version N. */
export const migrations: readonly Migration[] = [
  { version: 1, name: 'initial', sql: initial },
  { version: 2, name: 'board', sql: board },
  { version: 3, name: 'prioritisation', sql: prioritisation },
  { version: 4, name: 'removed-participants', sql: removedParticipants },
  { version: 5, name: 'history-scope', sql: historyScope },
  { version: 6, name: 'actionplan', sql: actionplan },
  { version: 7, name: 'risk-register', sql: riskRegister },
  { version: 8, name: 'process-maps', sql: processMaps },
  { version: 9, name: 'room', sql: room },
];
