import { notesInBoardOrder } from '../../../shared/board/order';
import type { Note } from '../../../shared/board/schema';
import type { PhoneBoard, PhoneNote, PhoneState } from '../../../shared/phone/schema';
import type { ServiceContext } from '../../api/handler';
import type { Db } from '../../storage/database';
import type { JoinedDevice } from '../../join/joining';
import { joiningOf } from '../../join/handlers';
import { listClusters, listNotes } from '../board/rows';
import { listParticipants } from '../participant/rows';
import { readRoom } from '../room/read';
import { mustFindWorkshop } from '../workshop/rows';
import { participantOf } from './device';
import { phoneResults, phoneRound, shownRound } from './round';

export const toPhoneNote = (note: Pick<Note, 'id' | 'text' | 'faceDown'>): PhoneNote => ({ id: note.id, text: note.text, faceDown: note.faceDown });

/** The board as the room sees it, plus the phone's own notes still face down; nobody else's hidden text. */
function phoneBoard(notes: readonly Note[], db: Db, workshopId: string, participantId: string | null): PhoneBoard {
  const clusters = listClusters(db, workshopId);
  const visible = notesInBoardOrder(
    notes.filter((n) => !n.faceDown || (participantId !== null && n.authorId === participantId)),
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
    const notes = listNotes(db, workshopId);
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
      myNotes: participantId === null ? [] : notes.filter((n) => n.authorId === participantId).map(toPhoneNote),
      board: room.view === 'board' ? phoneBoard(notes, db, workshopId, participantId) : null,
      round: round?.mode === 'participants' ? phoneRound(db, round, participantId) : null,
      results: round?.revealed ? phoneResults(db, round, participantId) : null,
    };
  });
}
