import { type RefObject, useId, useLayoutEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoteId } from '../../../shared/board/schema';
import type { BoardModel } from '../model/boardModel';
import type { BoardSelection } from '../model/selection';
import type { ItemRef } from './boardDom';
import { ClusterFrame } from './ClusterFrame';
import { itemsToDraw, keptItems } from './culling';
import type { FocusKeeper } from './focusKeeper';
import type { NoteLook } from './noteLook';
import { NoteCard } from './NoteCard';
import { type GestureHost, useBoardGestures } from './useBoardGestures';
import { useBoardReadySignal } from './useBoardReadySignal';
import { useDrawnArea } from './useDrawnArea';
import { useTabOrder } from './useTabOrder';
import { ZoomControls } from '../ZoomControls';
import type { PendingMoves } from './pendingMoves';
import type { Viewport } from './viewport';
import './canvas.css';

export interface BoardCanvasProps {
  readonly model: BoardModel;
  readonly selection: BoardSelection;
  readonly matching: ReadonlySet<string> | null;
  readonly editingId: NoteId | null;
  readonly look: NoteLook;
  readonly viewport: Viewport;
  readonly pending: PendingMoves;
  readonly gestures: GestureHost;
  readonly hostRef: RefObject<HTMLDivElement | null>;
  readonly layerRef: RefObject<HTMLDivElement | null>;
  readonly keeper: FocusKeeper;
  /** Runs after every commit of a new board answer. */
  readonly onRendered: (model: BoardModel) => void;
  /** Runs after every commit that changed which items are drawn. */
  readonly onDrawn: () => void;
}

/**
 * The board: a viewport that clips, and one transformed layer holding the
 * frames and free notes near the view (and those being worked with, see
 * culling.ts) at board coordinates. Everything else about the board — hit
 * testing, selection boxes, exports, fitting — works from the model.
 */
export function BoardCanvas(props: BoardCanvasProps) {
  const { model, selection, matching, editingId, look, viewport, pending, gestures, hostRef, layerRef, keeper, onRendered, onDrawn } = props;
  const { t } = useTranslation();
  const headingId = useId();
  const helpId = useId();
  const marqueeRef = useRef<HTMLDivElement>(null);
  const selectedNotes = useMemo(() => new Set<string>(selection.notes), [selection.notes]);
  const selectedClusters = useMemo(() => new Set<string>(selection.clusters), [selection.clusters]);
  const selectedByFrame = useMemo(() => {
    const byFrame = new Map<string, string[]>();
    for (const id of selection.notes) {
      const clusterId = model.noteById.get(id)?.clusterId;
      if (clusterId) byFrame.set(clusterId, [...(byFrame.get(clusterId) ?? []), id]);
    }
    return byFrame;
  }, [selection.notes, model]);
  const editingFrame = editingId ? (model.noteById.get(editingId)?.clusterId ?? null) : null;

  useBoardGestures(hostRef, layerRef, marqueeRef, viewport, pending, gestures);
  useBoardReadySignal(true, model.notes.length);

  useLayoutEffect(() => {
    const host = hostRef.current;
    const layer = layerRef.current;
    if (!host || !layer) return undefined;
    viewport.attach(host, layer);
    return () => viewport.detach();
  }, [viewport, hostRef, layerRef]);
  const area = useDrawnArea(viewport, hostRef);
  useTabOrder(layerRef, model, keeper);
  const focused = useSyncExternalStore(keeper.subscribe, keeper.get);
  const drawn = useMemo(() => {
    const working: ItemRef[] = [
      ...selection.notes.map((id) => ({ kind: 'note' as const, id })),
      ...selection.clusters.map((id) => ({ kind: 'cluster' as const, id })),
    ];
    if (editingId) working.push({ kind: 'note', id: editingId });
    if (focused) working.push(focused);
    return itemsToDraw(model, area, keptItems(model, working));
  }, [model, area, selection, editingId, focused]);

  useLayoutEffect(() => {
    onRendered(model);
  }, [model, onRendered]);

  useLayoutEffect(() => {
    onDrawn();
  }, [drawn, onDrawn]);

  return (
    <section className="board-canvas" aria-labelledby={headingId}>
      <h2 id={headingId} className="visually-hidden">
        {t('board.heading')}
      </h2>
      <p id={helpId} className="visually-hidden">
        {t('board.canvasHelp')}
      </p>
      <div ref={hostRef} className="board-viewport" data-testid="board-canvas" tabIndex={-1} aria-describedby={helpId}>
        <div ref={layerRef} className="board-layer">
          {drawn.map((item) => {
            if (item.kind === 'cluster') {
              const rect = model.layout.clusters.get(item.id);
              if (!rect) return null;
              return (
                <ClusterFrame
                  key={item.id}
                  cluster={item.cluster}
                  x={rect.x}
                  y={rect.y}
                  width={rect.width}
                  height={rect.height}
                  members={model.members.get(item.id) ?? []}
                  selected={selectedClusters.has(item.id)}
                  selectedMembers={selectedByFrame.get(item.id)?.join(' ') ?? ''}
                  matching={matching}
                  editingId={editingFrame === item.id ? editingId : null}
                  look={look}
                />
              );
            }
            const at = model.layout.notes.get(item.id) ?? item.note;
            return (
              <NoteCard
                key={item.id}
                note={item.note}
                x={at.x}
                y={at.y}
                paper={look.paper(item.note)}
                authorName={look.authorName(item.note)}
                badge={look.badge(item.note)}
                selected={selectedNotes.has(item.id)}
                dimmed={matching !== null && !matching.has(item.id)}
                editing={editingId === item.id}
              />
            );
          })}
        </div>
        <div ref={marqueeRef} className="board-marquee" hidden />
        {model.notes.length === 0 && model.clusters.length === 0 ? <p className="board-empty">{t('board.empty')}</p> : null}
      </div>
      <div className="board-canvas__overlay">
        <ZoomControls viewport={viewport} />
      </div>
    </section>
  );
}
