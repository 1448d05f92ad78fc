import { useMemo } from 'react';
import { qrDrawing } from './qrPath';

/**
 * A QR code as crisp SVG: black modules on a white square with the quiet
 * zone, whatever the theme around it, so any phone camera reads it.
 */
export function QrCode({ text, label, className }: { readonly text: string; readonly label: string; readonly className?: string }) {
  const { size, path } = useMemo(() => qrDrawing(text), [text]);
  return (
    <svg className={className} viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label} shapeRendering="crispEdges">
      <rect width={size} height={size} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  );
}
