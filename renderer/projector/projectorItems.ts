/**
 * The workshop's items as the room's screen may name them: a free note
 * still face down is named only as hidden, so its text never reaches the
 * projector's page until the facilitator turns it over.
 */
import type { Board } from '../../shared/board/schema';
import { itemsById, type WorkshopItem, workshopItems } from '../matrix/workshopItems';

export function projectorItems(board: Board, hiddenTitle: string): ReadonlyMap<string, WorkshopItem> {
  const faceDown = new Set(board.notes.filter((note) => note.faceDown).map((note) => note.id as string));
  return itemsById(workshopItems(board).map((item) => (item.kind === 'note' && faceDown.has(item.id) ? { ...item, title: hiddenTitle } : item)));
}
