/**
 * The loopback HTTP transport for the dispatcher: used by the browser mode,
 * the end-to-end tests and, later, participants' own devices.
 *
 * Every /api request needs the per-run bearer token. Host must be given once
 * and name this server (defeats DNS rebinding) and a present Origin must be
 * our own (no cross-origin calls); bodies are JSON and capped in size (1 MiB,
 * unless the contract gives a method that carries a file a larger cap).
 */
import { timingSafeEqual } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import { contract, isMethodName, methodNames, type ChangeEvent } from '../../shared/api/contract';
import type { ApiError, ApiResult, ErrorCode } from '../../shared/api/errors';
import { SCOPE_HEADER } from '../../shared/history/schema';
import { serveStatic } from './static-files';

export const MAX_BODY_BYTES = 1024 * 1024;
const KEEPALIVE_MS = 15_000;
const MAX_SSE_BUFFER_BYTES = 256 * 1024;

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

const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

const STATUS: Partial<Record<ErrorCode, number>> = {
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

export interface BridgeOptions {
  readonly dispatch: (method: string, input: unknown, meta?: unknown) => Promise<ApiResult<unknown>>;
  readonly onChange: (listener: (event: ChangeEvent) => void) => () => void;
  readonly token: string;
  readonly port: number;
  readonly staticDir: string;
}

export interface Bridge {
  readonly port: number;
  readonly origin: string;
  close(): Promise<void>;
}

function sendJson(res: ServerResponse, status: number, body: ApiResult<unknown>): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

function fail(res: ServerResponse, code: ErrorCode, message: string): void {
  const error: ApiError = { code, message };
  sendJson(res, STATUS[code] ?? 400, { ok: false, error });
}

function tokenMatches(header: string | undefined, token: string): boolean {
  const presented = Buffer.from(header?.startsWith('Bearer ') ? header.slice(7) : '');
  const expected = Buffer.from(token);
  return presented.length === expected.length && timingSafeEqual(presented, expected);
}

/** The body cap for a method: the contract may raise it for methods that carry a file. */
function bodyLimit(method: string): number {
  return (isMethodName(method) ? contract[method].maxBodyBytes : undefined) ?? MAX_BODY_BYTES;
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

export function startBridge(options: BridgeOptions): Promise<Bridge> {
  let allowedHosts = new Set<string>();
  let origin = '';
  let allowedOrigins = new Set<string>();
  const streams = new Set<ServerResponse>();

  const streamEvents = (res: ServerResponse) => {
    res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    res.write(': connected\n\n');
    streams.add(res);
    // A tab that stops reading would make the buffer grow without bound; drop
    // it instead, and it reconnects (and refetches) when it wakes up.
    const unsubscribe = options.onChange((event) => {
      if (res.writableLength > MAX_SSE_BUFFER_BYTES) res.destroy();
      else res.write(`data: ${JSON.stringify(event)}\n\n`);
    });
    const ping = setInterval(() => res.write(': ping\n\n'), KEEPALIVE_MS);
    res.on('close', () => {
      clearInterval(ping);
      unsubscribe();
      streams.delete(res);
    });
  };

  const callMethod = async (req: IncomingMessage, res: ServerResponse, method: string) => {
    if (req.method !== 'POST') return fail(res, 'bad_request', 'API methods are called with POST');
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return fail(res, 'bad_request', 'Send the input as application/json');
    }
    const limit = bodyLimit(method);
    const body = await readBody(req, limit);
    if (body === null) return fail(res, 'payload_too_large', `Request body exceeds ${limit} bytes`);
    let input: unknown;
    try {
      input = body.trim() === '' ? {} : JSON.parse(body);
    } catch {
      return fail(res, 'bad_request', 'The request body is not valid JSON');
    }
    // Where the user acted (their page's document), for undo; the dispatcher validates it.
    const scope = req.headers[SCOPE_HEADER];
    const result = await options.dispatch(method, input, scope === undefined ? undefined : { scope });
    sendJson(res, result.ok ? 200 : (STATUS[result.error.code] ?? 400), result);
  };

  const listMethods = (res: ServerResponse) => {
    const methods = methodNames.map((name) => ({ name, input: z.toJSONSchema(contract[name].input, { io: 'input' }) }));
    sendJson(res, 200, { ok: true, value: methods });
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    // Node keeps only the first of repeated Host headers; a request naming two hosts is malformed, not ours.
    if ((req.headersDistinct.host?.length ?? 0) > 1) return fail(res, 'bad_request', 'More than one Host header');
    if (!allowedHosts.has(req.headers.host ?? '')) return fail(res, 'forbidden_host', 'Unknown Host header');
    const url = req.url ?? '/';
    if (!url.startsWith('/api/')) return serveStatic(options.staticDir, url, res, SECURITY_HEADERS);

    const requestOrigin = req.headers.origin;
    if (requestOrigin !== undefined && !allowedOrigins.has(requestOrigin)) return fail(res, 'forbidden_origin', 'Cross-origin requests are refused');
    if (req.headers['sec-fetch-site'] === 'cross-site') return fail(res, 'forbidden_origin', 'Cross-site requests are refused');
    if (!tokenMatches(req.headers.authorization, options.token)) return fail(res, 'unauthorized', 'Missing or wrong token');

    const name = url.slice('/api/'.length).split('?')[0] ?? '';
    if (name === '_events' && req.method === 'GET') return streamEvents(res);
    if (name === '_methods' && req.method === 'GET') return listMethods(res);
    return callMethod(req, res, name);
  };

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('bridge request failed', error);
      if (!res.headersSent) fail(res, 'internal', 'Unexpected error');
      else res.end();
    });
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
      origin = `http://127.0.0.1:${port}`;
      allowedOrigins = new Set([...allowedHosts].map((host) => `http://${host}`));
      resolve({
        port,
        origin,
        close: () =>
          new Promise<void>((done) => {
            for (const stream of streams) stream.end();
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
