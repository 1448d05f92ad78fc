import { useCallback } from 'react';
import { toApiFailure } from '../../api/ApiFailure';
import { useToasts } from '../../common/toastContext';
import { errorMessage } from '../../i18n/describeError';
import type { Translated } from '../../i18n/translate';

/**
 * For a change made without a form (a reorder, a drag): its refusal is shown as a toast, in words for people. `explain`
 * may say it better for a refusal it knows; `undo` puts back what the gesture showed before the core answered.
 */
export function useRefusalToast(): (work: Promise<unknown>, options?: { explain?: (failure: unknown) => Translated | null; undo?: () => void }) => void {
  const { show } = useToasts();
  return useCallback(
    (work, options = {}) => {
      work.catch((failure: unknown) => {
        options.undo?.();
        show({ tone: 'error', message: options.explain?.(failure) ?? ((t) => errorMessage(t, toApiFailure(failure))) });
      });
    },
    [show],
  );
}
