import { useEffect, useMemo, useRef } from 'react';
import { ActionsProvider } from '../actions/ActionsProvider';
import { ApiContext, useApi } from '../api/ApiContext';
import { requestHeadingFocus } from '../common/headingFocus';
import { ToastProvider } from '../common/ToastProvider';
import { routeScope } from '../history/routeScope';
import { LanguageSync } from '../i18n/LanguageSync';
import { Header } from './Header';
import { pageOf, parseRoute, useHash } from './router';
import { RouteView } from './RouteView';
import { SkipLink } from './SkipLink';

export function App() {
  const hash = useHash();
  const route = useMemo(() => parseRoute(hash), [hash]);
  const scope = routeScope(route);
  // Every call from this page says which document it came from, so changes
  // land in that document's history and Ctrl+Z here walks back only those.
  const baseApi = useApi();
  const api = useMemo(() => baseApi.withScope(scope), [baseApi, scope]);
  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  const page = pageOf(hash);

  // On navigation focus goes to the new view's h1. Views that load first
  // have no h1 yet: focus is parked on <main> and the h1 takes it on mount.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    window.scrollTo(0, 0);
    const heading = main.current?.querySelector<HTMLElement>('h1');
    if (heading) {
      heading.focus();
    } else {
      requestHeadingFocus();
      main.current?.focus();
    }
  }, [page]);

  // The projector is a screen for the room: no header, navigation, toasts or undo keys.
  if (route.view === 'projector') {
    return (
      <ApiContext.Provider value={api}>
        <LanguageSync />
        <RouteView route={route} />
      </ApiContext.Provider>
    );
  }

  return (
    <ApiContext.Provider value={api}>
      <ToastProvider>
        <ActionsProvider scope={scope}>
          <LanguageSync />
          <SkipLink />
          <Header route={route} />
          <main id="main" ref={main} className="app-main" tabIndex={-1}>
            <RouteView route={route} />
          </main>
        </ActionsProvider>
      </ToastProvider>
    </ApiContext.Provider>
  );
}
