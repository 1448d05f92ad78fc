import { describe, expect, it } from 'vitest';
import { rovingStep } from './rovingStep';

describe('moving along a row of controls', () => {
  it('steps with the arrows and wraps round at both ends', () => {
    expect(rovingStep('ArrowRight', 1, 3)).toBe(2);
    expect(rovingStep('ArrowRight', 2, 3)).toBe(0);
    expect(rovingStep('ArrowLeft', 0, 3)).toBe(2);
  });

  it('jumps to the ends with Home and End, and ignores other keys', () => {
    expect(rovingStep('Home', 2, 3)).toBe(0);
    expect(rovingStep('End', 0, 3)).toBe(2);
    expect(rovingStep('Enter', 0, 3)).toBeNull();
    expect(rovingStep('ArrowDown', 0, 3)).toBeNull();
    expect(rovingStep('ArrowRight', 0, 0)).toBeNull();
  });
});
