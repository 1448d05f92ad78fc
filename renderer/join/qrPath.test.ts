import { describe, expect, it } from 'vitest';
import { QUIET_ZONE, qrDrawing, qrPath } from './qrPath';

describe('the QR drawing', () => {
  it('draws each run of dark modules as one rectangle inside the quiet zone', () => {
    const rows = ['##.', '...', '#.#'];
    const drawing = qrPath(3, (row, column) => rows[row]![column] === '#');
    expect(drawing.size).toBe(3 + 2 * QUIET_ZONE);
    expect(drawing.path).toBe('M4 4h2v1h-2zM4 6h1v1h-1zM6 6h1v1h-1z');
  });

  it('encodes a join address as a symbol of the standard size with its finder patterns', () => {
    const drawing = qrDrawing('http://192.168.1.23:49152/#ABC234');
    // Version 3 (29 modules) holds a 33-character address at medium error correction.
    expect(drawing.size).toBe(29 + 2 * QUIET_ZONE);
    // The top-left finder pattern starts with a run of seven dark modules at the quiet zone's corner.
    expect(drawing.path.startsWith(`M${QUIET_ZONE} ${QUIET_ZONE}h7v1h-7z`)).toBe(true);
  });
});
