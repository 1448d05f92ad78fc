/**
 * Each element kind's own shape in a drawn map, and the box its text fits
 * in. Colours are presentation attributes, not CSS: the page that shows the
 * drawing inline has a CSP that refuses inline styles, and an image file
 * should not depend on a stylesheet anyway.
 */
import type { ElementKind } from './schema';
import type { Box } from './svg-routes';
import { num } from './svg-text';

export const INK = '#1b1f24';
export const MUTED_INK = '#4a5360';
export const PROBLEM_COLOUR = '#b3261e';

const look: Readonly<Record<ElementKind, { readonly fill: string; readonly stroke: string; readonly strokeWidth: number }>> = {
  step: { fill: '#ffffff', stroke: '#1f4e79', strokeWidth: 1.5 },
  decision: { fill: '#fff6dc', stroke: '#7a5c00', strokeWidth: 1.5 },
  start: { fill: '#e2f3e7', stroke: '#1e6b35', strokeWidth: 1.5 },
  end: { fill: '#e2f3e7', stroke: '#1e6b35', strokeWidth: 3.5 },
  document: { fill: '#eaf1fb', stroke: '#1f4e79', strokeWidth: 1.5 },
  comment: { fill: '#fff8c2', stroke: '#9a8400', strokeWidth: 1 },
  challenge: { fill: '#fde9e7', stroke: PROBLEM_COLOUR, strokeWidth: 2 },
};

const WAVE = 10;
const FOLD = 14;

export function shapeSvg(kind: ElementKind, { x, y, width: w, height: h }: Box): string {
  const { fill, stroke, strokeWidth } = look[kind];
  const paint = `fill="${fill}" stroke="${stroke}" stroke-width="${strokeWidth}"`;
  const rect = (rx: number) => `<rect x="${num(x)}" y="${num(y)}" width="${num(w)}" height="${num(h)}" rx="${num(rx)}" ${paint}/>`;
  switch (kind) {
    case 'step':
      return rect(10);
    case 'start':
    case 'end':
      return rect(Math.min(h, w) / 2);
    case 'challenge':
      return rect(4);
    case 'decision':
      return `<polygon points="${[[x + w / 2, y], [x + w, y + h / 2], [x + w / 2, y + h], [x, y + h / 2]].map(([px = 0, py = 0]) => `${num(px)},${num(py)}`).join(' ')}" ${paint}/>`;
    case 'document': {
      // A sheet with a wavy lower edge, the usual flowchart sign for a document.
      const base = y + h - WAVE;
      return `<path d="M${num(x)} ${num(y)}H${num(x + w)}V${num(base)}Q${num(x + (3 * w) / 4)} ${num(base - WAVE)} ${num(x + w / 2)} ${num(base)}T${num(x)} ${num(base)}Z" ${paint}/>`;
    }
    case 'comment':
      return `<path d="M${num(x)} ${num(y)}H${num(x + w - FOLD)}L${num(x + w)} ${num(y + FOLD)}V${num(y + h)}H${num(x)}Z" ${paint}/><path d="M${num(x + w - FOLD)} ${num(y)}V${num(y + FOLD)}H${num(x + w)}" fill="none" stroke="${stroke}" stroke-width="${strokeWidth}"/>`;
  }
}

/** The part of a shape text may use: a diamond's middle, inside a pill's round ends, above a document's wave. */
export function textArea(kind: ElementKind, { x, y, width: w, height: h }: Box): Box {
  switch (kind) {
    case 'decision':
      return { x: x + w * 0.2, y: y + h * 0.25, width: w * 0.6, height: h * 0.5 };
    case 'start':
    case 'end': {
      const inset = Math.min(h, w) / 3;
      return { x: x + inset, y: y + 4, width: Math.max(10, w - 2 * inset), height: h - 8 };
    }
    case 'document':
      return { x: x + 8, y: y + 6, width: w - 16, height: h - 6 - 1.5 * WAVE };
    case 'comment':
      return { x: x + 8, y: y + 6, width: w - 8 - FOLD, height: h - 12 };
    default:
      return { x: x + 8, y: y + 6, width: w - 16, height: h - 12 };
  }
}

/** The problem marker of a nuläge step: a red disc with "!" on the top right corner. */
export function problemMarker(centre: { x: number; y: number }, radius = 10): string {
  return `<g data-problem="true"><circle cx="${num(centre.x)}" cy="${num(centre.y)}" r="${radius}" fill="${PROBLEM_COLOUR}" stroke="#ffffff" stroke-width="1.5"/><text x="${num(centre.x)}" y="${num(centre.y + radius * 0.45)}" font-size="${num(radius * 1.4)}" font-weight="700" text-anchor="middle" fill="#ffffff">!</text></g>`;
}
