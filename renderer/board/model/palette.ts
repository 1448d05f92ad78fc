/**
 * Paper colours for notes, defined once here: the DOM board reads them as
 * CSS custom properties and the PNG export paints with them. Every paper is
 * light, so the dark note text stays readable on a projector (at least
 * 4.5:1; palette.test.ts checks it). In huvudman mode the paper follows the
 * author's organisation and the note also carries the name as text.
 */
import type { ColourMode, Note, NoteColour } from '../../../shared/board/schema';
import type { Huvudman, Participant } from '../../../shared/participant/schema';

export type PaperKey = NoteColour | `hm-${Huvudman}` | 'hm-none';

export interface Paper {
  readonly fill: string;
  readonly edge: string;
}

export const NOTE_TEXT = '#15201f';
export const NOTE_MUTED_TEXT = '#3b4847';

export const papers: Readonly<Record<PaperKey, Paper>> = {
  yellow: { fill: '#fff1a1', edge: '#d9c25a' },
  pink: { fill: '#ffd6e4', edge: '#dd98b0' },
  blue: { fill: '#d2e8ff', edge: '#8fb5dd' },
  green: { fill: '#d6f2c8', edge: '#94c47e' },
  orange: { fill: '#ffdcb8', edge: '#dca66f' },
  purple: { fill: '#e6dbff', edge: '#a993d8' },
  'hm-kommun': { fill: '#cfe9f3', edge: '#7fb3c7' },
  'hm-region': { fill: '#fde0cc', edge: '#d69c75' },
  'hm-privat': { fill: '#dff0d6', edge: '#98bf87' },
  'hm-annan': { fill: '#ece4f6', edge: '#ad9bc8' },
  'hm-none': { fill: '#fcfcfc', edge: '#9aa6a7' },
};

export const paperKeys = Object.keys(papers) as PaperKey[];

export function paperFor(note: Note, colourMode: ColourMode, author: Participant | undefined): PaperKey {
  if (colourMode === 'note') return note.colour;
  return author ? `hm-${author.huvudman}` : 'hm-none';
}

/** Custom properties for the board root: --paper-<key> and --paper-<key>-edge. */
export function paperCssVariables(): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const key of paperKeys) {
    vars[`--paper-${key}`] = papers[key].fill;
    vars[`--paper-${key}-edge`] = papers[key].edge;
  }
  return vars;
}

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/** WCAG contrast ratio between two #rrggbb colours. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
