import { describe, expect, it } from 'vitest';
import { msUntilNextCode } from './codeRotation';

const T0 = Date.parse('2026-12-02T10:00:00.000Z');
const at = (ms: number) => new Date(ms).toISOString();

describe('when the screen asks for the next join code', () => {
  it('asks just after the shown code is replaced', () => {
    expect(msUntilNextCode({ codeExpiresAt: at(T0 + 60_000), now: at(T0) })).toBe(60_250);
    expect(msUntilNextCode({ codeExpiresAt: at(T0 + 60_000), now: at(T0 + 45_000) })).toBe(15_250);
  });

  it('counts on the server clock, whatever the screen clock says', () => {
    // The answer says it is 10:00:30 on the server; the screen's own clock plays no part.
    expect(msUntilNextCode({ codeExpiresAt: at(T0 + 60_000), now: at(T0 + 30_000) })).toBe(30_250);
  });

  it('waits a second before asking again when the answer still holds the old code', () => {
    expect(msUntilNextCode({ codeExpiresAt: at(T0 + 60_000), now: at(T0 + 61_000) })).toBe(1_000);
  });
});
