import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { awkwardText } from '../../test/support/awkward-text';
import { descendants, parseXml, textOf, type XmlNode } from '../../test/support/xml-tree';
import { replaceForbiddenCharacters } from '../common/text';
import { absoluteY } from './lanes';
import { MapArrow, MapElement, MapPhase, MapView } from './schema';
import { defaultSize, templatePlacement } from './sizes';
import { mapSvg, type MapSvgLabels } from './svg';
import { routeArrow } from './svg-routes';
import { textWidth, wrapText, xmlText } from './svg-text';
import { templateMap } from './templates';

const labels: MapSvgLabels = {
  kinds: { step: 'Steg', decision: 'Beslut', start: 'Start', end: 'Slut', document: 'Information eller dokument', comment: 'Kommentar', challenge: 'Utmaningskort' },
  states: { nulage: 'Nuläge', onskat: 'Önskat läge' },
  legend: 'Teckenförklaring',
  problem: 'Problem',
  problems: 'Problemen i nuläget',
  arrow: 'Flöde',
  noteCount: (count) => `${count} ${count === 1 ? 'lapp' : 'lappar'}`,
};

let next = 0;
const uuid = () => `00000000-0000-4000-8000-${String((next += 1)).padStart(12, '0')}`;
const MAP_ID = uuid();

/** A map as the store would give it, laid out from a template the way the service does it. */
function templateView(template: 'los_discharge' | 'home_care'): MapView {
  const content = templateMap(template, 'sv');
  const lanes = content.lanes.map((lane, rank) => ({ id: uuid(), mapId: MAP_ID, name: lane.name, height: 160, huvudman: lane.huvudman, rank }));
  const keys = new Map<string, string>();
  const elements = content.elements.map((e) => {
    const id = uuid();
    keys.set(e.key, id);
    return element({ id, kind: e.kind, laneId: lanes[e.lane]!.id, ...templatePlacement(e.kind, e.column), ...defaultSize(e.kind), label: e.label, responsible: e.responsible });
  });
  const arrows = content.arrows.map((a) => arrow(keys.get(a.from)!, keys.get(a.to)!, a.label));
  return MapView.parse({
    map: { id: MAP_ID, programmeId: uuid(), name: 'Utskrivning från sjukhus', state: 'nulage', pairId: null, template, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' },
    lanes,
    phases: [],
    elements,
    arrows,
  });
}

function element(fields: Readonly<Record<string, unknown>>): MapElement {
  return MapElement.parse({ mapId: MAP_ID, x: 40, offset: 40, width: 180, height: 80, label: '', description: '', responsible: '', problem: false, clusterId: null, noteIds: [], noteCount: 0, pinnedTo: null, linkId: null, activityId: null, ...fields });
}

const arrow = (from: string, to: string, label = ''): MapArrow => MapArrow.parse({ id: uuid(), mapId: MAP_ID, from, to, label });
const phase = (name: string, width: number, rank: number): MapPhase => MapPhase.parse({ id: uuid(), mapId: MAP_ID, name, width, rank });

const withAttribute = (root: XmlNode, name: string) => descendants(root).filter((node) => name in node.attributes);
const groupOf = (root: XmlNode, name: string, id: string) => withAttribute(root, name).find((node) => node.attributes[name] === id)!;
/** The points of a path made of M and L commands. */
const pointsOf = (d: string) => [...d.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)].map(([, x, y]) => ({ x: Number(x), y: Number(y) }));

