import { type RefObject, useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Api } from '../api/client';
import { useToasts } from '../common/toastContext';
import type { NoteLook } from './canvas/noteLook';
import { safeFileName } from '../../shared/common/file-name';
import { base64ToBlob, downloadBlob } from './export/download';
import type { BoardModel } from './model/boardModel';

/** "Exportera Excel" (built on the Node side) and "Exportera bild" (painted here); both end as a download. */
export function useBoardExports(api: Api, modelRef: RefObject<BoardModel>, look: NoteLook, workshopTitle: string) {
  const { t } = useTranslation();
  const { show } = useToasts();

  const exportXlsx = useCallback(async () => {
    const file = await api.invoke('board.exportXlsx', { workshopId: modelRef.current.workshopId });
    downloadBlob(base64ToBlob(file.base64, file.mimeType), file.fileName);
    show({ message: (t) => t('board.export.done', { fileName: file.fileName }) });
  }, [api, modelRef, show]);

  const exportPng = useCallback(async () => {
    // The painter is loaded on first use; most sessions never export a picture.
    const { boardPng } = await import('./export/drawBoard');
    const fileName = `${safeFileName(t('board.export.pngName', { title: workshopTitle }))}.png`;
    downloadBlob(await boardPng(modelRef.current, look, t), fileName);
    show({ message: (t) => t('board.export.done', { fileName }) });
  }, [modelRef, look, show, t, workshopTitle]);

  return { exportXlsx, exportPng };
}
