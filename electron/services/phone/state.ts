import { notesInBoardOrder } from '../../../shared/board/order';
import type { Note, NoteId } from '../../../shared/board/schema';
import type { PhoneBoard, PhoneNote, PhoneState } from '../../../shared/phone/schema';
import type { ServiceContext } from '../../api/handler';
import type { Db } from '../../storage/database';
import type { JoinedDevice } from '../../join/joining';
import { joiningOf } from '../../join/handlers';
import { listParticipants } from '../participant/rows';
import { readRoom } from '../room/read';
import { mustFindWorkshop } from '../workshop/rows';
import { participantOf } from './device';
import { phoneResults, phoneRound, shownRound } from './round';

export const toPhoneNote = (note: Pick<Note, 'id' | 'text' | 'faceDown'>): PhoneNote => ({ id: note.id, text: note.text, faceDown: note.faceDown });

interface NoteRow {
  readonly id: NoteId;
  readonly text: string;
  readonly clusterId: string | null;
  readonly rank: number;
  readonly createdAt: string;
  readonly faceDown: 0 | 1;
  readonly authorId: string | null;
}

/**
 * Every phone reads this after every change in the room, so the notes come
 * as plain columns, not through the Note schema (a 400-note board read by
 * 40 phones after each note was the cost that mattered).
 */
function noteRows(db: Db, workshopId: string): NoteRow[] {
  return db
    .prepare(
      `SELECT id, text, cluster_id AS clusterId, rank, created_at AS createdAt, face_down AS faceDown, author_id AS authorId
       FROM note WHERE workshop_id = ? ORDER BY created_at, rowid`,
    )
    .all(workshopId) as NoteRow[];
}

/**
 * The board exactly as the room sees it: no face-down note, not even the
 * phone's own (those are in its own list, marked as not shown yet).
 */
function phoneBoard(notes: readonly NoteRow[], db: Db, workshopId: string): PhoneBoard {
  const clusters = db.prepare('SELECT id, heading FROM cluster WHERE workshop_id = ? ORDER BY created_at, rowid').all(workshopId) as PhoneBoard['clusters'];
  const visible = notesInBoardOrder(
    notes.filter((n) => n.faceDown === 0),
    clusters,
  );
  const clusterIds = new Set<string>(clusters.map((c) => c.id));
  return {
    clusters: clusters.map((c) => ({ id: c.id, heading: c.heading, notes: visible.filter((n) => n.clusterId === c.id).map((n) => n.text) })),
    free: visible.filter((n) => n.clusterId === null || !clusterIds.has(n.clusterId)).map((n) => n.text),
  };
}

function programmeName(db: Db, programmeId: string): string {
  return (db.prepare('SELECT name FROM programme WHERE id = ?').pluck().get(programmeId) as string | undefined) ?? '';
}

/** Everything one phone may see of its workshop right now, as the device it is. */
export function phoneState(ctx: ServiceContext, device: JoinedDevice): PhoneState {
  const joining = joiningOf(ctx);
  return ctx.store.read((db) => {
    const { workshopId } = device;
    const workshop = mustFindWorkshop(db, workshopId);
    const room = readRoom(db, workshopId, ctx.store.now());
    const participant = participantOf(db, device);
    const participantId = participant ? String(participant.id) : null;
    const notes = noteRows(db, workshopId);
    const round = shownRound(db, room);
    return {
      workshop: { title: workshop.title, date: workshop.date, programme: programmeName(db, workshop.programmeId) },
      room,
      me: {
        deviceId: device.id,
        participant: participant ? { id: participant.id as never, name: String(participant.name) } : null,
        anonymous: participant !== null && device.anonymous,
      },
      choices: listParticipants(db, workshopId).map((p) => {
        const holder = joining.holderOf(workshopId, p.id);
        return { id: p.id, name: p.name, organisation: p.organisation, taken: holder !== undefined && holder !== device.id };
      }),
      allowAnonymous: joining.allowAnonymous(workshopId),
      myNotes: notes.filter((n) => participantId !== null && n.authorId === participantId).map((n) => ({ id: n.id, text: n.text, faceDown: n.faceDown === 1 })),
      board: room.view === 'board' ? phoneBoard(notes, db, workshopId) : null,
      round: round?.mode === 'participants' ? phoneRound(db, round, participantId) : null,
      results: round?.revealed ? phoneResults(db, round, participantId) : null,
    };
  });
}
