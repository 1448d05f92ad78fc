import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/api/contract';

export interface WebServer {
  /** The full URL with the token fragment, as printed by `npm run web`. */
  readonly url: string;
  readonly origin: string;
  readonly token: string;
  stop(): Promise<void>;
}

export const WEB_ENTRY = path.resolve('dist/web.cjs');

/** Starts the built web mode on a free port over the given data folder. */
export function startWebServer(dataDir: string, extraArgs: readonly string[] = []): Promise<WebServer> {
  const child: ChildProcess = spawn(process.execPath, [WEB_ENTRY, '--port', '0', '--data-dir', dataDir, ...extraArgs], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`web server did not start:\n${stderr}`)), 20_000);
    child.once('exit', (code) => reject(new Error(`web server exited with ${code}:\n${stderr}`)));
    readline.createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = /^SAMVERKSTAD_URL=(http:\/\/127\.0\.0\.1:\d+)\/#token=(.+)$/.exec(line);
      if (!match) return;
      clearTimeout(timer);
      resolve({
        url: line.slice('SAMVERKSTAD_URL='.length),
        origin: match[1]!,
        token: match[2]!,
        stop: () =>
          new Promise((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
  });
}

/** Calls the API the way the page does (bearer token, JSON), for seeding and for checking saved state. */
export async function apiCall<M extends MethodName>(server: WebServer, method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const response = await fetch(`${server.origin}/api/${method}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  const body = (await response.json()) as { ok: boolean; value?: unknown; error?: unknown };
  if (!body.ok) throw new Error(`${method} failed: ${JSON.stringify(body.error)}`);
  return body.value as MethodOutput<M>;
}
