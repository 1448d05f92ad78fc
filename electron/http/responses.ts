/**
 * How every HTTP listener of the app answers: the security headers and CSP
 * its pages load under, the JSON envelope and the status for each error code.
 */
import type { ServerResponse } from 'node:http';
import type { ApiError, ApiResult, ErrorCode } from '../../shared/api/errors';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

export const STATUS: Partial<Record<ErrorCode, number>> = {
  validation_failed: 400,
  bad_request: 400,
  unauthorized: 401,
  forbidden_host: 403,
  forbidden_origin: 403,
  not_found: 404,
  unknown_method: 404,
  backup_not_found: 404,
  import_unreadable: 400,
  import_too_large: 413,
  round_closed: 409,
  not_votable: 409,
  item_gone: 409,
  vote_budget_exceeded: 409,
  vote_cap_exceeded: 409,
  no_dot_to_retract: 409,
  wrong_round_mode: 409,
  votes_hidden: 409,
  not_latest: 409,
  undo_conflict: 409,
  data_in_use: 409,
  backup_damaged: 422,
  backup_foreign: 422,
  backup_too_new: 422,
  db_damaged: 500,
  busy: 409,
  meeting_closed: 409,
  payload_too_large: 413,
  nothing_to_undo: 409,
  nothing_to_redo: 409,
  db_too_new: 409,
  forbidden: 403,
  join_off: 409,
  join_code_invalid: 403,
  room_locked: 409,
  device_removed: 401,
  rate_limited: 429,
  not_own: 403,
  anonymous_not_allowed: 409,
  participant_taken: 409,
  address_unavailable: 409,
  internal: 500,
};

export function sendJson(res: ServerResponse, status: number, body: ApiResult<unknown>): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

/** A dispatcher's answer, with the status its error code maps to. */
export function sendResult(res: ServerResponse, result: ApiResult<unknown>): void {
  sendJson(res, result.ok ? 200 : (STATUS[result.error.code] ?? 400), result);
}

export function fail(res: ServerResponse, code: ErrorCode, message: string): void {
  const error: ApiError = { code, message };
  sendResult(res, { ok: false, error });
}

/** Answers a request whose handler threw: a bug, reported without its message. */
export function failUnexpected(res: ServerResponse, what: string, error: unknown): void {
  console.error(`${what} request failed`, error);
  if (!res.headersSent) fail(res, 'internal', 'Unexpected error');
  else res.end();
}
