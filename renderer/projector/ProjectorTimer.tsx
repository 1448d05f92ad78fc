import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Room } from '../../shared/room/schema';
import { formatRemaining } from '../../shared/room/timer';
import { useTimerClock } from '../room/useTimerClock';

/**
 * The room's countdown, large in the corner of the projector. Its own
 * component, so the four ticks a second render this and nothing else. At
 * the end it pulses softly (still, with reduced motion) and calls `onEnd`
 * once — only for an end this screen saw happen, not for a timer that had
 * already run out when the page opened.
 */
export function ProjectorTimer({ room, onEnd }: { readonly room: Room; readonly onEnd: () => void }) {
  const { t } = useTranslation();
  const { remaining, running, ended } = useTimerClock(room);
  const seenEnded = useRef<boolean | null>(null);

  useEffect(() => {
    if (remaining === null) {
      seenEnded.current = null;
      return;
    }
    if (seenEnded.current === false && ended) onEnd();
    seenEnded.current = ended;
  }, [remaining, ended, onEnd]);

  const status = ended ? t('projector.timer.ended') : !running && remaining !== null ? t('projector.timer.paused') : '';
  if (!room.timer || remaining === null) return null;
  return (
    <div className={ended ? 'projector-timer projector-timer--ended' : 'projector-timer'}>
      <span className="projector-timer__label">
        <span className="projector-timer__purpose">{t(`projector.timer.${room.timer.purpose}`)}</span>
        {/* In the page from the start, so screen readers announce the end when its text appears. */}
        <span className="projector-timer__status" role="status">
          {status}
        </span>
      </span>
      <span className="projector-timer__time" role="timer" aria-label={t(`projector.timer.${room.timer.purpose}`)}>
        {formatRemaining(remaining)}
      </span>
    </div>
  );
}
