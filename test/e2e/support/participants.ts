import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Locator, Page } from 'playwright-core';
import { IMPORT_LIMITS } from '../../../shared/files/limits';
import { sparseXlsx } from '../../support/xlsx-files';

export const EXAMPLE_PROGRAMME = 'Exempel: LOS Ronneby';
export const EXAMPLE_WORKSHOP = 'Workshop med verksamheten: hemgång efter sjukhusvistelse';

/** From the start page to the example workshop's participants tab. */
export async function openExampleParticipants(page: Page): Promise<Locator> {
  await page.getByRole('link', { name: EXAMPLE_PROGRAMME }).click();
  await page.getByRole('heading', { level: 1, name: EXAMPLE_PROGRAMME }).waitFor();
  // The programme page links to a workshop from its improvement areas too; open it from the list.
  await page.getByRole('list', { name: /^(Workshoppar|Workshops)$/ }).getByRole('link', { name: EXAMPLE_WORKSHOP }).click();
  await page.getByRole('heading', { level: 1, name: EXAMPLE_WORKSHOP }).waitFor();
  await page.getByRole('tab', { name: 'Deltagare' }).click();
  const panel = page.getByRole('region', { name: 'Deltagare' });
  await panel.getByRole('form', { name: 'Lägg till deltagare' }).waitFor();
  return panel;
}

/** Names in the participants table, in the order shown. */
export function participantNames(panel: Locator): Promise<string[]> {
  return panel.getByRole('table', { name: 'Deltagare i workshoppen' }).getByRole('rowheader').allTextContents();
}

export type Row = readonly [name: string, organisation: string, huvudman: string, role: string];

/** Tab-separated lines, as when rows are copied from a spreadsheet. */
export function pastedText(rows: readonly Row[]): string {
  return rows.map((row) => row.join('\t')).join('\n');
}

export async function writeXlsx(dir: string, name: string, header: readonly string[], rows: readonly Row[]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Deltagare');
  sheet.addRow([...header]);
  for (const row of rows) sheet.addRow([...row]);
  const file = path.join(dir, name);
  await workbook.xlsx.writeFile(file);
  return file;
}

/** Bytes that are no zip archive, under an .xlsx name. */
export function writeGarbage(dir: string, name: string): string {
  const file = path.join(dir, name);
  const bytes = Buffer.alloc(2048);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + 13) % 256;
  fs.writeFileSync(file, bytes);
  return file;
}

/** The 22 KB sheet whose rows each hold one cell at column XFD. */
export async function writeSparseXlsx(dir: string, name: string): Promise<string> {
  const file = path.join(dir, name);
  fs.writeFileSync(file, await sparseXlsx(4000, 'XFD'));
  return file;
}

/** One byte more than the import size limit. */
export function writeOversized(dir: string, name: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, Buffer.alloc(IMPORT_LIMITS.fileBytes + 1, 1));
  return file;
}
