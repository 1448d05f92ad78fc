import { useTranslation } from 'react-i18next';
import type { PhoneIdentify, PhoneState } from '../../../shared/phone/schema';
import type { PhoneSession } from '../session';
import { NewParticipantForm } from './NewParticipantForm';
import { ScreenFrame } from '../ScreenFrame';

export interface ScreenProps {
  readonly state: PhoneState;
  readonly busy: boolean;
  readonly act: PhoneSession['act'];
}

/** Who the phone is: a name from the workshop's list, a new one, or none when the room allows it. */
export function IdentifyScreen({ state, busy, act }: ScreenProps) {
  const { t } = useTranslation();
  // A second tap while the first is on its way would only be refused as taken.
  const identify = (as: PhoneIdentify): void => {
    if (!busy) void act('phone.identify', as);
  };
  return (
    <ScreenFrame id="phone-identify" title={t('phone.identify.heading')}>
      <h2 id="phone-identify-pick">{t('phone.identify.pick')}</h2>
      {state.choices.length === 0 ? (
        <p>{t('phone.identify.none')}</p>
      ) : (
        <ul className="phone-choices" aria-labelledby="phone-identify-pick">
          {state.choices.map((choice) => (
            <li key={choice.id}>
              <button
                type="button"
                className="button phone-choice"
                disabled={choice.taken}
                onClick={() => identify({ as: 'listed', participantId: choice.id })}
              >
                <span className="phone-choice__name">{choice.name}</span>
                {choice.organisation ? <span className="phone-choice__detail">{choice.organisation}</span> : null}
                {choice.taken ? <span className="phone-choice__detail">{t('phone.identify.taken')}</span> : null}
              </button>
            </li>
          ))}
        </ul>
      )}
      <NewParticipantForm busy={busy} act={act} />
      {state.allowAnonymous ? (
        <section aria-labelledby="phone-identify-anonymous">
          <h2 id="phone-identify-anonymous">{t('phone.identify.anonymousHeading')}</h2>
          <p>{t('phone.identify.anonymousHint')}</p>
          <button type="button" className="button phone-wide" onClick={() => identify({ as: 'anonymous' })}>
            {t('phone.identify.anonymous')}
          </button>
        </section>
      ) : null}
    </ScreenFrame>
  );
}
