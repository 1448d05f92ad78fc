/**
 * The building blocks both Word exports share, so the plan and the
 * protokoll look alike in a diarium: A4 pages, the document language set
 * for spell checking, a running header naming the programme and a footer
 * with "page x of y" as Word fields.
 *
 * Text stored before the text rule existed may hold characters XML cannot
 * carry; like the workbook cells they become U+FFFD, so the file always
 * opens. Line breaks in multi-line fields become Word line breaks.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
  type IRunOptions,
} from 'docx';
import { replaceForbiddenCharacters } from '../../shared/common/text';
import type { Language } from '../../shared/settings/schema';

/** A4 portrait with 2 cm margins leaves this much width, in twentieths of a point. */
const TEXT_WIDTH = 9638;
const HEADER_SHADING = 'D9E2F3';
const LANGUAGE_TAG: Readonly<Record<Language, string>> = { sv: 'sv-SE', en: 'en-GB' };

export type RunStyle = Omit<IRunOptions, 'text' | 'children' | 'break'>;

/** A run per line, so a multi-line text keeps its line breaks. */
export function runs(text: string, style: RunStyle = {}): TextRun[] {
  return replaceForbiddenCharacters(text)
    .split('\n')
    .map((line, i) => new TextRun({ ...style, text: line, ...(i > 0 ? { break: 1 } : {}) }));
}

export function paragraph(text: string, style: RunStyle = {}): Paragraph {
  return new Paragraph({ children: runs(text, style) });
}

export function heading(text: string, level: 1 | 2 | 3 = 1): Paragraph {
  const levels = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
  return new Paragraph({ heading: levels[level], children: runs(text), keepNext: true });
}

export function title(text: string): Paragraph {
  return new Paragraph({ heading: HeadingLevel.TITLE, children: runs(text) });
}

/** "Label: value" lines, the label in bold. */
export function fact(label: string, value: string): Paragraph {
  return new Paragraph({ children: [new TextRun({ text: `${replaceForbiddenCharacters(label)}: `, bold: true }), ...runs(value)] });
}

export function bullet(children: readonly TextRun[]): Paragraph {
  return new Paragraph({ bullet: { level: 0 }, children: [...children] });
}

export interface DocxCell {
  readonly text: string;
  readonly bold?: boolean;
  /** A whole-width row, e.g. a delmål over its activities. */
  readonly span?: number;
}

const cellBorder = { style: BorderStyle.SINGLE, size: 4, color: '999999' } as const;
const borders = { top: cellBorder, bottom: cellBorder, left: cellBorder, right: cellBorder };

function tableCell(cell: DocxCell, width: number, shaded: boolean): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    borders,
    ...(cell.span ? { columnSpan: cell.span } : {}),
    ...(shaded ? { shading: { type: ShadingType.CLEAR, fill: HEADER_SHADING, color: 'auto' } } : {}),
    children: [new Paragraph({ children: runs(cell.text, { bold: cell.bold ?? false }) })],
  });
}

/**
 * A table with a header row Word repeats on every page. `widths` are
 * shares of the text width; rows never split across pages.
 */
export function table(headers: readonly string[], rows: readonly (readonly DocxCell[])[], widths: readonly number[]): Table {
  const total = widths.reduce((sum, w) => sum + w, 0);
  const twips = widths.map((w) => Math.round((w / total) * TEXT_WIDTH));
  const widthOf = (index: number, span = 1) => twips.slice(index, index + span).reduce((sum, w) => sum + w, 0);
  const headerRow = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: headers.map((text, i) => tableCell({ text, bold: true }, widthOf(i), true)),
  });
  const bodyRows = rows.map((cells) => {
    let column = 0;
    return new TableRow({
      cantSplit: true,
      children: cells.map((cell) => {
        const made = tableCell(cell, widthOf(column, cell.span), cell.span !== undefined);
        column += cell.span ?? 1;
        return made;
      }),
    });
  });
  return new Table({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: twips, rows: [headerRow, ...bodyRows] });
}

/** Splits "Sida {{page}} av {{pages}}" around its placeholders, so the numbers can be Word fields. */
function pageNumberRun(template: string): TextRun {
  const children = template.split(/(\{\{page\}\}|\{\{pages\}\})/).flatMap((part) => {
    if (part === '{{page}}') return [PageNumber.CURRENT];
    if (part === '{{pages}}') return [PageNumber.TOTAL_PAGES];
    return part ? [part] : [];
  });
  return new TextRun({ children, size: 18 });
}

export interface DocxPage {
  readonly title: string;
  readonly runningHeader: string;
  readonly pageTemplate: string;
  readonly language: Language;
  readonly children: readonly FileChild[];
}

export async function docxBuffer({ title: documentTitle, runningHeader, pageTemplate, language, children }: DocxPage): Promise<Buffer> {
  const document = new Document({
    creator: 'Samverkstad',
    title: replaceForbiddenCharacters(documentTitle),
    styles: { default: { document: { run: { font: 'Calibri', size: 22, language: { value: LANGUAGE_TAG[language] } } } } },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
        headers: { default: new Header({ children: [new Paragraph({ children: runs(runningHeader, { size: 18, color: '555555' }) })] }) },
        footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [pageNumberRun(pageTemplate)] })] }) },
        children: [...children],
      },
    ],
  });
  return Packer.toBuffer(document);
}
