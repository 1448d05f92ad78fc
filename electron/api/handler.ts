import type { MethodName, MethodOutput, ParsedInput } from '../../shared/api/contract';
import type { HistoryScope } from '../../shared/history/schema';
import type { Store } from '../storage/store';
import type { Tx } from '../storage/transaction';
import type { Joining } from '../join/joining';
import type { Actor } from './actor';
import type { ChangeBus } from './events';

export interface ServiceContext {
  readonly store: Store;
  readonly events: ChangeBus;
  readonly dataDir: string;
  /** Where the user acted, when the caller said (the page's document); per call, never shared. A device's calls are journaled under its own scope. */
  readonly scope?: HistoryScope;
  /** Who called, as the transport established it. */
  readonly actor: Actor;
  /** Participants joining from their own devices; absent where no listener can be started (some tests). */
  readonly joining?: Joining;
}

export type Handler<M extends MethodName> = (
  input: ParsedInput<M>,
  ctx: ServiceContext,
) => MethodOutput<M> | Promise<MethodOutput<M>>;

export type HandlerMap = { readonly [M in MethodName]?: Handler<M> };

/**
 * Wraps a domain step so it runs in one transaction with its journal rows,
 * and announces the change once committed. Handler bodies stay domain-only.
 */
export function mutation<M extends MethodName>(
  method: M,
  step: (input: ParsedInput<M>, tx: Tx, ctx: ServiceContext) => MethodOutput<M>,
): Handler<M> {
  return (input, ctx) => {
    const { value, entities } = ctx.store.mutate(method, (tx) => step(input, tx, ctx), ctx.scope);
    if (entities.length > 0) ctx.events.emit({ reason: 'mutation', method, entities: [...entities] });
    return value;
  };
}
