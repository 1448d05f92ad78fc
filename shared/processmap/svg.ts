/**
 * A whole map as a standalone SVG document, drawn from the model rather
 * than from the editor's DOM: html-to-image drops React Flow's arrows, and
 * a drawing from the data holds every lane, element and arrow whether or
 * not the editor ever rendered them. Lanes are bands with their names at
 * the left, phases columns over them, each element its kind's shape, each
 * arrow a path with a head and its label; a title above, a legend below,
 * and under it the nuläge's problems in words, numbered as on their steps.
 *
 * Each element and arrow is one group carrying its id (`data-element-id`,
 * `data-arrow-id`), so what the drawing holds can be checked against the
 * map. Every text is escaped and made XML-safe here, so any name a user
 * typed gives a file that opens.
 */
import { absoluteY, laneSpans } from './lanes';
import type { ElementKind, MapElement, MapState, MapView } from './schema';
import { elementKinds } from './schema';
import { INK, MUTED_INK, PROBLEM_COLOUR, problemMarker, shapeSvg, textArea } from './svg-shapes';
import { problemListSvg, problemNotes, problemNumberSvg, type ProblemNote } from './svg-problems';
import { LOOP_CLEARANCE, routeArrow, type Box, type Point, type Route } from './svg-routes';
import { num, textBlock, textWidth, wrapText, xmlText } from './svg-text';

export interface MapSvgLabels {
  readonly kinds: Readonly<Record<ElementKind, string>>;
  readonly states: Readonly<Record<MapState, string>>;
  readonly legend: string;
  readonly problem: string;
  /** The heading of the numbered list of problems under the legend. */
  readonly problems: string;
  readonly arrow: string;
  /** "3 lappar": how many workshop notes a challenge card stands for. */
  readonly noteCount: (count: number) => string;
}

export interface MapSvgOptions {
  /** The programme's name, under the title. */
  readonly programme?: string;
}

const PAD = 24;
const LABEL_COLUMN = 200;
const PHASE_ROW = 32;
const RIGHT_ROOM = 40;
const TITLE_SIZE = 22;
const SUBTITLE_SIZE = 14;
const TEXT_SIZE = 13;
const SMALL_SIZE = 11;
const LINE = 1.25;
const FONT = "system-ui, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";
const ARROW_INK = '#33404d';
const MARKER_ID = 'pm-arrowhead';
const TITLE_ID = 'pm-title';

const maxLines = (height: number, size: number) => Math.max(1, Math.floor(height / (size * LINE)));

function elementBox(view: MapView, element: MapElement): Box {
  return { x: element.x, y: absoluteY(view.lanes, element.laneId, element.offset), width: element.width, height: element.height };
}

function elementSvg(element: MapElement, box: Box, labels: MapSvgLabels, note: ProblemNote | undefined): string {
  const area = textArea(element.kind, box);
  const card = element.kind === 'challenge';
  const responsible = element.responsible.trim() !== '' && element.kind !== 'decision' && element.kind !== 'comment';
  const footer = card || (responsible && area.height >= 3 * TEXT_SIZE) ? SMALL_SIZE * 1.5 : 0;
  const labelHeight = area.height - footer;
  const lines = wrapText(element.label, area.width, TEXT_SIZE, maxLines(labelHeight, TEXT_SIZE));
  const parts = [shapeSvg(element.kind, box), textBlock(lines, area.x + area.width / 2, area.y + labelHeight / 2, TEXT_SIZE)];
  const footerY = area.y + area.height - SMALL_SIZE / 2;
  if (card) {
    parts.push(`<text x="${num(area.x + area.width)}" y="${num(footerY + SMALL_SIZE * 0.35)}" font-size="${SMALL_SIZE}" font-weight="700" text-anchor="end" fill="${PROBLEM_COLOUR}" data-note-count="${element.noteCount}">${xmlText(labels.noteCount(element.noteCount))}</text>`);
  } else if (footer > 0) {
    parts.push(textBlock(wrapText(element.responsible, area.width, SMALL_SIZE, 1), area.x + area.width / 2, footerY, SMALL_SIZE, ` font-style="italic" fill="${MUTED_INK}"`));
  }
  if (element.problem) {
    const corner = element.kind === 'decision' ? { x: box.x + box.width * 0.75, y: box.y + box.height * 0.2 } : { x: box.x + box.width - 4, y: box.y + 4 };
    parts.push(problemMarker(corner));
    if (note) parts.push(problemNumberSvg(note.number, corner, SMALL_SIZE));
  }
  const named = [labels.kinds[element.kind], element.label].filter((text) => text.trim() !== '').join(': ');
  const title = note ? `${named}. ${labels.problem} (${note.number}): ${note.text}` : named;
  return `<g data-element-id="${xmlText(element.id)}" data-kind="${element.kind}"><title>${xmlText(title)}</title>${parts.join('')}</g>`;
}

