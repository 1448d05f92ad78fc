import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiFailure } from '../api/ApiFailure';
import { errorMessage } from '../i18n/describeError';
import { useToasts } from './toastContext';

/** Says what went wrong with a write, translated, in an error toast. */
export function useErrorToast(): (failure: unknown) => void {
  const { t } = useTranslation();
  const { show } = useToasts();
  return useCallback((failure: unknown) => show({ tone: 'error', message: errorMessage(t, toApiFailure(failure)) }), [show, t]);
}
