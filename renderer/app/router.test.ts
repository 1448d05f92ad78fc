import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref } from './router';

const id = '2f1c8a52-8a54-4a8e-9a0e-1c2d3e4f5a6b';

describe('parseRoute', () => {
  it('knows every view', () => {
    expect(parseRoute('#/')).toEqual({ view: 'start' });
    expect(parseRoute(`#/programme/${id}`)).toEqual({ view: 'programme', id });
    expect(parseRoute(`#/workshop/${id}`)).toEqual({ view: 'workshop', id });
    expect(parseRoute('#/data')).toEqual({ view: 'data' });
    expect(parseRoute(`#/plan/${id}/report`)).toEqual({ view: 'planReport', planId: id });
    expect(parseRoute(`#/plan/${id}/report/`)).toEqual({ view: 'planReport', planId: id });
  });

  it('sends anything unknown to the start view', () => {
    for (const hash of ['', '#', '#/nope', '#/programme/', '#/programme/a/b', '#main', '#token=x', '#/plan//report', `#/plan/${id}/report/x`]) {
      expect(parseRoute(hash)).toEqual({ view: 'start' });
    }
  });

  it('round-trips through routeHref', () => {
    for (const route of [
      { view: 'start' },
      { view: 'data' },
      { view: 'programme', id },
      { view: 'workshop', id },
      { view: 'planReport', planId: id },
    ] as const) {
      expect(parseRoute(routeHref(route))).toEqual(route);
    }
  });
});
