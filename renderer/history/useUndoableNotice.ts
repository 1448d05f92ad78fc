/**
 * After a destructive change, a toast offers to take it back. The undo
 * stack is shared with other windows, so by the time the button is pressed
 * the latest change may be someone else's; then the toast does nothing and
 * says so instead of undoing the wrong thing.
 */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiFailure } from '../api/ApiFailure';
import { useApi } from '../api/ApiContext';
import { useToasts } from '../common/toastContext';
import { errorMessage } from '../i18n/describeError';
import { historyLabel } from './historyLabel';

export function useUndoableNotice(): (message: string, method: string) => void {
  const api = useApi();
  const { t } = useTranslation();
  const { show } = useToasts();

  return useCallback(
    (message: string, method: string) => {
      const undo = async (): Promise<void> => {
        try {
          const state = await api.invoke('history.state', {});
          if (state.undo !== method) {
            show({ tone: 'error', message: t('history.notLatest') });
            return;
          }
          const step = await api.invoke('history.undo', {});
          show({ message: t('history.undone', { what: historyLabel(t, step.method) }) });
        } catch (failure) {
          show({ tone: 'error', message: errorMessage(t, toApiFailure(failure)) });
        }
      };
      show({ message, action: { label: t('toasts.undo'), run: undo } });
    },
    [api, t, show],
  );
}
