import { describe, expect, it } from 'vitest';
import { coalesce } from './coalesce';

function gatedRuns() {
  const gates: Array<() => void> = [];
  let started = 0;
  const run = () =>
    new Promise<void>((resolve) => {
      started += 1;
      gates.push(resolve);
    });
  return { run, gates, started: () => started };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('coalesce', () => {
  it('runs once for a burst during a run, after that run, and never two at once', async () => {
    const { run, gates, started } = gatedRuns();
    const refresh = coalesce(run);
    const first = refresh();
    const burst = [refresh(), refresh(), refresh()];
    expect(started()).toBe(1);
    gates[0]!();
    await first;
    await settle();
    expect(started()).toBe(2);
    gates[1]!();
    await Promise.all(burst);
    expect(started()).toBe(2);
  });

  it('starts afresh once everything has settled', async () => {
    const { run, gates, started } = gatedRuns();
    const refresh = coalesce(run);
    const first = refresh();
    gates[0]!();
    await first;
    const second = refresh();
    expect(started()).toBe(2);
    gates[1]!();
    await second;
  });

  it('keeps going after a run that failed', async () => {
    let calls = 0;
    const refresh = coalesce(async () => {
      calls += 1;
      if (calls === 1) throw new Error('offline');
    });
    const failed = refresh();
    const queued = refresh();
    await expect(failed).rejects.toThrow('offline');
    await queued;
    expect(calls).toBe(2);
  });
});
