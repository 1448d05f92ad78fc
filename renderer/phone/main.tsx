import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../styles/tokens.css';
import '../styles/base.css';
import '../styles/components.css';
import '../styles/dialogs.css';
import './phone.css';
import { initPhoneI18n } from './i18n';
import { storedLanguage } from './language';
import { PhoneApp } from './PhoneApp';
import { createPhoneSession } from './session';
import { pageStorage, takeJoinCode } from './ticket';

async function start(): Promise<void> {
  const storage = pageStorage(window);
  await initPhoneI18n(storedLanguage(storage, navigator.language));
  const session = createPhoneSession(storage);
  void session.start(takeJoinCode(window));
  const container = document.getElementById('root');
  if (!container) throw new Error('phone.html has no #root element');
  createRoot(container).render(
    <StrictMode>
      <PhoneApp session={session} storage={storage} />
    </StrictMode>,
  );
}

void start();
