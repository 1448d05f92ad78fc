import { useTranslation } from 'react-i18next';
import type { Room, Timer, TimerAction } from '../../shared/room/schema';
import { formatRemaining } from '../../shared/room/timer';
import { MINUTE } from './timerMinutes';
import { useTimerClock } from './useTimerClock';

/**
 * A set timer: what it is for, the time left, and pause, a minute more, stop.
 * The end is a quiet line beside the clock, read out politely; no sound,
 * nothing flashing.
 */
export function TimerRunning({ room, timer, onChange }: { readonly room: Room; readonly timer: Timer; readonly onChange: (action: TimerAction) => void }) {
  const { t } = useTranslation();
  const clock = useTimerClock(room);
  const remaining = clock.remaining ?? timer.remainingSeconds;
  const paused = timer.runningSince === null && !clock.ended;
  return (
    <>
      <p role="timer" className="room-timer__clock">
        <span className="room-timer__purpose">{t(`room.timer.purpose.${timer.purpose}`)}</span>{' '}
        <span className="room-timer__time">{formatRemaining(remaining)}</span>
        {paused ? <span className="room-timer__paused"> {t('room.timer.paused')}</span> : null}
      </p>
      {clock.ended ? (
        <button type="button" className="button button--small" onClick={() => onChange({ action: 'start', purpose: timer.purpose, durationSeconds: timer.durationSeconds })}>
          {t('room.timer.restart')}
        </button>
      ) : (
        <button type="button" className="button button--small" onClick={() => onChange({ action: paused ? 'resume' : 'pause' })}>
          {paused ? t('room.timer.resume') : t('room.timer.pause')}
        </button>
      )}
      <button type="button" className="button button--small" onClick={() => onChange({ action: 'add', seconds: MINUTE })}>
        {t('room.timer.addMinute')}
      </button>
      <button type="button" className="button button--small" onClick={() => onChange({ action: 'clear' })}>
        {t('room.timer.stop')}
      </button>
      <p className="room-timer__end" aria-live="polite">
        {clock.ended ? t(`room.timer.ended.${timer.purpose}`) : ''}
      </p>
    </>
  );
}