describe('the map drawn as SVG', () => {
  it('holds one group per element and per arrow of the LOS map, a loop arrow included, each arrow with its head', () => {
    const view = templateView('los_discharge');
    const ready = view.elements.find((e) => e.label.startsWith('Bedöms utskrivningsklar'))!;
    const notice = view.elements.find((e) => e.label.startsWith('Inskrivningsmeddelande'))!;
    view.arrows.push(arrow(ready.id, ready.id, 'väntar på besked'), arrow(ready.id, notice.id, 'nytt meddelande'));
    const svg = parseXml(mapSvg(view, labels, { programme: 'LOS Ronneby' }));

    expect(svg.name).toBe('svg');
    expect(svg.attributes.xmlns).toBe('http://www.w3.org/2000/svg');
    expect(withAttribute(svg, 'data-element-id').map((g) => g.attributes['data-element-id'])).toEqual(view.elements.map((e) => e.id));
    expect(withAttribute(svg, 'data-arrow-id').map((g) => g.attributes['data-arrow-id'])).toEqual(view.arrows.map((a) => a.id));
    for (const g of withAttribute(svg, 'data-arrow-id')) {
      expect(g.children.find((c) => c.name === 'path')!.attributes['marker-end']).toBe('url(#pm-arrowhead)');
    }
    expect(descendants(svg).find((n) => n.name === 'marker')!.attributes.id).toBe('pm-arrowhead');
    expect(withAttribute(svg, 'data-lane-id').map((g) => textOf(g))).toEqual(view.lanes.map((lane) => expect.stringContaining(lane.name.split(' ')[0]!)));
    const texts = descendants(svg).filter((n) => n.name === 'text').map(textOf);
    expect(texts).toEqual(expect.arrayContaining(['Utskrivning från sjukhus – Nuläge', 'LOS Ronneby', 'väntar på besked', 'nytt meddelande', 'ja', 'nej']));
    const legend = withAttribute(svg, 'data-legend')[0]!;
    // The problem marker's sample carries its "!" as text of its own.
    expect(descendants(legend).filter((n) => n.name === 'text').map(textOf).filter((t) => t !== '!')).toEqual(['Teckenförklaring', ...Object.values(labels.kinds), 'Problem', 'Flöde']);
    expect(textOf(descendants(svg).find((n) => n.name === 'title')!)).toBe('Utskrivning från sjukhus – Nuläge (LOS Ronneby)');
  });

  it('puts each element where the model has it: its x, and its lane top plus its offset', () => {
    const view = templateView('los_discharge');
    const drawn = parseXml(mapSvg(view, labels));
    const body = descendants(drawn).find((n) => n.attributes.transform)!;
    const [dx, dy] = /translate\(([-\d.]+) ([-\d.]+)\)/.exec(body.attributes.transform!)!.slice(1).map(Number) as [number, number];
    for (const e of view.elements.filter((x) => x.kind === 'step')) {
      const rect = groupOf(drawn, 'data-element-id', e.id).children.find((c) => c.name === 'rect')!;
      expect([Number(rect.attributes.x), Number(rect.attributes.y)]).toEqual([e.x, absoluteY(view.lanes, e.laneId, e.offset)]);
    }
    // Every element lies inside the picture, the lane names' column to its left.
    const [width, height] = [Number(drawn.attributes.width), Number(drawn.attributes.height)];
    for (const e of view.elements) {
      expect(e.x + dx).toBeGreaterThan(200);
      expect(e.x + e.width + dx).toBeLessThan(width);
      expect(absoluteY(view.lanes, e.laneId, e.offset) + e.height + dy).toBeLessThan(height);
    }
  });

  it('draws each kind with its own shape, the problem marker, a card with its note count and a pin to its step', () => {
    const view = templateView('home_care');
    const lane = view.lanes[1]!.id;
    const problemStep = view.elements.find((e) => e.kind === 'step')!;
    problemStep.problem = true;
    const card = element({ id: uuid(), kind: 'challenge', laneId: lane, x: 900, offset: 30, width: 200, height: 100, label: 'Ingen vet vem som kallar', noteCount: 3, pinnedTo: problemStep.id });
    const comment = element({ id: uuid(), kind: 'comment', laneId: lane, x: 1200, label: 'Se över' });
    const document = element({ id: uuid(), kind: 'document', laneId: lane, x: 1500, label: 'Vårdplan' });
    view.elements.push(card, comment, document);
    const svg = parseXml(mapSvg(view, labels));
    const shape = (id: string) => groupOf(svg, 'data-element-id', id).children[1]!;

    expect(shape(view.elements.find((e) => e.kind === 'decision')!.id).name).toBe('polygon');
    expect(shape(view.elements.find((e) => e.kind === 'start')!.id).attributes.rx).toBe('30');
    expect(shape(problemStep.id).attributes.rx).toBe('10');
    expect(shape(document.id).attributes.d).toContain('Q');
    expect(shape(comment.id).name).toBe('path');
    expect(withAttribute(groupOf(svg, 'data-element-id', problemStep.id), 'data-problem')).toHaveLength(1);
    expect(withAttribute(svg, 'data-problem')).toHaveLength(2); // the step's, and the legend's sample
    const cardGroup = groupOf(svg, 'data-element-id', card.id);
    expect(textOf(withAttribute(cardGroup, 'data-note-count')[0]!)).toBe('3 lappar');
    expect(textOf(cardGroup)).toContain('Ingen vet vem som kallar');
    expect(withAttribute(svg, 'data-pin-of').map((p) => p.attributes['data-pin-of'])).toEqual([card.id]);
    // The responsible person shows under a step's text.
    expect(textOf(groupOf(svg, 'data-element-id', view.elements.find((e) => e.label === 'Utreda och bedöma')!.id))).toContain('Sjuksköterska i kommunen');
  });

  it('numbers the problems that have a text beside their markers, along the flow, and lists them in words under the legend', () => {
    const view = templateView('los_discharge');
    const steps = view.elements.filter((e) => e.kind === 'step').sort((a, b) => a.x - b.x);
    const [early, later, bare] = [steps[0]!, steps[3]!, steps[5]!];
    Object.assign(later, { problem: true, description: Array(12).fill('Kallelsen kommer för sent, ofta efter att patienten redan har kommit hem.').join(' ') });
    Object.assign(early, { problem: true, description: '  Ingen vet vem som skickar <meddelandet> & när  ' });
    Object.assign(bare, { problem: true, description: '   ' });
    const svg = parseXml(mapSvg(view, labels));

    const numberOn = (id: string) => withAttribute(groupOf(svg, 'data-element-id', id), 'data-problem-number').map(textOf);
    expect([numberOn(early.id), numberOn(later.id), numberOn(bare.id)]).toEqual([['1'], ['2'], []]);
    expect(withAttribute(groupOf(svg, 'data-element-id', bare.id), 'data-problem')).toHaveLength(1);
    const list = withAttribute(svg, 'data-problems')[0]!;
    expect(textOf(list.children[0]!)).toBe('Problemen i nuläget');
    const notes = withAttribute(list, 'data-problem-note');
    expect(notes.map((n) => n.attributes['data-problem-of'])).toEqual([early.id, later.id]);
    expect(notes.map((n) => textOf(n.children[0]!))).toEqual(['1.', '2.']);
    expect(textOf(notes[0]!.children[1]!)).toBe(`${early.label}: Ingen vet vem som skickar <meddelandet> & när`);
    // A long text wraps onto lines of its own rather than running off the picture, and all of it is kept.
    const wrapped = notes[1]!.children[1]!.children.map(textOf);
    expect(wrapped.length).toBeGreaterThan(1);
    expect(wrapped.join(' ')).toBe(`${later.label}: ${later.description}`);
    const [width, height] = [Number(svg.attributes.width), Number(svg.attributes.height)];
    for (const line of notes[1]!.children[1]!.children) {
      expect(Number(line.attributes.x) + textWidth(textOf(line), 11)).toBeLessThanOrEqual(width - 24);
      expect(Number(line.attributes.y)).toBeLessThan(height);
    }
    expect(Number(withAttribute(svg, 'data-legend')[0]!.children.at(-1)!.children[1]!.attributes.y)).toBeLessThan(Number(notes[0]!.children[0]!.attributes.y));
    // The step's own title names its problem too, for a reader of the file.
    expect(textOf(groupOf(svg, 'data-element-id', later.id).children[0]!)).toBe(`Steg: ${later.label}. Problem (2): ${later.description}`);
  });

  it('draws no list when no problem has a text', () => {
    const view = templateView('los_discharge');
    view.elements[1]!.problem = true;
    expect(withAttribute(parseXml(mapSvg(view, labels)), 'data-problems')).toEqual([]);
  });

  it('draws the back edges of the home-care circle underneath, apart from each other, and phases as columns with their names', () => {
    const view = templateView('home_care');
    view.phases.push(phase('Början', 700, 0), phase('Pågående vård', 900, 1));
    const svg = parseXml(mapSvg(view, labels));
    const still = view.elements.find((e) => e.kind === 'decision')!;
    const backs = view.arrows.filter((a) => a.from === still.id && view.elements.find((e) => e.id === a.to)!.x < still.x);
    expect(backs).toHaveLength(2);
    const lows = backs.map((a) => {
      const path = groupOf(svg, 'data-arrow-id', a.id).children[0]!;
      expect(path.attributes['stroke-dasharray']).toBeDefined();
      return Math.max(...pointsOf(path.attributes.d!).map((p) => p.y));
    });
    const decisionBottom = absoluteY(view.lanes, still.laneId, still.offset) + still.height;
    expect(Math.min(...lows)).toBeGreaterThan(decisionBottom);
    expect(new Set(lows).size).toBe(2);
    expect(withAttribute(svg, 'data-phase-id').map(textOf)).toEqual(['Början', 'Pågående vård']);
  });
});

