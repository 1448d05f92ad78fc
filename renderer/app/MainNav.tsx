import { useTranslation } from 'react-i18next';
import type { Route } from './router';

export function MainNav({ route }: { readonly route: Route }) {
  const { t } = useTranslation();
  const inProgrammes = route.view !== 'data';
  return (
    <nav className="main-nav" aria-label={t('nav.label')}>
      <ul className="main-nav__list">
        <li>
          <a href="#/" className="main-nav__link" aria-current={route.view === 'start' ? 'page' : inProgrammes ? 'true' : undefined}>
            {t('nav.programmes')}
          </a>
        </li>
        <li>
          <a href="#/data" className="main-nav__link" aria-current={route.view === 'data' ? 'page' : undefined}>
            {t('nav.data')}
          </a>
        </li>
      </ul>
    </nav>
  );
}
