/**
 * The riskregister as a workbook for the styrgrupp: every risk with its
 * description, ratings, motivations, score and band; the 4 × 4 matrix; the
 * scales and bands it was judged by. Band cells are filled and keep their
 * words. The file can be edited and read back in: a hidden column keeps
 * each row's risk id (it moves with the row when the rows are sorted) and a
 * hidden sheet keeps what every field held at export time, so the import
 * tells "changed in the file" from "changed in the app since".
 */
import ExcelJS from 'exceljs';
import { type FieldValues, riskFieldValues } from '../../shared/risk/field-values';
import { EXPORT_MARKER, EXPORT_SHEET, EXPORT_VERSION, type FileColumn, fileColumns } from '../../shared/risk/file-columns';
import { importFields } from '../../shared/risk/import';
import { bandRanges, heatMap, movementOf, ratings } from '../../shared/risk/rules';
import { type Assessment, type BandName, bandNames, type RegisterView, type RiskRow, riskCarriers, riskStatuses, riskTreatments } from '../../shared/risk/schema';
import { fill, type RiskExportLabels } from './labels';
import { type ExportValue, workbookBuffer, writeRow } from './xlsx-cells';
import { DATE_FORMAT, DATE_TIME_FORMAT, dateCell, finishTable, localTimeCell, solidFill, tableSheet, type TableColumn } from './xlsx-table';

export interface RiskWorkbookInput {
  readonly view: RegisterView;
  readonly labels: RiskExportLabels;
  /** When the file is made (ISO instant), kept in the hidden sheet. */
  readonly exportedAt: string;
}

export const BAND_FILL: Readonly<Record<BandName, string>> = { lag: 'FFC6EFCE', betydande: 'FFFFEB9C', hog: 'FFFFC7CE' };
/** Rows below the last risk that still get the drop-down lists, for risks added in the file. */
const SPARE_ROWS = 200;

const layout: Readonly<Record<FileColumn, Omit<TableColumn, 'header'>>> = {
  code: { width: 7 },
  title: { width: 32, wrap: true },
  cause: { width: 30, wrap: true },
  event: { width: 30, wrap: true },
  effect: { width: 30, wrap: true },
  category: { width: 16, wrap: true },
  source: { width: 22, wrap: true },
  carrier: { width: 11 },
  owner: { width: 18, wrap: true },
  treatment: { width: 12 },
  actions: { width: 36, wrap: true },
  status: { width: 16 },
  nextReview: { width: 12, numFmt: DATE_FORMAT },
  likelihood: { width: 12 },
  likelihoodMotivation: { width: 40, wrap: true },
  consequence: { width: 12 },
  consequenceMotivation: { width: 40, wrap: true },
  score: { width: 8 },
  band: { width: 12 },
  by: { width: 18, wrap: true },
  at: { width: 17, numFmt: DATE_TIME_FORMAT },
  change: { width: 24, wrap: true },
  residual: { width: 16 },
  id: { width: 38 },
};

const columnNumber = (column: FileColumn) => fileColumns.indexOf(column) + 1;

function headerOf(column: FileColumn, labels: RiskExportLabels): string {
  return column === 'id' ? labels.idColumn : labels.risk.fields[column];
}

/** The locale files name every step 1–4 of both scales. */
const scaleStep = (labels: RiskExportLabels, scale: 'likelihood' | 'consequence', rating: number) => labels.scale[scale][rating]!;

function scored(assessment: Pick<Assessment, 'score' | 'band'>, labels: RiskExportLabels): string {
  return fill(labels.residual, { score: assessment.score, band: labels.risk.band[assessment.band] });
}

function changeText(risk: RiskRow, labels: RiskExportLabels): string {
  const movement = movementOf(risk.current, risk.previous);
  if (!movement) return '';
  if (movement === 'new' || !risk.previous) return labels.movement.new;
  return fill(labels.movement[movement], { score: risk.previous.score, band: labels.risk.band[risk.previous.band] });
}

function sourceText(risk: RiskRow, labels: RiskExportLabels): string {
  const kind = labels.risk.source[risk.source];
  return risk.source !== 'free' && risk.sourceLabel ? `${kind}: ${risk.sourceLabel}` : kind;
}

function actionsText(risk: RiskRow, labels: RiskExportLabels): string {
  return risk.actions
    .map((action) => fill(action.overdue ? labels.actionOverdue : labels.action, { what: action.what, status: labels.activityStatus[action.status] ?? action.status }))
    .join('\n');
}

