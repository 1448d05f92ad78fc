/** Pure timer arithmetic shared by the server (state changes) and every screen (display). */

export const TIMER_MIN_SECONDS = 10;
export const TIMER_MAX_SECONDS = 3 * 60 * 60;

export interface TimerClock {
  readonly durationSeconds: number;
  readonly runningSince: string | null;
  readonly remainingSeconds: number;
}

/** Seconds left at `now`, never below zero. */
export function timerRemaining(timer: TimerClock, now: number): number {
  if (timer.runningSince === null) return timer.remainingSeconds;
  const elapsed = (now - Date.parse(timer.runningSince)) / 1000;
  return Math.max(0, timer.remainingSeconds - Math.max(0, elapsed));
}

export function timerEnded(timer: TimerClock, now: number): boolean {
  return timerRemaining(timer, now) <= 0;
}

/** The timer paused at `now`: the clock stops where it was. */
export function pauseTimer<T extends TimerClock>(timer: T, now: number): T {
  if (timer.runningSince === null) return timer;
  return { ...timer, runningSince: null, remainingSeconds: timerRemaining(timer, now) };
}

/** Resumed (or restarted once ended: a resumed finished timer would end at once). */
export function resumeTimer<T extends TimerClock>(timer: T, now: number): T {
  if (timer.runningSince !== null) return timer;
  const remainingSeconds = timer.remainingSeconds > 0 ? timer.remainingSeconds : timer.durationSeconds;
  return { ...timer, runningSince: new Date(now).toISOString(), remainingSeconds };
}

/** More (or less) time; the running clock keeps running from now. */
export function addTime<T extends TimerClock>(timer: T, seconds: number, now: number): T {
  const left = Math.min(TIMER_MAX_SECONDS, Math.max(0, timerRemaining(timer, now) + seconds));
  return {
    ...timer,
    durationSeconds: Math.min(TIMER_MAX_SECONDS, Math.max(timer.durationSeconds, Math.ceil(left))),
    runningSince: timer.runningSince === null ? null : new Date(now).toISOString(),
    remainingSeconds: left,
  };
}

/** "m:ss" (or "h:mm:ss"), rounding up so the display reaches 0:00 only at the end. */
export function formatRemaining(seconds: number): string {
  const whole = Math.ceil(seconds);
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = whole % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}
