import { AppError } from '../../../shared/api/errors';
import { mutation, type HandlerMap } from '../../api/handler';
import { boardWorkbook } from '../../exports/board-xlsx';
import { safeFileName } from '../../../shared/common/file-name';
import { XLSX_MIME } from '../../exports/files';
import { boardExportLabels } from '../../exports/labels';
import { listParticipants } from '../participant/rows';
import { readSettings } from '../settings/read';
import { colourModeOf, listClusters, listNotes, workshopOf, workshopTitle } from './rows';

export const boardHandlers: HandlerMap = {
  'board.get': ({ workshopId }, { store }) =>
    store.read((db) => ({
      workshopId,
      colourMode: colourModeOf(db, workshopId),
      participants: listParticipants(db, workshopId),
      notes: listNotes(db, workshopId),
      clusters: listClusters(db, workshopId),
    })),

  'board.setColourMode': mutation('board.setColourMode', ({ workshopId, colourMode }, tx) => {
    tx.update('workshop', workshopId, { colour_mode: colourMode });
    return null;
  }),

  'board.move': mutation('board.move', ({ notes, clusters }, tx) => {
    const workshops = new Set([
      ...(notes.length > 0 ? [workshopOf(tx.db, 'note', notes.map((n) => n.id))] : []),
      ...(clusters.length > 0 ? [workshopOf(tx.db, 'cluster', clusters.map((c) => c.id))] : []),
    ]);
    if (workshops.size > 1) {
      throw new AppError('validation_failed', 'Rows from several workshops in one request', [
        { path: ['clusters'], code: 'other_workshop', message: 'notes and clusters belong to different workshops' },
      ]);
    }
    for (const { id, x, y } of notes) tx.update('note', id, { x, y });
    for (const { id, x, y } of clusters) tx.update('cluster', id, { x, y });
    return null;
  }),

  'board.exportXlsx': async ({ workshopId }, { store }) => {
    const { title, labels, board } = store.read((db) => ({
      title: workshopTitle(db, workshopId),
      labels: boardExportLabels(readSettings(db).language),
      board: { notes: listNotes(db, workshopId), clusters: listClusters(db, workshopId), participants: listParticipants(db, workshopId) },
    }));
    const buffer = await boardWorkbook({ ...board, labels });
    return { fileName: `${safeFileName(`${title} – ${labels.fileName}`)}.xlsx`, mimeType: XLSX_MIME, base64: buffer.toString('base64') };
  },
};
