import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/api/errors';
import { parseParticipantTable, splitPastedTable } from '../../../shared/participant/import';
import { MAX_IMPORT_PARTICIPANTS, type ImportPreview, type ParticipantFields } from '../../../shared/participant/schema';
import { mutation, type HandlerMap } from '../../api/handler';
import { definedColumns } from '../../storage/rows';
import { tooLarge } from '../../files/read-errors';
import { readWorkbook } from '../../files/read-workbook';
import { rowTexts } from '../../files/workbook';
import type { Db } from '../../storage/database';
import type { Tx } from '../../storage/transaction';
import { listParticipants, toParticipant } from './rows';

function requireWorkshop(db: Db, workshopId: string): void {
  if (!db.prepare('SELECT 1 FROM workshop WHERE id = ?').get(workshopId)) {
    throw new AppError('not_found', `No workshop with id ${workshopId}`, { entity: 'workshop', id: workshopId });
  }
}

const tooManyParticipants = () => tooLarge({ limit: 'participants', max: MAX_IMPORT_PARTICIPANTS }, `At most ${MAX_IMPORT_PARTICIPANTS} participants per import`);

/** The first sheet's rows; counted before they are laid out, so a long list is refused cheaply. */
async function previewSheet(base64: string): Promise<ImportPreview> {
  const [sheet] = (await readWorkbook(Buffer.from(base64, 'base64'))).sheets;
  const rows = sheet?.rows ?? [];
  // One more row than participants: the list may start with a header row.
  if (rows.length > MAX_IMPORT_PARTICIPANTS + 1) throw tooManyParticipants();
  return parseParticipantTable(rows.map(rowTexts), rows.map((row) => row.row));
}

function insertParticipant(tx: Tx, workshopId: string, fields: ParticipantFields) {
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

  'participant.update': mutation('participant.update', ({ id, ...fields }, tx) =>
    toParticipant(tx.update('participant', id, definedColumns(fields))),
  ),

  /** Their notes stay, now anonymous; undo gives them back their author. */
  'participant.delete': mutation('participant.delete', ({ id }, tx) => {
    tx.remove('participant', id);
    return null;
  }),

  'participant.organisations': (_input, { store }) =>
    store.read(
      (db) =>
        db
          .prepare("SELECT organisation FROM participant WHERE organisation <> '' GROUP BY organisation ORDER BY COUNT(*) DESC, organisation LIMIT 200")
          .pluck()
          .all() as string[],
    ),

  'participant.previewImport': async ({ source }) => {
    const preview = source.format === 'text' ? parseParticipantTable(splitPastedTable(source.text)) : await previewSheet(source.base64);
    if (preview.rows.length > MAX_IMPORT_PARTICIPANTS) throw tooManyParticipants();
    return preview;
  },

  'participant.import': mutation('participant.import', ({ workshopId, participants }, tx) => {
    requireWorkshop(tx.db, workshopId);
    return participants.map((fields) => insertParticipant(tx, workshopId, fields));
  }),
};
