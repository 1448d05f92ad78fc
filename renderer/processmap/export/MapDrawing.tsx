import { useEffect, useRef } from 'react';

/**
 * The map's SVG file shown inline, so it prints as vector and its groups
 * can be read. It is parsed as XML and imported, not set as innerHTML: the
 * file is a document of its own (declaration, namespace), and the drawing
 * uses presentation attributes only, which the CSP's style-src allows.
 */
export function MapDrawing({ svg }: { readonly svg: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const drawing = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
    ref.current?.replaceChildren(document.importNode(drawing, true));
  }, [svg]);
  return <div ref={ref} className="map-print__drawing" />;
}
