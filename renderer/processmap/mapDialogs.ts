import type { ElementKind } from '../../shared/processmap/schema';

/** The one dialog the map page shows at a time; the canvas, toolbar and outline all open them. */
export type MapDialog =
  | { readonly kind: 'label'; readonly elementId: string }
  | { readonly kind: 'arrowLabel'; readonly arrowId: string }
  | { readonly kind: 'new'; readonly elementKind: ElementKind; readonly laneId: string }
  | { readonly kind: 'connect'; readonly elementId: string }
  | { readonly kind: 'move'; readonly elementId: string };

export type OpenDialog = (dialog: MapDialog) => void;
