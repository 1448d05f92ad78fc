import { describe, expect, it } from 'vitest';
import { routeScope } from './routeScope';

const id = '0b6f1c7e-3f7a-4a57-9a0e-2a4c1f9d8e11';

describe('routeScope', () => {
  it('names the programme or workshop a page shows', () => {
    expect(routeScope({ view: 'programme', id })).toBe(`programme:${id}`);
    expect(routeScope({ view: 'workshop', id })).toBe(`workshop:${id}`);
  });

  it('reads the projector view as the workshop it shows', () => {
    expect(routeScope({ view: 'projector', id })).toBe(`workshop:${id}`);
    expect(routeScope({ view: 'projector', id: 'not-a-uuid' })).toBe('home');
  });

  it('walks the plan\'s history on its meeting pages', () => {
    expect(routeScope({ view: 'planMeetings', planId: id })).toBe(`plan:${id}`);
    expect(routeScope({ view: 'planMeeting', planId: id, meetingId: 'c5a1e2f0-1b2c-4d3e-8f4a-5b6c7d8e9f01' })).toBe(`plan:${id}`);
    expect(routeScope({ view: 'planMeeting', planId: 'nope', meetingId: 'nope' })).toBe('home');
  });

  it('walks the plan history on the plan page, whichever activity it shows', () => {
    expect(routeScope({ view: 'plan', id })).toBe(`plan:${id}`);
    expect(routeScope({ view: 'plan', id, activity: id })).toBe(`plan:${id}`);
  });

  it('names the plan on its status report, so Ctrl+Z there walks the plan', () => {
    expect(routeScope({ view: 'planReport', planId: id })).toBe(`plan:${id}`);
    expect(routeScope({ view: 'planReport', planId: 'not-a-uuid' })).toBe('home');
  });

  it('walks only the register\'s history on the register page and its report', () => {
    expect(routeScope({ view: 'register', id })).toBe(`register:${id}`);
    expect(routeScope({ view: 'registerReport', registerId: id })).toBe(`register:${id}`);
    expect(routeScope({ view: 'register', id: 'not-a-uuid' })).toBe('home');
  });

  it('walks only the map\'s history on the map editor', () => {
    expect(routeScope({ view: 'map', id })).toBe(`map:${id}`);
    expect(routeScope({ view: 'map', id: 'not-a-uuid' })).toBe('home');
  });

  it('walks the nuläge\'s history on the comparison', () => {
    expect(routeScope({ view: 'mapCompare', mapId: id })).toBe(`map:${id}`);
    expect(routeScope({ view: 'mapCompare', mapId: 'not-a-uuid' })).toBe('home');
  });

  it('walks the map\'s history on its printable page', () => {
    expect(routeScope({ view: 'mapPrint', mapId: id })).toBe(`map:${id}`);
    expect(routeScope({ view: 'mapPrint', mapId: 'not-a-uuid' })).toBe('home');
  });

  it('is home for the programme list, the data page and ids the core would refuse', () => {
    expect(routeScope({ view: 'start' })).toBe('home');
    expect(routeScope({ view: 'data' })).toBe('home');
    expect(routeScope({ view: 'workshop', id: 'not-a-uuid' })).toBe('home');
  });
});
