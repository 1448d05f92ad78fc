import type { ChangeEvent, MethodName } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/errors';

/**
 * A listener gets the committed change, or null when the connection was
 * re-established and changes may have been missed (refetch everything).
 */
export type ChangeListener = (event: ChangeEvent | null) => void;

/** What both transports (Electron IPC, loopback HTTP) provide. */
export interface Transport {
  call(method: MethodName, input: unknown): Promise<ApiResult<unknown>>;
  subscribe(listener: ChangeListener): () => void;
}
