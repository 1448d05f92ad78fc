import { spawn } from 'node:child_process';
import readline from 'node:readline';

/** Starts the built web mode (dist/web.cjs) on a free port; resolves with its URL parts. */
export function startWeb(dataDir) {
  const child = spawn(process.execPath, ['dist/web.cjs', '--port', '0', '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`web server exited with ${code}`)));
    readline.createInterface({ input: child.stdout }).on('line', (line) => {
      const match = /^SAMVERKSTAD_URL=(http:\/\/127\.0\.0\.1:\d+)\/#token=(.+)$/.exec(line);
      if (!match) return;
      const [, origin, token] = match;
      const call = async (method, input) => {
        const res = await fetch(`${origin}/api/${method}`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
          body: JSON.stringify(input),
        });
        const body = await res.json();
        if (!body.ok) throw new Error(`${method}: ${body.error.code} ${body.error.message}`);
        return body.value;
      };
      resolve({ url: line.slice('SAMVERKSTAD_URL='.length), origin, token, call, pid: child.pid, stop: () => child.kill('SIGTERM') });
    });
  });
}