describe('arrow routes', () => {
  const a = { x: 0, y: 0, width: 100, height: 50 };
  const free = { selfLoop: false, backEdges: 0, obstacles: [] };
  it('go right side to left side along the flow, and bend between lanes', () => {
    expect(routeArrow(a, { x: 200, y: 0, width: 100, height: 50 }, free).points).toEqual([{ x: 100, y: 25 }, { x: 200, y: 25 }]);
    expect(routeArrow(a, { x: 200, y: 200, width: 100, height: 50 }, free).points).toEqual([{ x: 100, y: 25 }, { x: 150, y: 25 }, { x: 150, y: 225 }, { x: 200, y: 225 }]);
  });
  it('bend where they run through no other box when halfway would', () => {
    const far = { x: 600, y: 200, width: 100, height: 50 };
    const inTheWay = { x: 300, y: 100, width: 100, height: 50 };
    const bend = routeArrow(a, far, { ...free, obstacles: [inTheWay] }).points[1]!.x;
    expect(bend).toBe(116);
    expect(routeArrow(a, far, free).points[1]!.x).toBe(350);
  });
  it('go bottom to top between boxes in one column, either way', () => {
    expect(routeArrow(a, { x: 20, y: 200, width: 100, height: 50 }, free).points).toEqual([{ x: 50, y: 50 }, { x: 50, y: 125 }, { x: 70, y: 125 }, { x: 70, y: 200 }]);
    expect(routeArrow({ x: 0, y: 200, width: 100, height: 50 }, a, free).points.at(-1)).toEqual({ x: 50, y: 50 });
  });
  it('loop over the top right corner of a box that points to itself, ending in its top', () => {
    const loop = routeArrow(a, a, { ...free, selfLoop: true });
    expect(loop.points[0]).toEqual({ x: 100, y: 25 });
    expect(loop.points.at(-1)).toEqual({ x: 50, y: 0 });
    expect(Math.min(...loop.points.map((p) => p.y))).toBeLessThan(0);
    expect(Math.max(...loop.points.map((p) => p.x))).toBeGreaterThan(100);
  });
});

