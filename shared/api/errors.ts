/**
 * One error envelope for every transport. Codes are stable: the renderer
 * translates them, tests assert them, and participants' devices will rely on
 * them later. Expected failures are AppErrors; anything else is a bug and is
 * reported as `internal` without leaking its message.
 */
export const errorCodes = [
  'validation_failed',
  'not_found',
  'unknown_method',
  'unauthorized',
  'forbidden_host',
  'forbidden_origin',
  'payload_too_large',
  'bad_request',
  'nothing_to_undo',
  'nothing_to_redo',
  'db_too_new',
  'backup_not_found',
  'import_unreadable',
  'import_too_large',
  'round_closed',
  'not_votable',
  'item_gone',
  'vote_budget_exceeded',
  'vote_cap_exceeded',
  'no_dot_to_retract',
  'wrong_round_mode',
  'votes_hidden',
  'not_latest',
  'undo_conflict',
  'data_in_use',
  'backup_damaged',
  'backup_foreign',
  'backup_too_new',
  'db_damaged',
  'busy',
  'meeting_closed',
  'register_exists',
  'import_stale',
  'import_unresolved',
  'wrong_programme',
  'lane_not_empty',
  'map_unpaired',
  'map_unreadable',
  /** The caller may not call this method (a participant's token asking for a facilitator's method, or another workshop). */
  'forbidden',
  'join_off',
  'join_code_invalid',
  'room_locked',
  'device_removed',
  'rate_limited',
  'not_own',
  'anonymous_not_allowed',
  'participant_taken',
  'address_unavailable',
  'internal',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export interface ApiError {
  readonly code: ErrorCode;
  readonly message: string;
  readonly details?: unknown;
}

export type ApiResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: ApiError };

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }

  toApiError(): ApiError {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}
