/**
 * The plan's files: the workbook, the plan as a Word document and a
 * meeting's protokoll, each in the UI language and built from one read.
 * A closed meeting's protokoll is its stored snapshot; an open one's is
 * what closing it now would record.
 */
import { Protocol } from '../../../shared/actionplan/schema';
import type { HandlerMap } from '../../api/handler';
import { DOCX_MIME, exportFile, XLSX_MIME } from '../../exports/files';
import { planExportLabels } from '../../exports/labels';
import { planDocument } from '../../exports/plan-docx';
import { planWorkbook } from '../../exports/plan-xlsx';
import { protocolDocument } from '../../exports/protocol-docx';
import { readSettings } from '../settings/read';
import { protocolOf } from './meetings';
import { areaSources, planDecisions, planHistory } from './report';
import { mustRead, planView, todayOf } from './rows';

export const exportHandlers: HandlerMap = {
  'plan.exportXlsx': async ({ planId }, { store }) => {
    const input = store.read((db) => ({
      view: planView(db, planId, todayOf(store.now())),
      sources: areaSources(db, planId),
      history: planHistory(db, planId),
      decisions: planDecisions(db, planId),
      labels: planExportLabels(readSettings(db).language),
    }));
    return exportFile(`${input.view.plan.title} – ${input.labels.fileName}`, 'xlsx', XLSX_MIME, await planWorkbook(input));
  },

  'plan.exportDocx': async ({ planId }, { store }) => {
    const input = store.read((db) => ({ view: planView(db, planId, todayOf(store.now())), labels: planExportLabels(readSettings(db).language) }));
    return exportFile(`${input.view.plan.title} – ${input.labels.fileName}`, 'docx', DOCX_MIME, await planDocument(input));
  },

  'planMeeting.exportDocx': async ({ meetingId }, { store }) => {
    const input = store.read((db) => {
      const meeting = mustRead(db, 'plan_meeting', meetingId);
      const plan = mustRead(db, 'plan', String(meeting.plan_id));
      const protocol = meeting.protocol === null ? protocolOf(db, meetingId, []) : Protocol.parse(JSON.parse(String(meeting.protocol)));
      const created = protocol.decisions.flatMap((d) => (d.activityId ? [d.activityId] : []));
      const named = db.prepare('SELECT what FROM plan_activity WHERE id = ?').pluck();
      return {
        protocol,
        programmeName: db.prepare('SELECT name FROM programme WHERE id = ?').pluck().get(plan.programme_id) as string,
        planTitle: String(plan.title),
        closed: meeting.status === 'closed',
        activityNames: new Map(created.flatMap((id) => {
          const what = named.get(id) as string | undefined;
          return what === undefined ? [] : [[id, what] as const];
        })),
        labels: planExportLabels(readSettings(db).language),
      };
    });
    const name = [input.planTitle, input.labels.protocol.fileName, input.protocol.date].join(' – ');
    return exportFile(name, 'docx', DOCX_MIME, await protocolDocument(input));
  },
};
