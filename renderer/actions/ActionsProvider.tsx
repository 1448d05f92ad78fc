import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { HistoryScope, HistoryState } from '../../shared/history/schema';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import { useQuery } from '../api/useQuery';
import { useToasts } from '../common/toastContext';
import { ActionsContext, type Actions } from './actionsContext';
import { actionRegistry } from './registry';
import type { Action, ActionContext } from './types';
import { useActionShortcuts } from './useActionShortcuts';

/** `scope`: the document of the current page, whose history the undo and redo actions walk. */
export function ActionsProvider({ scope, children }: { readonly scope: HistoryScope; readonly children: ReactNode }) {
  const api = useApi();
  const { t } = useTranslation();
  const { show } = useToasts();
  const history = useQuery('history.state', { scope });
  const busy = useRef(false);
  // What the last undo/redo answered is newer than the query's answer until
  // the query answers again, so a quick Ctrl+Z then Ctrl+Shift+Z never meets
  // a stale, disabled redo.
  const [stepped, setStepped] = useState<{ readonly state: HistoryState; readonly over: HistoryState | undefined } | null>(null);
  const current = stepped && stepped.over === history.data ? stepped.state : history.data;
  const historyChanged = useCallback((state: HistoryState) => setStepped({ state, over: history.data }), [history.data]);

  const ctx = useMemo<ActionContext>(
    () => ({ api, t, scope, history: current, historyChanged, notify: show }),
    [api, t, scope, current, historyChanged, show],
  );

  // One action at a time: a second Ctrl+Z before the first answered would act
  // on stale state. It waits instead of being dropped (a quick Ctrl+Z then
  // Ctrl+Shift+Z must redo), and runs once the page has rendered the first
  // one's answer, so it is checked and performed against fresh state.
  const waiting = useRef<Action[]>([]);
  const [settled, setSettled] = useState(0);
  const run = useCallback(
    async (action: Action) => {
      if (busy.current) {
        waiting.current.push(action);
        return;
      }
      if (!action.isEnabled(ctx)) return;
      busy.current = true;
      try {
        await action.perform(ctx);
      } finally {
        busy.current = false;
        setSettled((count) => count + 1);
      }
    },
    [ctx],
  );
  useEffect(() => {
    const next = waiting.current.shift();
    if (next) void run(next);
  }, [run, settled]);

  useActionShortcuts(actionRegistry, run);

  const value = useMemo<Actions>(() => ({ ctx, run }), [ctx, run]);
  return <ActionsContext.Provider value={value}>{children}</ActionsContext.Provider>;
}
