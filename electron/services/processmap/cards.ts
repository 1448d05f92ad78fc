import { CardSource } from '../../../shared/processmap/cards';
import type { HandlerMap } from '../../api/handler';
import type { Db } from '../../storage/database';
import type { Row } from '../../storage/rows';
import { invalid } from '../actionplan/refuse';
import { mustRead } from '../actionplan/rows';

const NOTE_SELECT = 'SELECT n.id, n.text, n.workshop_id, p.huvudman FROM note n LEFT JOIN participant p ON p.id = n.author_id';

/** A cluster's notes as they are now, or the card's own notes in the order they were pinned. */
function cardSource(db: Db, id: string): CardSource {
  const card = mustRead(db, 'map_element', id);
  if (card.kind !== 'challenge') throw invalid(['id'], 'not_card', 'Only a challenge card has source notes');
  const cluster = card.cluster_id === null ? null : mustRead(db, 'cluster', String(card.cluster_id));
  const rows = (
    cluster === null
      ? db.prepare(`${NOTE_SELECT} JOIN map_card_note c ON c.note_id = n.id WHERE c.element_id = ? ORDER BY c.rank, c.rowid`).all(id)
      : db.prepare(`${NOTE_SELECT} WHERE n.cluster_id = ? ORDER BY n.rank, n.rowid`).all(cluster.id)
  ) as Row[];
  const workshopId = cluster?.workshop_id ?? rows[0]?.workshop_id;
  const workshop = workshopId === undefined ? null : mustRead(db, 'workshop', String(workshopId));
  return CardSource.parse({
    workshop: workshop && { id: workshop.id, title: workshop.title },
    cluster: cluster?.heading ?? null,
    notes: rows.map((row) => ({ id: row.id, text: row.text, huvudman: row.huvudman ?? null })),
  });
}

export const cardHandlers: HandlerMap = {
  'mapElement.cardSource': ({ id }, { store }) => store.read((db) => cardSource(db, id)),
};
