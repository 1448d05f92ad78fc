import { describe, expect, it } from 'vitest';
import type { AppError } from '../../shared/api/errors';
import { JSON_IMPORT_LIMITS } from '../../shared/files/limits';
import { readJson } from './read-json';

const bytes = (text: string) => new TextEncoder().encode(text);

function refusal(read: () => unknown): Pick<AppError, 'code' | 'details'> {
  try {
    read();
  } catch (error) {
    const { code, details } = error as AppError;
    return { code, details };
  }
  throw new Error('The file was read');
}

const small = { fileBytes: 1000, depth: 3, values: 10 };

describe('the bounded JSON reader', () => {
  it('reads JSON in UTF-8, with or without the byte-order mark Windows editors write', () => {
    expect(readJson(bytes('{"namn": "Slutenvård", "rader": [1, 2.5e3, true, null]}'))).toEqual({ namn: 'Slutenvård', rader: [1, 2500, true, null] });
    expect(readJson(Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes('["å"]')]))).toEqual(['å']);
  });

  it('refuses a file over the size limit before decoding it', () => {
    expect(refusal(() => readJson(new Uint8Array(JSON_IMPORT_LIMITS.fileBytes + 1)))).toEqual({ code: 'import_too_large', details: { limit: 'fileBytes', max: JSON_IMPORT_LIMITS.fileBytes } });
  });

  it('refuses nesting deeper than the limit before parsing, brackets inside strings and escaped quotes aside', () => {
    expect(readJson(bytes('[[["[[[[[\\"{{{{"]]]'), small)).toEqual([[['[[[[["{{{{']]]);
    expect(refusal(() => readJson(bytes('[[[[1]]]]'), small))).toEqual({ code: 'import_too_large', details: { limit: 'depth', max: 3 } });
    // JSON.parse itself would take this; nothing that deep is ever built.
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(refusal(() => readJson(bytes(deep)))).toEqual({ code: 'import_too_large', details: { limit: 'depth', max: JSON_IMPORT_LIMITS.depth } });
  });

  it('counts every value, keys and literals too, against the limit', () => {
    // Eleven: the object, two keys, the array, its six values, the empty object.
    expect(readJson(bytes('{"a": [1, -2, true, false, null, "x"], "b": {}}'), { ...small, values: 11 })).toEqual({ a: [1, -2, true, false, null, 'x'], b: {} });
    expect(refusal(() => readJson(bytes('{"a": [1, -2, true, false, null, "x"], "b": {}, "c": 0}'), { ...small, values: 11 }))).toEqual({ code: 'import_too_large', details: { limit: 'values', max: 11 } });
  });

  it('refuses what is not UTF-8 text or not JSON as unreadable', () => {
    for (const file of [Uint8Array.from([0x7b, 0xff, 0xfe, 0x7d]), bytes('Mötesanteckningar'), bytes('{"a": 1,}'), bytes('{"a": 1} {"b": 2}'), bytes('')]) {
      expect(refusal(() => readJson(file))).toMatchObject({ code: 'import_unreadable' });
    }
  });
});
