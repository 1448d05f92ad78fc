import type { Programme } from '../../shared/programme/schema';

/** Which dialog a programme list or page has open, if any. */
export type ProgrammeDialogState =
  | { readonly kind: 'create' }
  | { readonly kind: 'edit'; readonly programme: Programme }
  | { readonly kind: 'delete'; readonly programme: Programme }
  | null;
