import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiFailure } from '../../api/ApiFailure';
import { useToasts } from '../../common/toastContext';
import { errorMessage } from '../../i18n/describeError';

/** For a change made without a form (a reorder, a drag): its refusal is shown as a toast, in words for people. */
export function useRefusalToast(): (work: Promise<unknown>) => void {
  const { t } = useTranslation();
  const { show } = useToasts();
  return useCallback(
    (work) => {
      work.catch((failure: unknown) => show({ tone: 'error', message: errorMessage(t, toApiFailure(failure)) }));
    },
    [show, t],
  );
}
