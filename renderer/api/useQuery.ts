/**
 * Reads one API method and keeps it fresh. The data sets are small, so any
 * change event refetches every mounted query instead of tracking which
 * entities a view depends on. Only the answer to the latest request is
 * kept; answers to older requests or after unmount are dropped.
 */
import { useCallback, useEffect, useState } from 'react';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/api/contract';
import { type ApiFailure, toApiFailure } from './ApiFailure';
import { useApi } from './ApiContext';

export interface QueryResult<T> {
  readonly data: T | undefined;
  readonly error: ApiFailure | undefined;
  /** True until the latest request has answered (data may still show the previous answer). */
  readonly loading: boolean;
  /** When the request that `data` answers was sent (performance.now()); a write answered after this is newer than `data`. */
  readonly requestedAt: number | undefined;
  readonly reload: () => void;
}

/** What a view needs to tell a query's data apart from newer answers it holds itself. */
export type QueryFreshness = Pick<QueryResult<unknown>, 'requestedAt' | 'reload'>;

interface Answer<T> {
  readonly request: string;
  readonly key: string;
  readonly data: T | undefined;
  readonly error: ApiFailure | undefined;
  readonly requestedAt: number;
}

export function useQuery<M extends MethodName>(method: M, input: MethodInput<M>): QueryResult<MethodOutput<M>> {
  const api = useApi();
  const key = `${method} ${JSON.stringify(input)}`;
  const [generation, setGeneration] = useState(0);
  const [answer, setAnswer] = useState<Answer<MethodOutput<M>> | null>(null);
  const request = `${key}#${generation}`;

  const reload = useCallback(() => setGeneration((n) => n + 1), []);

  useEffect(() => api.onChange(reload), [api, reload]);

  useEffect(() => {
    let current = true;
    const requestedAt = performance.now();
    const body = JSON.parse(key.slice(method.length + 1)) as MethodInput<M>;
    api.invoke(method, body).then(
      (data) => {
        if (current) setAnswer({ request, key, data, error: undefined, requestedAt });
      },
      (error: unknown) => {
        if (current) setAnswer({ request, key, data: undefined, error: toApiFailure(error), requestedAt });
      },
    );
    return () => {
      current = false;
    };
  }, [api, method, key, request]);

  const sameKey = answer?.key === key;
  return {
    data: sameKey ? answer.data : undefined,
    error: sameKey ? answer.error : undefined,
    loading: answer?.request !== request,
    requestedAt: sameKey ? answer.requestedAt : undefined,
    reload,
  };
}
