/**
 * A register only ties to things of its own programme: the workshop or
 * område a risk came from, the meeting it was assessed at, the activity that
 * handles it. Each is traced to its programme in one query.
 */
import { AppError } from '../../../shared/api/errors';
import type { Db } from '../../storage/database';

const programmeQueries = {
  workshop: 'SELECT programme_id FROM workshop WHERE id = ?',
  plan_area: 'SELECT p.programme_id FROM plan_area ar JOIN plan p ON p.id = ar.plan_id WHERE ar.id = ?',
  plan_meeting: 'SELECT p.programme_id FROM plan_meeting m JOIN plan p ON p.id = m.plan_id WHERE m.id = ?',
  plan_activity: 'SELECT p.programme_id FROM plan_activity act JOIN plan_area ar ON ar.id = act.area_id JOIN plan p ON p.id = ar.plan_id WHERE act.id = ?',
  risk: 'SELECT rr.programme_id FROM risk r JOIN risk_register rr ON rr.id = r.register_id WHERE r.id = ?',
} as const;

export type Traced = keyof typeof programmeQueries;

export function programmeOf(db: Db, table: Traced, id: string): string {
  const programmeId = db.prepare(programmeQueries[table]).pluck().get(id) as string | undefined;
  if (programmeId === undefined) throw new AppError('not_found', `No ${table} with id ${id}`, { entity: table, id });
  return programmeId;
}

/** `path` names the input field, so the form can point at what to change. */
export function requireInProgramme(db: Db, table: Traced, id: string, programmeId: string, path: readonly string[]): void {
  if (programmeOf(db, table, id) !== programmeId) {
    throw new AppError('wrong_programme', `The ${table} belongs to another programme than the register`, { path, entity: table, id });
  }
}
