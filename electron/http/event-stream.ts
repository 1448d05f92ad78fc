/**
 * Server-sent events: one open stream per page, kept alive with comments and
 * ended by the server when the listener closes (or, for a device, when its
 * access ends).
 */
import type { ServerResponse } from 'node:http';
import { SECURITY_HEADERS } from './responses';

const KEEPALIVE_MS = 15_000;
const MAX_BUFFER_BYTES = 256 * 1024;

export interface EventStream {
  /** Sends one `data:` message as JSON. */
  send(data: unknown): void;
  end(): void;
}

/** The streams of one listener, so closing it ends every one. */
export class EventStreams {
  readonly #open = new Set<EventStream>();

  /** Starts a stream on `res`; `onClose` runs once however it ends (client gone, end(), endAll()). */
  open(res: ServerResponse, onClose: () => void = () => undefined): EventStream {
    res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    res.write(': connected\n\n');
    const stream: EventStream = {
      send: (data) => {
        if (res.writableEnded) return;
        // A page that stops reading would make the buffer grow without bound;
        // drop it instead, and it reconnects (and refetches) when it wakes up.
        if (res.writableLength > MAX_BUFFER_BYTES) res.destroy();
        else res.write(`data: ${JSON.stringify(data)}\n\n`);
      },
      end: () => res.end(),
    };
    this.#open.add(stream);
    const ping = setInterval(() => {
      if (!res.writableEnded) res.write(': ping\n\n');
    }, KEEPALIVE_MS);
    res.on('close', () => {
      clearInterval(ping);
      this.#open.delete(stream);
      onClose();
    });
    return stream;
  }

  endAll(): void {
    for (const stream of this.#open) stream.end();
  }
}
