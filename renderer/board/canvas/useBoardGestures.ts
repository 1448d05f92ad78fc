/**
 * All pointer input of the board in one set of listeners on the viewport:
 * select (click, Shift+click), rectangle selection on the empty board, drag
 * of notes and frames, pan (Space+drag, middle button, wheel) and zoom
 * (Ctrl+wheel). Dragging writes transforms in animation frames and tells
 * the board once, on release; React is not involved until then.
 */
import { type RefObject, useEffect, useRef } from 'react';
import type { ClusterId, NoteId } from '../../../shared/board/schema';
import type { Point } from '../../../shared/board/layout';
import type { BoardModel } from '../model/boardModel';
import {
  addToSelection,
  type BoardSelection,
  EMPTY_SELECTION,
  onlyCluster,
  onlyNote,
  selectionSize,
  toggleCluster,
  toggleNote,
} from '../model/selection';
import { isEditingTarget, itemAt, itemElement, type ItemRef } from './boardDom';
import { type DropTarget, dropTargetAt, marqueeSelection } from './hitTest';
import { movingItems } from './moving';
import type { PendingMoves } from './pendingMoves';
import type { Viewport } from './viewport';

const DRAG_THRESHOLD = 4;

export interface DropResult {
  readonly notes: readonly NoteId[];
  readonly clusters: readonly ClusterId[];
  /** Board pixels the items were moved by. */
  readonly delta: Point;
  readonly target: DropTarget | null;
}

export interface GestureHost {
  model(): BoardModel | undefined;
  selection(): BoardSelection;
  select(selection: BoardSelection): void;
  drop(result: DropResult): void;
  openMenu(item: ItemRef, clientX: number, clientY: number): void;
  edit(noteId: NoteId): void;
  rename(clusterId: ClusterId): void;
  keyboardFocus(item: ItemRef): void;
  /** The hover text of a note: who wrote it and when. */
  noteTitle(noteId: NoteId): string;
}

interface Moving {
  readonly item: ItemRef;
  readonly element: HTMLElement;
  /** Transform offset the element had when the drag began (a pending move). */
  readonly offset: Point;
}

type Gesture =
  | { readonly kind: 'pan'; last: Point }
  | { readonly kind: 'marquee'; readonly start: Point; end: Point; readonly base: BoardSelection }
  | { readonly kind: 'press'; readonly item: ItemRef; readonly start: Point; readonly wasSelected: boolean; readonly set: BoardSelection }
  | {
      readonly kind: 'drag';
      readonly start: Point;
      pointer: Point;
      readonly moving: readonly Moving[];
      readonly set: BoardSelection;
      readonly notesOnly: boolean;
      target: DropTarget | null;
      targetElement: HTMLElement | null;
    };

function isSelected(selection: BoardSelection, item: ItemRef): boolean {
  return item.kind === 'note' ? selection.notes.includes(item.id as NoteId) : selection.clusters.includes(item.id as ClusterId);
}

