import { describe, expect, it } from 'vitest';
import type { MapView } from '../../../shared/processmap/schema';
import { openTestApp } from '../../../test/support/core';
import { newMap } from '../../../test/support/processmap';

const byLabel = (view: MapView, start: string) => view.elements.find((e) => e.label.startsWith(start))!;

describe('explicit links between nuläge and önskat läge', () => {
  it('a new link takes both steps out of their old links, clearing falls back to the name, and one undo takes each back', async () => {
    const app = await openTestApp();
    const { map: current, view: now } = await newMap(app);
    const desired = await app.call('processMap.createCounterpart', { counterpartOf: current.id });
    const copy = await app.call('processMap.get', { id: desired.id });
    const scoped = app.in(`map:${current.id}`);
    const [sip, planning] = [byLabel(now, 'Kallelse till SIP'), byLabel(now, 'Varje part planerar')];
    const [sipCopy, planningCopy] = [byLabel(copy, 'Kallelse till SIP'), byLabel(copy, 'Varje part planerar')];
    const matchOf = async (desiredId: string) => (await app.call('processMap.compare', { id: current.id })).steps.find((s) => s.desiredId === desiredId);

    // The SIP call of önskat läge is said to be what own planning was; the SIP call of nuläge has no partner left.
    await scoped.call('mapElement.update', { id: sipCopy.id, linkId: planning.id });
    expect(await matchOf(sipCopy.id)).toMatchObject({ currentId: planning.id, matchedBy: 'link' });
    expect(await matchOf(planningCopy.id)).toMatchObject({ status: 'new', currentId: null });
    const links = new Map((await app.call('processMap.get', { id: desired.id })).elements.map((e) => [e.id, e.linkId]));
    expect([links.get(sipCopy.id), links.get(planningCopy.id)]).toEqual([planning.id, null]);
    expect((await app.call('processMap.compare', { id: current.id })).changes.map((c) => [c.kind, c.step])).toEqual(
      expect.arrayContaining([['new', planningCopy.label], ['removed', sip.label]]),
    );

    // Cleared, the step is matched by its name again.
    await scoped.call('mapElement.update', { id: sipCopy.id, linkId: null });
    expect(await matchOf(sipCopy.id)).toMatchObject({ status: 'same', currentId: sip.id, matchedBy: 'name' });

    await scoped.call('history.undo', { scope: `map:${current.id}` as never });
    expect(await matchOf(sipCopy.id)).toMatchObject({ currentId: planning.id, matchedBy: 'link' });
    await scoped.call('history.undo', { scope: `map:${current.id}` as never });
    expect(await matchOf(sipCopy.id)).toMatchObject({ status: 'same', currentId: sip.id, matchedBy: 'link' });
    expect(await matchOf(planningCopy.id)).toMatchObject({ status: 'same', currentId: planning.id, matchedBy: 'link' });

    expect((await app.fail('mapElement.update', { id: sipCopy.id, linkId: planningCopy.id })).details).toEqual([expect.objectContaining({ path: ['linkId'], code: 'other_map' })]);
  });
});
