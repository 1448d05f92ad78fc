import { describe, expect, it } from 'vitest';
import { pageOf, parseRoute, routeHref } from './router';

const id = '2f1c8a52-8a54-4a8e-9a0e-1c2d3e4f5a6b';
const other = '7d3e9b10-4c2a-4f6e-8b1d-5a6c7e8f9a0b';

describe('parseRoute', () => {
  it('knows every view', () => {
    expect(parseRoute('#/')).toEqual({ view: 'start' });
    expect(parseRoute(`#/programme/${id}`)).toEqual({ view: 'programme', id });
    expect(parseRoute(`#/workshop/${id}`)).toEqual({ view: 'workshop', id });
    expect(parseRoute(`#/workshop/${id}/voting`)).toEqual({ view: 'workshop', id, tab: 'voting' });
    expect(parseRoute('#/data')).toEqual({ view: 'data' });
    expect(parseRoute(`#/plan/${id}/report`)).toEqual({ view: 'planReport', planId: id });
    expect(parseRoute(`#/plan/${id}/report/`)).toEqual({ view: 'planReport', planId: id });
  });

  it('knows a plan\'s follow-up meetings and one meeting', () => {
    expect(parseRoute(`#/plan/${id}/meetings`)).toEqual({ view: 'planMeetings', planId: id });
    expect(parseRoute(`#/plan/${id}/meeting/${other}`)).toEqual({ view: 'planMeeting', planId: id, meetingId: other });
    expect(parseRoute(`#/plan/${id}/meeting/`)).toEqual({ view: 'start' });
  });

  it('knows the plan page, with an activity to show', () => {
    expect(parseRoute(`#/plan/${id}`)).toEqual({ view: 'plan', id });
    expect(parseRoute(`#/plan/${id}?activity=${id}`)).toEqual({ view: 'plan', id, activity: id });
    expect(parseRoute(`#/plan/${id}?activity=`)).toEqual({ view: 'start' });
  });

  it('knows a riskregister and its printable report', () => {
    expect(parseRoute(`#/register/${id}`)).toEqual({ view: 'register', id });
    expect(parseRoute(`#/register/${id}/`)).toEqual({ view: 'register', id });
    expect(parseRoute(`#/register/${id}/report`)).toEqual({ view: 'registerReport', registerId: id });
    expect(parseRoute(`#/register/${id}/report/`)).toEqual({ view: 'registerReport', registerId: id });
    for (const hash of ['#/register/', '#/register//report', `#/register/${id}/x`, `#/register/${id}/report/x`]) expect(parseRoute(hash)).toEqual({ view: 'start' });
  });

  it('knows a process map', () => {
    expect(parseRoute(`#/map/${id}`)).toEqual({ view: 'map', id });
    expect(parseRoute(`#/map/${id}/`)).toEqual({ view: 'map', id });
    for (const hash of ['#/map/', '#/map', `#/map/${id}/x`]) expect(parseRoute(hash)).toEqual({ view: 'start' });
  });

  it('knows a process map\'s printable page', () => {
    expect(parseRoute(`#/map/${id}/print`)).toEqual({ view: 'mapPrint', mapId: id });
    expect(parseRoute(`#/map/${id}/print/`)).toEqual({ view: 'mapPrint', mapId: id });
    for (const hash of ['#/map//print', `#/map/${id}/print/x`, `#/map/${id}/prin`]) expect(parseRoute(hash)).toEqual({ view: 'start' });
  });

  it('knows the comparison of a nuläge with its önskat läge', () => {
    expect(parseRoute(`#/map/${id}/compare`)).toEqual({ view: 'mapCompare', mapId: id });
    expect(parseRoute(`#/map/${id}/compare/`)).toEqual({ view: 'mapCompare', mapId: id });
    for (const hash of ['#/map//compare', `#/map/${id}/compare/x`, `#/map/${id}/compar`]) expect(parseRoute(hash)).toEqual({ view: 'start' });
  });

  it('knows a workshop\'s projector view', () => {
    expect(parseRoute(`#/projector/${id}`)).toEqual({ view: 'projector', id });
    expect(parseRoute(`#/projector/${id}/`)).toEqual({ view: 'projector', id });
    for (const hash of ['#/projector/', '#/projector', `#/projector/${id}/board`, `#/projector/${id}?x=1`]) expect(parseRoute(hash)).toEqual({ view: 'start' });
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
      { view: 'workshop', id, tab: 'summary' },
      { view: 'planMeetings', planId: id },
      { view: 'planMeeting', planId: id, meetingId: other },
      { view: 'plan', id },
      { view: 'plan', id, activity: id },
      { view: 'planReport', planId: id },
      { view: 'register', id },
      { view: 'registerReport', registerId: id },
      { view: 'map', id },
      { view: 'mapPrint', mapId: id },
      { view: 'mapCompare', mapId: id },
      { view: 'projector', id },
    ] as const) {
      expect(parseRoute(routeHref(route))).toEqual(route);
    }
  });
});

describe('pageOf', () => {
  it('is the same page whichever workshop tab is open', () => {
    const board = routeHref({ view: 'workshop', id, tab: 'board' });
    expect(pageOf(routeHref({ view: 'workshop', id, tab: 'summary' }))).toBe(pageOf(board));
    expect(pageOf(routeHref({ view: 'workshop', id }))).toBe(pageOf(board));
  });

  it('tells other pages apart', () => {
    expect(pageOf(routeHref({ view: 'workshop', id: other }))).not.toBe(pageOf(routeHref({ view: 'workshop', id })));
    expect(pageOf(routeHref({ view: 'plan', id }))).not.toBe(pageOf(routeHref({ view: 'workshop', id })));
  });
});
