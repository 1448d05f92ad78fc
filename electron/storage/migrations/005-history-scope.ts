// Shipped: never edit. Add a new numbered migration instead.
//
// Undo walks the history of the document the user works in. Batches from
// before this step get the document their rows belong to, by the rules of
// electron/storage/scope.ts when this was written: a programme row belongs
// to the programme list (home), a workshop or improvement area to its
// programme, everything else to its workshop; a batch spanning several
// workshops of one programme belongs to the programme, anything wider to home.
export const sql = /* sql */ `
ALTER TABLE change_batch ADD COLUMN scope TEXT NOT NULL DEFAULT 'home';
-- Who made the change: the facilitator at this machine for now, participants' devices later.
ALTER TABLE change_batch ADD COLUMN actor TEXT NOT NULL DEFAULT 'local';
CREATE INDEX change_batch_scope ON change_batch(scope, undone, id);

CREATE TEMP TABLE journal_document AS
SELECT j.batch_id, CASE
  WHEN j.entity = 'programme' THEN 'home'
  WHEN j.entity IN ('workshop', 'improvement_area') THEN 'programme:' || json_extract(coalesce(j.after, j.before), '$.programme_id')
  WHEN j.entity IN ('vote', 'paper_count') THEN 'workshop:' || coalesce(
    (SELECT r.workshop_id FROM vote_round r WHERE r.id = json_extract(coalesce(j.after, j.before), '$.round_id')),
    (SELECT json_extract(coalesce(r.after, r.before), '$.workshop_id') FROM change_journal r
      WHERE r.entity = 'vote_round' AND r.entity_id = json_extract(coalesce(j.after, j.before), '$.round_id')))
  ELSE 'workshop:' || json_extract(coalesce(j.after, j.before), '$.workshop_id')
END AS document
FROM change_journal j;

CREATE TEMP TABLE workshop_programme AS
SELECT workshop_id, min(programme_id) AS programme_id FROM (
  SELECT id AS workshop_id, programme_id FROM workshop
  UNION ALL
  SELECT entity_id, json_extract(coalesce(after, before), '$.programme_id') FROM change_journal WHERE entity = 'workshop'
) GROUP BY workshop_id;

CREATE TEMP TABLE journal_programme AS
SELECT batch_id, CASE
  WHEN document LIKE 'workshop:%' THEN (SELECT 'programme:' || w.programme_id FROM workshop_programme w WHERE w.workshop_id = substr(document, 10))
  ELSE document
END AS document
FROM journal_document;

UPDATE change_batch SET scope = coalesce(
  (SELECT CASE WHEN count(DISTINCT document) = 1 AND count(document) = count(*) THEN min(document) END
     FROM journal_document d WHERE d.batch_id = change_batch.id),
  (SELECT CASE WHEN count(DISTINCT document) = 1 AND count(document) = count(*) THEN min(document) END
     FROM journal_programme p WHERE p.batch_id = change_batch.id),
  'home');

DROP TABLE temp.journal_document;
DROP TABLE temp.workshop_programme;
DROP TABLE temp.journal_programme;
`;
