import { AppError } from '../../../shared/api/errors';
import { NEW_NOTE_COLOUR } from '../../../shared/board/schema';
import type { PhoneNote } from '../../../shared/phone/schema';
import type { ServiceContext } from '../../api/handler';
import type { Row } from '../../storage/rows';
import type { Tx } from '../../storage/transaction';
import { toNote } from '../board/rows';
import { createNote } from '../note/create';
import { callingDevice, identifiedAs, rowOfDevice } from './device';
import { toPhoneNote } from './state';

/** A note of the device's workshop that its participant wrote; anyone else's is refused. */
function ownNote(tx: Tx, ctx: ServiceContext, id: string): Row {
  const device = callingDevice(ctx);
  const participantId = identifiedAs(tx.db, device);
  const note = rowOfDevice(tx.db, 'note', id, device);
  if (note.author_id !== participantId) throw new AppError('not_own', 'Only notes you wrote yourself can be changed from your device', { id });
  return note;
}

/** Written as the board's capture bar would add it, under the device's participant. */
export function writeNote(tx: Tx, ctx: ServiceContext, text: string): PhoneNote {
  const device = callingDevice(ctx);
  const authorId = identifiedAs(tx.db, device);
  return toPhoneNote(createNote(tx, { workshopId: device.workshopId, text, colour: NEW_NOTE_COLOUR, authorId }));
}

export function editNote(tx: Tx, ctx: ServiceContext, id: string, text: string): PhoneNote {
  ownNote(tx, ctx, id);
  return toPhoneNote(toNote(tx.update('note', id, { text })));
}

export function deleteNote(tx: Tx, ctx: ServiceContext, id: string): null {
  ownNote(tx, ctx, id);
  tx.remove('note', id);
  return null;
}
