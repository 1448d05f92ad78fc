import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref } from './router';

const id = '2f1c8a52-8a54-4a8e-9a0e-1c2d3e4f5a6b';

describe('parseRoute', () => {
  it('knows the four views', () => {
    expect(parseRoute('#/')).toEqual({ view: 'start' });
    expect(parseRoute(`#/programme/${id}`)).toEqual({ view: 'programme', id });
    expect(parseRoute(`#/workshop/${id}`)).toEqual({ view: 'workshop', id });
    expect(parseRoute('#/data')).toEqual({ view: 'data' });
  });

  it('knows the plan page, with an activity to show', () => {
    expect(parseRoute(`#/plan/${id}`)).toEqual({ view: 'plan', id });
    expect(parseRoute(`#/plan/${id}?activity=${id}`)).toEqual({ view: 'plan', id, activity: id });
    expect(parseRoute(`#/plan/${id}?activity=`)).toEqual({ view: 'start' });
  });

  it('sends anything unknown to the start view', () => {
    for (const hash of ['', '#', '#/nope', '#/programme/', '#/programme/a/b', '#main', '#token=x']) {
      expect(parseRoute(hash)).toEqual({ view: 'start' });
    }
  });

  it('round-trips through routeHref', () => {
    for (const route of [
      { view: 'start' },
      { view: 'data' },
      { view: 'programme', id },
      { view: 'workshop', id },
      { view: 'plan', id },
      { view: 'plan', id, activity: id },
    ] as const) {
      expect(parseRoute(routeHref(route))).toEqual(route);
    }
  });
});
