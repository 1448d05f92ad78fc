/**
 * The workshop on one sheet, as the processledare sends it to the
 * styrgrupp and the participants afterwards: the decisions first, then
 * what they rest on (see shared/summary/model.ts). It exports to Excel and
 * prints cleanly, with programme, kommun, date and page numbers on every
 * page (summary.css, PrintPageBoxes). Names can be left out for sharing.
 */
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buildSummary } from '../../shared/summary/model';
import type { WorkshopId } from '../../shared/workshop/schema';
import { PrintPageBoxes } from '../actionplan/report/PrintPageBoxes';
import { useQuery } from '../api/useQuery';
import { Loading } from '../common/Loading';
import { QueryError } from '../common/QueryError';
import { SummarySheet } from './SummarySheet';
import { useSummaryActions } from './useSummaryActions';
import '../styles/prioritisation.css';
import './summary.css';

export function SummaryPanel({ workshopId, active }: { readonly workshopId: string; readonly active: boolean }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const namesId = useId();
  const id = workshopId as WorkshopId;
  const [names, setNames] = useState(true);
  const source = useQuery('workshop.summary', { workshopId: id });
  const summary = useMemo(() => (source.data ? buildSummary(source.data, { names, language: i18n.language }) : null), [source.data, names, i18n.language]);
  const { exportXlsx, print } = useSummaryActions(id, names);

  return (
    <section className="prio summary" aria-labelledby={headingId}>
      {/* Only while the summary is the open tab: other tabs print without its page boxes. */}
      {active && summary ? <PrintPageBoxes programme={summary.header.programme} plan={summary.header.kommun || summary.header.title} date={summary.header.pageDate} /> : null}
      <div className="section__header summary__toolbar">
        <h2 id={headingId} className="section__title">
          {t('summary.heading')}
        </h2>
        <div className="prio-toolbar">
          <label className="prio-check">
            <input type="checkbox" checked={names} aria-describedby={namesId} onChange={(event) => setNames(event.target.checked)} />
            {t('summary.names')}
          </label>
          <button type="button" className="button" onClick={() => void exportXlsx()}>
            {t('summary.exportXlsx')}
          </button>
          <button type="button" className="button button--primary" onClick={print}>
            {t('summary.print')}
          </button>
        </div>
        <p id={namesId} className="summary__hint">
          {t('summary.namesHint')}
        </p>
      </div>
      {source.error ? <QueryError error={source.error} onRetry={source.reload} /> : null}
      {!summary && !source.error ? <Loading /> : null}
      {summary ? <SummarySheet summary={summary} /> : null}
    </section>
  );
}