function arrowLabelSvg(label: string, at: Point): string {
  const lines = wrapText(label, 140, SMALL_SIZE, 2);
  if (lines.length === 0) return '';
  const width = Math.max(...lines.map((line) => textWidth(line, SMALL_SIZE))) + 8;
  const height = lines.length * SMALL_SIZE * LINE + 4;
  return `<rect x="${num(at.x - width / 2)}" y="${num(at.y - height / 2)}" width="${num(width)}" height="${num(height)}" rx="3" fill="#ffffff" fill-opacity="0.92"/>${textBlock(lines, at.x, at.y, SMALL_SIZE, ` fill="${ARROW_INK}"`)}`;
}

const pathOf = (points: readonly Point[]) => points.map((p, index) => `${index === 0 ? 'M' : 'L'}${num(p.x)} ${num(p.y)}`).join('');

function arrowSvg(arrow: MapView['arrows'][number], route: Route & { readonly back: boolean }): string {
  const path = `<path d="${pathOf(route.points)}" fill="none" stroke="${ARROW_INK}" stroke-width="1.6" stroke-linejoin="round"${route.back ? ' stroke-dasharray="6 3"' : ''} marker-end="url(#${MARKER_ID})"/>`;
  return `<g data-arrow-id="${xmlText(arrow.id)}" data-from="${xmlText(arrow.from)}" data-to="${xmlText(arrow.to)}">${path}${arrowLabelSvg(arrow.label, route.label)}</g>`;
}

