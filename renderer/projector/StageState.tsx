import type { QueryResult } from '../api/useQuery';
import { Loading } from '../common/Loading';
import { QueryError } from '../common/QueryError';

/** What a projector view shows while its queries have not all answered: the first error, else that it is loading. */
export function StageState({ queries }: { readonly queries: readonly QueryResult<unknown>[] }) {
  const failed = queries.find((q) => q.error);
  if (failed?.error) return <QueryError error={failed.error} onRetry={() => queries.forEach((q) => q.reload())} />;
  return <Loading />;
}
