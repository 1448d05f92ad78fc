/**
 * Text in a drawn map: escaped for XML, and wrapped into a shape by an
 * estimate of its width, since a pure module has no font to measure with.
 * The estimate errs wide so a line rather wraps early than runs out of its
 * shape in the viewer's font.
 */
import { replaceForbiddenCharacters } from '../common/text';

/** Any text for an XML text node or a double-quoted attribute; what XML cannot carry becomes U+FFFD. */
export function xmlText(text: string): string {
  return replaceForbiddenCharacters(text).replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** Average advance of a sans-serif character, as a share of the font size. */
const CHAR_WIDTH = 0.53;

export function textWidth(text: string, fontSize: number): number {
  return [...text].length * fontSize * CHAR_WIDTH;
}

const ELLIPSIS = '…';

function fitChars(width: number, fontSize: number): number {
  return Math.max(1, Math.floor(width / (fontSize * CHAR_WIDTH)));
}

/**
 * Lines of at most `width`, broken between words (a word longer than a line
 * is broken inside it); past `maxLines` the last line ends in an ellipsis.
 */
export function wrapText(text: string, width: number, fontSize: number, maxLines: number): string[] {
  const perLine = fitChars(width, fontSize);
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const joined = line === '' ? word : `${line} ${word}`;
    if ([...joined].length <= perLine) {
      line = joined;
      continue;
    }
    if (line !== '') lines.push(line);
    let rest = [...word];
    while (rest.length > perLine) {
      lines.push(rest.slice(0, perLine).join(''));
      rest = rest.slice(perLine);
    }
    line = rest.join('');
  }
  if (line !== '') lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, Math.max(1, maxLines));
  const last = [...(kept.at(-1) ?? '')];
  kept[kept.length - 1] = `${last.slice(0, Math.max(0, perLine - 1)).join('').trimEnd()}${ELLIPSIS}`;
  return kept;
}

/** A block of wrapped lines centred on (x, y), as one <text> with a <tspan> per line. */
export function textBlock(lines: readonly string[], x: number, y: number, fontSize: number, attributes = ''): string {
  if (lines.length === 0) return '';
  const lineHeight = fontSize * 1.25;
  const first = y - ((lines.length - 1) * lineHeight) / 2 + fontSize * 0.35;
  const spans = lines.map((line, index) => `<tspan x="${num(x)}" y="${num(first + index * lineHeight)}">${xmlText(line)}</tspan>`).join('');
  return `<text font-size="${fontSize}" text-anchor="middle"${attributes}>${spans}</text>`;
}

/** Lines starting at x, the first on the baseline y, as one <text> with a <tspan> per line. */
export function textLines(lines: readonly string[], x: number, y: number, fontSize: number, attributes = ''): string {
  if (lines.length === 0) return '';
  const spans = lines.map((line, index) => `<tspan x="${num(x)}" y="${num(y + index * fontSize * 1.25)}">${xmlText(line)}</tspan>`).join('');
  return `<text font-size="${fontSize}"${attributes}>${spans}</text>`;
}

/** Coordinates with one decimal, so the file stays small and diffs stay readable. */
export function num(value: number): string {
  return String(Math.round(value * 10) / 10);
}
