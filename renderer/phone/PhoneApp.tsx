import { useEffect, useRef, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/settings/schema';
import { ErrorAlert } from '../common/ErrorAlert';
import { formErrors } from '../i18n/describeError';
import { LanguageChoice } from '../i18n/LanguageChoice';
import { isLanguage } from '../i18n/startI18n';
import { FollowScreen } from './follow/FollowScreen';
import { IdentifyScreen } from './identify/IdentifyScreen';
import { JoinScreen } from './join/JoinScreen';
import { storeLanguage } from './language';
import { WriteScreen } from './notes/WriteScreen';
import { PhoneTimer } from './PhoneTimer';
import { ResultsScreen } from './results/ResultsScreen';
import { screenFor } from './screenFor';
import type { PhoneSession } from './session';
import { VoteScreen } from './vote/VoteScreen';

/**
 * The participant's page: a header with the workshop and the language, the
 * room's timer, and the one screen the room is at. A change of screen moves
 * focus to its heading, so a screen reader says where the room went.
 */
export function PhoneApp({ session, storage }: { readonly session: PhoneSession; readonly storage: Storage }) {
  const { t, i18n } = useTranslation();
  const { stage, failure, busy, undone } = useSyncExternalStore(session.subscribe, session.snapshot);
  const language: Language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'sv';
  const state = stage.kind === 'joined' ? stage.state : null;
  const screen = stage.kind === 'join' ? 'join' : state ? screenFor(state) : 'starting';
  const main = useRef<HTMLElement>(null);
  const shown = useRef(screen);

  useEffect(() => {
    if (shown.current === screen) return;
    shown.current = screen;
    main.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [screen]);

  const chooseLanguage = (code: Language): void => {
    storeLanguage(storage, code);
    void i18n.changeLanguage(code);
  };

  return (
    <div className="phone">
      <header className="phone-header">
        <p className="phone-header__title">{state?.workshop.title ?? t('phone.appName')}</p>
        <LanguageChoice language={language} onChoose={chooseLanguage} />
      </header>
      {state?.room.timer ? <PhoneTimer room={state.room} timer={state.room.timer} /> : null}
      <main ref={main} className="phone-main">
        {stage.kind === 'joined' && stage.offline ? <p className="phone-notice phone-notice--warning">{t('phone.offline')}</p> : null}
        {failure ? (
          <ErrorAlert>
            {formErrors(t, failure, []).general.map((text) => (
              <p key={text}>{text}</p>
            ))}
          </ErrorAlert>
        ) : null}
        <p className="visually-hidden" role="status">
          {undone ? t('phone.undone') : ''}
        </p>
        {stage.kind === 'join' ? <JoinScreen key={stage.code} notice={stage.notice} code={stage.code} busy={busy} onJoin={(code) => void session.join(code)} /> : null}
        {screen === 'starting' ? <p className="phone-notice">{t('phone.starting')}</p> : null}
        {state && screen === 'identify' ? <IdentifyScreen state={state} busy={busy} act={session.act} /> : null}
        {state && screen === 'write' ? <WriteScreen state={state} busy={busy} act={session.act} /> : null}
        {state?.round && screen === 'vote' ? <VoteScreen round={state.round} act={session.act} /> : null}
        {state?.results && screen === 'results' ? <ResultsScreen results={state.results} /> : null}
        {state && screen === 'follow' ? <FollowScreen state={state} /> : null}
      </main>
      {state?.me.participant ? (
        <footer className="phone-footer">
          <p className="phone-footer__me">{t('phone.me', { name: state.me.participant.name })}</p>
          <button type="button" className="button" onClick={() => void session.act('phone.undo', {})}>
            {t('phone.undo')}
          </button>
          <button type="button" className="button button--quiet" onClick={() => void session.leave()}>
            {t('phone.leave')}
          </button>
        </footer>
      ) : null}
    </div>
  );
}
