import { useEffect } from 'react';
import { msUntilNextCode } from '../../shared/join/codeRotation';
import type { WorkshopId } from '../../shared/workshop/schema';
import { type QueryResult, useQuery } from '../api/useQuery';
import type { MethodOutput } from '../../shared/api/contract';

/**
 * The workshop's joining session, kept fresh: change events bring joins,
 * removals and settings; the code's rotation is not announced, so the
 * screen asks again when the shown code is due to change.
 */
export function useJoinStatus(workshopId: WorkshopId): QueryResult<MethodOutput<'join.status'>> {
  const status = useQuery('join.status', { workshopId });
  const { data, reload } = status;
  useEffect(() => {
    if (!data?.on) return undefined;
    const timer = window.setTimeout(reload, msUntilNextCode(data));
    return () => window.clearTimeout(timer);
  }, [data, reload]);
  return status;
}
