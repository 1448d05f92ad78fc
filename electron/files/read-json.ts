/**
 * The one way the app reads a JSON file it did not write itself. The size
 * is checked on the bytes, then nesting depth and the number of values on
 * the text, so JSON.parse only ever builds something within those bounds;
 * what is wrong comes back as `import_too_large` with the limit, or as
 * `import_unreadable`. It runs on the calling thread: see JSON_IMPORT_LIMITS
 * for why that is safe within these bounds.
 */
import { JSON_IMPORT_LIMITS, type JsonImportLimit } from '../../shared/files/limits';
import { tooLarge, unreadable } from './read-errors';

export type JsonLimits = Readonly<Record<JsonImportLimit, number>>;

const KIND = 'JSON';

const OPEN_OBJECT = 0x7b;
const OPEN_ARRAY = 0x5b;
const CLOSE_OBJECT = 0x7d;
const CLOSE_ARRAY = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;

const separates = (code: number) => code === COMMA || code === COLON || code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;

/**
 * One pass over the text counting what JSON.parse would build: objects,
 * arrays and strings (keys too) by their first character, numbers and
 * literals by the run of characters they are. Malformed text is left for
 * JSON.parse to refuse; only the bounds are decided here.
 */
function checkShape(text: string, limits: JsonLimits): void {
  let depth = 0;
  let values = 0;
  let inString = false;
  let inScalar = false;
  const count = () => {
    values += 1;
    if (values > limits.values) throw tooLarge({ limit: 'values', max: limits.values }, `The file holds more than ${limits.values} values`);
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === BACKSLASH) i++;
      else if (code === QUOTE) inString = false;
      continue;
    }
    if (code === QUOTE) {
      inString = true;
      inScalar = false;
      count();
    } else if (code === OPEN_OBJECT || code === OPEN_ARRAY) {
      inScalar = false;
      count();
      depth += 1;
      if (depth > limits.depth) throw tooLarge({ limit: 'depth', max: limits.depth }, `The file nests deeper than ${limits.depth} levels`);
    } else if (code === CLOSE_OBJECT || code === CLOSE_ARRAY) {
      inScalar = false;
      depth -= 1;
    } else if (separates(code)) {
      inScalar = false;
    } else if (!inScalar) {
      inScalar = true;
      count();
    }
  }
}

export function readJson(bytes: Uint8Array, limits: JsonLimits = JSON_IMPORT_LIMITS): unknown {
  if (bytes.length > limits.fileBytes) throw tooLarge({ limit: 'fileBytes', max: limits.fileBytes }, `The file is larger than ${limits.fileBytes} bytes`);
  let text: string;
  try {
    // A byte-order mark is dropped, as editors on Windows write one.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw unreadable('The file is not UTF-8 text', KIND);
  }
  checkShape(text, limits);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw unreadable(error instanceof Error ? error.message : String(error), KIND);
  }
}
