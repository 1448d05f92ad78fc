/**
 * Where a new cluster frame goes: where its notes were shown, if the frame
 * fits there without covering other notes or frames; otherwise the nearest
 * free place on a note-sized grid around that spot. This keeps the wall
 * readable however the notes were spread before grouping.
 */
import { boundingBox, clusterRect, intersects, NOTE_GAP, NOTE_HEIGHT, NOTE_WIDTH, noteRect, type BoardLayout, type Point, type Rect } from './layout';

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
