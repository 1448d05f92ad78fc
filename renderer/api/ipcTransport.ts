import type { DesktopBridge, MethodName } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/errors';
import type { CallMeta } from '../../shared/history/schema';
import type { Transport } from './transport';

export function ipcTransport(bridge: DesktopBridge): Transport {
  return {
    call: (method: MethodName, input: unknown, meta: CallMeta) =>
      bridge.invoke(method, input as never, meta) as Promise<ApiResult<unknown>>,
    subscribe: (listener) => bridge.onChange((event) => listener(event)),
  };
}
