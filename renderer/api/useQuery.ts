/**
 * Reads one API method and keeps it fresh. The data sets are small, so any
 * change event refetches every mounted query instead of tracking which
 * entities a view depends on. A query has at most one request in flight:
 * events that arrive meanwhile queue one more, sent when it answers. So a
 * burst of changes (a room of phones writing at once) costs a few refetches,
 * each answer is shown as it comes (they come in order), and the screen is
 * current one round trip after the burst, instead of the last of hundreds of
 * requests, each sent on its own event, arriving seconds later.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/api/contract';
import { type ApiFailure, toApiFailure } from './ApiFailure';
import { useApi } from './ApiContext';

export interface QueryResult<T> {
  readonly data: T | undefined;
  readonly error: ApiFailure | undefined;
  /** True while a request is in flight or queued (data may still show the previous answer). */
  readonly loading: boolean;
  /** When the request that `data` answers was sent (performance.now()); a write answered after this is newer than `data`. */
  readonly requestedAt: number | undefined;
  readonly reload: () => void;
}

/** What a view needs to tell a query's data apart from newer answers it holds itself. */
export type QueryFreshness = Pick<QueryResult<unknown>, 'requestedAt' | 'reload'>;

interface Answer<T> {
  readonly key: string;
  readonly data: T | undefined;
  readonly error: ApiFailure | undefined;
  readonly requestedAt: number;
}

export function useQuery<M extends MethodName>(method: M, input: MethodInput<M>): QueryResult<MethodOutput<M>> {
  const api = useApi();
  const key = `${method} ${JSON.stringify(input)}`;
  const [answer, setAnswer] = useState<Answer<MethodOutput<M>> | null>(null);
  // Whether a request is in flight or queued for this key; the key it is for, so a new key starts out loading.
  const [busy, setBusy] = useState<string | null>(key);
  const refetch = useRef<() => void>(() => undefined);
  const reload = useCallback(() => refetch.current(), []);

  useEffect(() => {
    let current = true;
    let inFlight = false;
    let queued = false;
    const body = JSON.parse(key.slice(method.length + 1)) as MethodInput<M>;
    const send = (): void => {
      if (inFlight) {
        queued = true;
        return;
      }
      inFlight = true;
      queued = false;
      setBusy(key);
      const requestedAt = performance.now();
      const settle = (data: MethodOutput<M> | undefined, error: ApiFailure | undefined): void => {
        inFlight = false;
        if (!current) return;
        setAnswer({ key, data, error, requestedAt });
        if (queued) send();
        else setBusy(null);
      };
      api.invoke(method, body).then(
        (data) => settle(data, undefined),
        (error: unknown) => settle(undefined, toApiFailure(error)),
      );
    };
    refetch.current = send;
    send();
    const unsubscribe = api.onChange(send);
    return () => {
      current = false;
      unsubscribe();
    };
  }, [api, method, key]);

  const sameKey = answer?.key === key;
  return {
    data: sameKey ? answer.data : undefined,
    error: sameKey ? answer.error : undefined,
    loading: busy === key || !sameKey,
    requestedAt: sameKey ? answer.requestedAt : undefined,
    reload,
  };
}
