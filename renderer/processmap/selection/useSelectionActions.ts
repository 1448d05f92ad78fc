/**
 * Copy, paste and align for the elements chosen on the canvas. A paste is
 * one `mapElement.createMany`, an alignment one `mapElement.move`, so each
 * is one undo step.
 */
import { alignMoves, type AlignKind } from '../../../shared/processmap/align';
import { copySelection, pasteInput } from '../../../shared/processmap/copies';
import type { MapView } from '../../../shared/processmap/schema';
import { useToasts } from '../../common/toastContext';
import type { MapActions, Pasted } from '../useMapActions';
import { heldCopy, holdCopy } from './clipboard';

export interface SelectionActions {
  /** Copies the chosen elements, or the one given when none is chosen; false when there was nothing to copy. */
  readonly copy: (orElse?: string) => boolean;
  /** False when nothing is held to paste. */
  readonly paste: () => boolean;
  readonly align: (kind: AlignKind) => void;
}

export function useSelectionActions(view: MapView, selected: ReadonlySet<string>, actions: MapActions, onPasted: (pasted: Pasted) => void): SelectionActions {
  const { show } = useToasts();
  return {
    copy: (orElse) => {
      const copied = copySelection(view, selected.size > 0 || orElse === undefined ? selected : new Set([orElse]));
      if (!copied) return false;
      holdCopy(copied);
      show({ tone: 'info', message: (t) => t('processMap.selection.copied', { count: copied.elements.length }) });
      return true;
    },
    paste: () => {
      const copied = heldCopy();
      if (!copied || view.lanes.length === 0) return false;
      void actions.paste(pasteInput(copied, view)).then((pasted) => pasted && onPasted(pasted));
      return true;
    },
    align: (kind) => {
      const moves = alignMoves(kind, view.elements, selected, view.lanes);
      if (moves.length > 0) void actions.move(moves);
    },
  };
}
