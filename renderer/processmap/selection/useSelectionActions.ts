/**
 * Copy, paste and align for the elements chosen on the canvas. A paste is
 * one `mapElement.createMany`, an alignment one `mapElement.move`, so each
 * is one undo step.
 */
import { useTranslation } from 'react-i18next';
import { alignMoves, type AlignKind } from '../../../shared/processmap/align';
import { copySelection, pasteInput } from '../../../shared/processmap/copies';
import type { MapView } from '../../../shared/processmap/schema';
import { useToasts } from '../../common/toastContext';
import type { MapActions } from '../useMapActions';
import { heldCopy, holdCopy } from './clipboard';

export interface SelectionActions {
  readonly copy: () => void;
  readonly paste: () => void;
  readonly align: (kind: AlignKind) => void;
}

export function useSelectionActions(view: MapView, selected: ReadonlySet<string>, actions: MapActions): SelectionActions {
  const { t } = useTranslation();
  const { show } = useToasts();
  return {
    copy: () => {
      const copied = copySelection(view, selected);
      if (!copied) return;
      holdCopy(copied);
      show({ tone: 'info', message: t('processMap.selection.copied', { count: copied.elements.length }) });
    },
    paste: () => {
      const copied = heldCopy();
      if (copied && view.lanes.length > 0) void actions.paste(pasteInput(copied, view));
    },
    align: (kind) => {
      const moves = alignMoves(kind, view.elements, selected, view.lanes);
      if (moves.length > 0) void actions.move(moves);
    },
  };
}
