import { useCallback, useDeferredValue, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { ClusterId, ColourMode, Note, NoteId } from '../../shared/board/schema';
import { noteRect, occupiedRects } from '../../shared/board/layout';
import type { BoardAction, BoardActionContext, BoardDialog, BoardUi, KeyTrigger } from '../actions/board/types';
import { useActions } from '../actions/actionsContext';
import { toApiFailure } from '../api/ApiFailure';
import { useApi } from '../api/ApiContext';
import { formatDateTime } from '../common/format';
import { useToasts } from '../common/toastContext';
import { useUndoableNotice } from '../history/useUndoableNotice';
import { errorMessage } from '../i18n/describeError';
import { focusModeOn, setFocusMode, useFocusMode } from '../room/focusMode';
import { BoardActionsContext } from './boardActionsContext';
import { BoardDialogs } from './BoardDialogs';
import { BoardFooter } from './BoardFooter';
import { BoardToolbar } from './BoardToolbar';
import { BoardCanvas } from './canvas/BoardCanvas';
import { focusTarget, itemAt, type ItemRef } from './canvas/boardDom';
import { NoteEditingContext } from './canvas/editContext';
import { FocusKeeper } from './canvas/focusKeeper';
import { noteLook } from './canvas/noteLook';
import { PendingMoves } from './canvas/pendingMoves';
import type { GestureHost } from './canvas/useBoardGestures';
import { Viewport } from './canvas/viewport';
import { CaptureBar } from './capture/CaptureBar';
import { type BoardModel, shownPosition } from './model/boardModel';
import { matchingNotes, NO_FILTER, type NoteFilter } from './model/noteFilter';
import { paperCssVariables } from './model/palette';
import { onlyNote, selectionSize, toggleNote } from './model/selection';
import { ContextMenu, type MenuState } from './menu/ContextMenu';
import { SidePanel } from './side/SidePanel';
import { useBoardExports } from './useBoardExports';
import { useBoardSelection } from './useBoardSelection';
import { useBoardShortcuts } from './useBoardShortcuts';
import { useDrop } from './useDrop';
import { useInPlaceEditing } from './useInPlaceEditing';
import { useNudge } from './useNudge';
import { useRefocus } from './useRefocus';

const PAPER_VARIABLES = paperCssVariables();

/**
 * The board tab once the board has loaded: owns the local UI state (selection,
 * filter, editing, dialogs, pan/zoom) that survives every refetch, and lends
 * it to the declared actions through one context.
 */
export function BoardWorkspace({ model, workshopTitle, active }: { readonly model: BoardModel; readonly workshopTitle: string; readonly active: boolean }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { ctx: pageCtx } = useActions();
  const { show } = useToasts();
  const undoable = useUndoableNotice();

  const { selection, select, toggle, follow } = useBoardSelection(model);
  const [filter, setFilter] = useState<NoteFilter>(NO_FILTER);
  const deferredFilter = useDeferredValue(filter);
  const matching = useMemo(() => matchingNotes(model, deferredFilter), [model, deferredFilter]);
  const [dialog, setDialog] = useState<BoardDialog | null>(null);
  const [menu, setMenu] = useState<MenuState | null>(null);
  const look = useMemo(() => noteLook(t, model.colourMode, model.participantById), [t, model.colourMode, model.participantById]);
  const focusMode = useFocusMode();

  const hostRef = useRef<HTMLDivElement>(null);
  const layerRef = useRef<HTMLDivElement>(null);
  const captureRef = useRef<HTMLTextAreaElement>(null);
  const sideHeadingRef = useRef<HTMLHeadingElement>(null);
  const modelRef = useRef(model);
  const selectionRef = useRef(selection);
  useLayoutEffect(() => {
    modelRef.current = model;
    selectionRef.current = selection;
  });

  const [viewport] = useState(() => new Viewport());
  const [pending] = useState(() => new PendingMoves());
  useLayoutEffect(() => {
    pending.bind(
      () => layerRef.current,
      (kind, id) => shownPosition(modelRef.current, kind, id),
    );
  }, [pending]);
  const [keeper] = useState(() => new FocusKeeper());
  const refocus = useRefocus(layerRef, viewport, keeper);

  const showError = useCallback((failure: unknown) => show({ tone: 'error', message: (t) => errorMessage(t, toApiFailure(failure)) }), [show]);
  const nudge = useNudge(api, modelRef, selectionRef, pending, viewport, refocus, showError);
  const drop = useDrop(api, modelRef, pending, refocus, showError);
  const inPlace = useInPlaceEditing(api, modelRef, refocus, showError);
  const { exportXlsx, exportPng } = useBoardExports(api, modelRef, look, workshopTitle);

  const focusedItem = useCallback((): ItemRef | null => {
    const element = document.activeElement;
    if (!element || !layerRef.current?.contains(element)) return null;
    const item = itemAt(element);
    if (!item || (item.kind === 'cluster' && !item.onHeader)) return null;
    return { kind: item.kind, id: item.id };
  }, []);

  /** Who wrote a note and when: its hover text and the first line of its menu. */
  const writtenBy = useCallback(
    (item: ItemRef): string | undefined => {
      const note = item.kind === 'note' ? modelRef.current.noteById.get(item.id as NoteId) : undefined;
      return note ? t('notes.hover', { author: look.authorName(note), date: formatDateTime(note.createdAt, i18n.language) }) : undefined;
    },
    [t, look, i18n],
  );

  const { start: startInPlace, boardShown } = inPlace;
  const startEditing = useCallback(
    (id: NoteId) => {
      const at = modelRef.current.layout.notes.get(id);
      select(onlyNote(id));
      startInPlace(id);
      if (at) viewport.reveal(noteRect(at));
    },
    [select, startInPlace, viewport],
  );

  const onRendered = useCallback(
    (rendered: BoardModel) => {
      modelRef.current = rendered;
      pending.reconcile();
      boardShown(rendered);
      refocus.attempt();
    },
    [pending, boardShown, refocus],
  );

  const { attempt: attemptRefocus } = refocus;
  const onDrawn = useCallback(() => {
    pending.repaint();
    attemptRefocus();
  }, [pending, attemptRefocus]);

  const ui = useMemo<BoardUi>(
    () => ({
      select,
      focusCapture() {
        // A new note needs the capture bar, which focus mode hides: show it first, then type.
        if (focusModeOn()) flushSync(() => setFocusMode(false));
        captureRef.current?.focus();
      },
      edit: startEditing,
      open: setDialog,
      openMenuAtFocus() {
        const item = focusedItem();
        const element = item ? focusTarget(layerRef.current, item) : null;
        if (!item || !element) return;
        const box = element.getBoundingClientRect();
        setMenu({ kind: item.kind, x: box.left + 16, y: box.top + Math.min(box.height, 40), meta: writtenBy(item) });
      },
      focusedItem,
      toggleFocused() {
        const item = focusedItem();
        if (item) toggle(item, selectionRef.current);
      },
      nudge,
      zoom(command) {
        if (command === 'in') viewport.zoomStep(1);
        else if (command === 'out') viewport.zoomStep(-1);
        else if (command === 'reset') viewport.resetZoom();
        else if (!viewport.fit(occupiedRects(modelRef.current.layout))) show({ message: (t) => t('room.fit.partial') });
      },
      undoable,
      exportXlsx,
      exportPng,
    }),
    [select, startEditing, focusedItem, writtenBy, toggle, nudge, viewport, show, undoable, exportXlsx, exportPng],
  );

  const ctx = useMemo<BoardActionContext>(() => ({ ...pageCtx, model, selection, matching, ui }), [pageCtx, model, selection, matching, ui]);
  const ctxRef = useRef(ctx);
  useLayoutEffect(() => {
    ctxRef.current = ctx;
  });

  const run = useCallback(
    async (action: BoardAction, trigger?: KeyTrigger) => {
      const current = ctxRef.current;
      if (!action.isEnabled(current)) return;
      try {
        await action.perform(current, trigger);
      } catch (failure) {
        showError(failure);
      }
    },
    [showError],
  );
  const actions = useMemo(() => ({ ctx, run }), [ctx, run]);
  useBoardShortcuts(active, ctxRef, hostRef, run);

  const gestures = useMemo<GestureHost>(
    () => ({
      model: () => modelRef.current,
      selection: () => selectionRef.current,
      select,
      drop,
      openMenu: (item, x, y) => setMenu({ kind: item.kind, x, y, meta: writtenBy(item) }),
      edit: startEditing,
      rename: (clusterId: ClusterId) => setDialog({ kind: 'rename', clusterId }),
      keyboardFocus(item) {
        follow(item, selectionRef.current);
        const frame = item.kind === 'cluster' ? modelRef.current.layout.clusters.get(item.id) : undefined;
        const at = modelRef.current.layout.notes.get(item.id);
        if (frame) viewport.reveal({ ...frame, height: Math.min(frame.height, 160) });
        else if (at) viewport.reveal(noteRect(at));
      },
      noteTitle: (noteId) => writtenBy({ kind: 'note', id: noteId }) ?? '',
    }),
    [select, drop, startEditing, follow, viewport, writtenBy],
  );

  const focusSide = useCallback(() => refocus.request(() => sideHeadingRef.current), [refocus]);
  const sideCommands = useMemo(
    () => ({
      rename: (clusterId: ClusterId) => setDialog({ kind: 'rename', clusterId }),
      dialogue: (clusterId: ClusterId) => setDialog({ kind: 'dialogue', clusterId }),
      mergeInto: (clusterId: ClusterId) => setDialog({ kind: 'mergeInto', clusterId, origin: 'side' }),
      dissolve(clusterId: ClusterId) {
        api.invoke('cluster.dissolve', { ids: [clusterId] }).then(() => {
          focusSide();
          undoable((t) => t('clusters.dissolved', { count: 1 }), 'cluster.dissolve');
        }, showError);
      },
      toggleNote: (id: NoteId) => select((current) => toggleNote(current, id)),
      moveNote: (id: NoteId) => setDialog({ kind: 'move', noteIds: [id], origin: 'side' }),
    }),
    [api, focusSide, select, showError, undoable],
  );

  const onColourMode = useCallback(
    (colourMode: ColourMode) => {
      api.invoke('board.setColourMode', { workshopId: modelRef.current.workshopId, colourMode }).catch(showError);
    },
    [api, showError],
  );

  const onCreated = useCallback((note: Note) => viewport.reveal(noteRect(note)), [viewport]);
  const closeDialog = useCallback(() => setDialog(null), []);
  const closeMenu = useCallback(() => setMenu(null), []);

  return (
    <BoardActionsContext.Provider value={actions}>
      <NoteEditingContext.Provider value={inPlace.editing}>
        <div className={focusMode ? 'board-area is-focus' : 'board-area'} style={PAPER_VARIABLES}>
          <CaptureBar model={model} fieldRef={captureRef} onCreated={onCreated} />
          <BoardToolbar selectedCount={selectionSize(selection)} />
          <div className="board-workspace">
            <div className="board-main">
              <BoardCanvas
                model={model}
                selection={selection}
                matching={matching}
                editingId={inPlace.editingId}
                look={look}
                viewport={viewport}
                pending={pending}
                gestures={gestures}
                hostRef={hostRef}
                layerRef={layerRef}
                keeper={keeper}
                onRendered={onRendered}
                onDrawn={onDrawn}
              />
              <BoardFooter colourMode={model.colourMode} onColourMode={onColourMode} />
            </div>
            <SidePanel
              model={model}
              filter={filter}
              onFilter={setFilter}
              matching={matching}
              selection={selection}
              look={look}
              commands={sideCommands}
              headingRef={sideHeadingRef}
            />
          </div>
          <BoardDialogs dialog={dialog} model={model} onClose={closeDialog} select={select} refocus={refocus} focusSide={focusSide} />
          {menu ? <ContextMenu menu={menu} onClose={closeMenu} /> : null}
        </div>
      </NoteEditingContext.Provider>
    </BoardActionsContext.Provider>
  );
}
