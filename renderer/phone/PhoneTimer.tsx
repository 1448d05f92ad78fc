import { useTranslation } from 'react-i18next';
import type { Room, Timer } from '../../shared/room/schema';
import { formatRemaining } from '../../shared/room/timer';
import { useTimerClock } from '../room/useTimerClock';

/** The room's countdown as one line under the header; its own component, so only it ticks. */
export function PhoneTimer({ room, timer }: { readonly room: Room; readonly timer: Timer }) {
  const { t } = useTranslation();
  const clock = useTimerClock(room);
  const remaining = clock.remaining ?? timer.remainingSeconds;
  const paused = timer.runningSince === null && !clock.ended;
  return (
    <div className={clock.ended ? 'phone-timer phone-timer--ended' : 'phone-timer'}>
      <span role="timer" aria-label={t(`phone.timer.${timer.purpose}`)}>
        <span aria-hidden="true">{t(`phone.timer.${timer.purpose}`)} </span>
        <span className="phone-timer__time">{formatRemaining(remaining)}</span>
      </span>
      {/* In the page from the start, so the end is announced when its text appears. */}
      <span role="status">{clock.ended ? t('phone.timer.ended') : paused ? t('phone.timer.paused') : ''}</span>
    </div>
  );
}
