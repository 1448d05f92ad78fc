import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodInput } from '../../../shared/api/contract';
import { toApiFailure } from '../../api/ApiFailure';
import { useApi } from '../../api/ApiContext';
import { base64ToBlob, downloadBlob } from '../../board/export/download';
import { useToasts } from '../../common/toastContext';
import { errorMessage } from '../../i18n/describeError';

export type PlanExportMethod = 'plan.exportXlsx' | 'plan.exportDocx' | 'planMeeting.exportDocx' | 'riskRegister.exportXlsx';

/**
 * Builds a file on the Node side and saves it as a download; a toast names
 * the file or says what went wrong. `busy` names the export under way, so
 * its button can say so; a click while one runs is ignored rather than
 * disabling the button, which would drop keyboard focus.
 */
export function useExportDownload() {
  const { t } = useTranslation();
  const api = useApi();
  const { show } = useToasts();
  const [busy, setBusy] = useState<string | null>(null);
  const running = useRef(false);

  const download = useCallback(
    async <M extends PlanExportMethod>(method: M, input: MethodInput<M>, key: string = method) => {
      if (running.current) return;
      running.current = true;
      setBusy(key);
      try {
        const file = await api.invoke(method, input);
        downloadBlob(base64ToBlob(file.base64, file.mimeType), file.fileName);
        show({ message: t('planReport.exported', { fileName: file.fileName }) });
      } catch (failure) {
        show({ tone: 'error', message: errorMessage(t, toApiFailure(failure)) });
      } finally {
        running.current = false;
        setBusy(null);
      }
    },
    [api, show, t],
  );

  return { download, busy };
}
