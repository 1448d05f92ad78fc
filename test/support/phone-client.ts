/**
 * A participant's device, as a plain HTTP client: the calls a phone's page
 * makes, with any header (Host, Origin) set by hand. Imported by the loopback
 * tests, and run as a script by Node (type stripping: no imports, erasable
 * syntax only) inside a network namespace, where it is the "phone" at another
 * address: `node phone-client.ts '<json request>'` prints the response as one
 * JSON line; `{"events": …}` prints `open`, then each event, and exits when
 * the server ends the stream.
 */
import http from 'node:http';
import { fileURLToPath } from 'node:url';

export interface PhoneRequest {
  /** `http://<address>:<port>` */
  readonly base: string;
  readonly path: string;
  readonly method?: 'GET' | 'POST';
  readonly token?: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** JSON input, or a string sent as it is. */
  readonly body?: unknown;
}

export interface PhoneResponse {
  /** 0 when no connection could be made (nothing listens). */
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  /** Parsed JSON, or the text when it is not JSON. */
  readonly body: unknown;
  /** The connection error's code when status is 0 (e.g. ECONNREFUSED). */
  readonly error?: string;
}

function requestHeaders(request: PhoneRequest): Record<string, string> {
  return {
    ...(request.method === 'GET' ? {} : { 'Content-Type': 'application/json' }),
    ...(request.token === undefined ? {} : { Authorization: `Bearer ${request.token}` }),
    ...request.headers,
  };
}

function parsed(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function flatHeaders(headers: http.IncomingHttpHeaders): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : (value ?? '')]));
}

export function phoneRequest(request: PhoneRequest): Promise<PhoneResponse> {
  const body = request.body === undefined ? '' : typeof request.body === 'string' ? request.body : JSON.stringify(request.body);
  return new Promise((resolve) => {
    const req = http.request(new URL(request.path, request.base), { method: request.method ?? 'POST', headers: requestHeaders(request), agent: false }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: flatHeaders(res.headers), body: parsed(text) }));
    });
    req.on('error', (error: NodeJS.ErrnoException) => resolve({ status: 0, headers: {}, body: null, error: error.code ?? error.message }));
    req.end(body);
  });
}

/** Calls one API method the way the phone's page does. */
export function phoneCall(base: string, method: string, input: unknown, options: { token?: string; headers?: Record<string, string> } = {}): Promise<PhoneResponse> {
  return phoneRequest({ base, path: `/api/${method}`, body: input, ...options });
}

export interface EventWatch {
  /** Resolves once the server answered: the status, and whether it is an event stream. */
  readonly opened: Promise<{ status: number; stream: boolean }>;
  /** Every `data:` message so far. */
  readonly events: unknown[];
  /** Resolves when the server ends the stream (or refuses it). */
  readonly ended: Promise<void>;
  stop(): void;
}

/** Opens the device's event stream, as the phone's page does to learn when to refetch. */
export function watchEvents(base: string, token: string | undefined): EventWatch {
  const events: unknown[] = [];
  let markOpened: (value: { status: number; stream: boolean }) => void = () => undefined;
  let markEnded: () => void = () => undefined;
  const opened = new Promise<{ status: number; stream: boolean }>((resolve) => (markOpened = resolve));
  const ended = new Promise<void>((resolve) => (markEnded = resolve));
  const req = http.get(new URL('/api/_events', base), { agent: false, headers: requestHeaders({ base, path: '', method: 'GET', ...(token === undefined ? {} : { token }) }) }, (res) => {
    res.setEncoding('utf8');
    let pending = '';
    res.on('data', (chunk: string) => {
      pending += chunk;
      if (pending.startsWith(': connected')) markOpened({ status: res.statusCode ?? 0, stream: true });
      const messages = pending.split('\n\n');
      pending = messages.pop() ?? '';
      for (const message of messages) if (message.startsWith('data: ')) events.push(JSON.parse(message.slice(6)) as unknown);
    });
    res.on('end', () => {
      markOpened({ status: res.statusCode ?? 0, stream: false });
      markEnded();
    });
    res.on('close', markEnded);
  });
  req.on('error', () => {
    markOpened({ status: 0, stream: false });
    markEnded();
  });
  return { opened, events, ended, stop: () => req.destroy() };
}

async function runFromCommandLine(arg: string): Promise<void> {
  const command = JSON.parse(arg) as PhoneRequest | { events: { base: string; token?: string } };
  if (!('events' in command)) {
    process.stdout.write(`${JSON.stringify(await phoneRequest(command))}\n`);
    return;
  }
  const watch = watchEvents(command.events.base, command.events.token);
  process.stdout.write(`${JSON.stringify({ opened: await watch.opened })}\n`);
  await watch.ended;
  process.stdout.write(`${JSON.stringify({ ended: true, events: watch.events })}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  runFromCommandLine(process.argv[2] ?? '{}').catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
