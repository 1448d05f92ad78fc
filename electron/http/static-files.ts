import fs from 'node:fs';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import { SECURITY_HEADERS } from './responses';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' }).end(text);
}

/** The decoded path of a URL, or null when it cannot be a file name (bad escapes, NUL). */
function decodedPath(urlPath: string): string | null {
  try {
    const decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
    return decoded.includes('\0') ? null : decoded;
  } catch {
    return null;
  }
}

/** The existing file `decoded` names inside root, if any. */
function fileInside(root: string, decoded: string): string | undefined {
  const base = path.resolve(root);
  const candidate = path.resolve(base, `.${decoded}`);
  const inside = candidate === base || candidate.startsWith(base + path.sep);
  return inside && fs.existsSync(candidate) && fs.statSync(candidate).isFile() ? candidate : undefined;
}

/** Pages are fetched fresh (they name the current bundle); hashed assets are cached for good. */
function sendFile(res: ServerResponse, file: string, page: boolean): void {
  const type = CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';
  res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': page ? 'no-store' : 'public, max-age=31536000, immutable' });
  fs.createReadStream(file).pipe(res);
}

/** Serves the built renderer; any path that is not a file falls back to index.html. */
export function serveStatic(root: string, urlPath: string, res: ServerResponse): void {
  const decoded = decodedPath(urlPath);
  if (decoded === null) return sendText(res, 400, 'Bad request');
  const file = fileInside(root, decoded) ?? path.join(root, 'index.html');
  if (!fs.existsSync(file)) return sendText(res, 404, 'Renderer not built: run npm run build');
  sendFile(res, file, file.endsWith('index.html'));
}

/**
 * Serves a bundle that exposes nothing but its page at `/` and its built
 * assets under `/assets/` (the phone's: a device on the room's network gets
 * no other file, and no other path falls back to the page).
 */
export function servePage(root: string, pageFile: string, urlPath: string, res: ServerResponse): void {
  const decoded = decodedPath(urlPath);
  if (decoded === null) return sendText(res, 400, 'Bad request');
  const file = decoded === '/' ? fileInside(root, `/${pageFile}`) : decoded.startsWith('/assets/') ? fileInside(path.join(root, 'assets'), decoded.slice('/assets'.length)) : undefined;
  if (file === undefined) return sendText(res, 404, 'Not found');
  sendFile(res, file, decoded === '/');
}
