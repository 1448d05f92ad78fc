/**
 * The workshop summary as a workbook, sheet by sheet in the order the
 * screen shows it: the facts, then the decisions (prioritised areas, where
 * they went in a handlingsplan, what was handed over, the vote split by
 * huvudman), then the detail (clusters with description and strengths,
 * every note, who took part). It writes the summary model
 * (shared/summary/model.ts) and decides nothing itself, so it holds what
 * the screen holds.
 */
import ExcelJS from 'exceljs';
import type { Quadrant } from '../../shared/matrix/quadrant';
import { huvudmanValues } from '../../shared/participant/schema';
import type { WorkshopSummary } from '../../shared/summary/model';
import type { ResultRow } from '../../shared/voting/results';
import { fill, type SummaryLabels } from './labels';
import { type ExportValue, workbookBuffer, writeRow } from './xlsx-cells';
import { type TableColumn, tableSheet } from './xlsx-table';

type Sheet = ExcelJS.Worksheet;

const text = (header: string, width: number): TableColumn => ({ header, width, wrap: true });
const short = (header: string, width = 12): TableColumn => ({ header, width });

function writeFacts(workbook: ExcelJS.Workbook, summary: WorkshopSummary, labels: SummaryLabels): void {
  const { header, counts, decisions, detail } = summary;
  const f = labels.facts;
  const vote = decisions.vote;
  const rows: (readonly [string, ExportValue])[] = [
    [f.title, header.title],
    [f.programme, header.programme],
    [f.kommun, header.kommun],
    [f.date, header.date ?? ''],
    [f.type, labels.workshopTypes[header.type]],
    [f.goals, header.goals],
    [f.participants, counts.participants],
    [f.notes, counts.notes],
    [f.clusters, counts.clusters],
    [f.vote, vote ? fill(labels.round, { number: vote.roundNumber }) : labels.noRound],
  ];
  if (!detail.names) rows.push([f.names, labels.namesLeftOut]);
  const facts = workbook.addWorksheet(labels.factsSheet);
  facts.columns = [{ width: 22 }, { width: 80 }];
  for (const row of rows) writeRow(facts, row);
  facts.getColumn(1).font = { bold: true };
  facts.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
}

function decisionText(row: ResultRow, labels: SummaryLabels): string {
  if (!row.outcome) return '';
  if (row.outcome.status === 'prioritised') return labels.prioritised;
  return row.outcome.handedTo ? fill(labels.handedTo, { to: row.outcome.handedTo }) : labels.outsideMandate;
}

function writeVotes(votes: Sheet, vote: WorkshopSummary['decisions']['vote'], labels: SummaryLabels, quadrantName: (q: Quadrant | null) => string): void {
  if (!vote) {
    writeRow(votes, [labels.noRound]);
    return;
  }
  writeRow(votes, [fill(vote.split ? labels.round : labels.paperRound, { number: vote.roundNumber })]).font = { italic: true };
  const split = (values: Readonly<Record<(typeof huvudmanValues)[number], number>>): number[] => (vote.split ? huvudmanValues.map((h) => values[h]) : []);
  for (const row of vote.rows) {
    writeRow(votes, [
      row.tied ? `${row.rank} (${labels.tie})` : row.rank,
      row.title ?? labels.missingItem,
      row.votes,
      ...split(row.byHuvudman),
      quadrantName(row.quadrant),
      decisionText(row, labels),
    ]);
  }
  writeRow(votes, [labels.total, '', vote.total, ...split(vote.byHuvudman)]).font = { bold: true };
  // Counted, but no longer anyone's: say so rather than let the totals look unexplained.
  if (vote.dotsFromRemoved > 0) writeRow(votes, [fill(labels.removedDots, { count: vote.dotsFromRemoved })]).font = { italic: true };
}

