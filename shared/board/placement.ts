/**
 * Where things go on the board when the user does not say. A new cluster
 * frame goes where its notes were shown, if the frame fits there without
 * covering other notes or frames; otherwise the nearest free place on a
 * note-sized grid around that spot. This keeps the wall readable however
 * the notes were spread before grouping.
 */
import { nearestFreeSpot } from '../common/geometry';
import {
  boundingBox,
  clusterRect,
  intersects,
  layoutBoard,
  NOTE_GAP,
  NOTE_HEIGHT,
  NOTE_WIDTH,
  noteRect,
  occupiedRects,
  type BoardLayout,
  type PlacedCluster,
  type PlacedNote,
  type Point,
  type Rect,
} from './layout';

const SEARCH = 24;
const FALLBACK_ORIGIN: Point = { x: 40, y: 40 };

const padded = (r: Rect): Rect => ({ x: r.x - NOTE_GAP, y: r.y - NOTE_GAP, width: r.width + 2 * NOTE_GAP, height: r.height + 2 * NOTE_GAP });

export function placeForCluster(layout: BoardLayout, noteIds: readonly string[]): Point {
  const grouped = new Set(noteIds);
  const shown = noteIds.map((id) => layout.notes.get(id)).filter((p) => p !== undefined);
  const origin = boundingBox(shown.map(noteRect)) ?? FALLBACK_ORIGIN;
  const obstacles: Rect[] = [
    ...[...layout.notes].filter(([id]) => !grouped.has(id)).map(([, at]) => noteRect(at)),
    ...layout.clusters.values(),
  ];
  const fits = (at: Point): boolean => {
    const frame = padded(clusterRect(at, noteIds.length));
    return !obstacles.some((o) => intersects(frame, o));
  };
  const candidates: Point[] = [];
  for (let row = -SEARCH; row <= SEARCH; row++) {
    for (let col = -SEARCH; col <= SEARCH; col++) {
      candidates.push({ x: origin.x + col * (NOTE_WIDTH + NOTE_GAP), y: origin.y + row * (NOTE_HEIGHT + NOTE_GAP) });
    }
  }
  candidates.sort((a, b) => Math.hypot(a.x - origin.x, a.y - origin.y) - Math.hypot(b.x - origin.x, b.y - origin.y));
  const found = candidates.find((at) => at.x >= 0 && at.y >= 0 && fits(at));
  if (found) return { x: Math.round(found.x), y: Math.round(found.y) };
  const everything = boundingBox(obstacles);
  return everything ? { x: Math.round(everything.x + everything.width + 4 * NOTE_GAP), y: Math.round(everything.y) } : origin;
}

const BOARD: Rect = { x: 0, y: 0, width: Infinity, height: Infinity };

/**
 * Notes taken out of their cluster without a drop point ("Inget kluster",
 * the U key): each goes to the free spot nearest to where it was shown.
 * Where it was shown is inside the frame, which the notes left behind now
 * fill, so staying there would put it exactly on top of one of them.
 */
export function spotsForFreedNotes(notes: readonly PlacedNote[], clusters: readonly PlacedCluster[], freedIds: readonly string[]): Map<string, Point> {
  const freed = new Set(freedIds);
  const shown = layoutBoard(notes, clusters).notes;
  const after = layoutBoard(notes.filter((note) => !freed.has(note.id)), clusters);
  const obstacles = occupiedRects(after);
  const spots = new Map<string, Point>();
  for (const id of freed) {
    const near = shown.get(id);
    if (!near) continue;
    const spot = nearestFreeSpot({ area: BOARD, obstacles, size: { width: NOTE_WIDTH, height: NOTE_HEIGHT }, near, gap: NOTE_GAP }) ?? near;
    const at = { x: Math.round(spot.x), y: Math.round(spot.y) };
    spots.set(id, at);
    obstacles.push(noteRect(at));
  }
  return spots;
}
