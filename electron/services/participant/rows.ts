import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/api/errors';
import { Participant, type ParticipantFields, type RemovalImpact } from '../../../shared/participant/schema';
import type { Db } from '../../storage/database';
import { definedColumns, type Row } from '../../storage/rows';
import type { Tx } from '../../storage/transaction';

export function toParticipant(row: Row): Participant {
  return Participant.parse({
    id: row.id,
    workshopId: row.workshop_id,
    name: row.name,
    organisation: row.organisation,
    huvudman: row.huvudman,
    role: row.role,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}

export function insertParticipant(tx: Tx, workshopId: string, fields: ParticipantFields) {
  return toParticipant(
    tx.insert('participant', {
      id: randomUUID(),
      workshop_id: workshopId,
      ...definedColumns(fields),
      created_at: tx.now,
      updated_at: tx.now,
    }),
  );
}

export function listParticipants(db: Db, workshopId: string): Participant[] {
  const rows = db.prepare('SELECT * FROM participant WHERE workshop_id = ? AND removed_at IS NULL ORDER BY created_at, rowid').all(workshopId) as Row[];
  return rows.map(toParticipant);
}

/** A participant who has not been removed; a removed one is not found, as if deleted. */
export function liveParticipant(db: Db, id: string): Row {
  const row = db.prepare('SELECT * FROM participant WHERE id = ? AND removed_at IS NULL').get(id) as Row | undefined;
  if (!row) throw new AppError('not_found', `No participant with id ${id}`, { entity: 'participant', id });
  return row;
}

/** The participant's dots per round, open rounds first, each with the round's number. */
export function dotsPerRound(db: Db, participantId: string): { voteIds: string[]; number: number; open: boolean }[] {
  const rows = db
    .prepare(
      `SELECT r.number, r.status, json_group_array(v.id) AS vote_ids
       FROM vote v JOIN vote_round r ON r.id = v.round_id
       WHERE v.participant_id = ? GROUP BY r.id ORDER BY r.status = 'closed', r.number`,
    )
    .all(participantId) as { number: number; status: 'open' | 'closed'; vote_ids: string }[];
  return rows.map((r) => ({ voteIds: JSON.parse(r.vote_ids) as string[], number: r.number, open: r.status === 'open' }));
}

export function authoredNoteIds(db: Db, participantId: string): string[] {
  return db.prepare('SELECT id FROM note WHERE author_id = ? ORDER BY rowid').pluck().all(participantId) as string[];
}

export function removalImpact(db: Db, participantId: string): RemovalImpact {
  liveParticipant(db, participantId);
  const rounds = dotsPerRound(db, participantId);
  const open = rounds.filter((r) => r.open);
  const count = (list: typeof rounds) => list.reduce((sum, r) => sum + r.voteIds.length, 0);
  return {
    notes: authoredNoteIds(db, participantId).length,
    openDots: count(open),
    openRounds: open.map((r) => r.number),
    keptDots: count(rounds.filter((r) => !r.open)),
  };
}
