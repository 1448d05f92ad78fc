import type { ChangeEvent, MethodName } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/errors';
import type { CallMeta } from '../../shared/history/schema';

/**
 * A listener gets the committed change, or null when the connection was
 * re-established and changes may have been missed (refetch everything).
 */
export type ChangeListener = (event: ChangeEvent | null) => void;

/** What both transports (Electron IPC, loopback HTTP) provide. */
export interface Transport {
  call(method: MethodName, input: unknown, meta: CallMeta): Promise<ApiResult<unknown>>;
  subscribe(listener: ChangeListener): () => void;
}
