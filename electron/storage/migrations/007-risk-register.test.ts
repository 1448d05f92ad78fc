import { describe, expect, it } from 'vitest';
import { openTestApp } from '../../../test/support/core';
import { tempDir } from '../../../test/support/temp-dir';
import { migrations } from './index';

describe('migration 007: riskregister', () => {
  it('upgrade a v6 file with a handlingsplan: its programme gets a register whose risks can come from the plan’s områden', async () => {
    const dataDir = tempDir();
    const older = await openTestApp({ dataDir, migrations: migrations.filter((m) => m.version <= 6) });
    const [programme] = await older.call('programme.list', {});
    const plan = await older.call('plan.create', { programmeId: programme!.id, title: 'Handlingsplan', periodStart: '2026-01-01', periodEnd: '2026-12-31', template: 'empty' });
    const area = await older.call('planArea.create', { planId: plan.id, title: 'Tryggt mottagande' });
    older.core.close();

    const current = await openTestApp({ dataDir });
    expect(await current.call('riskRegister.forProgramme', { programmeId: programme!.id })).toBeNull();
    const register = await current.call('riskRegister.create', { programmeId: programme!.id });
    const risk = await current.call('risk.create', { registerId: register.id, title: 'Kallelsen dröjer', origin: { source: 'area', areaId: area.id } });
    expect(risk).toMatchObject({ code: 'R1', sourceLabel: 'Tryggt mottagande' });
    await current.call('planArea.delete', { id: area.id });
    expect((await current.call('riskRegister.get', { id: register.id })).risks[0]).toMatchObject({ sourceAreaId: null, sourceLabel: null });
  });
});
