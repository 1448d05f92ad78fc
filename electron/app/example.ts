/**
 * The example programme that makes a first start non-empty. It is seeded
 * outside the change journal (there is nothing to undo about it), marked as
 * an example, and deleted like any programme — that delete is undoable.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../storage/database';

export function seedExample(db: Db, now: string): void {
  const programmeId = randomUUID();
  db.prepare(
    `INSERT INTO programme (id, name, area, level, description, is_example, created_at, updated_at)
     VALUES (?, ?, ?, 'lokal', ?, 1, ?, ?)`,
  ).run(
    programmeId,
    'Exempel: LOS Ronneby',
    'Ronneby',
    'Ett påhittat program att öva på. Kommunen och regionen vill att fler som skrivs ut från sjukhuset ' +
      'får en samordnad individuell plan och känner sig trygga när de kommer hem. Ta bort programmet när ' +
      'du inte behöver det längre.',
    now,
    now,
  );
  db.prepare(
    `INSERT INTO workshop (id, programme_id, title, date, type, goals, created_at, updated_at)
     VALUES (?, ?, ?, NULL, 'verksamhet', ?, ?, ?)`,
  ).run(
    randomUUID(),
    programmeId,
    'Workshop med verksamheten: hemgång efter sjukhusvistelse',
    'Beskriva hur det fungerar i dag när någon skrivs ut, hitta de viktigaste förbättringsområdena och ' +
      'ta första steget mot en handlingsplan. Deltagare från avdelningen, hemtjänsten, ' +
      'kommunens sjuksköterskor och vårdcentralen.',
    now,
    now,
  );
}
