import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { phoneCall, phoneRequest } from '../support/phone-client';
import { tempDir } from '../support/temp-dir';
import { apiCall, startWebServer, WEB_ENTRY } from './support/web-server';

const PHONE_PAGE = path.join(path.dirname(WEB_ENTRY), 'phone', 'phone.html');

describe('web mode: the room’s listener', () => {
  it('serves the phone’s build and none of the facilitator’s, and ends every device’s access when the app quits', async () => {
    const server = await startWebServer(tempDir());
    const [programme] = await apiCall(server, 'programme.list', {});
    const [workshop] = await apiCall(server, 'workshop.list', { programmeId: programme!.id });
    const status = await apiCall(server, 'join.start', { workshopId: workshop!.id, address: '127.0.0.1', allowAnonymous: false });
    if (!status.on) throw new Error('joining stayed off');
    const base = status.url.replace(/\/$/, '');

    const page = await phoneRequest({ base, path: '/', method: 'GET' });
    // The phone's Vite build (dist/phone) is served as it is when the build wrote it.
    if (fs.existsSync(PHONE_PAGE)) expect(page).toMatchObject({ status: 200, body: fs.readFileSync(PHONE_PAGE, 'utf8') });
    else expect(page.status).toBe(404);
    const facilitatorAsset = fs.readdirSync(path.join(path.dirname(WEB_ENTRY), 'renderer', 'assets'))[0]!;
    expect((await phoneRequest({ base, path: `/assets/${facilitatorAsset}`, method: 'GET' })).status).toBe(404);
    expect((await phoneRequest({ base, path: '/index.html', method: 'GET' })).status).toBe(404);
    // The run's token is the facilitator's and means nothing here.
    expect(await phoneCall(base, 'join.status', { workshopId: workshop!.id }, { token: server.token })).toMatchObject({ status: 401, body: { error: { code: 'device_removed' } } });

    const joined = await phoneCall(base, 'phone.join', { code: status.code });
    expect(joined.status).toBe(200);
    await server.stop();
    expect((await phoneRequest({ base, path: '/', method: 'GET' })).error).toBe('ECONNREFUSED');
  });
});
