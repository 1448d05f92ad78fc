import { describe, expect, it } from 'vitest';
import { wrapText } from './wrapText';

const measure = (s: string) => s.length * 10;

describe('wrapText', () => {
  it('keeps words whole and breaks between them', () => {
    expect(wrapText('SIP görs för sent', 100, 5, measure)).toEqual(['SIP görs', 'för sent']);
  });

  it('keeps the author’s line breaks', () => {
    expect(wrapText('ett\ntvå', 100, 5, measure)).toEqual(['ett', 'två']);
  });

  it('breaks a word longer than the line', () => {
    expect(wrapText('läkemedelslistan', 60, 5, measure)).toEqual(['läkeme', 'delsli', 'stan']);
  });

  it('ends with an ellipsis when there are more lines than room', () => {
    const lines = wrapText('a b c d e f g h', 30, 2, measure);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
    expect(measure(lines[1] ?? '')).toBeLessThanOrEqual(30);
  });

  it('returns one empty line for empty text', () => {
    expect(wrapText('', 100, 3, measure)).toEqual(['']);
  });
});
