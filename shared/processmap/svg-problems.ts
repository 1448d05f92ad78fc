/**
 * What a nuläge's steps say is wrong today ("Problem i nuläget", kept in
 * the element's description) in the drawn map. A step's box has no room
 * for the text, so each problem with a text gets a number beside its
 * marker and the text goes, numbered, in a list under the legend. The
 * numbers follow the flow: left to right, then lane by lane.
 */
import { laneSpans } from './lanes';
import type { MapElement, MapView } from './schema';
import { PROBLEM_COLOUR } from './svg-shapes';
import { num, textLines, textWidth, wrapText, xmlText } from './svg-text';

export interface ProblemNote {
  readonly element: MapElement;
  readonly number: number;
  readonly text: string;
}

export function problemNotes(view: MapView): ProblemNote[] {
  const laneIndex = new Map(laneSpans(view.lanes).map((span, index) => [span.lane.id, index]));
  return view.elements
    .filter((e) => e.problem && e.description.trim() !== '')
    .sort((a, b) => a.x - b.x || (laneIndex.get(a.laneId) ?? 0) - (laneIndex.get(b.laneId) ?? 0) || a.offset - b.offset)
    .map((element, index) => ({ element, number: index + 1, text: element.description.trim() }));
}

/** The note's number, just left of the problem marker centred at `marker`. */
export function problemNumberSvg(number: number, marker: { readonly x: number; readonly y: number }, size: number): string {
  return `<text x="${num(marker.x - 13)}" y="${num(marker.y + size * 0.35)}" font-size="${size}" font-weight="700" text-anchor="end" fill="${PROBLEM_COLOUR}" data-problem-number="${number}">${number}</text>`;
}

const NUMBER_COLUMN = 28;
const NOTE_GAP = 6;
/** A problem's text is the user's own words; the list shows all of it. */
const ALL_LINES = Number.MAX_SAFE_INTEGER;

/** The numbered list: a heading, then "n. step: text" wrapped to the picture's width. Nothing when no problem has a text. */
export function problemListSvg(
  notes: readonly ProblemNote[],
  words: { readonly heading: string; readonly stepName: (element: MapElement) => string },
  at: { readonly x: number; readonly top: number; readonly width: number },
  sizes: { readonly heading: number; readonly text: number },
): { svg: string; height: number; width: number } {
  if (notes.length === 0) return { svg: '', height: 0, width: 0 };
  const line = sizes.text * 1.25;
  let y = at.top + sizes.heading;
  const parts = [`<text x="${num(at.x)}" y="${num(y)}" font-size="${sizes.heading}" font-weight="700">${xmlText(words.heading)}</text>`];
  y += sizes.heading;
  let widest = textWidth(words.heading, sizes.heading);
  for (const note of notes) {
    const lines = wrapText(`${words.stepName(note.element)}: ${note.text}`, at.width - NUMBER_COLUMN, sizes.text, ALL_LINES);
    const baseline = y + sizes.text;
    parts.push(
      `<g data-problem-note="${note.number}" data-problem-of="${xmlText(note.element.id)}">` +
        `<text x="${num(at.x)}" y="${num(baseline)}" font-size="${sizes.text}" font-weight="700" fill="${PROBLEM_COLOUR}">${note.number}.</text>` +
        textLines(lines, at.x + NUMBER_COLUMN, baseline, sizes.text) +
        '</g>',
    );
    widest = Math.max(widest, NUMBER_COLUMN + Math.max(...lines.map((l) => textWidth(l, sizes.text))));
    y += lines.length * line + NOTE_GAP;
  }
  return { svg: `<g data-problems="true">${parts.join('')}</g>`, height: y - at.top, width: widest };
}
