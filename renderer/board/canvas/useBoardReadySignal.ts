import { useEffect, useLayoutEffect, useRef } from 'react';

/**
 * Tells benchmarks and tests when the board is on screen: body gets
 * data-board-ready="1" after the first full render of each mount, and the
 * mark "board-rendered" follows the first commit that shows notes, in the
 * next animation frame (when it has been painted).
 */
export function useBoardReadySignal(hasBoard: boolean, noteCount: number): void {
  const ready = useRef(false);
  const marked = useRef(false);

  useLayoutEffect(() => {
    if (!hasBoard) return undefined;
    const signalReady = !ready.current;
    const signalNotes = !marked.current && noteCount > 0;
    if (!signalReady && !signalNotes) return undefined;
    ready.current = true;
    if (signalNotes) marked.current = true;
    const frame = requestAnimationFrame(() => {
      if (signalNotes) performance.mark('board-rendered');
      if (signalReady) document.body.dataset.boardReady = '1';
    });
    return () => cancelAnimationFrame(frame);
  }, [hasBoard, noteCount]);

  useEffect(
    () => () => {
      delete document.body.dataset.boardReady;
    },
    [],
  );
}
