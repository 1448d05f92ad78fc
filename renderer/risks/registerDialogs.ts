import type { RiskId } from '../../shared/risk/schema';

/**
 * The one dialog the register page may have open. Risks are named by id
 * and looked up in the page's current view, so a dialog always shows the
 * risk as it is now.
 */
export type RegisterDialogState =
  | { readonly kind: 'new' }
  | { readonly kind: 'details' | 'edit' | 'assess' | 'actions' | 'delete'; readonly riskId: RiskId }
  | { readonly kind: 'bands' }
  | { readonly kind: 'import' };