function registerValues(risk: RiskRow, labels: RiskExportLabels): Record<FileColumn, ExportValue> {
  const { risk: vocabulary } = labels;
  const current = risk.current;
  return {
    code: risk.code,
    title: risk.title,
    cause: risk.cause,
    event: risk.event,
    effect: risk.effect,
    category: risk.category,
    source: sourceText(risk, labels),
    carrier: risk.carrier ? vocabulary.carrier[risk.carrier] : '',
    owner: risk.owner,
    treatment: risk.treatment ? vocabulary.treatment[risk.treatment] : '',
    actions: actionsText(risk, labels),
    status: vocabulary.status[risk.status],
    nextReview: dateCell(risk.nextReview),
    likelihood: current?.likelihood ?? '',
    likelihoodMotivation: current?.likelihoodMotivation ?? '',
    consequence: current?.consequence ?? '',
    consequenceMotivation: current?.consequenceMotivation ?? '',
    score: current?.score ?? '',
    band: current ? vocabulary.band[current.band] : '',
    by: current?.by ?? '',
    at: current ? localTimeCell(current.at) : '',
    change: changeText(risk, labels),
    residual: risk.residual ? scored(risk.residual, labels) : '',
    id: risk.id,
  };
}

type ValidatedSheet = ExcelJS.Worksheet & { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } };

