import { useTranslation } from 'react-i18next';
import type { PhoneState } from '../../../shared/phone/schema';
import { ScreenFrame } from '../ScreenFrame';

/** What the room is looking at when there is nothing to do on the phone. */
export function FollowScreen({ state }: { readonly state: PhoneState }) {
  const { t } = useTranslation();
  // Only the views without a phone screen of their own come here: the matrix, the summary, voting between rounds.
  const what = state.room.view === 'voting' && state.round?.status === 'closed' ? 'closed' : state.room.view;
  return (
    <ScreenFrame id="phone-follow" title={t('phone.follow.heading')}>
      <p>{t(`phone.follow.${what}`)}</p>
    </ScreenFrame>
  );
}
