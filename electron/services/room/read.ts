import { Room, Timer } from '../../../shared/room/schema';
import type { Db } from '../../storage/database';
import { mustFindWorkshop } from '../workshop/rows';

interface RoomRow {
  view: string;
  cluster_id: string | null;
  round_id: string | null;
  private_writing: number;
  timer: string | null;
}

/** A workshop nobody has presented yet shows its welcome screen. */
export function readRoom(db: Db, workshopId: string, now: string): Room {
  mustFindWorkshop(db, workshopId);
  const row = db.prepare('SELECT * FROM workshop_room WHERE workshop_id = ?').get(workshopId) as RoomRow | undefined;
  const timer = row?.timer ? Timer.safeParse(JSON.parse(row.timer)) : undefined;
  return Room.parse({
    workshopId,
    view: row?.view ?? 'welcome',
    // Ids that no longer name anything (a deleted cluster) fall back to the whole view.
    clusterId: row?.cluster_id && db.prepare('SELECT 1 FROM cluster WHERE id = ?').get(row.cluster_id) ? row.cluster_id : null,
    roundId: row?.round_id && db.prepare('SELECT 1 FROM vote_round WHERE id = ?').get(row.round_id) ? row.round_id : null,
    privateWriting: row?.private_writing === 1,
    timer: timer?.success ? timer.data : null,
    now,
  });
}

/** Whether notes written now start face down. */
export function writesPrivately(db: Db, workshopId: string): boolean {
  return db.prepare('SELECT private_writing FROM workshop_room WHERE workshop_id = ?').pluck().get(workshopId) === 1;
}