export function useBoardGestures(
  hostRef: RefObject<HTMLElement | null>,
  layerRef: RefObject<HTMLElement | null>,
  marqueeRef: RefObject<HTMLElement | null>,
  viewport: Viewport,
  pending: PendingMoves,
  host: GestureHost,
): void {
  const hostApi = useRef(host);
  useEffect(() => {
    hostApi.current = host;
  });

  useEffect(() => {
    const element = hostRef.current;
    if (!element) return undefined;
    const api = () => hostApi.current;
    let gesture: Gesture | null = null;
    let frame = 0;
    let spaceHeld = false;
    let pointerFocus = false;

    const paintMarquee = (g: Extract<Gesture, { kind: 'marquee' }> | null): void => {
      const box = marqueeRef.current;
      if (!box) return;
      if (!g) {
        box.hidden = true;
        return;
      }
      const origin = element.getBoundingClientRect();
      box.hidden = false;
      box.style.left = `${Math.min(g.start.x, g.end.x) - origin.left}px`;
      box.style.top = `${Math.min(g.start.y, g.end.y) - origin.top}px`;
      box.style.width = `${Math.abs(g.end.x - g.start.x)}px`;
      box.style.height = `${Math.abs(g.end.y - g.start.y)}px`;
    };

    const paintDrag = (g: Extract<Gesture, { kind: 'drag' }>): void => {
      const zoom = viewport.view.zoom;
      const dx = (g.pointer.x - g.start.x) / zoom;
      const dy = (g.pointer.y - g.start.y) / zoom;
      for (const { element: moved, offset } of g.moving) {
        moved.style.transform = `translate(${offset.x + dx}px, ${offset.y + dy}px)`;
      }
      const model = api().model();
      const target = g.notesOnly && model ? dropTargetAt(model, viewport.toBoard(g.pointer.x, g.pointer.y), new Set(g.set.notes)) : null;
      const targetElement = target ? itemElement(layerRef.current, { kind: 'cluster', id: target.clusterId }) : null;
      if (targetElement !== g.targetElement) {
        g.targetElement?.classList.remove('is-drop-target');
        targetElement?.classList.add('is-drop-target');
        g.targetElement = targetElement;
      }
      g.target = target;
    };

    const schedule = (): void => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        if (gesture?.kind === 'drag') paintDrag(gesture);
        else if (gesture?.kind === 'marquee') paintMarquee(gesture);
      });
    };

    const startDrag = (press: Extract<Gesture, { kind: 'press' }>, pointer: Point): Gesture | null => {
      const model = api().model();
      if (!model) return null;
      const items = movingItems(model, press.set);
      const moving: Moving[] = [];
      for (const item of items) {
        const moved = itemElement(layerRef.current, item);
        if (!moved) continue;
        const shown = item.kind === 'cluster' ? model.layout.clusters.get(item.id) : model.noteById.get(item.id as NoteId)?.clusterId ? undefined : model.layout.notes.get(item.id);
        const target = shown ? pending.positionOf(item) : undefined;
        const offset = shown && target ? { x: target.x - shown.x, y: target.y - shown.y } : { x: 0, y: 0 };
        moved.classList.add('is-dragging');
        moving.push({ item, element: moved, offset });
      }
      element.classList.add('is-dragging-items');
      return { kind: 'drag', start: press.start, pointer, moving, set: press.set, notesOnly: press.set.clusters.length === 0, target: null, targetElement: null };
    };

    const endDrag = (g: Extract<Gesture, { kind: 'drag' }>, commit: boolean): void => {
      cancelAnimationFrame(frame);
      frame = 0;
      if (commit) paintDrag(g);
      g.targetElement?.classList.remove('is-drop-target');
      element.classList.remove('is-dragging-items');
      for (const { element: moved } of g.moving) moved.classList.remove('is-dragging');
      const zoom = viewport.view.zoom;
      const delta = { x: Math.round((g.pointer.x - g.start.x) / zoom), y: Math.round((g.pointer.y - g.start.y) / zoom) };
      if (!commit) {
        for (const { element: moved, offset } of g.moving) moved.style.transform = offset.x || offset.y ? `translate(${offset.x}px, ${offset.y}px)` : '';
        return;
      }
      const notes = g.moving.filter((m) => m.item.kind === 'note').map((m) => m.item.id as NoteId);
      const clusters = g.moving.filter((m) => m.item.kind === 'cluster').map((m) => m.item.id as ClusterId);
      api().drop({ notes, clusters, delta, target: g.target });
    };

    const onPointerDown = (event: PointerEvent): void => {
      pointerFocus = true;
      if (gesture || event.button === 2 || isEditingTarget(event.target)) return;
      const point = { x: event.clientX, y: event.clientY };
      if (event.button === 1 || (event.button === 0 && spaceHeld)) {
        event.preventDefault();
        gesture = { kind: 'pan', last: point };
        element.setPointerCapture(event.pointerId);
        element.classList.add('is-panning');
        return;
      }
      if (event.button !== 0) return;
      event.preventDefault();
      const item = itemAt(event.target);
      const selection = api().selection();
      const additive = event.shiftKey || event.ctrlKey || event.metaKey;
      if (!item) {
        element.focus({ preventScroll: true });
        const base = additive ? selection : EMPTY_SELECTION;
        if (!additive && selectionSize(selection) > 0) api().select(EMPTY_SELECTION);
        gesture = { kind: 'marquee', start: point, end: point, base };
        element.setPointerCapture(event.pointerId);
        return;
      }
      const focusable = item.kind === 'note' ? item.element : item.element.querySelector<HTMLElement>('[data-cluster-header]');
      focusable?.focus({ preventScroll: true });
      if (additive) {
        api().select(item.kind === 'note' ? toggleNote(selection, item.id as NoteId) : toggleCluster(selection, item.id as ClusterId));
        return;
      }
      const wasSelected = isSelected(selection, item);
      const set = wasSelected ? selection : item.kind === 'note' ? onlyNote(item.id as NoteId) : onlyCluster(item.id as ClusterId);
      if (!wasSelected) api().select(set);
      gesture = { kind: 'press', item: { kind: item.kind, id: item.id }, start: point, wasSelected, set };
      element.setPointerCapture(event.pointerId);
    };

    const onPointerMove = (event: PointerEvent): void => {
      if (!gesture) return;
      const point = { x: event.clientX, y: event.clientY };
      switch (gesture.kind) {
        case 'pan':
          viewport.panBy(point.x - gesture.last.x, point.y - gesture.last.y);
          gesture.last = point;
          return;
        case 'marquee':
          gesture.end = point;
          schedule();
          return;
        case 'press':
          if (Math.hypot(point.x - gesture.start.x, point.y - gesture.start.y) < DRAG_THRESHOLD) return;
          gesture = startDrag(gesture, point);
          schedule();
          return;
        case 'drag':
          gesture.pointer = point;
          schedule();
          return;
      }
    };

    const finish = (event: PointerEvent, commit: boolean): void => {
      const g = gesture;
      if (!g) return;
      gesture = null;
      if (element.hasPointerCapture(event.pointerId)) element.releasePointerCapture(event.pointerId);
      switch (g.kind) {
        case 'pan':
          element.classList.remove('is-panning');
          return;
        case 'marquee': {
          cancelAnimationFrame(frame);
          frame = 0;
          paintMarquee(null);
          const model = api().model();
          const moved = Math.hypot(g.end.x - g.start.x, g.end.y - g.start.y) >= DRAG_THRESHOLD;
          if (commit && model && moved) {
            const found = marqueeSelection(model, viewport.toBoard(g.start.x, g.start.y), viewport.toBoard(g.end.x, g.end.y));
            api().select(addToSelection(g.base, found));
          }
          return;
        }
        case 'press':
          if (commit && g.wasSelected && selectionSize(g.set) > 1) {
            api().select(g.item.kind === 'note' ? onlyNote(g.item.id as NoteId) : onlyCluster(g.item.id as ClusterId));
          }
          return;
        case 'drag':
          endDrag(g, commit);
          return;
      }
    };

    const onPointerUp = (event: PointerEvent): void => finish(event, true);
    const onPointerCancel = (event: PointerEvent): void => finish(event, false);
    // Focus that follows a click is not keyboard focus; the flag lasts until the button is released.
    const onWindowPointerUp = (): void => {
      pointerFocus = false;
    };
    // Middle-button autoscroll would fight the pan.
    const onMouseDown = (event: MouseEvent): void => {
      if (event.button === 1) event.preventDefault();
    };

    const onWheel = (event: WheelEvent): void => {
      event.preventDefault();
      const unit = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? element.clientHeight : 1;
      if (event.ctrlKey || event.metaKey) {
        viewport.zoomAt(Math.exp(-event.deltaY * unit * 0.002), event.clientX, event.clientY);
        return;
      }
      const dx = event.shiftKey && event.deltaX === 0 ? event.deltaY : event.deltaX;
      const dy = event.shiftKey && event.deltaX === 0 ? 0 : event.deltaY;
      viewport.panBy(-dx * unit, -dy * unit);
    };

    const onDoubleClick = (event: MouseEvent): void => {
      // With pointer capture the event targets the viewport; what was double-clicked is what lies under the pointer.
      const under = document.elementFromPoint(event.clientX, event.clientY);
      if (isEditingTarget(under)) return;
      const item = itemAt(under);
      if (item?.kind === 'note') api().edit(item.id as NoteId);
      else if (item?.kind === 'cluster' && item.onHeader) api().rename(item.id as ClusterId);
    };

    const onContextMenu = (event: MouseEvent): void => {
      if (isEditingTarget(event.target)) return;
      const item = itemAt(event.target);
      if (!item) return;
      event.preventDefault();
      const selection = api().selection();
      if (!isSelected(selection, item)) api().select(item.kind === 'note' ? onlyNote(item.id as NoteId) : onlyCluster(item.id as ClusterId));
      api().openMenu({ kind: item.kind, id: item.id }, event.clientX, event.clientY);
    };

    const onFocusIn = (event: FocusEvent): void => {
      // focus() has already scrolled the viewport natively; make that a pan first, so reveal() sees the truth.
      onScroll();
      if (pointerFocus) return;
      const item = itemAt(event.target);
      if (!item || isEditingTarget(event.target)) return;
      if (item.kind === 'cluster' && !item.onHeader) return;
      api().keyboardFocus({ kind: item.kind, id: item.id });
    };

    // Hover texts are written when first needed, not for a thousand notes up front.
    const onPointerOver = (event: PointerEvent): void => {
      if (gesture) return;
      const item = itemAt(event.target);
      if (item?.kind !== 'note') return;
      const title = api().noteTitle(item.id as NoteId);
      if (item.element.title !== title) item.element.title = title;
    };

    // Focusing a note (or scrollIntoView) scrolls the overflow-hidden viewport natively; turn that into a pan.
    const onScroll = (): void => {
      const dx = element.scrollLeft;
      const dy = element.scrollTop;
      if (dx === 0 && dy === 0) return;
      element.scrollLeft = 0;
      element.scrollTop = 0;
      // Same frame, so the content does not jump back and forth.
      viewport.panBy(-dx, -dy);
      viewport.flush();
    };

    const typing = (event: KeyboardEvent): boolean => isEditingTarget(event.target) || document.querySelector('dialog[open]') !== null;
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key === ' ' && !typing(event)) {
        spaceHeld = true;
        element.classList.add('is-pan-ready');
      }
    };
    const onKeyUp = (event: KeyboardEvent): void => {
      if (event.key === ' ') {
        spaceHeld = false;
        element.classList.remove('is-pan-ready');
      }
    };
    const onBlur = (): void => {
      spaceHeld = false;
      element.classList.remove('is-pan-ready');
    };

    element.addEventListener('pointerdown', onPointerDown);
    element.addEventListener('mousedown', onMouseDown);
    window.addEventListener('pointerup', onWindowPointerUp, true);
    window.addEventListener('pointercancel', onWindowPointerUp, true);
    element.addEventListener('pointermove', onPointerMove);
    element.addEventListener('pointerup', onPointerUp);
    element.addEventListener('pointercancel', onPointerCancel);
    element.addEventListener('wheel', onWheel, { passive: false });
    element.addEventListener('dblclick', onDoubleClick);
    element.addEventListener('pointerover', onPointerOver);
    element.addEventListener('contextmenu', onContextMenu);
    element.addEventListener('focusin', onFocusIn);
    element.addEventListener('scroll', onScroll);
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('keyup', onKeyUp);
    window.addEventListener('blur', onBlur);
    return () => {
      cancelAnimationFrame(frame);
      element.removeEventListener('pointerdown', onPointerDown);
      element.removeEventListener('mousedown', onMouseDown);
      window.removeEventListener('pointerup', onWindowPointerUp, true);
      window.removeEventListener('pointercancel', onWindowPointerUp, true);
      element.removeEventListener('pointermove', onPointerMove);
      element.removeEventListener('pointerup', onPointerUp);
      element.removeEventListener('pointercancel', onPointerCancel);
      element.removeEventListener('wheel', onWheel);
      element.removeEventListener('dblclick', onDoubleClick);
      element.removeEventListener('pointerover', onPointerOver);
      element.removeEventListener('contextmenu', onContextMenu);
      element.removeEventListener('focusin', onFocusIn);
      element.removeEventListener('scroll', onScroll);
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('keyup', onKeyUp);
      window.removeEventListener('blur', onBlur);
    };
  }, [hostRef, layerRef, marqueeRef, viewport, pending]);
}
