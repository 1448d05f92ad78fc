/**
 * The styrgrupp status report: summary first (progress per område,
 * overdue work, red items, decisions since the last report), then the plan
 * in detail, then the process maps the user ticked, each on a landscape
 * page. It prints to A4 with the programme, the plan and the date on every
 * page and numbered pages (planReport.css, PrintPageBoxes).
 */
import { useTranslation } from 'react-i18next';
import type { PlanId, PlanView } from '../../../shared/actionplan/schema';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { routeHref } from '../../app/router';
import { isNotFound } from '../../api/isNotFound';
import { useQuery } from '../../api/useQuery';
import { Breadcrumbs } from '../../common/Breadcrumbs';
import { formatCalendarDate } from '../../common/format';
import { Loading } from '../../common/Loading';
import { NotFound } from '../../common/NotFound';
import { QueryError } from '../../common/QueryError';
import { ViewHeading } from '../../common/ViewHeading';
import { PlanExportButtons } from '../export/PlanExportButtons';
import { PrintPageBoxes } from './PrintPageBoxes';
import { ReportAttention } from './ReportAttention';
import { ReportDecisions } from './ReportDecisions';
import { ReportDetail } from './ReportDetail';
import { MAP_PAGE, ReportMapPage, ReportMapPicker } from './ReportMaps';
import { ReportProgress } from './ReportProgress';
import { includedMaps, useReportMaps } from './reportMaps';
import './planReport.css';

export function PlanReportView({ planId }: { readonly planId: string }) {
  const { t } = useTranslation();
  const id = planId as PlanId;
  const { data: report, error, reload } = useQuery('plan.report', { id });
  useDocumentTitle(report ? `${t('planReport.title')}: ${report.view.plan.title}` : isNotFound(error) ? t('planReport.notFoundTitle') : undefined);

  if (isNotFound(error)) return <NotFound title={t('planReport.notFoundTitle')} message={t('planReport.notFoundMessage')} />;
  if (error) return <QueryError error={error} onRetry={reload} />;
  if (!report) return <Loading />;

  return <StatusReport view={report.view} />;
}

function StatusReport({ view }: { readonly view: PlanView }) {
  const { t, i18n } = useTranslation();
  const { plan } = view;
  const maps = useQuery('processMap.list', { programmeId: plan.programmeId });
  const [chosenMaps, toggleMap] = useReportMaps(plan.id);
  const period = plan.periodStart || plan.periodEnd ? t('planReport.period', { start: plan.periodStart ?? '', end: plan.periodEnd ?? '' }) : null;
  return (
    <article className="view plan-report">
      <PrintPageBoxes programme={view.programmeName} plan={plan.title} date={view.today} landscapePages={[MAP_PAGE]} />
      <Breadcrumbs crumbs={[{ label: t('nav.programmes'), href: '#/' }, { label: view.programmeName, href: routeHref({ view: 'programme', id: plan.programmeId }) }, { label: t('planReport.title') }]} />
      <header className="plan-report__head">
        <ViewHeading>{t('planReport.title')}</ViewHeading>
        <p className="plan-report__plan">{plan.title}</p>
        <dl className="plan-report__facts">
          <div>
            <dt>{t('planReport.facts.programme')}</dt>
            <dd>{view.programmeName}</dd>
          </div>
          {period ? (
            <div>
              <dt>{t('planReport.facts.period')}</dt>
              <dd>{period}</dd>
            </div>
          ) : null}
          <div>
            <dt>{t('planReport.facts.status')}</dt>
            <dd>{t(`plan.status.${plan.status}`)}</dd>
          </div>
          <div>
            <dt>{t('planReport.facts.date')}</dt>
            <dd>
              <time dateTime={view.today}>{formatCalendarDate(view.today, i18n.language)}</time>
            </dd>
          </div>
        </dl>
      </header>
      <div className="plan-report__toolbar">
        <PlanExportButtons planId={plan.id} />
        <button type="button" className="button button--primary" onClick={() => window.print()}>
          {t('planReport.print')}
        </button>
      </div>
      {maps.error ? <QueryError error={maps.error} onRetry={maps.reload} /> : maps.data ? <ReportMapPicker maps={maps.data} chosen={chosenMaps} toggle={toggleMap} /> : null}
      <section className="plan-report__part" aria-labelledby="plan-report-summary">
        <h2 id="plan-report-summary" className="plan-report__part-title">
          {t('planReport.summary')}
        </h2>
        <ReportProgress view={view} />
        <ReportAttention view={view} />
        <ReportDecisions planId={plan.id} />
      </section>
      <section className="plan-report__part plan-report__part--detail" aria-labelledby="plan-report-detail">
        <h2 id="plan-report-detail" className="plan-report__part-title">
          {t('planReport.detail')}
        </h2>
        <ReportDetail view={view} />
      </section>
      {includedMaps(maps.data ?? [], chosenMaps).map((map) => (
        <ReportMapPage key={map.id} map={map} />
      ))}
    </article>
  );
}
