import { createContext } from 'react';
import type { ElementKind } from '../../shared/processmap/schema';
import type { PinSource } from './tray/pinSource';

/** The one dialog the map page shows at a time; the canvas, toolbar and outline all open them. */
export type MapDialog =
  | { readonly kind: 'label'; readonly elementId: string }
  | { readonly kind: 'arrowLabel'; readonly arrowId: string }
  | { readonly kind: 'new'; readonly elementKind: ElementKind; readonly laneId: string }
  | { readonly kind: 'connect'; readonly elementId: string }
  | { readonly kind: 'move'; readonly elementId: string }
  | { readonly kind: 'cardNotes'; readonly elementId: string }
  /** `selected`: the elements selected on the canvas when the tray asked, for the default lane and step. */
  | { readonly kind: 'pin'; readonly source: PinSource; readonly selected: readonly string[] };

export type OpenDialog = (dialog: MapDialog) => void;

/** For the canvas's nodes, which React Flow renders without the page's props. */
export const OpenDialogContext = createContext<OpenDialog>(() => undefined);
