/**
 * The handlingsplan as a Word document for the diarium, laid out the way
 * such plans are written by hand: a heading per område with its delmål,
 * then a table Aktivitet | Ansvarig | Tidplan | Status, the activities
 * grouped under their delmål.
 */
import type { Activity, AreaView, PlanView } from '../../shared/actionplan/schema';
import { bullet, docxBuffer, fact, heading, paragraph, runs, table, title, type DocxCell } from './docx-parts';
import { fill, type PlanExportLabels } from './labels';

export interface PlanDocumentInput {
  readonly view: PlanView;
  readonly labels: PlanExportLabels;
}

export function scheduleText(start: string | null, due: string | null, labels: PlanExportLabels['schedule']): string {
  if (start && due) return fill(labels.both, { start, due });
  if (start) return fill(labels.from, { start });
  if (due) return fill(labels.until, { due });
  return '';
}

function responsibleText(a: Activity, labels: PlanExportLabels): string {
  const organisation = [a.responsibleOrganisation, a.responsibleHuvudman ? `(${labels.huvudman[a.responsibleHuvudman]})` : ''].filter(Boolean).join(' ');
  return [a.responsibleName, organisation].filter(Boolean).join('\n');
}

function statusText(a: Activity, labels: PlanExportLabels): string {
  const health = `${labels.fields.health}: ${labels.health[a.health]}${a.healthReason ? ` – ${a.healthReason}` : ''}`;
  return [labels.activityStatus[a.status], health, a.overdue ? labels.overdue : ''].filter(Boolean).join('\n');
}

function activityRow(a: Activity, labels: PlanExportLabels): DocxCell[] {
  return [{ text: a.what }, { text: responsibleText(a, labels) }, { text: scheduleText(a.start, a.due, labels.schedule) }, { text: statusText(a, labels) }];
}

function areaRows({ goals, activities }: AreaView, labels: PlanExportLabels): DocxCell[][] {
  const rows: DocxCell[][] = [];
  for (const { goal, activities: own } of goals) {
    rows.push([{ text: fill(labels.goalRow, { title: goal.title }), bold: true, span: 4 }]);
    rows.push(...own.map((a) => activityRow(a, labels)));
  }
  if (goals.length > 0 && activities.length > 0) rows.push([{ text: labels.withoutGoal, bold: true, span: 4 }]);
  rows.push(...activities.map((a) => activityRow(a, labels)));
  return rows.length > 0 ? rows : [[{ text: labels.noActivities, span: 4 }]];
}

export async function planDocument({ view, labels }: PlanDocumentInput): Promise<Buffer> {
  const { plan } = view;
  const columns = labels.tableColumns;
  const period = [plan.periodStart, plan.periodEnd].some(Boolean) ? scheduleText(plan.periodStart, plan.periodEnd, labels.schedule) : '';
  const progress = (p: { done: number; counted: number }) => paragraph(fill(labels.progress, { done: p.done, counted: p.counted }), { italics: true });
  return docxBuffer({
    title: plan.title,
    runningHeader: `${view.programmeName} – ${plan.title}`,
    pageTemplate: labels.page,
    language: labels.language,
    children: [
      title(plan.title),
      fact(labels.programme, view.programmeName),
      ...(period ? [fact(labels.period, period)] : []),
      fact(labels.status, labels.planStatus[plan.status]),
      fact(labels.exportedOn, view.today),
      progress(view.progress),
      ...view.areas.flatMap((area) => [
        heading(area.area.title),
        ...(area.area.description ? [paragraph(area.area.description)] : []),
        progress(area.progress),
        ...(area.goals.length > 0 ? [heading(labels.goals, 2), ...area.goals.map(({ goal }) => bullet(runs(goal.title)))] : []),
        table([columns.what, columns.responsible, columns.schedule, columns.status], areaRows(area, labels), [40, 22, 16, 22]),
      ]),
    ],
  });
}
