/**
 * Pan and zoom of the board. The state lives here, outside React: every
 * wheel tick or drag frame only writes one CSS transform on the layer in
 * the next animation frame, so panning a board of a thousand notes never
 * re-renders a component. The layer keeps `will-change: transform` (one
 * composited layer that moves for free); when the zoom has settled it is
 * re-rasterized once so text is sharp at the new scale.
 */
import { boundingBox, type Point, type Rect } from '../../../shared/board/layout';
import { fitView } from './fitView';

export interface ViewState {
  readonly x: number;
  readonly y: number;
  readonly zoom: number;
}

export const MIN_ZOOM = 0.1;
export const MAX_ZOOM = 2.5;
const ZOOM_STEPS = [0.1, 0.15, 0.25, 0.33, 0.5, 0.67, 0.8, 1, 1.25, 1.5, 2, 2.5];
const FIT_MARGIN = 32;
const SETTLE_MS = 180;

const clampZoom = (zoom: number): number => Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));

export class Viewport {
  private state: ViewState = { x: 0, y: 0, zoom: 1 };
  private host: HTMLElement | null = null;
  private layer: HTMLElement | null = null;
  private frame = 0;
  private settleTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners = new Set<() => void>();
  private readonly viewListeners = new Set<() => void>();

  attach(host: HTMLElement, layer: HTMLElement): void {
    this.host = host;
    this.layer = layer;
    this.write();
  }

  detach(): void {
    cancelAnimationFrame(this.frame);
    clearTimeout(this.settleTimer);
    this.frame = 0;
    this.host = null;
    this.layer = null;
  }

  get view(): ViewState {
    return this.state;
  }

  /** For useSyncExternalStore: only zoom changes notify, panning does not. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getZoom = (): number => this.state.zoom;

  /** Called after every written view, pan or zoom, in the frame that shows it; cheap listeners only. */
  onView(listener: () => void): () => void {
    this.viewListeners.add(listener);
    return () => this.viewListeners.delete(listener);
  }

  panBy(dx: number, dy: number): void {
    this.set({ ...this.state, x: this.state.x + dx, y: this.state.y + dy });
  }

  /** Writes the transform now instead of in the next frame (when something else moved the view this frame). */
  flush(): void {
    cancelAnimationFrame(this.frame);
    this.write();
  }

  /** Zooms by a factor keeping the board point under (clientX, clientY) in place. */
  zoomAt(factor: number, clientX: number, clientY: number): void {
    const origin = this.hostOrigin();
    const zoom = clampZoom(this.state.zoom * factor);
    const px = clientX - origin.x;
    const py = clientY - origin.y;
    const bx = (px - this.state.x) / this.state.zoom;
    const by = (py - this.state.y) / this.state.zoom;
    this.set({ x: px - bx * zoom, y: py - by * zoom, zoom });
  }

  zoomStep(direction: 1 | -1): void {
    const current = this.state.zoom;
    const next =
      direction > 0
        ? (ZOOM_STEPS.find((step) => step > current + 0.001) ?? MAX_ZOOM)
        : ([...ZOOM_STEPS].reverse().find((step) => step < current - 0.001) ?? MIN_ZOOM);
    this.zoomAround(next);
  }

  resetZoom(): void {
    this.zoomAround(1);
  }

  /** Shows all of the given rectangles, at most at 100 % and never below a readable size; false when they did not all fit. */
  fit(rects: readonly Rect[]): boolean {
    const { view, whole } = fitView(boundingBox(rects), this.hostSize(), FIT_MARGIN);
    this.set(view);
    return whole;
  }

  /** Pans just enough to bring a board rectangle into view. */
  reveal(rect: Rect): void {
    const size = this.hostSize();
    if (size.width === 0) return;
    const { x, y, zoom } = this.state;
    const left = rect.x * zoom + x;
    const top = rect.y * zoom + y;
    const right = left + rect.width * zoom;
    const bottom = top + rect.height * zoom;
    let dx = 0;
    let dy = 0;
    if (left < FIT_MARGIN) dx = FIT_MARGIN - left;
    else if (right > size.width - FIT_MARGIN) dx = Math.max(FIT_MARGIN - left, size.width - FIT_MARGIN - right);
    if (top < FIT_MARGIN) dy = FIT_MARGIN - top;
    else if (bottom > size.height - FIT_MARGIN) dy = Math.max(FIT_MARGIN - top, size.height - FIT_MARGIN - bottom);
    if (dx !== 0 || dy !== 0) this.panBy(dx, dy);
  }

  toBoard(clientX: number, clientY: number): Point {
    const origin = this.hostOrigin();
    return { x: (clientX - origin.x - this.state.x) / this.state.zoom, y: (clientY - origin.y - this.state.y) / this.state.zoom };
  }

  /** The visible part of the board, in board coordinates. */
  visibleRect(): Rect {
    const size = this.hostSize();
    const { x, y, zoom } = this.state;
    return { x: -x / zoom, y: -y / zoom, width: size.width / zoom, height: size.height / zoom };
  }

  private zoomAround(zoom: number): void {
    const rect = this.host?.getBoundingClientRect();
    if (!rect) return;
    this.zoomAt(zoom / this.state.zoom, rect.left + rect.width / 2, rect.top + rect.height / 2);
  }

  private hostOrigin(): Point {
    const rect = this.host?.getBoundingClientRect();
    return rect ? { x: rect.left, y: rect.top } : { x: 0, y: 0 };
  }

  private hostSize(): { width: number; height: number } {
    return { width: this.host?.clientWidth ?? 0, height: this.host?.clientHeight ?? 0 };
  }

  private set(next: ViewState): void {
    const zoomChanged = next.zoom !== this.state.zoom;
    this.state = next;
    if (!this.frame) this.frame = requestAnimationFrame(() => this.write());
    if (zoomChanged) {
      for (const listener of this.listeners) listener();
      clearTimeout(this.settleTimer);
      this.settleTimer = setTimeout(() => this.sharpen(), SETTLE_MS);
    }
  }

  private write(): void {
    this.frame = 0;
    const { x, y, zoom } = this.state;
    if (this.layer) this.layer.style.transform = `translate(${x}px, ${y}px) scale(${zoom})`;
    for (const listener of this.viewListeners) listener();
  }

  /** Drops and restores the compositing hint so the layer is painted again at the new scale. */
  private sharpen(): void {
    const layer = this.layer;
    if (!layer) return;
    layer.style.willChange = 'auto';
    requestAnimationFrame(() => {
      layer.style.willChange = '';
    });
  }
}
