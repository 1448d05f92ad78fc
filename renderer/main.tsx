import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiContext } from './api/ApiContext';
import { createDefaultApi } from './api/client';
import { App } from './app/App';
import { initI18n } from './i18n/i18n';
import './styles/tokens.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/dialogs.css';
import './styles/views.css';

async function start(): Promise<void> {
  // Created first: in web mode this moves the token out of the address bar.
  const api = createDefaultApi();
  // The saved language is fetched before the first paint so the UI does not flash in Swedish.
  const settings = await api.invoke('settings.get', {}).catch(() => null);
  await initI18n(settings?.language ?? 'sv');
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');
  createRoot(container).render(
    <StrictMode>
      <ApiContext.Provider value={api}>
        <App />
      </ApiContext.Provider>
    </StrictMode>,
  );
}

void start();
