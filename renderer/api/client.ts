import type { DesktopBridge, MethodInput, MethodName, MethodOutput } from '../../shared/api/contract';
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
}

export function createApi(transport: Transport): Api {
  return {
    async invoke<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
      let result;
      try {
        result = await transport.call(method, input);
      } catch (error) {
        throw networkFailure(error);
      }
      if (!result.ok) throw new ApiFailure(result.error);
      return result.value as MethodOutput<M>;
    },
    onChange: (listener) => transport.subscribe(listener),
  };
}

/** Electron exposes a bridge on window; otherwise we are in a browser tab. */
export function createDefaultApi(win: Window = window): Api {
  const bridge = win.samverkstad;
  return createApi(bridge ? ipcTransport(bridge) : httpTransport(takeToken(win)));
}
