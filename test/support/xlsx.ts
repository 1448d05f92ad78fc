import JSZip from 'jszip';

/**
 * ExcelJS neither reads nor writes `quotePrefix`, so tests look in the file
 * itself: the cells of one sheet whose style has `quotePrefix="1"`.
 */
export async function quotePrefixedCells(buffer: Buffer, sheetPath: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(buffer);
  const styles = (await zip.file('xl/styles.xml')!.async('string')).match(/<cellXfs\b[\s\S]*?<\/cellXfs>/)![0];
  const prefixed = new Set([...styles.matchAll(/<xf\b[^>]*>/g)].flatMap((xf, index) => (/\bquotePrefix="1"/.test(xf[0]) ? [String(index)] : [])));
  const sheet = await zip.file(sheetPath)!.async('string');
  return [...sheet.matchAll(/<c r="([A-Z]+\d+)"([^>]*)>/g)].flatMap(([, ref, attrs]) => (prefixed.has(/\bs="(\d+)"/.exec(attrs!)?.[1] ?? '0') ? [ref!] : []));
}
