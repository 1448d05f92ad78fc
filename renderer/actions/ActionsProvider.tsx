import { type ReactNode, useCallback, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import { useQuery } from '../api/useQuery';
import { useToasts } from '../common/toastContext';
import { ActionsContext, type Actions } from './actionsContext';
import { actionRegistry } from './registry';
import type { Action, ActionContext } from './types';
import { useActionShortcuts } from './useActionShortcuts';

export function ActionsProvider({ children }: { readonly children: ReactNode }) {
  const api = useApi();
  const { t } = useTranslation();
  const { show } = useToasts();
  const history = useQuery('history.state', {});
  const busy = useRef(false);

  const ctx = useMemo<ActionContext>(() => ({ api, t, history: history.data, notify: show }), [api, t, history.data, show]);

  // One action at a time: a second Ctrl+Z before the first answered would act on stale state.
  const run = useCallback(
    async (action: Action) => {
      if (busy.current || !action.isEnabled(ctx)) return;
      busy.current = true;
      try {
        await action.perform(ctx);
      } finally {
        busy.current = false;
      }
    },
    [ctx],
  );

  useActionShortcuts(actionRegistry, run);

  const value = useMemo<Actions>(() => ({ ctx, run }), [ctx, run]);
  return <ActionsContext.Provider value={value}>{children}</ActionsContext.Provider>;
}
