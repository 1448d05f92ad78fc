/**
 * The bench's yardstick for the 5,000-note board, never shipped: the same
 * notes (text, author, paper) and frames at the same board places, as plain
 * absolutely positioned divs in one transformed layer, built with the DOM
 * API, no framework, no culling. Pans with the middle button, drags a note
 * with the left one; both write a transform in the next animation frame,
 * as the board does. What the board costs above it is ours.
 */
import { layoutBoard } from '../../../shared/board/layout';
import type { Board } from '../../../shared/board/schema';
import { papers } from '../../../renderer/board/model/palette';
import './bare.css';

declare global {
  interface Window {
    benchBoard: Board;
    /** Builds the board afresh; resolves with the ms until the frame showing it has been painted. */
    benchRender: () => Promise<number>;
  }
}

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
const host = document.getElementById('root') as HTMLElement;
const view = { x: 0, y: 0 };
let layer: HTMLElement | null = null;

function div(className: string, x: number, y: number, parent: HTMLElement): HTMLElement {
  const element = document.createElement('div');
  element.className = className;
  element.style.left = `${x}px`;
  element.style.top = `${y}px`;
  parent.append(element);
  return element;
}

function build(board: Board): HTMLElement {
  const root = document.createElement('div');
  root.className = 'layer';
  const layout = layoutBoard(board.notes, board.clusters);
  const names = new Map(board.participants.map((p) => [p.id, p.name]));
  for (const cluster of board.clusters) {
    const rect = layout.clusters.get(cluster.id);
    if (!rect) continue;
    const element = div('frame', rect.x, rect.y, root);
    element.style.width = `${rect.width}px`;
    element.style.height = `${rect.height}px`;
    element.textContent = cluster.heading;
  }
  for (const note of board.notes) {
    const at = layout.notes.get(note.id) ?? note;
    const element = div('note', at.x, at.y, root);
    element.style.background = papers[note.colour].fill;
    element.style.borderColor = papers[note.colour].edge;
    const text = document.createElement('p');
    text.textContent = note.text;
    const author = document.createElement('p');
    author.className = 'author';
    author.textContent = (note.authorId && names.get(note.authorId)) ?? '';
    element.append(text, author);
  }
  return root;
}

window.benchRender = async () => {
  const start = performance.now();
  layer?.remove();
  layer = build(window.benchBoard);
  layer.style.transform = `translate(${view.x}px, ${view.y}px)`;
  host.append(layer);
  await frame();
  await frame();
  return performance.now() - start;
};

type Drag = { kind: 'pan' | 'note'; last: { x: number; y: number }; element: HTMLElement; dx: number; dy: number };
let drag: Drag | null = null;
let scheduled = 0;
const paint = () => {
  scheduled = 0;
  if (!drag || !layer) return;
  if (drag.kind === 'pan') layer.style.transform = `translate(${view.x}px, ${view.y}px)`;
  else drag.element.style.transform = `translate(${drag.dx}px, ${drag.dy}px)`;
};

host.addEventListener('pointerdown', (event) => {
  const note = event.button === 0 ? (event.target as Element).closest<HTMLElement>('.note') : null;
  if (event.button !== 1 && !note) return;
  event.preventDefault();
  host.setPointerCapture(event.pointerId);
  drag = { kind: note ? 'note' : 'pan', last: { x: event.clientX, y: event.clientY }, element: note ?? host, dx: 0, dy: 0 };
});
host.addEventListener('pointermove', (event) => {
  if (!drag) return;
  const dx = event.clientX - drag.last.x;
  const dy = event.clientY - drag.last.y;
  drag.last = { x: event.clientX, y: event.clientY };
  if (drag.kind === 'pan') {
    view.x += dx;
    view.y += dy;
  } else {
    drag.dx += dx;
    drag.dy += dy;
  }
  if (!scheduled) scheduled = requestAnimationFrame(paint);
});
host.addEventListener('pointerup', () => {
  drag = null;
});
host.addEventListener('mousedown', (event) => event.button === 1 && event.preventDefault());
