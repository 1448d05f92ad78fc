import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

export const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((file) => fs.existsSync(file));
export const NO_SOFFICE = 'LibreOffice is not installed (no /usr/bin/soffice or /usr/bin/libreoffice); install libreoffice-calc-nogui to run this test';

/**
 * Converts files with headless LibreOffice into `dir`, with a profile of
 * its own so parallel runs do not share one; returns how long it took.
 */
export async function sofficeConvert(files: readonly string[], filter: string, dir: string): Promise<number> {
  const profile = pathToFileURL(path.join(dir, 'profile')).href;
  const started = performance.now();
  await promisify(execFile)(SOFFICE!, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', filter, '--outdir', dir, ...files], { timeout: 110_000 });
  return Math.round(performance.now() - started);
}

/** Minimal RFC 4180 reader: quoted fields may hold commas, quotes and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted && char === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (quoted || (char !== ',' && char !== '\n' && char !== '\r')) {
      field += char;
    } else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n') {
      rows.push([...row, field]);
      row = [];
      field = '';
    }
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}