/** Drop-down lists on the rating and enum columns, over the risks and some spare rows for new ones. */
function addValidations(sheet: ExcelJS.Worksheet, lastRow: number, labels: RiskExportLabels): void {
  const { risk: vocabulary } = labels;
  const lists: readonly (readonly [FileColumn, readonly string[]])[] = [
    ['likelihood', ratings.map(String)],
    ['consequence', ratings.map(String)],
    ['carrier', riskCarriers.map((c) => vocabulary.carrier[c])],
    ['treatment', riskTreatments.map((t) => vocabulary.treatment[t])],
    ['status', riskStatuses.map((s) => vocabulary.status[s])],
  ];
  for (const [column, values] of lists) {
    const letter = sheet.getColumn(columnNumber(column)).letter;
    (sheet as ValidatedSheet).dataValidations.add(`${letter}2:${letter}${lastRow}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`"${values.join(',')}"`],
      showErrorMessage: true,
      errorStyle: 'stop',
    });
  }
}

function registerSheet(workbook: ExcelJS.Workbook, { view, labels }: RiskWorkbookInput): void {
  const sheet = tableSheet(
    workbook,
    labels.registerSheet,
    fileColumns.map((column) => ({ header: headerOf(column, labels), ...layout[column] })),
  );
  for (const risk of view.risks) {
    const values = registerValues(risk, labels);
    const row = writeRow(
      sheet,
      fileColumns.map((column) => values[column]),
    );
    if (risk.current) {
      const band = solidFill(BAND_FILL[risk.current.band]);
      row.getCell(columnNumber('score')).fill = band;
      row.getCell(columnNumber('band')).fill = band;
    }
    if (risk.residual) row.getCell(columnNumber('residual')).fill = solidFill(BAND_FILL[risk.residual.band]);
  }
  finishTable(sheet);
  addValidations(sheet, view.risks.length + 1 + SPARE_ROWS, labels);
  sheet.getColumn(columnNumber('id')).hidden = true;
}

function matrixSheet(workbook: ExcelJS.Workbook, { view, labels }: RiskWorkbookInput): void {
  const { risk: vocabulary, matrix } = labels;
  const sheet = workbook.addWorksheet(labels.matrixSheet, { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 1 } });
  sheet.columns = [{ width: 30 }, ...ratings.map(() => ({ width: 26 }))];
  const codes = new Map<string, string>(view.risks.map((risk) => [risk.id, risk.code]));
  const map = heatMap(view.risks, (risk) => risk.current, view.register.bands);

  writeRow(sheet, [fill(matrix.title, { programme: view.programmeName })]).font = { bold: true, size: 14 };
  const head = writeRow(sheet, [matrix.corner, ...ratings.map((c) => `${vocabulary.fields.consequence} ${c}: ${scaleStep(labels, 'consequence', c).name}`)]);
  head.font = { bold: true };
  head.alignment = { wrapText: true, vertical: 'top' };
  for (const cells of map.rows) {
    const likelihood = cells[0]!.likelihood;
    const row = writeRow(sheet, [
      `${vocabulary.fields.likelihood} ${likelihood}: ${scaleStep(labels, 'likelihood', likelihood).name}`,
      ...cells.map((cell) => {
        const band = fill(matrix.cell, { band: vocabulary.band[cell.band], score: cell.score });
        const held = cell.riskIds.length === 0 ? matrix.none : fill(matrix.count, { count: cell.riskIds.length, codes: cell.riskIds.map((id) => codes.get(id)).join(', ') });
        return `${band}\n${held}`;
      }),
    ]);
    row.height = 60;
    row.alignment = { wrapText: true, vertical: 'top' };
    row.getCell(1).font = { bold: true };
    cells.forEach((cell, index) => {
      row.getCell(index + 2).fill = solidFill(BAND_FILL[cell.band]);
    });
  }
  writeRow(sheet, []);
  if (map.unassessed.length > 0) writeRow(sheet, [fill(matrix.unassessed, { codes: map.unassessed.map((id) => codes.get(id)).join(', ') })]);
  writeRow(sheet, [matrix.note]);
}

function legendSheet(workbook: ExcelJS.Workbook, { view, labels, exportedAt }: RiskWorkbookInput): void {
  const { risk: vocabulary, legend } = labels;
  const sheet = workbook.addWorksheet(labels.legendSheet, { pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  sheet.columns = [{ width: 22 }, { width: 22 }, { width: 70, style: { alignment: { wrapText: true, vertical: 'top' } } }];
  const heading = (text: string) => {
    writeRow(sheet, []);
    writeRow(sheet, [text]).font = { bold: true, size: 12 };
  };
  writeRow(sheet, [fill(legend.title, { programme: view.programmeName })]).font = { bold: true, size: 14 };
  for (const scale of ['likelihood', 'consequence'] as const) {
    heading(legend[scale]);
    writeRow(sheet, [legend.rating, legend.name, legend.meaning]).font = { bold: true };
    for (const rating of [...ratings].reverse()) {
      const step = scaleStep(labels, scale, rating);
      writeRow(sheet, [rating, step.name, step.meaning]);
    }
  }
  heading(legend.bands);
  const ranges = bandRanges(view.register.bands);
  for (const band of [...bandNames].reverse()) {
    const row = writeRow(sheet, [vocabulary.band[band], fill(legend.range, ranges[band])]);
    row.getCell(1).fill = solidFill(BAND_FILL[band]);
  }
  heading(legend.method);
  writeRow(sheet, [legend.methodText]);
  sheet.mergeCells(sheet.rowCount, 1, sheet.rowCount, 3);
  sheet.getRow(sheet.rowCount).height = 45;
  sheet.getCell(sheet.rowCount, 1).alignment = { wrapText: true, vertical: 'top' };
  writeRow(sheet, []);
  writeRow(sheet, [legend.exported, localTimeCell(exportedAt)]).getCell(2).numFmt = DATE_TIME_FORMAT;
  writeRow(sheet, [legend.reimport]);
  sheet.mergeCells(sheet.rowCount, 1, sheet.rowCount, 3);
  sheet.getRow(sheet.rowCount).height = 30;
  sheet.getCell(sheet.rowCount, 1).alignment = { wrapText: true, vertical: 'top' };
}

/** Row 1 names the file and the register; then each risk's id and its fields as they were. */
function exportedSheet(workbook: ExcelJS.Workbook, { view, exportedAt }: RiskWorkbookInput): void {
  const sheet = workbook.addWorksheet(EXPORT_SHEET, { state: 'veryHidden' });
  writeRow(sheet, [EXPORT_MARKER, EXPORT_VERSION, view.register.id, exportedAt]);
  writeRow(sheet, ['id', ...importFields]);
  for (const risk of view.risks) {
    const values: FieldValues = riskFieldValues(risk);
    writeRow(sheet, [risk.id, ...importFields.map((field) => values[field])]);
  }
}

export async function riskWorkbook(input: RiskWorkbookInput): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Samverkstad';
  workbook.title = `${input.view.programmeName} – ${input.labels.registerSheet}`;
  registerSheet(workbook, input);
  matrixSheet(workbook, input);
  legendSheet(workbook, input);
  exportedSheet(workbook, input);
  return workbookBuffer(workbook);
}
