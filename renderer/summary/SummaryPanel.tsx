/**
 * The workshop on one sheet, as the processledare sends it afterwards:
 * facts, who took part, clusters with their notes, the matrix, the votes
 * of the newest revealed round, what was prioritised and what was handed
 * over. It exports to Excel and prints cleanly (see prioritisation.css).
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopId } from '../../shared/workshop/schema';
import { useQuery } from '../api/useQuery';
import { Loading } from '../common/Loading';
import { QueryError } from '../common/QueryError';
import { SummarySheet } from './SummarySheet';
import { useSummaryActions } from './useSummaryActions';
import '../styles/prioritisation.css';

export function SummaryPanel({ workshopId }: { readonly workshopId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const id = workshopId as WorkshopId;
  const workshop = useQuery('workshop.get', { id });
  const { exportXlsx, print } = useSummaryActions(id);

  return (
    <section className="prio summary" aria-labelledby={headingId}>
      <div className="section__header summary__toolbar">
        <h2 id={headingId} className="section__title">
          {t('summary.heading')}
        </h2>
        <div className="prio-toolbar">
          <button type="button" className="button" onClick={() => void exportXlsx()}>
            {t('summary.exportXlsx')}
          </button>
          <button type="button" className="button button--primary" onClick={print}>
            {t('summary.print')}
          </button>
        </div>
      </div>
      {workshop.error ? <QueryError error={workshop.error} onRetry={workshop.reload} /> : null}
      {!workshop.data && !workshop.error ? <Loading /> : null}
      {workshop.data ? <SummarySheet workshop={workshop.data} /> : null}
    </section>
  );
}
