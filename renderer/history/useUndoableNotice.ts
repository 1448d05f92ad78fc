/**
 * After a destructive change, a toast offers to take it back. The page's
 * history is shared with other windows on the same document, so by the time
 * the button is pressed the latest change there may be someone else's. The
 * toast asks through the page's API (its scope), remembers which change
 * it is about and asks the core to undo exactly that one; otherwise it does
 * nothing and says so instead of undoing the wrong thing.
 */
import { useCallback } from 'react';
import { toApiFailure } from '../api/ApiFailure';
import { useApi } from '../api/ApiContext';
import { useToasts } from '../common/toastContext';
import { historyErrorMessage } from './historyErrorMessage';
import type { Translated } from '../i18n/translate';
import { historyLabel } from './historyLabel';

export function useUndoableNotice(): (message: Translated, method: string) => void {
  const api = useApi();
  const { show } = useToasts();

  return useCallback(
    (message: Translated, method: string) => {
      // Asked now, right after the change, so it names this change.
      const change = api
        .invoke('history.state', {})
        .then((state) => (state.undo === method ? state.undoId : null))
        .catch(() => null);
      const undo = async (): Promise<void> => {
        try {
          const expect = await change;
          if (expect === null) {
            show({ tone: 'error', message: (t) => t('history.notLatest') });
            return;
          }
          const step = await api.invoke('history.undo', { expect });
          show({ message: (t) => t('history.undone', { what: historyLabel(t, step.method) }) });
        } catch (failure) {
          show({ tone: 'error', message: (t) => historyErrorMessage(t, toApiFailure(failure)) });
        }
      };
      show({ message, action: { label: (t) => t('toasts.undo'), run: undo } });
    },
    [api, show],
  );
}
