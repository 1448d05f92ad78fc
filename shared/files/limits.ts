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

/**
 * A JSON file brought in (a process map). Read and checked on the thread
 * that answers requests, so these bounds keep the worst case near what the
 * app already does there: checking a file of the most elements a map file
 * may hold (MAP_FILE_LIMITS) costs about as much as opening a map twice the
 * size of the benchmark's, and JSON has no compression that could turn a
 * small file into a large one. Depth and value count are checked on the
 * text before JSON.parse builds anything.
 */
export const JSON_IMPORT_LIMITS = {
  /** A map at its element limit with a kilobyte of text per element. */
  fileBytes: 2 * 1024 * 1024,
  /** Nesting of arrays and objects; a map file needs three. */
  depth: 8,
  /** Every object, array, key, string, number, true, false and null counted; a map file at its limits holds about 80,000. */
  values: 120_000,
} as const;

export const importLimits = [...(Object.keys(IMPORT_LIMITS) as (keyof typeof IMPORT_LIMITS)[]), 'memory', 'time', 'participants'] as const;
export type ImportLimit = (typeof importLimits)[number];
export type JsonImportLimit = keyof typeof JSON_IMPORT_LIMITS;

/** Details of an `import_too_large` error. */
export interface ImportLimitDetails {
  readonly limit: ImportLimit | JsonImportLimit;
  readonly max: number;
}

/** Base64 text for a file of the given size, as sent inside JSON. */
export const base64Chars = (bytes: number) => Math.ceil(bytes / 3) * 4;

/** Base64 text for a file of the largest size, as sent inside JSON. */
export const IMPORT_BASE64_CHARS = base64Chars(IMPORT_LIMITS.fileBytes);
