import { useTranslation } from 'react-i18next';
import type { PlanId } from '../../../shared/actionplan/schema';
import { useExportDownload } from './useExportDownload';

/** "Exportera Excel" and "Exportera Word" for a whole plan, for any page that shows one. */
export function PlanExportButtons({ planId }: { readonly planId: string }) {
  const { t } = useTranslation();
  const { download, busy } = useExportDownload();
  const id = planId as PlanId;
  return (
    <div className="plan-exports" role="group" aria-label={t('planReport.exportsLabel')}>
      <button type="button" className="button" aria-busy={busy === 'plan.exportXlsx'} onClick={() => void download('plan.exportXlsx', { planId: id })}>
        {t('planReport.exportXlsx')}
      </button>
      <button type="button" className="button" aria-busy={busy === 'plan.exportDocx'} onClick={() => void download('plan.exportDocx', { planId: id })}>
        {t('planReport.exportDocx')}
      </button>
    </div>
  );
}
