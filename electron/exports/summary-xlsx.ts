/**
 * The workshop summary the processledare sends to participants afterwards:
 * facts, who took part, the clusters with their notes, the revealed vote
 * results, what was prioritised and what was handed over elsewhere.
 */
import ExcelJS from 'exceljs';
import type { Cluster, Note } from '../../shared/board/schema';
import { quadrantOf } from '../../shared/matrix/quadrant';
import type { Placement } from '../../shared/matrix/schema';
import type { ImprovementArea, Outcome } from '../../shared/outcome/schema';
import type { Participant } from '../../shared/participant/schema';
import type { RoundState } from '../../shared/voting/schema';
import type { Workshop } from '../../shared/workshop/schema';
import { fill, type SummaryLabels } from './labels';
import { workbookBuffer, writeRow } from './xlsx-cells';

export interface SummaryInput {
  readonly workshop: Workshop;
  readonly programmeName: string;
  readonly participants: readonly Participant[];
  readonly notes: readonly Note[];
  readonly clusters: readonly Cluster[];
  readonly placements: readonly Placement[];
  /** The newest revealed round, if any. */
  readonly round: RoundState | null;
  readonly outcomes: readonly Outcome[];
  readonly areas: readonly ImprovementArea[];
  readonly labels: SummaryLabels;
}

function sheet(workbook: ExcelJS.Workbook, name: string, headers: readonly string[], widths: readonly number[]) {
  const ws = workbook.addWorksheet(name);
  ws.columns = headers.map((header, i) => ({ header, width: widths[i] ?? 20 }));
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  return ws;
}

export async function summaryWorkbook(input: SummaryInput): Promise<Buffer> {
  const { workshop, labels } = input;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Samverkstad';
  const titles = new Map<string, string>([
    ...input.clusters.map((c) => [c.id, c.heading] as const),
    ...input.notes.map((n) => [n.id, n.text] as const),
  ]);
  const placement = new Map(input.placements.map((p) => [p.itemId, p]));

  const facts = workbook.addWorksheet(labels.factsSheet);
  facts.columns = [{ width: 18 }, { width: 80 }];
  const f = labels.facts;
  const factRows: readonly (readonly [string, string | number])[] = [
    [f.title, workshop.title],
    [f.date, workshop.date ?? ''],
    [f.type, labels.workshopTypes[workshop.type]],
    [f.goals, workshop.goals],
    [f.programme, input.programmeName],
    [f.participants, input.participants.length],
    [f.notes, input.notes.length],
    [f.clusters, input.clusters.length],
  ];
  for (const row of factRows) writeRow(facts, row);
  facts.getColumn(1).font = { bold: true };
  facts.getColumn(2).alignment = { wrapText: true, vertical: 'top' };

  const pc = labels.participantColumns;
  const people = sheet(workbook, labels.participantsSheet, [pc.organisation, pc.name, pc.huvudman, pc.role], [32, 28, 16, 28]);
  const byOrganisation = [...input.participants].sort((a, b) => a.organisation.localeCompare(b.organisation, 'sv') || a.name.localeCompare(b.name, 'sv'));
  for (const p of byOrganisation) writeRow(people, [p.organisation, p.name, labels.huvudman[p.huvudman], p.role]);

  const cc = labels.clusterColumns;
  const clusterSheet = sheet(workbook, labels.clustersSheet, [cc.cluster, cc.note], [32, 80]);
  for (const cluster of input.clusters) {
    const members = input.notes.filter((n) => n.clusterId === cluster.id).sort((a, b) => a.rank - b.rank);
    for (const note of members) writeRow(clusterSheet, [cluster.heading, note.text]);
  }
  clusterSheet.getColumn(2).alignment = { wrapText: true, vertical: 'top' };

  const vc = labels.voteColumns;
  const votes = sheet(workbook, labels.votesSheet, [vc.rank, vc.item, vc.votes, vc.quadrant], [10, 48, 10, 24]);
  if (input.round?.results) {
    writeRow(votes, [fill(labels.round, { number: input.round.round.number })]).font = { italic: true };
    for (const r of input.round.results) {
      const where = placement.get(r.itemId);
      writeRow(votes, [r.tied ? `${r.rank} (${labels.tie})` : r.rank, titles.get(r.itemId) ?? '', r.votes, where ? labels.quadrants[quadrantOf(where)] : labels.notPlaced]);
    }
    // Counted, but no longer anyone's: say so rather than let the totals look unexplained.
    if (input.round.dotsFromRemoved > 0) writeRow(votes, [fill(labels.removedDots, { count: input.round.dotsFromRemoved })]).font = { italic: true };
  } else writeRow(votes, [labels.noRound]);

  const votesByItem = new Map((input.round?.results ?? []).map((r) => [r.itemId, r.votes]));
  const pr = labels.prioritisedColumns;
  const prioritised = sheet(workbook, labels.prioritisedSheet, [pr.title, pr.level, pr.votes], [60, 18, 10]);
  for (const area of input.areas) writeRow(prioritised, [area.title, labels.levels[area.level], votesByItem.get(area.itemId) ?? '']);

  const ho = labels.handedOverColumns;
  const handed = sheet(workbook, labels.handedOverSheet, [ho.item, ho.handedTo, ho.comment], [48, 32, 48]);
  for (const o of input.outcomes.filter((x) => x.status === 'outside_mandate')) writeRow(handed, [titles.get(o.itemId) ?? '', o.handedTo, o.comment]);

  return workbookBuffer(workbook);
}
