import { describe, expect, it } from 'vitest';
import { mapTemplates } from './schema';
import { templateMap } from './templates';

const shape = (template: (typeof mapTemplates)[number], language: 'sv' | 'en') => {
  const map = templateMap(template, language);
  return { lanes: map.lanes.map((l) => l.huvudman), elements: map.elements.map((e) => [e.key, e.kind, e.lane, e.column]), arrows: map.arrows.map((a) => [a.from, a.to]) };
};

describe('map templates', () => {
  it('have the same structure in Swedish and English', () => {
    for (const template of mapTemplates) expect(shape(template, 'en')).toEqual(shape(template, 'sv'));
  });

  it('start every map with the person’s lane and the four care actors; arrows join existing elements', () => {
    for (const template of mapTemplates) {
      const map = templateMap(template, 'sv');
      expect(map.lanes.map((l) => l.huvudman)).toEqual([null, 'region', 'kommun', 'kommun', 'region']);
      const keys = new Set(map.elements.map((e) => e.key));
      expect(keys.size).toBe(map.elements.length);
      for (const element of map.elements) expect(element.lane).toBeLessThan(map.lanes.length);
      for (const arrow of map.arrows) expect([keys.has(arrow.from), keys.has(arrow.to)]).toEqual([true, true]);
    }
    expect(templateMap('empty', 'sv').elements).toEqual([]);
  });

  it('give the discharge flow its steps in law order and the home-care flow its way back round', () => {
    expect(templateMap('los_discharge', 'sv').elements.filter((e) => e.kind === 'step').map((e) => e.key)).toEqual(['notice', 'ownPlanning', 'contact', 'ready', 'sip', 'discharge', 'home']);
    const home = templateMap('home_care', 'sv');
    const column = (key: string) => home.elements.find((e) => e.key === key)?.column ?? -1;
    expect(home.arrows.filter((a) => column(a.to) < column(a.from)).map((a) => a.to)).toEqual(['assess', 'ongoing']);
  });
});