export async function summaryWorkbook(summary: WorkshopSummary, labels: SummaryLabels): Promise<Buffer> {
  const { decisions, detail } = summary;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Samverkstad';
  const custom = detail.matrix.labels?.quadrants;
  const quadrantName = (q: Quadrant | null): string => (q === null ? labels.notPlaced : (custom?.[q] ?? labels.quadrants[q]));
  const orEmpty = (n: number | null): ExportValue => n ?? '';

  writeFacts(workbook, summary, labels);

  const pr = labels.prioritisedColumns;
  const prioritised = tableSheet(workbook, labels.prioritisedSheet, [text(pr.title, 40), text(pr.description, 60), short(pr.level, 16), short(pr.votes)]);
  for (const { area, votes } of decisions.prioritised) writeRow(prioritised, [area.title, area.description, labels.levels[area.level], orEmpty(votes)]);

  const pc = labels.planColumns;
  const plans = tableSheet(workbook, labels.plansSheet, [text(pc.improvementArea, 36), text(pc.plan, 30), text(pc.area, 30), text(pc.activity, 48), short(pc.status, 20)]);
  for (const link of decisions.prioritised.flatMap((p) => p.plans)) {
    const where = [link.improvementAreaTitle, link.planTitle, link.areaTitle];
    if (link.activities.length === 0) writeRow(plans, where);
    for (const activity of link.activities) {
      const status = labels.activityStatus[activity.status];
      writeRow(plans, [...where, activity.what, activity.overdue ? fill(labels.overdue, { status }) : status]);
    }
  }

  const ho = labels.handedOverColumns;
  const handed = tableSheet(workbook, labels.handedOverSheet, [text(ho.item, 40), text(ho.handedTo, 32), text(ho.comment, 48), short(ho.votes)]);
  for (const h of decisions.handedOver) writeRow(handed, [h.title ?? labels.missingItem, h.handedTo, h.comment, orEmpty(h.votes)]);

  const vc = labels.voteColumns;
  const splitColumns = decisions.vote?.split ? huvudmanValues.map((h) => short(labels.huvudman[h])) : [];
  const votes = tableSheet(workbook, labels.votesSheet, [short(vc.rank), text(vc.item, 44), short(vc.votes), ...splitColumns, short(vc.quadrant, 24), text(vc.decision, 32)]);
  writeVotes(votes, decisions.vote, labels, quadrantName);

  const cc = labels.clusterColumns;
  const clusters = tableSheet(workbook, labels.clustersSheet, [text(cc.cluster, 32), short(cc.notes), text(cc.description, 56), text(cc.strengths, 40), short(cc.quadrant, 24), short(cc.votes)]);
  for (const c of detail.clusters) writeRow(clusters, [c.heading, c.notes.length, c.description, c.strengths.join('\n'), quadrantName(c.quadrant), orEmpty(c.votes)]);

  const nc = labels.noteColumns;
  const notes = tableSheet(workbook, labels.notesSheet, [text(nc.cluster, 32), text(nc.note, 80)]);
  for (const c of detail.clusters) for (const note of c.notes) writeRow(notes, [c.heading, note.text]);
  for (const note of detail.freeNotes) writeRow(notes, [labels.unclustered, note.text]);

  const pe = labels.participantColumns;
  const organisation = (name: string): string => name || labels.noOrganisation;
  if (detail.names) {
    const people = tableSheet(workbook, labels.participantsSheet, [text(pe.organisation, 32), text(pe.name, 28), short(pe.huvudman, 16), text(pe.role, 28)]);
    for (const org of detail.organisations) for (const p of org.people ?? []) writeRow(people, [organisation(org.name), p.name, labels.huvudman[p.huvudman], p.role]);
  } else {
    const people = tableSheet(workbook, labels.participantsSheet, [text(pe.organisation, 32), short(pe.huvudman, 16), short(pe.count, 16)]);
    for (const org of detail.organisations) for (const h of org.huvudman) writeRow(people, [organisation(org.name), labels.huvudman[h.huvudman], h.count]);
  }

  return workbookBuffer(workbook);
}
