/**
 * The loopback HTTP transport for the dispatcher: used by the browser mode
 * and the end-to-end tests; the facilitator's own screens only (participants'
 * devices reach the app through the LAN listener in electron/join).
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
import type { ApiResult } from '../../shared/api/errors';
import { SCOPE_HEADER } from '../../shared/history/schema';
import { EventStreams } from '../http/event-stream';
import { apiMethodName, bearerToken, hostRefusal, originRefusal, readCallInput } from '../http/requests';
import { fail, failUnexpected, sendJson, sendResult } from '../http/responses';
import { serveStatic } from '../http/static-files';

export const MAX_BODY_BYTES = 1024 * 1024;

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

function tokenMatches(presented: string, token: string): boolean {
  const given = Buffer.from(presented);
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The body cap for a method: the contract may raise it for methods that carry a file. */
function bodyLimit(method: string): number {
  return (isMethodName(method) ? contract[method].maxBodyBytes : undefined) ?? MAX_BODY_BYTES;
}

export function startBridge(options: BridgeOptions): Promise<Bridge> {
  let allowedHosts = new Set<string>();
  let allowedOrigins = new Set<string>();
  const streams = new EventStreams();

  const streamEvents = (res: ServerResponse) => {
    const stream = streams.open(res, () => unsubscribe());
    const unsubscribe = options.onChange((event) => stream.send(event));
  };

  const callMethod = async (req: IncomingMessage, res: ServerResponse, method: string) => {
    const call = await readCallInput(req, res, bodyLimit(method));
    if (!call) return;
    // Where the user acted (their page's document), for undo; the dispatcher validates it.
    const scope = req.headers[SCOPE_HEADER];
    sendResult(res, await options.dispatch(method, call.input, scope === undefined ? undefined : { scope }));
  };

  const listMethods = (res: ServerResponse) => {
    const methods = methodNames.map((name) => ({ name, input: z.toJSONSchema(contract[name].input, { io: 'input' }) }));
    sendJson(res, 200, { ok: true, value: methods });
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const badHost = hostRefusal(req, allowedHosts);
    if (badHost) return fail(res, badHost.code, badHost.message);
    const url = req.url ?? '/';
    if (!url.startsWith('/api/')) return serveStatic(options.staticDir, url, res);

    const badOrigin = originRefusal(req, allowedOrigins);
    if (badOrigin) return fail(res, badOrigin.code, badOrigin.message);
    if (!tokenMatches(bearerToken(req), options.token)) return fail(res, 'unauthorized', 'Missing or wrong token');

    const name = apiMethodName(url);
    if (name === '_events' && req.method === 'GET') return streamEvents(res);
    if (name === '_methods' && req.method === 'GET') return listMethods(res);
    return callMethod(req, res, name);
  };

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => failUnexpected(res, 'bridge', error));
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
      allowedOrigins = new Set([...allowedHosts].map((host) => `http://${host}`));
      resolve({
        port,
        origin: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise<void>((done) => {
            streams.endAll();
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
