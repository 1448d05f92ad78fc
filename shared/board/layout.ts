/**
 * Board geometry. Notes inside a cluster are laid out on a grid by rank, so
 * a cluster is always tidy and its size follows from its note count; free
 * notes keep the position the user gave them. Renderer, PNG export and the
 * Node side all place things with these functions.
 */
import { intersects, type Point, type Rect } from '../common/geometry';

export const NOTE_WIDTH = 168;
export const NOTE_HEIGHT = 112;
export const NOTE_GAP = 12;
export const CLUSTER_PADDING = 14;
export const CLUSTER_HEADER = 48;
export const CLUSTER_MAX_COLUMNS = 4;
const CAPTURE_COLUMNS = 8;
const CAPTURE_ORIGIN = { x: 40, y: 40 };

export type { Point, Rect } from '../common/geometry';
export { contains, intersects } from '../common/geometry';

export function clusterColumns(noteCount: number): number {
  return Math.min(CLUSTER_MAX_COLUMNS, Math.max(1, Math.ceil(Math.sqrt(noteCount))));
}

export function clusterRect(origin: Point, noteCount: number): Rect {
  const columns = clusterColumns(noteCount);
  const rows = Math.max(1, Math.ceil(noteCount / columns));
  return {
    x: origin.x,
    y: origin.y,
    width: CLUSTER_PADDING * 2 + columns * NOTE_WIDTH + (columns - 1) * NOTE_GAP,
    height: CLUSTER_HEADER + CLUSTER_PADDING + rows * NOTE_HEIGHT + (rows - 1) * NOTE_GAP,
  };
}

/** Where the note with the given index (by rank) sits in a cluster. */
export function clusterSlot(origin: Point, noteCount: number, index: number): Point {
  const columns = clusterColumns(noteCount);
  return {
    x: origin.x + CLUSTER_PADDING + (index % columns) * (NOTE_WIDTH + NOTE_GAP),
    y: origin.y + CLUSTER_HEADER + Math.floor(index / columns) * (NOTE_HEIGHT + NOTE_GAP),
  };
}

export function noteRect(position: Point): Rect {
  return { x: position.x, y: position.y, width: NOTE_WIDTH, height: NOTE_HEIGHT };
}

export function boundingBox(rects: readonly Rect[]): Rect | null {
  if (rects.length === 0) return null;
  const minX = Math.min(...rects.map((r) => r.x));
  const minY = Math.min(...rects.map((r) => r.y));
  const maxX = Math.max(...rects.map((r) => r.x + r.width));
  const maxY = Math.max(...rects.map((r) => r.y + r.height));
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/**
 * The first free cell of the capture grid (eight notes wide, from the top
 * left), so typed notes line up like a paper wall and never cover others.
 * Occupied cells are marked once, so each call is linear in the board size.
 */
export function nextCapturePosition(occupied: readonly Rect[]): Point {
  const step = { x: NOTE_WIDTH + NOTE_GAP, y: NOTE_HEIGHT + NOTE_GAP };
  const taken = new Set<number>();
  for (const rect of occupied) {
    const first = {
      col: Math.max(0, Math.floor((rect.x - CAPTURE_ORIGIN.x - NOTE_WIDTH) / step.x) + 1),
      row: Math.max(0, Math.floor((rect.y - CAPTURE_ORIGIN.y - NOTE_HEIGHT) / step.y) + 1),
    };
    const last = {
      col: Math.min(CAPTURE_COLUMNS - 1, Math.ceil((rect.x + rect.width - CAPTURE_ORIGIN.x) / step.x) - 1),
      row: Math.ceil((rect.y + rect.height - CAPTURE_ORIGIN.y) / step.y) - 1,
    };
    for (let row = first.row; row <= last.row; row++) {
      for (let col = first.col; col <= last.col; col++) {
        if (intersects(rect, noteRect(cellOrigin(col, row)))) taken.add(row * CAPTURE_COLUMNS + col);
      }
    }
  }
  let cell = 0;
  while (taken.has(cell)) cell++;
  return cellOrigin(cell % CAPTURE_COLUMNS, Math.floor(cell / CAPTURE_COLUMNS));
}

function cellOrigin(col: number, row: number): Point {
  return { x: CAPTURE_ORIGIN.x + col * (NOTE_WIDTH + NOTE_GAP), y: CAPTURE_ORIGIN.y + row * (NOTE_HEIGHT + NOTE_GAP) };
}

export interface PlacedNote {
  readonly id: string;
  readonly clusterId: string | null;
  readonly x: number;
  readonly y: number;
  readonly rank: number;
}

export interface PlacedCluster {
  readonly id: string;
  readonly x: number;
  readonly y: number;
}

export interface BoardLayout {
  readonly notes: ReadonlyMap<string, Point>;
  readonly clusters: ReadonlyMap<string, Rect>;
}

/** Positions of every note and cluster frame on the board. */
export function layoutBoard(notes: readonly PlacedNote[], clusters: readonly PlacedCluster[]): BoardLayout {
  const members = new Map<string, PlacedNote[]>();
  for (const cluster of clusters) members.set(cluster.id, []);
  const positions = new Map<string, Point>();
  for (const note of notes) {
    const list = note.clusterId === null ? undefined : members.get(note.clusterId);
    if (list) list.push(note);
    else positions.set(note.id, { x: note.x, y: note.y });
  }
  const frames = new Map<string, Rect>();
  for (const cluster of clusters) {
    const list = (members.get(cluster.id) ?? []).sort((a, b) => a.rank - b.rank || a.id.localeCompare(b.id));
    frames.set(cluster.id, clusterRect(cluster, list.length));
    list.forEach((note, index) => positions.set(note.id, clusterSlot(cluster, list.length, index)));
  }
  return { notes: positions, clusters: frames };
}

export function occupiedRects(layout: BoardLayout): Rect[] {
  return [...[...layout.notes.values()].map(noteRect), ...layout.clusters.values()];
}
