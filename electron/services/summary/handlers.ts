import type { HandlerMap } from '../../api/handler';
import { summaryLabels } from '../../exports/labels';
import { summaryWorkbook } from '../../exports/summary-xlsx';
import { listClusters, listNotes } from '../board/rows';
import { listPlacements } from '../matrix/rows';
import { listAreas, listOutcomes } from '../outcome/rows';
import { listParticipants } from '../participant/rows';
import { findProgramme } from '../programme/rows';
import { readSettings } from '../settings/read';
import { toRound, roundState } from '../voting/state';
import { mustFindWorkshop } from '../workshop/rows';
import { safeFileName } from '../../../shared/common/file-name';
import { XLSX_MIME } from '../../exports/files';
import type { Row } from '../../storage/rows';

export const summaryHandlers: HandlerMap = {
  'workshop.exportSummary': async ({ workshopId }, { store }) => {
    const input = store.read((db) => {
      const workshop = mustFindWorkshop(db, workshopId);
      const revealed = db.prepare('SELECT * FROM vote_round WHERE workshop_id = ? AND revealed = 1 ORDER BY number DESC LIMIT 1').get(workshopId) as Row | undefined;
      return {
        workshop,
        programmeName: findProgramme(db, workshop.programmeId)?.name ?? '',
        participants: listParticipants(db, workshopId),
        notes: listNotes(db, workshopId),
        clusters: listClusters(db, workshopId),
        placements: listPlacements(db, workshopId),
        round: revealed ? roundState(db, toRound(revealed)) : null,
        outcomes: listOutcomes(db, workshopId),
        areas: listAreas(db, 'workshop_id', workshopId),
        labels: summaryLabels(readSettings(db).language),
      };
    });
    const buffer = await summaryWorkbook(input);
    return {
      fileName: `${safeFileName(`${input.workshop.title} – ${input.labels.fileName}`)}.xlsx`,
      mimeType: XLSX_MIME,
      base64: buffer.toString('base64'),
    };
  },
};
