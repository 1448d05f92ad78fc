import type { ApiError, ErrorCode } from '../../shared/api/errors';

/**
 * The renderer adds one code of its own: the request never got an answer
 * (server stopped, IPC broke, response was not JSON). The Node side cannot
 * produce it, so it is kept out of the shared list.
 */
export type ClientErrorCode = ErrorCode | 'network_error';

export interface ClientError {
  readonly code: ClientErrorCode;
  readonly message: string;
  readonly details?: unknown;
}

export class ApiFailure extends Error {
  readonly code: ClientErrorCode;
  readonly details: unknown;

  constructor(readonly error: ClientError | ApiError) {
    super(error.message);
    this.name = 'ApiFailure';
    this.code = error.code;
    this.details = error.details;
  }
}

export function networkFailure(cause: unknown): ApiFailure {
  const message = cause instanceof Error ? cause.message : String(cause);
  return new ApiFailure({ code: 'network_error', message });
}

/** Any thrown value as an ApiFailure, so views only handle one error type. */
export function toApiFailure(error: unknown): ApiFailure {
  if (error instanceof ApiFailure) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new ApiFailure({ code: 'internal', message });
}
