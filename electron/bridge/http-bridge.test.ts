import http from 'node:http';
import net from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../test/support/core';
import { exampleWorkshop } from '../../test/support/board';
import { tempDir } from '../../test/support/temp-dir';
import { participantListXlsx } from '../../test/support/xlsx-files';
import { contract } from '../../shared/api/contract';
import { MAX_BODY_BYTES, startBridge, type Bridge } from './http-bridge';

const TOKEN = 'test-token-0123456789abcdef';

let app: TestApp;
let bridge: Bridge;

beforeEach(async () => {
  app = await openTestApp();
  bridge = await startBridge({ dispatch: app.core.dispatch, onChange: app.core.onChange, token: TOKEN, port: 0, staticDir: tempDir() });
});
afterEach(() => bridge.close());

function post(method: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${bridge.origin}/api/${method}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** fetch() may not override Host, so a rebinding request is sent with node:http. */
function postWithHost(host: string): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: bridge.port, path: '/api/programme.list', method: 'POST', headers: { Host: host, Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' } },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as unknown }));
      },
    );
    req.on('error', reject);
    req.end('{}');
  });
}

/** node:http refuses to send two Host headers, so this request is written to the socket by hand. */
function rawRequest(lines: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(bridge.port, '127.0.0.1', () => socket.end(`${lines.join('\r\n')}\r\n\r\n{}`));
    let text = '';
    socket.on('data', (chunk: Buffer) => (text += chunk.toString()));
    socket.on('end', () => resolve(text));
    socket.on('error', reject);
  });
}

