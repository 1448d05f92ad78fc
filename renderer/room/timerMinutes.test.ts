import { describe, expect, it } from 'vitest';
import { TIMER_MAX_SECONDS, TIMER_MIN_SECONDS } from '../../shared/room/timer';
import { TIMER_PRESET_MINUTES, timerSeconds } from './timerMinutes';

describe('minutes typed for the room timer', () => {
  it('turns whole minutes into seconds', () => {
    expect(timerSeconds('7')).toBe(420);
    expect(timerSeconds(' 15 ')).toBe(900);
    expect(timerSeconds('180')).toBe(TIMER_MAX_SECONDS);
  });

  it('refuses what the timer cannot run', () => {
    for (const typed of ['', '0', '181', '2.5', '-3', '5 min', 'fem']) expect(timerSeconds(typed), typed).toBeNull();
  });

  it('offers presets the timer accepts', () => {
    for (const minutes of TIMER_PRESET_MINUTES) expect(timerSeconds(String(minutes))).toBeGreaterThanOrEqual(TIMER_MIN_SECONDS);
  });
});
