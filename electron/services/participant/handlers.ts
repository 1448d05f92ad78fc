import { parseParticipantTable, splitPastedTable } from '../../../shared/participant/import';
import { participantHeaders } from '../../exports/labels';
import { MAX_IMPORT_PARTICIPANTS, type ImportPreview } from '../../../shared/participant/schema';
import { mutation, type HandlerMap } from '../../api/handler';
import { definedColumns } from '../../storage/rows';
import { tooLarge } from '../../files/read-errors';
import { readWorkbook } from '../../files/read-workbook';
import { rowTexts } from '../../files/workbook';
import { requireWorkshop } from '../workshop/rows';
import { authoredNoteIds, dotsPerRound, insertParticipant, listParticipants, liveParticipant, removalImpact, toParticipant } from './rows';

const HEADERS = participantHeaders();

const tooManyParticipants = () => tooLarge({ limit: 'participants', max: MAX_IMPORT_PARTICIPANTS }, `At most ${MAX_IMPORT_PARTICIPANTS} participants per import`);

/** The first sheet's rows; counted before they are laid out, so a long list is refused cheaply. */
async function previewSheet(base64: string): Promise<ImportPreview> {
  const [sheet] = (await readWorkbook(Buffer.from(base64, 'base64'))).sheets;
  const rows = sheet?.rows ?? [];
  // One more row than participants: the list may start with a header row.
  if (rows.length > MAX_IMPORT_PARTICIPANTS + 1) throw tooManyParticipants();
  return parseParticipantTable(rows.map(rowTexts), { rowNumbers: rows.map((row) => row.row), headers: HEADERS });
}

export const participantHandlers: HandlerMap = {
  'participant.list': ({ workshopId }, { store }) =>
    store.read((db) => {
      requireWorkshop(db, workshopId);
      return listParticipants(db, workshopId);
    }),

  'participant.create': mutation('participant.create', ({ workshopId, ...fields }, tx) => {
    requireWorkshop(tx.db, workshopId);
    return insertParticipant(tx, workshopId, fields);
  }),

  'participant.update': mutation('participant.update', ({ id, ...fields }, tx) => {
    liveParticipant(tx.db, id);
    return toParticipant(tx.update('participant', id, definedColumns(fields)));
  }),

  'participant.removalImpact': ({ id }, { store }) => store.read((db) => removalImpact(db, id)),

  /**
   * Their notes stay, now anonymous, and their dots in open rounds go. A
   * closed round is the record of a decision: when it holds their dots, the
   * person stays as a nameless row with only their huvudman, so its ranking
   * and split do not change. Undo gives everything back.
   */
  'participant.delete': mutation('participant.delete', ({ id }, tx) => {
    liveParticipant(tx.db, id);
    const rounds = dotsPerRound(tx.db, id);
    if (rounds.every((r) => r.open)) {
      tx.remove('participant', id);
      return null;
    }
    for (const round of rounds.filter((r) => r.open)) for (const voteId of round.voteIds) tx.remove('vote', voteId);
    for (const noteId of authoredNoteIds(tx.db, id)) tx.update('note', noteId, { author_id: null });
    tx.update('participant', id, { name: '', organisation: '', role: '', removed_at: tx.now });
    return null;
  }),

  'participant.organisations': (_input, { store }) =>
    store.read(
      (db) =>
        db
          .prepare("SELECT organisation FROM participant WHERE organisation <> '' AND removed_at IS NULL GROUP BY organisation ORDER BY COUNT(*) DESC, organisation LIMIT 200")
          .pluck()
          .all() as string[],
    ),

  'participant.previewImport': async ({ source }) => {
    const preview = source.format === 'text' ? parseParticipantTable(splitPastedTable(source.text), { headers: HEADERS }) : await previewSheet(source.base64);
    if (preview.rows.length > MAX_IMPORT_PARTICIPANTS) throw tooManyParticipants();
    return preview;
  },

  'participant.import': mutation('participant.import', ({ workshopId, participants }, tx) => {
    requireWorkshop(tx.db, workshopId);
    return participants.map((fields) => insertParticipant(tx, workshopId, fields));
  }),
};
