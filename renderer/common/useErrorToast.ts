import { useCallback } from 'react';
import { toApiFailure } from '../api/ApiFailure';
import { errorMessage } from '../i18n/describeError';
import { useToasts } from './toastContext';

/** Says what went wrong with a write in an error toast, in the language shown while it is up. */
export function useErrorToast(): (failure: unknown) => void {
  const { show } = useToasts();
  return useCallback((failure: unknown) => show({ tone: 'error', message: (t) => errorMessage(t, toApiFailure(failure)) }), [show]);
}
