/**
 * Hash routes, so the same bundle works from Electron's app:// origin and
 * from the loopback server without any server-side routing.
 */
import { useSyncExternalStore } from 'react';

export type Route =
  | { readonly view: 'start' }
  | { readonly view: 'programme'; readonly id: string }
  /** `tab`: the workshop tab shown, so reload and Back return to it. */
  | { readonly view: 'workshop'; readonly id: string; readonly tab?: string }
  | { readonly view: 'planMeetings'; readonly planId: string }
  | { readonly view: 'planMeeting'; readonly planId: string; readonly meetingId: string }
  | { readonly view: 'data' }
  /** `activity`: an activity to scroll to and focus, as the workshop summary links to it. */
  | { readonly view: 'plan'; readonly id: string; readonly activity?: string }
  | { readonly view: 'planReport'; readonly planId: string }
  | { readonly view: 'register'; readonly id: string }
  | { readonly view: 'registerReport'; readonly registerId: string }
  | { readonly view: 'map'; readonly id: string }
  | { readonly view: 'mapPrint'; readonly mapId: string }
  /** `mapId`: the nuläge of the pair, so the page's undo scope is known before the map is read. */
  | { readonly view: 'mapCompare'; readonly mapId: string }
  /** The room's shared screen for a workshop: shown without the app's chrome, it follows what the facilitator opens. */
  | { readonly view: 'projector'; readonly id: string };

const ID = '([A-Za-z0-9-]{1,64})';
const PROGRAMME = new RegExp(`^#/programme/${ID}/?$`);
const WORKSHOP = new RegExp(`^#/workshop/${ID}(?:/([a-z]{1,20}))?/?$`);
const PLAN_MEETINGS = new RegExp(`^#/plan/${ID}/meetings/?$`);
const PLAN_MEETING = new RegExp(`^#/plan/${ID}/meeting/${ID}/?$`);
const PLAN = new RegExp(`^#/plan/${ID}/?(?:\\?activity=${ID})?$`);
const PLAN_REPORT = new RegExp(`^#/plan/${ID}/report/?$`);
const REGISTER = new RegExp(`^#/register/${ID}/?$`);
const REGISTER_REPORT = new RegExp(`^#/register/${ID}/report/?$`);
const MAP = new RegExp(`^#/map/${ID}/?$`);
const MAP_PRINT = new RegExp(`^#/map/${ID}/print/?$`);
const MAP_COMPARE = new RegExp(`^#/map/${ID}/compare/?$`);
const PROJECTOR = new RegExp(`^#/projector/${ID}/?$`);

export function parseRoute(hash: string): Route {
  const programme = PROGRAMME.exec(hash);
  if (programme?.[1]) return { view: 'programme', id: programme[1] };
  const workshop = WORKSHOP.exec(hash);
  if (workshop?.[1]) return workshop[2] ? { view: 'workshop', id: workshop[1], tab: workshop[2] } : { view: 'workshop', id: workshop[1] };
  const meetings = PLAN_MEETINGS.exec(hash);
  if (meetings?.[1]) return { view: 'planMeetings', planId: meetings[1] };
  const meeting = PLAN_MEETING.exec(hash);
  if (meeting?.[1] && meeting[2]) return { view: 'planMeeting', planId: meeting[1], meetingId: meeting[2] };
  const plan = PLAN.exec(hash);
  if (plan?.[1]) return plan[2] ? { view: 'plan', id: plan[1], activity: plan[2] } : { view: 'plan', id: plan[1] };
  if (hash === '#/data' || hash === '#/data/') return { view: 'data' };
  const planReport = PLAN_REPORT.exec(hash);
  if (planReport?.[1]) return { view: 'planReport', planId: planReport[1] };
  const register = REGISTER.exec(hash);
  if (register?.[1]) return { view: 'register', id: register[1] };
  const registerReport = REGISTER_REPORT.exec(hash);
  if (registerReport?.[1]) return { view: 'registerReport', registerId: registerReport[1] };
  const map = MAP.exec(hash);
  if (map?.[1]) return { view: 'map', id: map[1] };
  const mapPrint = MAP_PRINT.exec(hash);
  if (mapPrint?.[1]) return { view: 'mapPrint', mapId: mapPrint[1] };
  const mapCompare = MAP_COMPARE.exec(hash);
  if (mapCompare?.[1]) return { view: 'mapCompare', mapId: mapCompare[1] };
  const projector = PROJECTOR.exec(hash);
  if (projector?.[1]) return { view: 'projector', id: projector[1] };
  return { view: 'start' };
}

export function routeHref(route: Route): string {
  switch (route.view) {
    case 'start':
      return '#/';
    case 'data':
      return '#/data';
    case 'programme':
      return `#/programme/${encodeURIComponent(route.id)}`;
    case 'workshop':
      return `#/workshop/${encodeURIComponent(route.id)}${route.tab ? `/${route.tab}` : ''}`;
    case 'planMeetings':
      return `#/plan/${encodeURIComponent(route.planId)}/meetings`;
    case 'planMeeting':
      return `#/plan/${encodeURIComponent(route.planId)}/meeting/${encodeURIComponent(route.meetingId)}`;
    case 'plan':
      return `#/plan/${encodeURIComponent(route.id)}${route.activity ? `?activity=${encodeURIComponent(route.activity)}` : ''}`;
    case 'planReport':
      return `#/plan/${encodeURIComponent(route.planId)}/report`;
    case 'register':
      return `#/register/${encodeURIComponent(route.id)}`;
    case 'registerReport':
      return `#/register/${encodeURIComponent(route.registerId)}/report`;
    case 'map':
      return `#/map/${encodeURIComponent(route.id)}`;
    case 'mapPrint':
      return `#/map/${encodeURIComponent(route.mapId)}/print`;
    case 'mapCompare':
      return `#/map/${encodeURIComponent(route.mapId)}/compare`;
    case 'projector':
      return `#/projector/${encodeURIComponent(route.id)}`;
  }
}

/**
 * Which page an address shows, leaving out what only changes within the
 * page (the workshop's open tab): moving focus to the h1 and scrolling to
 * the top belong to going to another page, not to switching a tab.
 */
export function pageOf(hash: string): string {
  const route = parseRoute(hash);
  return route.view === 'workshop' ? routeHref({ view: 'workshop', id: route.id }) : routeHref(route);
}

export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}

/** Changes the address without a new history entry (a tab switch), so Back leaves the page rather than stepping through tabs. */
export function replaceRoute(route: Route): void {
  window.history.replaceState(window.history.state, '', routeHref(route));
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const readHash = (): string => window.location.hash;

/** The current hash; Route objects are derived by the caller so identity stays stable. */
export function useHash(): string {
  return useSyncExternalStore(subscribe, readHash);
}
