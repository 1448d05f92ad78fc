import { describe, expect, it } from 'vitest';
import { openTestApp } from '../../../test/support/core';
import { newMap } from '../../../test/support/processmap';
import { descendants, parseXml, textOf, type XmlNode } from '../../../test/support/xml-tree';

const ids = (svg: XmlNode, attribute: string) => descendants(svg).flatMap((node) => (attribute in node.attributes ? [node.attributes[attribute]] : []));
const texts = (svg: XmlNode) => descendants(svg).filter((node) => node.name === 'text').map(textOf);

describe('a process map exported as SVG', () => {
  it('holds every element and arrow of the LOS map, a loop and a back edge included, with lane names, title and legend in Swedish', async () => {
    const app = await openTestApp();
    const { map, view } = await newMap(app);
    const ready = view.elements.find((e) => e.label.startsWith('Bedöms utskrivningsklar'))!;
    const notice = view.elements.find((e) => e.label.startsWith('Inskrivningsmeddelande'))!;
    await app.call('mapArrow.create', { mapId: map.id, from: ready.id, to: ready.id, label: 'väntar på besked' });
    await app.call('mapArrow.create', { mapId: map.id, from: ready.id, to: notice.id, label: '' });
    await app.call('mapElement.update', { id: ready.id, problem: true });
    const saved = await app.call('processMap.get', { id: map.id });

    const file = await app.call('processMap.exportSvg', { id: map.id });
    expect(file.fileName).toBe('Utskrivning från sjukhus – Nuläge.svg');
    expect(file.mimeType).toBe('image/svg+xml');
    const svg = parseXml(Buffer.from(file.base64, 'base64').toString('utf8'));
    expect(ids(svg, 'data-element-id').sort()).toEqual(saved.elements.map((e) => e.id).sort());
    expect(ids(svg, 'data-arrow-id').sort()).toEqual(saved.arrows.map((a) => a.id).sort());
    expect(saved.arrows).toHaveLength(view.arrows.length + 2);
    expect(ids(svg, 'data-lane-id')).toEqual(saved.lanes.map((l) => l.id));
    expect(ids(svg, 'data-problem')).toHaveLength(2);
    expect(texts(svg)).toEqual(expect.arrayContaining(['Utskrivning från sjukhus – Nuläge', 'Exempel: LOS Ronneby', 'Teckenförklaring', 'Utmaningskort', 'Problem i nuläget', 'väntar på besked', 'ja', 'nej']));
  });

  it('speaks the UI language, and counts a card’s notes in it', async () => {
    const app = await openTestApp();
    await app.call('settings.update', { language: 'en' });
    const { map, view } = await newMap(app, 'home_care', 'onskat');
    await app.call('mapElement.create', { mapId: map.id, kind: 'challenge', x: 1800, y: view.lanes[0]!.height / 2 - 50, label: 'Nobody knows who calls the meeting' });
    const file = await app.call('processMap.exportSvg', { id: map.id });
    expect(file.fileName).toBe('Utskrivning från sjukhus – Desired state.svg');
    const svg = parseXml(Buffer.from(file.base64, 'base64').toString('utf8'));
    expect(texts(svg)).toEqual(expect.arrayContaining(['Legend', 'Challenge card', 'Problem today', 'Flow', '0 notes', 'needs have changed']));
    expect(ids(svg, 'data-element-id')).toHaveLength(view.elements.length + 1);
  });

  it('gives a file that opens whatever the map, lane and step are called', async () => {
    const app = await openTestApp();
    const { map, view } = await newMap(app);
    const awkward = '<Steg> & "citat" \'x\' ]]> \u{1F600}';
    await app.call('processMap.update', { id: map.id, name: `</svg>${awkward}` });
    await app.call('mapLane.update', { id: view.lanes[0]!.id, name: awkward });
    await app.call('mapElement.update', { id: view.elements[0]!.id, label: awkward, responsible: '&amp;' });
    const file = await app.call('processMap.exportSvg', { id: map.id });
    expect(file.fileName).toMatch(/^[^<>"/\\]+ – Nuläge\.svg$/);
    const svg = parseXml(Buffer.from(file.base64, 'base64').toString('utf8'));
    expect(texts(svg)).toContain(`</svg>${awkward} – Nuläge`);
    expect(textOf(descendants(svg).find((n) => n.attributes['data-element-id'] === view.elements[0]!.id)!)).toContain('&amp;');
  });

  it('answers not_found for a map that is not there', async () => {
    const app = await openTestApp();
    expect((await app.fail('processMap.exportSvg', { id: '00000000-0000-4000-8000-000000000000' as never })).code).toBe('not_found');
  });
});
