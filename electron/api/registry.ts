import { methodNames, type MethodName } from '../../shared/api/contract';
import type { Handler, HandlerMap } from './handler';

export type Handlers = { readonly [M in MethodName]: Handler<M> };

/** Merges each service's handlers; a name registered twice or never is a startup error. */
export function registerHandlers(...maps: readonly HandlerMap[]): Handlers {
  const merged: Record<string, unknown> = {};
  for (const map of maps) {
    for (const [name, handler] of Object.entries(map)) {
      if (Object.hasOwn(merged, name)) throw new Error(`API method ${name} is registered twice`);
      merged[name] = handler;
    }
  }
  const missing = methodNames.filter((name) => !Object.hasOwn(merged, name));
  if (missing.length > 0) throw new Error(`API methods without a handler: ${missing.join(', ')}`);
  return merged as Handlers;
}
