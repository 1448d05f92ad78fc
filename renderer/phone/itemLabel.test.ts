import { describe, expect, it } from 'vitest';
import { itemLabel } from './itemLabel';

const t = (key: string) => `«${key}»`;

describe('itemLabel', () => {
  it('keeps a heading or a note’s text', () => {
    expect(itemLabel(t, 'SIP kallas för sent')).toBe('SIP kallas för sent');
  });

  it('names a note kept face down by someone else instead of leaving it blank', () => {
    expect(itemLabel(t, '')).toBe('«phone.hiddenNote»');
  });
});
