import { sql as initial } from './001-initial';
import { sql as board } from './002-board';
import { sql as prioritisation } from './003-prioritisation';
import { sql as placeholder4 } from './004-placeholder';
import { sql as placeholder5 } from './005-placeholder';
import { sql as actionplan } from './006-actionplan';

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
  { version: 4, name: 'placeholder-4', sql: placeholder4 },
  { version: 5, name: 'placeholder-5', sql: placeholder5 },
  { version: 6, name: 'actionplan', sql: actionplan },
];
