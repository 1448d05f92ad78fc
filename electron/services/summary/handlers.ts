import type { HandlerMap } from '../../api/handler';
import { summaryLabels } from '../../exports/labels';
import { summaryWorkbook } from '../../exports/summary-xlsx';
import { readSettings } from '../settings/read';
import { buildSummary } from '../../../shared/summary/model';
import { safeFileName } from '../../../shared/common/file-name';
import { XLSX_MIME } from '../../exports/files';
import { readSummarySource } from './read';

export const summaryHandlers: HandlerMap = {
  'workshop.summary': ({ workshopId }, { store }) => store.read((db) => readSummarySource(db, workshopId, store.now())),

  'workshop.exportSummary': async ({ workshopId, names }, { store }) => {
    const { source, language } = store.read((db) => ({ source: readSummarySource(db, workshopId, store.now()), language: readSettings(db).language }));
    const labels = summaryLabels(language);
    const buffer = await summaryWorkbook(buildSummary(source, { names, language }), labels);
    return {
      fileName: `${safeFileName(`${source.workshop.title} – ${labels.fileName}`)}.xlsx`,
      mimeType: XLSX_MIME,
      base64: buffer.toString('base64'),
    };
  },
};
