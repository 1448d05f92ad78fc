import { HistoryScope, HOME_SCOPE } from '../../shared/history/schema';
import type { Route } from '../app/router';

/**
 * The document a page shows, which is where its changes are recorded and
 * what Ctrl+Z there walks back. An id the core would not accept (a typo in
 * the address bar) falls back to home, so the page can still say "not found".
 */
export function routeScope(route: Route): HistoryScope {
  switch (route.view) {
    case 'programme':
    case 'workshop':
      return HistoryScope.safeParse(`${route.view}:${route.id}`).data ?? HOME_SCOPE;
    // The projector writes nothing; it shows the workshop, so it reads as that document.
    case 'projector':
      return HistoryScope.safeParse(`workshop:${route.id}`).data ?? HOME_SCOPE;
    case 'planMeetings':
    case 'planMeeting':
      return HistoryScope.safeParse(`plan:${route.planId}`).data ?? HOME_SCOPE;
    case 'plan':
      return HistoryScope.safeParse(`plan:${route.id}`).data ?? HOME_SCOPE;
    case 'planReport':
      return HistoryScope.safeParse(`plan:${route.planId}`).data ?? HOME_SCOPE;
    case 'register':
      return HistoryScope.safeParse(`register:${route.id}`).data ?? HOME_SCOPE;
    case 'registerReport':
      return HistoryScope.safeParse(`register:${route.registerId}`).data ?? HOME_SCOPE;
    case 'map':
      return HistoryScope.safeParse(`map:${route.id}`).data ?? HOME_SCOPE;
    // The comparison's route names the nuläge, where its links and activities are recorded.
    case 'mapPrint':
    case 'mapCompare':
      return HistoryScope.safeParse(`map:${route.mapId}`).data ?? HOME_SCOPE;
    case 'start':
    case 'data':
      return HOME_SCOPE;
  }
}
