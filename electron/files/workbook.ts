/** What the bounded reader hands back: only cells that exist, as the text Excel would show. */
export interface SheetCell {
  /** 1-based, A = 1. */
  readonly column: number;
  readonly text: string;
}

export interface SheetRow {
  /** 1-based row number as in Excel. */
  readonly row: number;
  readonly cells: readonly SheetCell[];
}

export interface Sheet {
  readonly name: string;
  /** Rows with at least one non-empty cell, in order. */
  readonly rows: readonly SheetRow[];
  /** Merged areas as Excel ranges ("A1:C1"); a merged area's text sits in its top-left cell. */
  readonly merges: readonly string[];
}

export interface Workbook {
  readonly sheets: readonly Sheet[];
}

/** A row as a dense list of texts from column A to its last cell (bounded by the column limit). */
export function rowTexts(row: SheetRow): string[] {
  const last = row.cells.at(-1)?.column ?? 0;
  const texts = Array.from({ length: last }, () => '');
  for (const cell of row.cells) texts[cell.column - 1] = cell.text;
  return texts;
}
