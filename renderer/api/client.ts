import type { DesktopBridge, MethodInput, MethodName, MethodOutput } from '../../shared/api/contract';
import type { CallMeta, HistoryScope } from '../../shared/history/schema';
import { ApiFailure, networkFailure } from './ApiFailure';
import { httpTransport } from './httpTransport';
import { ipcTransport } from './ipcTransport';
import { takeToken } from './token';
import type { ChangeListener, Transport } from './transport';

declare global {
  interface Window {
    samverkstad?: DesktopBridge;
  }
}

/** The typed face of the API for components: results or a thrown ApiFailure. */
export interface Api {
  invoke<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  onChange(listener: ChangeListener): () => void;
  /** The same API, telling the core that calls come from this document (for undo). */
  withScope(scope: HistoryScope): Api;
}

export function createApi(transport: Transport, meta: CallMeta = {}): Api {
  return {
    async invoke<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
      let result;
      try {
        result = await transport.call(method, input, meta);
      } catch (error) {
        throw networkFailure(error);
      }
      if (!result.ok) throw new ApiFailure(result.error);
      return result.value as MethodOutput<M>;
    },
    onChange: (listener) => transport.subscribe(listener),
    withScope: (scope) => createApi(transport, { ...meta, scope }),
  };
}

/** Electron exposes a bridge on window; otherwise we are in a browser tab. */
export function createDefaultApi(win: Window = window): Api {
  const bridge = win.samverkstad;
  return createApi(bridge ? ipcTransport(bridge) : httpTransport(takeToken(win)));
}
