import { useEffect, useMemo, useRef } from 'react';
import { ActionsProvider } from '../actions/ActionsProvider';
import { requestHeadingFocus } from '../common/headingFocus';
import { ToastProvider } from '../common/ToastProvider';
import { LanguageSync } from '../i18n/LanguageSync';
import { Header } from './Header';
import { parseRoute, useHash } from './router';
import { RouteView } from './RouteView';
import { SkipLink } from './SkipLink';

export function App() {
  const hash = useHash();
  const route = useMemo(() => parseRoute(hash), [hash]);
  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

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
  }, [hash]);

  return (
    <ToastProvider>
      <ActionsProvider>
        <LanguageSync />
        <SkipLink />
        <Header route={route} />
        <main id="main" ref={main} className="app-main" tabIndex={-1}>
          <RouteView route={route} />
        </main>
      </ActionsProvider>
    </ToastProvider>
  );
}
