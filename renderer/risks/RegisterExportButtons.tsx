import { useTranslation } from 'react-i18next';
import type { RegisterId } from '../../shared/risk/schema';
import { useExportDownload } from '../actionplan/export/useExportDownload';

/** The register as an Excel file for the styrgrupp to read and edit, and the way to read it back. */
export function RegisterExportButtons({ registerId, onImport }: { readonly registerId: string; readonly onImport: () => void }) {
  const { t } = useTranslation();
  const { download, busy } = useExportDownload();
  return (
    <div className="risk-exports" role="group" aria-label={t('risk.register.excelLabel')}>
      <button type="button" className="button" aria-busy={busy === 'riskRegister.exportXlsx'} onClick={() => void download('riskRegister.exportXlsx', { registerId: registerId as RegisterId })}>
        {t('risk.register.exportXlsx')}
      </button>
      <button type="button" className="button" onClick={onImport}>
        {t('riskImport.open')}
      </button>
    </div>
  );
}
