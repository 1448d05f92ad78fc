import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shorten } from './shorten';

describe('shorten', () => {
  it('leaves a text that fits alone, on one line', () => {
    expect(shorten('  Läkemedelslistan\nstämmer inte ', 40)).toBe('Läkemedelslistan stämmer inte');
  });

  it('ends after the last whole word that fits', () => {
    expect(shorten('Otydlig dokumentation i IT-stödet när patienten skrivs ut', 40)).toBe('Otydlig dokumentation i IT-stödet när…');
    expect(shorten('Hemtjänsten får veta för sent, alltid på fredagar', 32)).toBe('Hemtjänsten får veta för sent…');
  });

  it('cuts inside a word only when one word fills the room', () => {
    expect(shorten('Samordningsansvarighetsfördelningsproblematiken', 20)).toBe('Samordningsansvarig…');
  });

  it('never goes over the limit and never splits a surrogate pair', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.integer({ min: 4, max: 60 }), (text, max) => {
        const short = shorten(text, max);
        expect(short.length).toBeLessThanOrEqual(max);
        expect(short).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
      }),
    );
  });
});
