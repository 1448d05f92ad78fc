import type { SummarySource } from '../../../shared/summary/schema';
import type { Db } from '../../storage/database';
import type { Row } from '../../storage/rows';
import { todayOf } from '../actionplan/rows';
import { workshopLinks } from '../actionplan/trace';
import { listClusters, listNotes } from '../board/rows';
import { readMatrix } from '../matrix/handlers';
import { listAreas, listOutcomes } from '../outcome/rows';
import { listParticipants } from '../participant/rows';
import { findProgramme } from '../programme/rows';
import { roundState, toRound } from '../voting/state';
import { mustFindWorkshop } from '../workshop/rows';

/** The one read behind the summary on screen and in the .xlsx, so both start from the same rows. */
export function readSummarySource(db: Db, workshopId: string, now: string): SummarySource {
  const workshop = mustFindWorkshop(db, workshopId);
  const programme = findProgramme(db, workshop.programmeId);
  const rounds = db.prepare('SELECT * FROM vote_round WHERE workshop_id = ? ORDER BY number').all(workshopId) as Row[];
  const today = todayOf(now);
  return {
    workshop,
    programme: { name: programme?.name ?? '', area: programme?.area ?? '' },
    participants: listParticipants(db, workshopId),
    notes: listNotes(db, workshopId),
    clusters: listClusters(db, workshopId),
    matrix: readMatrix(db, workshopId),
    rounds: rounds.map((row) => roundState(db, toRound(row))),
    outcomes: listOutcomes(db, workshopId),
    areas: listAreas(db, 'workshop_id', workshopId),
    planLinks: workshopLinks(db, workshopId, today),
    today,
  };
}