interface Extent {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

function extentOf(boxes: readonly Box[], points: readonly Point[], base: Extent): Extent {
  return {
    minX: Math.min(base.minX, ...boxes.map((b) => b.x), ...points.map((p) => p.x)),
    maxX: Math.max(base.maxX, ...boxes.map((b) => b.x + b.width), ...points.map((p) => p.x)),
    minY: Math.min(base.minY, ...boxes.map((b) => b.y), ...points.map((p) => p.y - SMALL_SIZE)),
    maxY: Math.max(base.maxY, ...boxes.map((b) => b.y + b.height), ...points.map((p) => p.y + SMALL_SIZE)),
  };
}

/** The legend: one sample per element kind, then the problem marker and an arrow. */
function legendSvg(labels: MapSvgLabels, top: number, width: number): { svg: string; height: number; width: number } {
  const sample = { width: 40, height: 26 };
  const items: { label: string; draw: (box: Box) => string }[] = [
    ...elementKinds.map((kind) => ({ label: labels.kinds[kind], draw: (box: Box) => shapeSvg(kind, kind === 'decision' ? { ...box, x: box.x + 7, width: box.height } : box) })),
    { label: labels.problem, draw: (box: Box) => problemMarker({ x: box.x + box.width / 2, y: box.y + box.height / 2 }) },
    {
      label: labels.arrow,
      draw: (box: Box) => `<path d="M${num(box.x)} ${num(box.y + box.height / 2)}H${num(box.x + box.width)}" stroke="${ARROW_INK}" stroke-width="1.6" marker-end="url(#${MARKER_ID})"/>`,
    },
  ];
  const rowHeight = sample.height + 12;
  const headingHeight = TEXT_SIZE * 2;
  let x = PAD;
  let y = top + headingHeight;
  let widest = 0;
  const parts = [`<text x="${PAD}" y="${num(top + TEXT_SIZE)}" font-size="${TEXT_SIZE}" font-weight="700">${xmlText(labels.legend)}</text>`];
  for (const item of items) {
    const itemWidth = sample.width + 8 + textWidth(item.label, SMALL_SIZE) + 24;
    if (x > PAD && x + itemWidth > width - PAD) {
      x = PAD;
      y += rowHeight;
    }
    const box = { x, y, ...sample };
    parts.push(`<g data-legend-item="true">${item.draw(box)}<text x="${num(x + sample.width + 8)}" y="${num(y + sample.height / 2 + SMALL_SIZE * 0.35)}" font-size="${SMALL_SIZE}">${xmlText(item.label)}</text></g>`);
    x += itemWidth;
    widest = Math.max(widest, x + PAD);
  }
  return { svg: `<g data-legend="true">${parts.join('')}</g>`, height: y + rowHeight - top, width: widest };
}

export function mapSvg(view: MapView, labels: MapSvgLabels, options: MapSvgOptions = {}): string {
  const spans = laneSpans(view.lanes);
  const boxes = new Map(view.elements.map((element) => [element.id, elementBox(view, element)]));
  let backEdges = 0;
  const arrows = view.arrows.flatMap((arrow) => {
    const from = boxes.get(arrow.from);
    const to = boxes.get(arrow.to);
    // The model refuses an arrow to nothing; should one ever get here, it is left out rather than drawn to a guess.
    if (!from || !to) return [];
    const route = routeArrow(from, to, { selfLoop: arrow.from === arrow.to, backEdges, obstacles: [...boxes.values()].filter((box) => box !== from && box !== to) });
    if (route.back) backEdges += 1;
    return [{ arrow, route }];
  });

  const phases = [...view.phases].sort((a, b) => a.rank - b.rank);
  const phaseStarts = phases.reduce<number[]>((starts, phase, index) => [...starts, (starts[index] ?? 0) + phase.width], [0]);
  const lanesBottom = spans.at(-1)?.bottom ?? 0;
  const extent = extentOf([...boxes.values()], arrows.flatMap(({ route }) => [...route.points, route.label]), {
    minX: 0,
    maxX: phaseStarts.at(-1) ?? 0,
    minY: 0,
    maxY: lanesBottom,
  });
  const left = extent.minX - LABEL_COLUMN;
  const right = extent.maxX + RIGHT_ROOM + LOOP_CLEARANCE;
  const bodyWidth = right - left;
  const phaseTop = extent.minY - (phases.length > 0 ? PHASE_ROW : 0);

  const title = `${view.map.name} – ${labels.states[view.map.state]}`;
  const headerHeight = TITLE_SIZE + (options.programme ? SUBTITLE_SIZE + 8 : 0) + 20;
  const bodyTop = PAD + headerHeight;
  const offsetX = PAD - left;
  const offsetY = bodyTop - phaseTop;
  const bodyBottom = offsetY + Math.max(extent.maxY, lanesBottom);
  const textWide = Math.max(textWidth(title, TITLE_SIZE), textWidth(options.programme ?? '', SUBTITLE_SIZE));
  const width = Math.ceil(Math.max(bodyWidth + 2 * PAD, textWide + 2 * PAD, 480));
  const legend = legendSvg(labels, bodyBottom + 28, width);
  const notes = problemNotes(view);
  const noteOf = new Map(notes.map((note) => [note.element.id, note]));
  const stepName = (element: MapElement) => (element.label.trim() === '' ? labels.kinds[element.kind] : element.label);
  const problems = problemListSvg(notes, { heading: labels.problems, stepName }, { x: PAD, top: bodyBottom + 28 + legend.height + 12, width: width - 2 * PAD }, { heading: TEXT_SIZE, text: SMALL_SIZE });
  const totalWidth = Math.ceil(Math.max(width, legend.width, problems.width + 2 * PAD));
  const height = Math.ceil(bodyBottom + 28 + legend.height + (problems.height > 0 ? problems.height + 12 : 0) + PAD);

  const laneSvg = spans.map(({ lane, top }, index) => {
    const nameLines = wrapText(lane.name, LABEL_COLUMN - 20, TEXT_SIZE, maxLines(lane.height - 12, TEXT_SIZE));
    return (
      `<g data-lane-id="${xmlText(lane.id)}">` +
      `<rect x="${num(left)}" y="${num(top)}" width="${num(bodyWidth)}" height="${num(lane.height)}" fill="${index % 2 === 0 ? '#f4f6f9' : '#ffffff'}" stroke="#c5ccd6"/>` +
      `<rect x="${num(left)}" y="${num(top)}" width="${LABEL_COLUMN}" height="${num(lane.height)}" fill="#e3e8ef" stroke="#c5ccd6"/>` +
      textBlock(nameLines, left + LABEL_COLUMN / 2, top + lane.height / 2, TEXT_SIZE, ' font-weight="600"') +
      '</g>'
    );
  });
  const phaseSvg = phases.map((phase, index) => {
    const x = phaseStarts[index] ?? 0;
    const lines = wrapText(phase.name, phase.width - 12, TEXT_SIZE, 1);
    return (
      `<g data-phase-id="${xmlText(phase.id)}">` +
      `<rect x="${num(x)}" y="${num(phaseTop)}" width="${num(phase.width)}" height="${PHASE_ROW - 4}" fill="#dfe6f0" stroke="#c5ccd6"/>` +
      textBlock(lines, x + phase.width / 2, phaseTop + (PHASE_ROW - 4) / 2, TEXT_SIZE, ' font-weight="600"') +
      `<path d="M${num(x + phase.width)} ${num(phaseTop)}V${num(lanesBottom)}" stroke="#9aa5b4" stroke-dasharray="4 4"/>` +
      '</g>'
    );
  });
  const pins = view.elements.flatMap((element) => {
    const card = boxes.get(element.id);
    const target = element.pinnedTo === null ? undefined : boxes.get(element.pinnedTo);
    if (!card || !target) return [];
    const centre = (b: Box) => `${num(b.x + b.width / 2)} ${num(b.y + b.height / 2)}`;
    return [`<path data-pin-of="${xmlText(element.id)}" d="M${centre(card)}L${centre(target)}" stroke="${PROBLEM_COLOUR}" stroke-width="1.2" stroke-dasharray="3 3"/>`];
  });

  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${totalWidth}" height="${height}" viewBox="0 0 ${totalWidth} ${height}" role="img" aria-labelledby="${TITLE_ID}" font-family="${FONT}" fill="${INK}" data-map-id="${xmlText(view.map.id)}">`,
    `<title id="${TITLE_ID}">${xmlText(options.programme ? `${title} (${options.programme})` : title)}</title>`,
    `<defs><marker id="${MARKER_ID}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10Z" fill="${ARROW_INK}"/></marker></defs>`,
    `<rect width="${totalWidth}" height="${height}" fill="#ffffff"/>`,
    `<text x="${PAD}" y="${PAD + TITLE_SIZE}" font-size="${TITLE_SIZE}" font-weight="700">${xmlText(title)}</text>`,
    options.programme ? `<text x="${PAD}" y="${PAD + TITLE_SIZE + 8 + SUBTITLE_SIZE}" font-size="${SUBTITLE_SIZE}" fill="${MUTED_INK}">${xmlText(options.programme)}</text>` : '',
    `<g transform="translate(${num(offsetX)} ${num(offsetY)})">`,
    `<g data-lanes="true">${laneSvg.join('')}</g>`,
    phaseSvg.length > 0 ? `<g data-phases="true">${phaseSvg.join('')}</g>` : '',
    pins.length > 0 ? `<g data-pins="true">${pins.join('')}</g>` : '',
    `<g data-elements="true">${view.elements.map((element) => elementSvg(element, boxes.get(element.id) ?? elementBox(view, element), labels, noteOf.get(element.id))).join('')}</g>`,
    `<g data-arrows="true">${arrows.map(({ arrow, route }) => arrowSvg(arrow, route)).join('')}</g>`,
    '</g>',
    legend.svg,
    problems.svg,
    '</svg>',
    '',
  ].join('\n');
}
