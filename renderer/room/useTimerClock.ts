import { useEffect, useState } from 'react';
import type { Room } from '../../shared/room/schema';
import { timerRemaining } from '../../shared/room/timer';

/** Below this, a difference between the server's clock and ours is taken as latency. */
const CLOCK_SKEW_MS = 5_000;

export interface TimerClock {
  /** Seconds left, or null when no timer is set. */
  readonly remaining: number | null;
  readonly running: boolean;
  readonly ended: boolean;
}

/**
 * The room timer as this screen sees it, ticking four times a second while
 * it runs. Time is read on the server's clock (`room.now` when read), so a
 * screen whose own clock is off still ends with the others.
 */
export function useTimerClock(room: Room | undefined): TimerClock {
  const timer = room?.timer ?? null;
  const [now, setNow] = useState(() => Date.now());
  const serverNow = room?.now;
  const running = timer?.runningSince != null;
  useEffect(() => {
    if (!running || !serverNow) return;
    // The gap also holds the answer's travel time (seconds on a busy page), so
    // only a gap no travel explains is taken as another clock: same-machine
    // screens then never jump back, a phone set minutes wrong still ends on time.
    const gap = Date.parse(serverNow) - Date.now();
    const offset = Math.abs(gap) > CLOCK_SKEW_MS ? gap : 0;
    const tick = () => setNow(Date.now() + offset);
    const first = window.setTimeout(tick, 0);
    const ticking = window.setInterval(tick, 250);
    return () => {
      window.clearTimeout(first);
      window.clearInterval(ticking);
    };
  }, [running, serverNow]);
  if (!timer) return { remaining: null, running: false, ended: false };
  const remaining = timerRemaining(timer, now);
  return { remaining, running: running && remaining > 0, ended: remaining <= 0 };
}
