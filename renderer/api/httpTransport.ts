/**
 * Web mode: every call is a POST to the loopback bridge with the session
 * token as a bearer token. Change events come as a Server-Sent-Events
 * stream read with fetch, because EventSource cannot send the header.
 */
import type { ChangeEvent, MethodName } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/errors';
import { SCOPE_HEADER, type CallMeta } from '../../shared/history/schema';
import { createSseParser } from './sseParser';
import type { ChangeListener, Transport } from './transport';

const MAX_BACKOFF_MS = 30_000;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function asResult(body: unknown, status: number): ApiResult<unknown> {
  if (isObject(body) && body.ok === true && 'value' in body) return { ok: true, value: body.value };
  if (isObject(body) && body.ok === false && isObject(body.error) && typeof body.error.code === 'string') {
    return { ok: false, error: body.error as never };
  }
  return networkError(`Unexpected response (HTTP ${status})`);
}

function networkError(message: string): ApiResult<unknown> {
  // 'network_error' is renderer-only; ApiFailure accepts it.
  return { ok: false, error: { code: 'network_error' as never, message } };
}

function asChangeEvent(data: string): ChangeEvent | null {
  try {
    const value: unknown = JSON.parse(data);
    if (isObject(value) && typeof value.reason === 'string' && typeof value.method === 'string') {
      return value as ChangeEvent;
    }
  } catch {
    // A malformed event is dropped; the next one still arrives.
  }
  return null;
}

function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

export interface HttpTransportOptions {
  /**
   * Called each time the event stream ends or cannot be opened. A phone's
   * stream ends when its device is removed or the session ends, and every
   * retry is then refused: only a call tells it which, so it asks.
   */
  readonly onStreamLost?: () => void;
}

export function httpTransport(token: string | null, options: HttpTransportOptions = {}): Transport {
  const headers = (): Record<string, string> => (token ? { Authorization: `Bearer ${token}` } : {});
  const listeners = new Set<ChangeListener>();
  let stop: AbortController | null = null;

  const emit = (event: ChangeEvent | null): void => {
    for (const listener of [...listeners]) listener(event);
  };

  async function listen(signal: AbortSignal): Promise<void> {
    let failures = 0;
    let missedChanges = false;
    while (!signal.aborted) {
      try {
        const response = await fetch('/api/_events', { headers: headers(), signal, cache: 'no-store' });
        if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
        failures = 0;
        if (missedChanges) emit(null);
        const push = createSseParser((data) => {
          const event = asChangeEvent(data);
          if (event) emit(event);
        });
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          push(value);
        }
      } catch {
        if (signal.aborted) return;
      }
      if (signal.aborted) return;
      options.onStreamLost?.();
      missedChanges = true;
      failures += 1;
      await wait(Math.min(MAX_BACKOFF_MS, 500 * 2 ** failures), signal);
    }
  }

  return {
    async call(method: MethodName, input: unknown, meta: CallMeta) {
      let response: Response;
      try {
        response = await fetch(`/api/${method}`, {
          method: 'POST',
          headers: { ...headers(), 'Content-Type': 'application/json', ...(meta.scope ? { [SCOPE_HEADER]: meta.scope } : {}) },
          body: JSON.stringify(input),
          cache: 'no-store',
        });
      } catch (error) {
        return networkError(error instanceof Error ? error.message : String(error));
      }
      let body: unknown;
      try {
        body = await response.json();
      } catch {
        return networkError(`Response was not JSON (HTTP ${response.status})`);
      }
      return asResult(body, response.status);
    },

    subscribe(listener) {
      listeners.add(listener);
      if (!stop) {
        const controller = new AbortController();
        stop = controller;
        void listen(controller.signal);
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && stop) {
          stop.abort();
          stop = null;
        }
      };
    },
  };
}
