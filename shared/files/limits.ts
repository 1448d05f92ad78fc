/**
 * Bounds for every file a user brings in from outside (participant lists
 * now; risk registers and plans later). The core refuses anything beyond
 * them with `import_too_large` and `{ limit, max }` in the details, so the
 * UI can say which bound was hit; the UI checks the file size itself before
 * sending anything.
 */
export const IMPORT_LIMITS = {
  /** The file as picked by the user. */
  fileBytes: 8 * 1024 * 1024,
  /** All entries of the .xlsx zip once inflated. */
  uncompressedBytes: 64 * 1024 * 1024,
  /** Inflated size over compressed size of the whole archive; real workbooks stay far below. */
  compressionRatio: 200,
  /** Files inside the zip. */
  entries: 2_000,
  /** Rows that hold at least one cell, per sheet. */
  rows: 50_000,
  /** Highest column a cell may sit in: IV, the old Excel limit. */
  columns: 256,
  /** Cells, merged areas and validation ranges, counted over the whole workbook. */
  cells: 500_000,
} as const;

/** What the reader itself cannot check in advance: the worker's memory and wall clock. */
export const IMPORT_RUN_LIMITS = {
  memoryMb: 256,
  seconds: 60,
} as const;

export const importLimits = [...(Object.keys(IMPORT_LIMITS) as (keyof typeof IMPORT_LIMITS)[]), 'memory', 'time', 'participants'] as const;
export type ImportLimit = (typeof importLimits)[number];

/** Details of an `import_too_large` error. */
export interface ImportLimitDetails {
  readonly limit: ImportLimit;
  readonly max: number;
}

/** Base64 text for a file of the largest size, as sent inside JSON. */
export const IMPORT_BASE64_CHARS = Math.ceil(IMPORT_LIMITS.fileBytes / 3) * 4;
