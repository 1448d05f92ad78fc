import { TIMER_MAX_SECONDS } from '../../shared/room/timer';
import { parseCount } from '../voting/parseCount';

export const MINUTE = 60;
export const TIMER_PRESET_MINUTES = [3, 5, 10] as const;
export const TIMER_MAX_MINUTES = TIMER_MAX_SECONDS / MINUTE;

/** Typed whole minutes as timer seconds, or null when the text is not 1 to 180 minutes. */
export function timerSeconds(typed: string): number | null {
  const minutes = parseCount(typed, 1, TIMER_MAX_MINUTES);
  return minutes === null ? null : minutes * MINUTE;
}
