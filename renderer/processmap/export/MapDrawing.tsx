import { useEffect, useRef } from 'react';
import type { ExportFile } from '../../../shared/board/schema';
import type { ProcessMapId } from '../../../shared/processmap/schema';
import { useQuery } from '../../api/useQuery';
import { Loading } from '../../common/Loading';
import { QueryError } from '../../common/QueryError';
import './mapDrawing.css';

/**
 * The map's SVG file shown inline, so it prints as vector and its groups
 * can be read. It is parsed as XML and imported, not set as innerHTML: the
 * file is a document of its own (declaration, namespace), and the drawing
 * uses presentation attributes only, which the CSP's style-src allows.
 */
export function MapDrawing({ svg, className }: { readonly svg: string; readonly className?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const drawing = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
    ref.current?.replaceChildren(document.importNode(drawing, true));
  }, [svg]);
  return <div ref={ref} className={['map-drawing', className].filter(Boolean).join(' ')} />;
}

const textOf = (file: ExportFile) => new TextDecoder().decode(Uint8Array.from(atob(file.base64), (char) => char.charCodeAt(0)));

/** A stored map's drawing, as the SVG export makes it from the model, wherever a page shows or prints one. */
export function MapSvg({ mapId, className }: { readonly mapId: string; readonly className?: string }) {
  const { data: file, error, reload } = useQuery('processMap.exportSvg', { id: mapId as ProcessMapId });
  if (error) return <QueryError error={error} onRetry={reload} />;
  if (!file) return <Loading />;
  return <MapDrawing svg={textOf(file)} {...(className === undefined ? {} : { className })} />;
}
