/**
 * The board as a workbook for the processledare's own records: one row per
 * note and a sheet summarising clusters. Cells go through xlsx-cells, so
 * text that looks like a formula or markup stays text.
 */
import ExcelJS from 'exceljs';
import { notesInBoardOrder } from '../../shared/board/order';
import type { Cluster, Note } from '../../shared/board/schema';
import type { Participant } from '../../shared/participant/schema';
import { workbookBuffer, writeRow } from './xlsx-cells';

export interface BoardExportLabels {
  readonly notesSheet: string;
  readonly clustersSheet: string;
  readonly noteColumns: readonly [cluster: string, text: string, author: string, organisation: string, huvudman: string, created: string];
  readonly clusterColumns: readonly [heading: string, notes: string, description: string, strengths: string];
  readonly unclustered: string;
  readonly anonymous: string;
  readonly huvudman: Readonly<Record<Participant['huvudman'], string>>;
}

export interface BoardExportInput {
  readonly notes: readonly Note[];
  readonly clusters: readonly Cluster[];
  readonly participants: readonly Participant[];
  readonly labels: BoardExportLabels;
}

function styleHeader(sheet: ExcelJS.Worksheet): void {
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}

export async function boardWorkbook({ notes, clusters, participants, labels }: BoardExportInput): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Samverkstad';
  const authors = new Map(participants.map((p) => [p.id as string, p]));
  const headings = new Map(clusters.map((c) => [c.id as string, c.heading]));
  const sorted = notesInBoardOrder(notes, clusters);

  const noteSheet = workbook.addWorksheet(labels.notesSheet);
  noteSheet.columns = labels.noteColumns.map((header, i) => ({ header, width: [28, 60, 24, 28, 14, 20][i] }));
  for (const note of sorted) {
    const author = note.authorId ? authors.get(note.authorId) : undefined;
    writeRow(noteSheet, [
      note.clusterId ? (headings.get(note.clusterId) ?? '') : labels.unclustered,
      note.text,
      author?.name ?? labels.anonymous,
      author?.organisation ?? '',
      author ? labels.huvudman[author.huvudman] : '',
      new Date(note.createdAt),
    ]);
  }
  noteSheet.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
  noteSheet.getColumn(6).numFmt = 'yyyy-mm-dd hh:mm';
  styleHeader(noteSheet);

  const clusterSheet = workbook.addWorksheet(labels.clustersSheet);
  clusterSheet.columns = labels.clusterColumns.map((header, i) => ({ header, width: [32, 10, 60, 40][i] }));
  for (const cluster of clusters) {
    const count = notes.filter((n) => n.clusterId === cluster.id).length;
    writeRow(clusterSheet, [cluster.heading, count, cluster.description, cluster.strengths.join('\n')]);
  }
  clusterSheet.getColumn(3).alignment = { wrapText: true, vertical: 'top' };
  clusterSheet.getColumn(4).alignment = { wrapText: true, vertical: 'top' };
  styleHeader(clusterSheet);

  return workbookBuffer(workbook);
}
