/** What the page and the "Ordna" worker say to each other. */
import type { ArrangedMove } from '../../../shared/processmap/arrange';
import type { MapView } from '../../../shared/processmap/schema';

export interface ArrangeRequest {
  readonly id: number;
  readonly view: MapView;
}

export type ArrangeReply = { readonly id: number; readonly moves: readonly ArrangedMove[] } | { readonly id: number; readonly error: string };
