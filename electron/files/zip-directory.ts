/**
 * Reads an .xlsx (zip) archive's central directory and inflates entries
 * with a hard cap, before any library gets to inflate them. The sizes a zip
 * declares can lie, so each entry is inflated with `maxOutputLength` set to
 * its declared size: a bomb stops at the bound instead of filling memory.
 */
import { inflateRawSync } from 'node:zlib';
import { tooLarge, unreadable } from './read-errors';

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly headerOffset: number;
}

export interface ZipBounds {
  readonly entries: number;
  readonly uncompressedBytes: number;
  readonly compressionRatio: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;


function findEndOfDirectory(bytes: Buffer): number {
  const earliest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= earliest; at--) {
    if (bytes.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  }
  throw unreadable('Not a zip archive');
}

/** The entries of the archive, refused when there are too many or they would inflate too far. */
export function readZipDirectory(bytes: Buffer, bounds: ZipBounds): ZipEntry[] {
  if (bytes.length < 22) throw unreadable('Not a zip archive');
  const end = findEndOfDirectory(bytes);
  const count = bytes.readUInt16LE(end + 10);
  const offset = bytes.readUInt32LE(end + 16);
  if (count === 0xffff || offset === 0xffffffff) throw unreadable('Zip64 archives are not read');
  if (count > bounds.entries) throw tooLarge({ limit: 'entries', max: bounds.entries }, `More than ${bounds.entries} files in the archive`);

  const entries: ZipEntry[] = [];
  let total = 0;
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== DIRECTORY_ENTRY) throw unreadable('Broken zip directory');
    const flags = bytes.readUInt16LE(at + 8);
    const method = bytes.readUInt16LE(at + 10);
    const compressedSize = bytes.readUInt32LE(at + 20);
    const size = bytes.readUInt32LE(at + 24);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const headerOffset = bytes.readUInt32LE(at + 42);
    const name = bytes.toString('utf8', at + 46, at + 46 + nameLength);
    if (flags & 1) throw unreadable('Encrypted zip entries are not read');
    if (method !== STORED && method !== DEFLATED) throw unreadable(`Unsupported compression in ${name}`);
    total += size;
    if (total > bounds.uncompressedBytes) {
      throw tooLarge({ limit: 'uncompressedBytes', max: bounds.uncompressedBytes }, `The archive inflates to more than ${bounds.uncompressedBytes} bytes`);
    }
    entries.push({ name, method, compressedSize, size, headerOffset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  if (total > bytes.length * bounds.compressionRatio) {
    throw tooLarge({ limit: 'compressionRatio', max: bounds.compressionRatio }, 'The archive is compressed beyond any real workbook');
  }
  return entries;
}

/** The entry's bytes, never more than it declared (a lying entry is refused, not inflated). */
export function inflateEntry(bytes: Buffer, entry: ZipEntry): Buffer {
  const at = entry.headerOffset;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL_HEADER) throw unreadable(`Broken zip entry ${entry.name}`);
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (data.length !== entry.compressedSize) throw unreadable(`Truncated zip entry ${entry.name}`);
  let content: Buffer;
  try {
    content = entry.method === STORED ? data : inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size) });
  } catch {
    throw unreadable(`Zip entry ${entry.name} does not inflate to its declared size`);
  }
  if (content.length !== entry.size) throw unreadable(`Zip entry ${entry.name} does not match its declared size`);
  return content;
}
