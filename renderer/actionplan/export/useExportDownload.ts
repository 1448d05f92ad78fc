import { useCallback, useRef, useState } from 'react';
import type { MethodInput } from '../../../shared/api/contract';
import type { ExportFile } from '../../../shared/board/schema';
import { toApiFailure } from '../../api/ApiFailure';
import { useApi } from '../../api/ApiContext';
import { base64ToBlob, downloadBlob } from '../../board/export/download';
import { useToasts } from '../../common/toastContext';
import { errorMessage } from '../../i18n/describeError';

export type PlanExportMethod = 'plan.exportXlsx' | 'plan.exportDocx' | 'planMeeting.exportDocx' | 'riskRegister.exportXlsx' | 'processMap.exportSvg' | 'processMap.exportFile';

/** A file made from the built one before it is saved (the map's PNG from its SVG). */
export type ConvertFile = (file: ExportFile) => Promise<{ readonly blob: Blob; readonly fileName: string }>;

/**
 * Builds a file on the Node side and saves it as a download; a toast names
 * the file or says what went wrong. `busy` names the export under way, so
 * its button can say so; a click while one runs is ignored rather than
 * disabling the button, which would drop keyboard focus. `convert` turns
 * the built file into the one saved.
 */
export function useExportDownload() {
  const api = useApi();
  const { show } = useToasts();
  const [busy, setBusy] = useState<string | null>(null);
  const running = useRef(false);

  const download = useCallback(
    async <M extends PlanExportMethod>(method: M, input: MethodInput<M>, { key = method, convert }: { readonly key?: string; readonly convert?: ConvertFile } = {}) => {
      if (running.current) return;
      running.current = true;
      setBusy(key);
      try {
        const built = await api.invoke(method, input);
        const file = convert ? await convert(built) : { blob: base64ToBlob(built.base64, built.mimeType), fileName: built.fileName };
        downloadBlob(file.blob, file.fileName);
        show({ message: (t) => t('planReport.exported', { fileName: file.fileName }) });
      } catch (failure) {
        show({ tone: 'error', message: (t) => errorMessage(t, toApiFailure(failure)) });
      } finally {
        running.current = false;
        setBusy(null);
      }
    },
    [api, show],
  );

  return { download, busy };
}
