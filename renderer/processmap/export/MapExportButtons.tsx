import { useTranslation } from 'react-i18next';
import type { ExportFile } from '../../../shared/board/schema';
import type { ProcessMapId } from '../../../shared/processmap/schema';
import { useExportDownload } from '../../actionplan/export/useExportDownload';
import { routeHref } from '../../app/router';
import { base64ToBlob } from '../../board/export/download';
import { svgToPng } from './svgToPng';

async function pngOf(file: ExportFile) {
  return { blob: await svgToPng(base64ToBlob(file.base64, file.mimeType)), fileName: file.fileName.replace(/\.svg$/, '.png') };
}

/**
 * "Spara som SVG" and "Spara som PNG" for a whole map, both the drawing the
 * Node side makes from the model, so they hold every lane and arrow
 * whatever the editor has on screen; the map as a file of its own, to
 * import elsewhere; and the way to the printable page.
 */
export function MapExportButtons({ mapId, printLink = true }: { readonly mapId: string; readonly printLink?: boolean }) {
  const { t } = useTranslation();
  const { download, busy } = useExportDownload();
  const input = { id: mapId as ProcessMapId };
  return (
    <>
      <div className="map-exports" role="group" aria-label={t('processMap.export.buttonsLabel')}>
        <button type="button" className="button" aria-busy={busy === 'svg'} onClick={() => void download('processMap.exportSvg', input, { key: 'svg' })}>
          {t('processMap.export.saveSvg')}
        </button>
        <button type="button" className="button" aria-busy={busy === 'png'} onClick={() => void download('processMap.exportSvg', input, { key: 'png', convert: pngOf })}>
          {t('processMap.export.savePng')}
        </button>
        {printLink && (
          <a className="button" href={routeHref({ view: 'mapPrint', mapId })}>
            {t('processMap.export.printPage')}
          </a>
        )}
      </div>
      <button type="button" className="button" aria-busy={busy === 'file'} onClick={() => void download('processMap.exportFile', input, { key: 'file' })}>
        {t('processMap.file.exportButton')}
      </button>
    </>
  );
}