describe('HTTP bridge', () => {
  it('answers a call in the ok envelope', async () => {
    const res = await post('programme.list', {});
    expect(res.status).toBe(200);
    const body = (await res.json()) as { ok: boolean; value: unknown[] };
    expect(body.ok).toBe(true);
    expect(body.value).toHaveLength(1);
  });

  it('refuses a missing or wrong token', async () => {
    for (const authorization of [undefined, 'Bearer wrong', `Basic ${TOKEN}`, `Bearer ${TOKEN}x`]) {
      const res = await fetch(`${bridge.origin}/api/programme.list`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...(authorization ? { Authorization: authorization } : {}) },
        body: '{}',
      });
      expect(res.status).toBe(401);
      expect(await res.json()).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    }
  });

  it('refuses a foreign Host (DNS rebinding) and a foreign Origin', async () => {
    const rebinding = await postWithHost(`evil.example:${bridge.port}`);
    expect(rebinding).toMatchObject({ status: 403, body: { ok: false, error: { code: 'forbidden_host' } } });
    expect((await postWithHost(`localhost:${bridge.port}`)).status).toBe(200);

    const crossOrigin = await post('programme.list', {}, { Origin: 'http://evil.example' });
    expect(crossOrigin.status).toBe(403);
    expect(await crossOrigin.json()).toMatchObject({ error: { code: 'forbidden_origin' } });

    const sameOrigin = await post('programme.list', {}, { Origin: bridge.origin });
    expect(sameOrigin.status).toBe(200);
  });

  it('refuses oversized, non-JSON and invalid bodies without changing anything', async () => {
    const tooBig = await post('programme.create', JSON.stringify({ name: 'x'.repeat(MAX_BODY_BYTES) }));
    expect(tooBig.status).toBe(413);
    const notJson = await post('programme.create', '{name:');
    expect(await notJson.json()).toMatchObject({ error: { code: 'bad_request' } });
    const invalid = await post('programme.create', { name: '', area: '', level: 'lokal', description: '' });
    expect(invalid.status).toBe(400);
    expect(await invalid.json()).toMatchObject({ error: { code: 'validation_failed' } });
    expect(await app.call('programme.list', {})).toHaveLength(1);
    expect(await app.call('history.state', {})).toEqual({ undo: null, redo: null, undoId: null });
  });

  it('lists the methods with JSON Schemas of their input', async () => {
    const unauth = await fetch(`${bridge.origin}/api/_methods`);
    expect(unauth.status).toBe(401);
    const res = await fetch(`${bridge.origin}/api/_methods`, { headers: { Authorization: `Bearer ${TOKEN}` } });
    const body = (await res.json()) as { value: { name: string; input: { type: string; required?: string[] } }[] };
    const create = body.value.find((m) => m.name === 'programme.create');
    expect(create?.input.type).toBe('object');
    expect(create?.input.required).toEqual(expect.arrayContaining(['name', 'level']));
    expect(body.value.map((m) => m.name)).toContain('history.undo');
  });

  it('records a change in the page’s scope from the scope header, and refuses a malformed one with nothing changed', async () => {
    const [programme] = await app.call('programme.list', {});
    const scope = `programme:${programme!.id}`;
    const bad = await post('programme.update', { id: programme!.id, name: 'Fel' }, { 'X-Samverkstad-Scope': 'programme:inte-ett-id' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect((await post('programme.update', { id: programme!.id, name: 'Rätt' }, { 'X-Samverkstad-Scope': scope })).status).toBe(200);
    expect(await app.in(scope).call('history.state', {})).toMatchObject({ undo: 'programme.update' });
    expect(await app.in('home').call('history.state', {})).toMatchObject({ undo: null });
    expect((await app.call('programme.get', { id: programme!.id })).name).toBe('Rätt');
  });

  it('streams change events to subscribers', async () => {
    const controller = new AbortController();
    const res = await fetch(`${bridge.origin}/api/_events`, { headers: { Authorization: `Bearer ${TOKEN}` }, signal: controller.signal });
    expect(res.headers.get('content-type')).toBe('text/event-stream');
    const reader = res.body!.getReader();
    await reader.read();
    await post('programme.create', { name: 'Ny', area: '', level: 'intern', description: '' });
    let text = '';
    while (!text.includes('data:')) text += new TextDecoder().decode((await reader.read()).value);
    expect(JSON.parse(text.slice(text.indexOf('data:') + 5).trim())).toEqual({
      reason: 'mutation',
      method: 'programme.create',
      entities: ['programme'],
    });
    controller.abort();
  });

  it('refuses a request with two Host headers', async () => {
    const request = (hosts: readonly string[]) =>
      rawRequest([
        'POST /api/programme.list HTTP/1.1',
        ...hosts.map((host) => `Host: ${host}`),
        `Authorization: Bearer ${TOKEN}`,
        'Content-Type: application/json',
        'Content-Length: 2',
        'Connection: close',
      ]);
    const twice = await request([`127.0.0.1:${bridge.port}`, 'evil.example']);
    expect(twice).toMatch(/^HTTP\/1\.1 400 /);
    expect(twice).toContain('"code":"bad_request"');
    const sameTwice = await request([`127.0.0.1:${bridge.port}`, `127.0.0.1:${bridge.port}`]);
    expect(sameTwice).toMatch(/^HTTP\/1\.1 400 /);
    expect(await request([`127.0.0.1:${bridge.port}`])).toMatch(/^HTTP\/1\.1 200 /);
  });

  it('takes a file upload above the default body cap only where the contract allows it', async () => {
    const garbage = 'A'.repeat(MAX_BODY_BYTES + 10);
    // Past the 1 MiB default, the import reaches the reader (which finds no workbook) instead of a bare 413.
    const accepted = await post('participant.previewImport', { source: { format: 'xlsx', base64: garbage } });
    expect(await accepted.json()).toMatchObject({ error: { code: 'import_unreadable' } });
    const cap = contract['participant.previewImport'].maxBodyBytes!;
    const beyond = await post('participant.previewImport', { source: { format: 'xlsx', base64: 'A'.repeat(cap) } });
    expect(beyond.status).toBe(413);
  });

  it('keeps answering other requests within a second while a 20,000-row import is read', async () => {
    const workshop = await exampleWorkshop(app);
    const base64 = (await participantListXlsx(20_000)).toString('base64');
    let reading = true;
    const importing = post('participant.previewImport', { source: { format: 'xlsx', base64 } }).then(async (res) => {
      reading = false;
      return res.json();
    });
    const waits: number[] = [];
    while (reading) {
      const started = performance.now();
      const res = await post('participant.list', { workshopId: workshop.id });
      expect(res.status).toBe(200);
      waits.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    // More rows than one import may add: refused with the cap, after the whole sheet was read.
    expect(await importing).toMatchObject({ ok: false, error: { code: 'import_too_large', details: { limit: 'participants', max: 500 } } });
    const longest = Math.max(...waits);
    console.log(`during a 20,000-row import: ${waits.length} other requests, longest wait ${longest.toFixed(0)} ms`);
    expect(waits.length).toBeGreaterThan(5);
    expect(longest).toBeLessThan(1_000);
  }, 60_000);
});