describe('text in the drawing', () => {
  it('wraps between words, breaks a word longer than a line, and ends a cut text in an ellipsis', () => {
    expect(wrapText('Kallelse till SIP senast tre dagar efter underrättelsen', 100, 10, 5)).toEqual(['Kallelse till SIP', 'senast tre dagar', 'efter', 'underrättelsen']);
    expect(wrapText('Hälsoochsjukvårdsavtalet', 60, 10, 5)).toEqual(['Hälsoochsju', 'kvårdsavtal', 'et']);
    expect(wrapText('ett två tre fyra fem sex sju åtta', 50, 10, 2)).toEqual(['ett två', 'tre fyra…']);
    expect(wrapText('   ', 50, 10, 2)).toEqual([]);
  });

  it('escapes markup and replaces what XML cannot carry', () => {
    expect(xmlText(`<a href="x">&'</a>`)).toBe('&#60;a href=&#34;x&#34;&#62;&#38;&#39;&#60;/a&#62;');
    expect(xmlText('a\u0000b\uffffc\ud800')).toBe('a\ufffdb\ufffdc\ufffd');
    expect(xmlText('e\u0301')).toBe('é');
  });

  it('gives a well-formed file whatever the names, keeping each text as typed apart from what XML cannot carry', () => {
    fc.assert(
      fc.property(awkwardText, awkwardText, awkwardText, awkwardText, awkwardText, (mapName, laneName, label, arrowLabel, problem) => {
        const view = templateView('los_discharge');
        view.map.name = mapName;
        view.lanes[0]!.name = laneName;
        const [first] = view.elements;
        first!.label = label;
        first!.responsible = `]]><!-- ${label}`;
        Object.assign(view.elements[2]!, { problem: true, description: `${problem}\n]]>&${problem}` });
        view.arrows[0]!.label = arrowLabel;
        const source = mapSvg(view, labels, { programme: `</svg>&${mapName}` });
        const svg = parseXml(source);
        expect(withAttribute(svg, 'data-element-id')).toHaveLength(view.elements.length);
        expect(withAttribute(svg, 'data-arrow-id')).toHaveLength(view.arrows.length);
        expect(withAttribute(svg, 'data-problem-note')).toHaveLength(1);
        const title = textOf(descendants(svg).find((n) => n.name === 'title')!);
        expect(title).toBe(`${replaceForbiddenCharacters(mapName)} – Nuläge (</svg>&${replaceForbiddenCharacters(mapName)})`);
      }),
      { numRuns: 60 },
    );
  });

  it('keeps awkward but valid text intact through the drawing', () => {
    const view = templateView('los_discharge');
    view.elements[1]!.label = 'A & B <C> "D" \'E\'';
    view.arrows[0]!.label = '<ja>';
    const svg = parseXml(mapSvg(view, labels));
    expect(textOf(groupOf(svg, 'data-element-id', view.elements[1]!.id))).toContain('A & B <C> "D" \'E\'');
    expect(textOf(groupOf(svg, 'data-arrow-id', view.arrows[0]!.id))).toBe('<ja>');
  });
});
