/**
 * Serves the built renderer over app://samverkstad instead of file://, so the
 * page gets a real, narrow origin: CSP 'self' means exactly these files, and
 * the IPC and navigation guards have one origin to compare against.
 */
import { promises as fs } from 'node:fs';
import { protocol } from 'electron';
import { APP_HOST, APP_SCHEME } from './origin';
import { contentTypeFor, resolveRendererFile } from './renderer-files';

// Shaped like Electron's webRequest `responseHeaders` so static checkers
// (Electronegativity's CSP check) can read the policy. The webRequest header
// hooks never run for custom schemes, so this handler is the only place the
// policy can be attached.
const SECURITY_HEADERS = Object.freeze({
  responseHeaders: {
    'Content-Security-Policy': [
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    ],
    'X-Content-Type-Options': ['nosniff'],
    'Referrer-Policy': ['no-referrer'],
    'Cross-Origin-Opener-Policy': ['same-origin'],
  },
});

/** Must run before app 'ready': scheme privileges are fixed at startup. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

function respond(status: number, body: BodyInit | null, contentType = 'text/plain; charset=utf-8'): Response {
  const headers = new Headers({ 'Content-Type': contentType });
  for (const [name, values] of Object.entries(SECURITY_HEADERS.responseHeaders)) {
    for (const value of values) headers.append(name, value);
  }
  return new Response(body, { status, headers });
}

async function readFileIfPresent(file: string): Promise<Buffer | null> {
  try {
    const stat = await fs.stat(file);
    return stat.isFile() ? await fs.readFile(file) : null;
  } catch {
    return null;
  }
}

/** Call after 'ready'. rendererDir is dist/renderer (inside app.asar when packaged). */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return respond(404, 'Not found');
    if (request.method !== 'GET' && request.method !== 'HEAD') return respond(405, 'Method not allowed');

    const file = resolveRendererFile(rendererDir, url.pathname);
    if (file === null) return respond(403, 'Forbidden');

    const body = await readFileIfPresent(file);
    if (body === null) return respond(404, 'Not found');
    return respond(200, request.method === 'HEAD' ? null : new Uint8Array(body), contentTypeFor(file));
  });
}
