/**
 * The listener on the room's network, up only while a joining session is
 * on: the phone's page and its calls, nothing of the facilitator's.
 *
 * It listens on the one chosen address; Host must name that address and port
 * and a present Origin must be its own page. No Authorization makes the
 * caller a guest (who can only trade a join code); a bearer token makes it
 * the participant's device the token was issued to, and any other
 * Authorization (an unknown, removed or ended token — the facilitator's run
 * token among them) is refused with device_removed.
 */
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { ChangeEvent } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/errors';
import type { DeviceId } from '../../shared/join/schema';
import type { WorkshopId } from '../../shared/workshop/schema';
import type { Actor } from '../api/actor';
import { EventStreams, type EventStream } from '../http/event-stream';
import { apiMethodName, bearerToken, hostRefusal, originRefusal, readCallInput } from '../http/requests';
import { fail, failUnexpected, sendResult } from '../http/responses';
import { servePage } from '../http/static-files';

/** Phones send short texts and ids; nothing they may call needs more. */
export const LAN_MAX_BODY_BYTES = 64 * 1024;

/** Where the phone's own build is, and the file name of its page. */
export interface PhoneBundle {
  readonly dir: string;
  readonly page: string;
}

/**
 * The phone's own Vite build as the entry points ship it: dist/phone/ beside
 * dist/main.cjs and dist/web.cjs (inside app.asar when packaged, which
 * Electron's fs reads transparently).
 */
export function phoneBundleBeside(bundleDir: string): PhoneBundle {
  return { dir: path.join(bundleDir, 'phone'), page: 'phone.html' };
}

export interface LanServerOptions {
  readonly address: string;
  /** Absent where no phone build exists (tests of the API alone): pages are then 404. */
  readonly phone?: PhoneBundle | undefined;
  /** The device a presented token belongs to now, or undefined when unknown, removed or ended. */
  readonly deviceOf: (token: string) => { readonly workshopId: WorkshopId; readonly id: DeviceId } | undefined;
  readonly call: (method: string, input: unknown, actor: Actor) => Promise<ApiResult<unknown>>;
  /** The changes a phone is told of (it refetches its state on each). */
  readonly onChange: (listener: (event: ChangeEvent) => void) => () => void;
  /** A device's page opened (+1) or closed (-1) an event stream. */
  readonly onStream: (deviceId: DeviceId, change: 1 | -1) => void;
}

export interface LanServer {
  readonly port: number;
  /** Ends the event streams of a device whose access ended. */
  endDevice(deviceId: DeviceId): void;
  close(): Promise<void>;
}

export function startLanServer(options: LanServerOptions): Promise<LanServer> {
  let allowedHosts = new Set<string>();
  let allowedOrigins = new Set<string>();
  const streams = new EventStreams();
  const byDevice = new Map<DeviceId, Set<EventStream>>();

  const streamEvents = (res: ServerResponse, deviceId: DeviceId) => {
    const own = byDevice.get(deviceId) ?? new Set<EventStream>();
    byDevice.set(deviceId, own);
    const stream = streams.open(res, () => {
      unsubscribe();
      own.delete(stream);
      if (own.size === 0) byDevice.delete(deviceId);
      options.onStream(deviceId, -1);
    });
    own.add(stream);
    // No entity ids: a phone must not learn ids from other workshops.
    const unsubscribe = options.onChange(({ reason, method }) => stream.send({ reason, method }));
    options.onStream(deviceId, 1);
  };

  /** Who is calling, or null once the refusal has been sent. */
  const actorOf = (req: IncomingMessage, res: ServerResponse): Actor | null => {
    if (req.headers.authorization === undefined) return { kind: 'guest', address: req.socket.remoteAddress ?? '' };
    const token = bearerToken(req);
    const device = token === '' ? undefined : options.deviceOf(token);
    if (!device) {
      fail(res, 'device_removed', 'This device is no longer part of the workshop');
      return null;
    }
    return { kind: 'participant', workshopId: device.workshopId, deviceId: device.id };
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const badHost = hostRefusal(req, allowedHosts);
    if (badHost) return fail(res, badHost.code, badHost.message);
    const url = req.url ?? '/';
    if (!url.startsWith('/api/')) {
      if (options.phone) return servePage(options.phone.dir, options.phone.page, url, res);
      return fail(res, 'not_found', 'No phone pages in this build');
    }

    const badOrigin = originRefusal(req, allowedOrigins);
    if (badOrigin) return fail(res, badOrigin.code, badOrigin.message);
    const actor = actorOf(req, res);
    if (!actor) return;

    const name = apiMethodName(url);
    if (name === '_events' && req.method === 'GET') {
      if (actor.kind !== 'participant') return fail(res, 'forbidden', 'Join first');
      return streamEvents(res, actor.deviceId);
    }
    const call = await readCallInput(req, res, LAN_MAX_BODY_BYTES);
    if (call) sendResult(res, await options.call(name, call.input, actor));
  };

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => failUnexpected(res, 'LAN', error));
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, options.address, () => {
      server.off('error', reject);
      server.on('error', (error) => console.error('LAN listener failed', error));
      const { port } = server.address() as AddressInfo;
      allowedHosts = new Set([`${options.address}:${port}`]);
      allowedOrigins = new Set([`http://${options.address}:${port}`]);
      resolve({
        port,
        endDevice: (deviceId) => {
          for (const stream of byDevice.get(deviceId) ?? []) stream.end();
        },
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
