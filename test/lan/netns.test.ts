/**
 * The real network path: the "phone" is a Node client in its own network
 * namespace, at another address, reaching this machine over a veth pair —
 * not loopback. .ci/run sets the namespace up as root (scripts/lan-netns.sh)
 * and names it in SAMVERKSTAD_NETNS, with this machine's end of the pair in
 * SAMVERKSTAD_NETNS_HOST.
 */
import { execFile, spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { baseOf, openJoiningApp, startJoining, type EventWatchResult, type PhoneTransport } from '../support/lan-session';
import { every, machineNetwork } from '../../electron/join/interfaces';
import { runAddressGoneScenario } from '../support/lan-address-gone';
import { runIssueScenario } from '../support/lan-scenario';
import { phoneRequest, type PhoneRequest, type PhoneResponse } from '../support/phone-client';

const NETNS = process.env.SAMVERKSTAD_NETNS;
const HOST = process.env.SAMVERKSTAD_NETNS_HOST;
const CLIENT = path.resolve(import.meta.dirname, '../support/phone-client.ts');

if (!NETNS || !HOST) {
  console.warn(
    'test/lan skipped: SAMVERKSTAD_NETNS and SAMVERKSTAD_NETNS_HOST are not set. .ci/run sets up the phone namespace as root; by hand: ' +
      'eval "$(sudo scripts/lan-netns.sh up svmine)" and run again, then sudo scripts/lan-netns.sh down svmine.',
  );
}

/** Node 24 (the one running the tests) inside the namespace, on the phone client script. */
function inNamespace(netns: string, command: unknown): string[] {
  return ['netns', 'exec', netns, process.execPath, CLIENT, JSON.stringify(command)];
}

function namespacePhone(netns: string): PhoneTransport {
  return {
    request: async (request: PhoneRequest) => {
      const { stdout } = await promisify(execFile)('ip', inNamespace(netns, request));
      return JSON.parse(stdout) as PhoneResponse;
    },
    watch: (base, token) => {
      const child = spawn('ip', inNamespace(netns, { events: { base, token } }), { stdio: ['ignore', 'pipe', 'inherit'] });
      const lines = readline.createInterface({ input: child.stdout })[Symbol.asyncIterator]();
      const next = async () => JSON.parse(((await lines.next()).value as string | undefined) ?? 'null') as Record<string, unknown> | null;
      const opened = next().then((line) => (line?.opened ?? { status: 0, stream: false }) as { status: number; stream: boolean });
      const ended = opened.then(next).then((line) => ({ events: (line?.events ?? []) as unknown[] }) satisfies EventWatchResult);
      return { opened, ended, stop: () => child.kill() };
    },
  };
}

describe.skipIf(!NETNS || !HOST)('joining from a phone on another address (network namespace)', () => {
  it('the namespace is usable: its own address, and this machine reachable only over the veth', async () => {
    const { stdout } = await promisify(execFile)('ip', ['-n', NETNS!, '-4', '-o', 'addr', 'show']);
    const own = [...stdout.matchAll(/inet (\d+\.\d+\.\d+\.\d+)\//g)].map((match) => match[1]);
    expect(own).toContain('127.0.0.1');
    expect(own.filter((address) => address !== '127.0.0.1' && address !== HOST)).toHaveLength(1);
    expect(own).not.toContain(HOST);
  });

  it('joins and works, and is refused off, with an expired code, a removed token, a facilitator’s method, another workshop, a foreign Origin', async () => {
    const app = await openJoiningApp();
    await runIssueScenario(app, namespacePhone(NETNS!), HOST!);
  }, 120_000);

  it('ends when this machine’s address on the veth is deleted, and the address comes back for the next test', async () => {
    // The real interfaces, checked often so the test does not sit out the app's interval.
    const app = await openJoiningApp({ network: { ...machineNetwork, repeat: every(100) } });
    // scripts/lan-netns.sh names this machine's end of the pair <namespace>h, holding HOST/24.
    const ip = (action: 'add' | 'del') => promisify(execFile)('ip', ['addr', action, `${HOST!}/24`, 'dev', `${NETNS!}h`]).then(() => undefined);
    let taken = false;
    try {
      await runAddressGoneScenario(app, namespacePhone(NETNS!), HOST!, {
        takeAway: async () => {
          taken = true;
          await ip('del');
        },
        phoneHearsTheEnd: false,
        giveBack: async () => {
          await ip('add');
          taken = false;
        },
      });
    } finally {
      if (taken) await ip('add');
    }
  }, 60_000);

  it('listens on the chosen address alone', async () => {
    const app = await openJoiningApp();
    const status = await startJoining(app, HOST!);
    const phone = namespacePhone(NETNS!);
    expect((await phone.request({ base: baseOf(status), path: '/', method: 'GET' })).status).toBe(200);
    // Loopback here is not served, and the namespace's own loopback is another machine.
    expect((await phoneRequest({ base: `http://127.0.0.1:${status.port}`, path: '/', method: 'GET' })).error).toBe('ECONNREFUSED');
    expect((await phone.request({ base: `http://127.0.0.1:${status.port}`, path: '/', method: 'GET' })).error).toBe('ECONNREFUSED');
  }, 60_000);
});
