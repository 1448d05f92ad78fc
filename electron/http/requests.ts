/**
 * Reading and vetting a request, the same way on every listener: Host must
 * name this server exactly once (defeats DNS rebinding), a present Origin must
 * be our own (no cross-origin calls), and a JSON body is read up to a cap.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ErrorCode } from '../../shared/api/errors';
import { fail } from './responses';

export interface Refusal {
  readonly code: ErrorCode;
  readonly message: string;
}

/** The Host header check, for every path (pages too). */
export function hostRefusal(req: IncomingMessage, allowedHosts: ReadonlySet<string>): Refusal | null {
  // Node keeps only the first of repeated Host headers; a request naming two hosts is malformed, not ours.
  if ((req.headersDistinct.host?.length ?? 0) > 1) return { code: 'bad_request', message: 'More than one Host header' };
  if (!allowedHosts.has(req.headers.host ?? '')) return { code: 'forbidden_host', message: 'Unknown Host header' };
  return null;
}

/** The Origin check, for API calls: a browser names the page that made the call. */
export function originRefusal(req: IncomingMessage, allowedOrigins: ReadonlySet<string>): Refusal | null {
  const origin = req.headers.origin;
  if (origin !== undefined && !allowedOrigins.has(origin)) return { code: 'forbidden_origin', message: 'Cross-origin requests are refused' };
  if (req.headers['sec-fetch-site'] === 'cross-site') return { code: 'forbidden_origin', message: 'Cross-site requests are refused' };
  return null;
}

/** The bearer token presented, or '' when there is none. */
export function bearerToken(req: IncomingMessage): string {
  const header = req.headers.authorization;
  return header?.startsWith('Bearer ') ? header.slice(7) : '';
}

/** The method name of an `/api/<name>` path, without any query. */
export function apiMethodName(url: string): string {
  return url.slice('/api/'.length).split('?')[0] ?? '';
}

async function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) return null;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The JSON input of a method call (POST, application/json, at most `limit`
 * bytes; an empty body is `{}`), or undefined once the refusal has been sent.
 */
export async function readCallInput(req: IncomingMessage, res: ServerResponse, limit: number): Promise<{ input: unknown } | undefined> {
  if (req.method !== 'POST') return void fail(res, 'bad_request', 'API methods are called with POST');
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
    return void fail(res, 'bad_request', 'Send the input as application/json');
  }
  const body = await readBody(req, limit);
  if (body === null) return void fail(res, 'payload_too_large', `Request body exceeds ${limit} bytes`);
  try {
    return { input: body.trim() === '' ? {} : JSON.parse(body) };
  } catch {
    return void fail(res, 'bad_request', 'The request body is not valid JSON');
  }
}
