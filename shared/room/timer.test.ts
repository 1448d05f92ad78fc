import { describe, expect, it } from 'vitest';
import { addTime, formatRemaining, pauseTimer, resumeTimer, timerEnded, timerRemaining } from './timer';

const T0 = Date.parse('2026-12-02T10:00:00.000Z');
const running = { durationSeconds: 300, runningSince: new Date(T0).toISOString(), remainingSeconds: 300 };

describe('room timer', () => {
  it('counts down from its start and stops at zero', () => {
    expect(timerRemaining(running, T0 + 60_000)).toBe(240);
    expect(timerRemaining(running, T0 + 400_000)).toBe(0);
    expect(timerEnded(running, T0 + 300_000)).toBe(true);
    expect(timerEnded(running, T0 + 299_000)).toBe(false);
  });

  it('ignores a clock that reads earlier than the start', () => {
    expect(timerRemaining(running, T0 - 5_000)).toBe(300);
  });

  it('pauses where it was and resumes from there', () => {
    const paused = pauseTimer(running, T0 + 90_000);
    expect(paused.runningSince).toBeNull();
    expect(timerRemaining(paused, T0 + 500_000)).toBe(210);
    const resumed = resumeTimer(paused, T0 + 600_000);
    expect(timerRemaining(resumed, T0 + 610_000)).toBe(200);
  });

  it('restarts a finished timer from its full length', () => {
    const finished = pauseTimer(running, T0 + 999_000);
    expect(finished.remainingSeconds).toBe(0);
    expect(timerRemaining(resumeTimer(finished, T0 + 1_000_000), T0 + 1_000_000)).toBe(300);
  });

  it('adds time to a running timer without losing what elapsed', () => {
    const more = addTime(running, 60, T0 + 100_000);
    expect(timerRemaining(more, T0 + 100_000)).toBe(260);
    expect(more.durationSeconds).toBe(300);
    expect(timerRemaining(addTime(running, -1000, T0), T0)).toBe(0);
    expect(addTime(running, 600, T0).durationSeconds).toBe(900);
  });

  it('formats remaining time rounding up', () => {
    expect(formatRemaining(300)).toBe('5:00');
    expect(formatRemaining(59.2)).toBe('1:00');
    expect(formatRemaining(0)).toBe('0:00');
    expect(formatRemaining(3725)).toBe('1:02:05');
  });
});
