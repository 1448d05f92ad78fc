import type { z } from 'zod';
import { contract, isMethodName, type MethodName } from '../../shared/api/contract';
import { AppError, type ApiResult } from '../../shared/api/errors';
import { CallMeta } from '../../shared/history/schema';
import type { Handler, ServiceContext } from './handler';
import type { Handlers } from './registry';

export type Dispatch = (method: string, input: unknown, meta?: unknown) => Promise<ApiResult<unknown>>;

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
 * request changes nothing. The metadata (where the user acted) reaches the
 * handler in its own copy of the context.
 */
export function createDispatcher(handlers: Handlers, ctx: Omit<ServiceContext, 'scope'>): Dispatch {
  return async (method, input, meta) => {
    try {
      if (!isMethodName(method)) throw new AppError('unknown_method', `Unknown API method ${method}`, { method });
      const call = CallMeta.safeParse(meta ?? {});
      if (!call.success) throw new AppError('bad_request', 'Malformed call metadata', issueDetails(call.error));
      const parsed = contract[method].input.safeParse(input ?? {});
      if (!parsed.success) {
        throw new AppError('validation_failed', `Invalid input for ${method}`, issueDetails(parsed.error));
      }
      // A restore swaps the file underneath every reader; nothing may run meanwhile.
      if (ctx.store.restoring) throw new AppError('busy', `A restore is running; ${method} was not run`, { method });
      const handler = handlers[method] as Handler<MethodName>;
      const value = await handler(parsed.data as never, { ...ctx, scope: call.data.scope });
      return { ok: true, value };
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: error.toApiError() };
      console.error(`API method ${method} failed`, error);
      return { ok: false, error: { code: 'internal', message: 'Unexpected error; see the application log' } };
    }
  };
}
