import { useCallback, useEffect } from 'react';
import type { WorkshopId } from '../../shared/workshop/schema';
import { toApiFailure } from '../api/ApiFailure';
import { useApi } from '../api/ApiContext';
import { base64ToBlob, downloadBlob } from '../board/export/download';
import { useToasts } from '../common/toastContext';
import { errorMessage } from '../i18n/describeError';

const PRINT_CLASS = 'print-summary';

/**
 * Excel export (built on the Node side, saved as a download, with or
 * without participants' names as the screen shows them) and printing.
 * While printing, a class on <body> lets the print stylesheet drop the app
 * around the summary, so "Spara som PDF" gives a clean document.
 */
export function useSummaryActions(workshopId: WorkshopId, names: boolean) {
  const api = useApi();
  const { show } = useToasts();

  useEffect(() => {
    const done = (): void => document.body.classList.remove(PRINT_CLASS);
    window.addEventListener('afterprint', done);
    return () => {
      window.removeEventListener('afterprint', done);
      done();
    };
  }, []);

  const exportXlsx = useCallback(async () => {
    try {
      const file = await api.invoke('workshop.exportSummary', { workshopId, names });
      downloadBlob(base64ToBlob(file.base64, file.mimeType), file.fileName);
      show({ message: (t) => t('summary.exported', { fileName: file.fileName }) });
    } catch (failure) {
      show({ tone: 'error', message: (t) => errorMessage(t, toApiFailure(failure)) });
    }
  }, [api, names, show, workshopId]);

  const print = useCallback(() => {
    document.body.classList.add(PRINT_CLASS);
    window.print();
  }, []);

  return { exportXlsx, print };
}
