import { describe, expect, it } from 'vitest';
import { noteColours } from '../../../shared/board/schema';
import { huvudmanValues } from '../../../shared/participant/schema';
import { contrastRatio, NOTE_MUTED_TEXT, NOTE_TEXT, paperKeys, papers } from './palette';

describe('note papers', () => {
  it('cover every note colour and every huvudman', () => {
    for (const colour of noteColours) expect(paperKeys).toContain(colour);
    for (const value of huvudmanValues) expect(paperKeys).toContain(`hm-${value}`);
  });

  it('keep note text and author text at WCAG AA contrast on every paper', () => {
    const weak = paperKeys.flatMap((key) =>
      [NOTE_TEXT, NOTE_MUTED_TEXT]
        .map((text) => ({ key, text, ratio: contrastRatio(text, papers[key].fill) }))
        .filter((c) => c.ratio < 4.5),
    );
    expect(weak).toEqual([]);
  });

  it('computes the known contrast of black on white', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
  });
});
