import { useTranslation } from 'react-i18next';
import { JoiningIndicator } from '../join/JoiningIndicator';
import { HistoryButtons } from './HistoryButtons';
import { LanguageSwitch } from './LanguageSwitch';
import { MainNav } from './MainNav';
import type { Route } from './router';

export function Header({ route }: { readonly route: Route }) {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <div className="app-header__inner">
        <a href="#/" className="brand">
          {t('app.name')}
        </a>
        <MainNav route={route} />
        <JoiningIndicator route={route} />
        <div className="app-header__tools">
          <HistoryButtons />
          <LanguageSwitch />
        </div>
      </div>
    </header>
  );
}
