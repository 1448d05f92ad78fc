/**
 * The handlingsplan as a workbook the team can filter, sort and print:
 * every activity with where it sits, who answers for it, its dates, status,
 * health and whether it is late; the status history; the decisions.
 * Overdue comes from the shared rule for the day of the export. Status and
 * health cells are coloured and keep their words, so the sheet reads the
 * same in black and white or to a screen reader.
 */
import ExcelJS from 'exceljs';
import { placedActivities, type ReportDecision } from '../../shared/actionplan/report';
import type { ActivityStatus, Health, HistoryEntry, PlanView } from '../../shared/actionplan/schema';
import { fill, type PlanExportLabels } from './labels';
import { workbookBuffer, writeRow } from './xlsx-cells';
import { DATE_FORMAT, DATE_TIME_FORMAT, dateCell, finishTable, localTimeCell, solidFill, tableSheet } from './xlsx-table';

export interface AreaSource {
  readonly improvementArea: string;
  readonly workshop: string;
}

export interface HistoryLine extends HistoryEntry {
  readonly activityWhat: string;
  readonly meeting: { readonly date: string; readonly title: string } | null;
}

export interface PlanWorkbookInput {
  readonly view: PlanView;
  /** By område id; områden added by hand have none. */
  readonly sources: ReadonlyMap<string, AreaSource>;
  readonly history: readonly HistoryLine[];
  readonly decisions: readonly ReportDecision[];
  readonly labels: PlanExportLabels;
}

const STATUS_FILL: Readonly<Record<ActivityStatus, string>> = {
  ej_paborjad: 'FFEDEDED',
  pagar: 'FFDDEBF7',
  klar: 'FFE2EFDA',
  pausad: 'FFFCE4D6',
  struken: 'FFD0D0D0',
};
const HEALTH_FILL: Readonly<Record<Health, string>> = { gron: 'FFC6EFCE', gul: 'FFFFEB9C', rod: 'FFFFC7CE' };
const OVERDUE_FILL = 'FFFFC7CE';

export function meetingName(meeting: { readonly date: string; readonly title: string }): string {
  return meeting.title ? `${meeting.date} ${meeting.title}` : meeting.date;
}

function activitiesSheet(workbook: ExcelJS.Workbook, { view, sources, labels }: PlanWorkbookInput): void {
  const c = labels.activityColumns;
  const sheet = tableSheet(workbook, labels.activitiesSheet, [
    { header: c.area, width: 26, wrap: true },
    { header: c.goal, width: 26, wrap: true },
    { header: c.what, width: 44, wrap: true },
    { header: c.responsible, width: 20, wrap: true },
    { header: c.organisation, width: 22, wrap: true },
    { header: c.huvudman, width: 11 },
    { header: c.start, width: 11, numFmt: DATE_FORMAT },
    { header: c.due, width: 12, numFmt: DATE_FORMAT },
    { header: c.status, width: 13 },
    { header: c.health, width: 9 },
    { header: c.reason, width: 30, wrap: true },
    { header: c.overdue, width: 10 },
    { header: c.improvementArea, width: 30, wrap: true },
    { header: c.workshop, width: 26, wrap: true },
  ]);
  for (const { activity: a, areaTitle, goalTitle } of placedActivities(view)) {
    const source = sources.get(a.areaId);
    const row = writeRow(sheet, [
      areaTitle,
      goalTitle ?? '',
      a.what,
      a.responsibleName,
      a.responsibleOrganisation,
      a.responsibleHuvudman ? labels.huvudman[a.responsibleHuvudman] : '',
      dateCell(a.start),
      dateCell(a.due),
      labels.activityStatus[a.status],
      labels.health[a.health],
      a.healthReason,
      a.overdue ? labels.yes : labels.no,
      source?.improvementArea ?? '',
      source?.workshop ?? '',
    ]);
    row.getCell(9).fill = solidFill(STATUS_FILL[a.status]);
    row.getCell(10).fill = solidFill(HEALTH_FILL[a.health]);
    if (a.overdue) {
      row.getCell(12).fill = solidFill(OVERDUE_FILL);
      row.getCell(12).font = { bold: true };
    }
  }
  finishTable(sheet);
}

function historySheet(workbook: ExcelJS.Workbook, { history, labels }: PlanWorkbookInput): void {
  const c = labels.historyColumns;
  const sheet = tableSheet(workbook, labels.historySheet, [
    { header: c.activity, width: 44, wrap: true },
    { header: c.at, width: 17, numFmt: DATE_TIME_FORMAT },
    { header: c.by, width: 20, wrap: true },
    { header: c.meeting, width: 26, wrap: true },
    { header: c.field, width: 10 },
    { header: c.from, width: 13 },
    { header: c.to, width: 13 },
    { header: c.reason, width: 30, wrap: true },
    { header: c.comment, width: 44, wrap: true },
  ]);
  const valueLabel = (field: HistoryLine['field'], value: string): string =>
    field === 'status' ? (labels.activityStatus[value as ActivityStatus] ?? value) : (labels.health[value as Health] ?? value);
  for (const line of history) {
    const row = writeRow(sheet, [
      line.activityWhat,
      localTimeCell(line.at),
      line.by,
      line.meeting ? meetingName(line.meeting) : '',
      labels.fields[line.field],
      valueLabel(line.field, line.from),
      valueLabel(line.field, line.to),
      line.reason,
      line.comment,
    ]);
    const fills = line.field === 'status' ? STATUS_FILL : HEALTH_FILL;
    const from = (fills as Record<string, string>)[line.from];
    const to = (fills as Record<string, string>)[line.to];
    if (from) row.getCell(6).fill = solidFill(from);
    if (to) row.getCell(7).fill = solidFill(to);
  }
  finishTable(sheet);
}

function decisionsSheet(workbook: ExcelJS.Workbook, { decisions, labels }: PlanWorkbookInput): void {
  const c = labels.decisionColumns;
  const sheet = tableSheet(workbook, labels.decisionsSheet, [
    { header: c.date, width: 12, numFmt: DATE_FORMAT },
    { header: c.meeting, width: 24, wrap: true },
    { header: c.kind, width: 14 },
    { header: c.text, width: 70, wrap: true },
    { header: c.activity, width: 40, wrap: true },
  ]);
  for (const d of decisions) {
    writeRow(sheet, [dateCell(d.meetingDate), d.meetingTitle, labels.decisionKind[d.kind], fill(labels.decides, { text: d.text }), d.activityWhat ?? '']);
  }
  finishTable(sheet);
}

export async function planWorkbook(input: PlanWorkbookInput): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Samverkstad';
  workbook.title = input.view.plan.title;
  activitiesSheet(workbook, input);
  historySheet(workbook, input);
  decisionsSheet(workbook, input);
  return workbookBuffer(workbook);
}
