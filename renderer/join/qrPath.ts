import { create } from 'qrcode';

/** The light border a scanner needs around the symbol, in modules (the standard asks for four). */
export const QUIET_ZONE = 4;

export interface QrDrawing {
  /** Width and height in modules, quiet zone included. */
  readonly size: number;
  /** One SVG path for all dark modules, each row's runs drawn as one rectangle. */
  readonly path: string;
}

/** The modules of a QR symbol as an SVG path; `dark(row, column)` reads the symbol. */
export function qrPath(symbolSize: number, dark: (row: number, column: number) => boolean): QrDrawing {
  const parts: string[] = [];
  for (let row = 0; row < symbolSize; row += 1) {
    let column = 0;
    while (column < symbolSize) {
      if (!dark(row, column)) {
        column += 1;
        continue;
      }
      const start = column;
      while (column < symbolSize && dark(row, column)) column += 1;
      parts.push(`M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${column - start}v1h-${column - start}z`);
    }
  }
  return { size: symbolSize + 2 * QUIET_ZONE, path: parts.join('') };
}

/** The QR code for a text (a join address), medium error correction: small enough to scan from the back of a room. */
export function qrDrawing(text: string): QrDrawing {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  return qrPath(modules.size, (row, column) => Boolean(modules.get(row, column)));
}
