import type { z } from 'zod';
import { audienceOf, contract, isMethodName, type MethodName } from '../../shared/api/contract';
import { AppError, type ApiResult } from '../../shared/api/errors';
import { CallMeta, scopeOf } from '../../shared/history/schema';
import { type Actor, FACILITATOR } from './actor';
import type { Handler, ServiceContext } from './handler';
import type { Handlers } from './registry';

/** `actor` comes from the transport (which token it checked), never from the caller's input. */
export type Dispatch = (method: string, input: unknown, meta?: unknown, actor?: Actor) => Promise<ApiResult<unknown>>;

export interface IssueDetail {
  readonly path: readonly PropertyKey[];
  readonly code: string;
  readonly message: string;
  /** A custom rule's own facts, e.g. which character the text rule refused and where. */
  readonly params?: Readonly<Record<string, unknown>>;
}

function issueDetails(error: z.ZodError): IssueDetail[] {
  return error.issues.map((issue) => {
    const detail = { path: issue.path, code: issue.code, message: issue.message };
    return issue.code === 'custom' && issue.params ? { ...detail, params: issue.params } : detail;
  });
}

/**
 * The single entry for both transports: unknown names, invalid input and
 * malformed call metadata are refused before any handler runs, so a bad
 * request changes nothing, and so is a method outside the caller's audience
 * (a participant's token reaches only the participant methods). The
 * metadata (where the user acted) and the actor reach the handler in its own
 * copy of the context; a device's changes go to the device's own history.
 */
export function createDispatcher(handlers: Handlers, ctx: Omit<ServiceContext, 'scope' | 'actor'>): Dispatch {
  return async (method, input, meta, actor = FACILITATOR) => {
    try {
      if (!isMethodName(method)) throw new AppError('unknown_method', `Unknown API method ${method}`, { method });
      if (audienceOf(method) !== actor.kind) throw new AppError('forbidden', `${method} is not for this caller`, { method });
      const call = CallMeta.safeParse(actor.kind === 'facilitator' ? (meta ?? {}) : {});
      if (!call.success) throw new AppError('bad_request', 'Malformed call metadata', issueDetails(call.error));
      const parsed = contract[method].input.safeParse(input ?? {});
      if (!parsed.success) {
        throw new AppError('validation_failed', `Invalid input for ${method}`, issueDetails(parsed.error));
      }
      // A restore swaps the file underneath every reader; nothing may run meanwhile.
      if (ctx.store.restoring) throw new AppError('busy', `A restore is running; ${method} was not run`, { method });
      const handler = handlers[method] as Handler<MethodName>;
      const scope = actor.kind === 'participant' ? scopeOf('device', actor.deviceId) : call.data.scope;
      const value = await handler(parsed.data as never, { ...ctx, actor, ...(scope === undefined ? {} : { scope }) });
      return { ok: true, value };
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: error.toApiError() };
      console.error(`API method ${method} failed`, error);
      return { ok: false, error: { code: 'internal', message: 'Unexpected error; see the application log' } };
    }
  };
}
