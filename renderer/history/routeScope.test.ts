import { describe, expect, it } from 'vitest';
import { routeScope } from './routeScope';

const id = '0b6f1c7e-3f7a-4a57-9a0e-2a4c1f9d8e11';

describe('routeScope', () => {
  it('names the programme or workshop a page shows', () => {
    expect(routeScope({ view: 'programme', id })).toBe(`programme:${id}`);
    expect(routeScope({ view: 'workshop', id })).toBe(`workshop:${id}`);
  });

  it('names the plan on its status report, so Ctrl+Z there walks the plan', () => {
    expect(routeScope({ view: 'planReport', planId: id })).toBe(`plan:${id}`);
    expect(routeScope({ view: 'planReport', planId: 'not-a-uuid' })).toBe('home');
  });

  it('is home for the programme list, the data page and ids the core would refuse', () => {
    expect(routeScope({ view: 'start' })).toBe('home');
    expect(routeScope({ view: 'data' })).toBe('home');
    expect(routeScope({ view: 'workshop', id: 'not-a-uuid' })).toBe('home');
  });
});
