import { describe, expect, it } from 'vitest';
import { safeFileName } from './file-name';

describe('safeFileName', () => {
  it('drops what file systems refuse and keeps Swedish letters', () => {
    expect(safeFileName('Workshop: hemgång/vård?\u0007 – tavla')).toBe('Workshop hemgång vård – tavla');
    expect(safeFileName('  ')).toBe('samverkstad');
    expect(safeFileName('x'.repeat(300))).toHaveLength(120);
  });
});
