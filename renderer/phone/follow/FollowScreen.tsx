import { useTranslation } from 'react-i18next';
import type { PhoneState } from '../../../shared/phone/schema';

/** What the room is looking at when there is nothing to do on the phone. */
export function FollowScreen({ state }: { readonly state: PhoneState }) {
  const { t } = useTranslation();
  // Only the views without a phone screen of their own come here: the matrix, the summary, voting between rounds.
  const what = state.room.view === 'voting' && state.round?.status === 'closed' ? 'closed' : state.room.view;
  return (
    <section className="phone-screen" aria-labelledby="phone-follow-heading">
      <h1 id="phone-follow-heading" tabIndex={-1}>
        {t('phone.follow.heading')}
      </h1>
      <p>{t(`phone.follow.${what}`)}</p>
    </section>
  );
}
