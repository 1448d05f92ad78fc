/**
 * The risk report for the styrgrupp: the heat map first, then the high
 * risks with their motivations and actions, then the whole register. It
 * prints to A4 with the programme and the date on every page and numbered
 * pages, like the plan's status report.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegisterId } from '../../../shared/risk/schema';
import { PrintPageBoxes } from '../../actionplan/report/PrintPageBoxes';
import { ReportSection } from '../../actionplan/report/ReportSection';
import { routeHref } from '../../app/router';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { isNotFound } from '../../api/isNotFound';
import { useQuery } from '../../api/useQuery';
import { Breadcrumbs } from '../../common/Breadcrumbs';
import { formatCalendarDate } from '../../common/format';
import { Loading } from '../../common/Loading';
import { NotFound } from '../../common/NotFound';
import { QueryError } from '../../common/QueryError';
import { ViewHeading } from '../../common/ViewHeading';
import { bandsText } from '../bandsText';
import { HeatMap } from '../HeatMap';
import { ALL_RISKS, visibleRisks } from '../riskRows';
import { RiskTable } from '../RiskTable';
import { riskWords } from '../riskWords';
import { HighRisk } from './HighRisk';
import '../risks.css';
import './riskReport.css';

const ignore = (): void => undefined;

export function RiskReportView({ registerId }: { readonly registerId: string }) {
  const { t, i18n } = useTranslation();
  const { data: view, error, reload } = useQuery('riskRegister.get', { id: registerId as RegisterId });
  const words = useMemo(() => riskWords(t, i18n.language), [t, i18n.language]);
  const high = useMemo(() => (view ? visibleRisks(view.risks, { ...ALL_RISKS, band: 'hog', sort: 'score' }) : []), [view]);
  useDocumentTitle(view ? `${t('riskReport.title')}: ${view.programmeName}` : isNotFound(error) ? t('risk.register.notFoundTitle') : undefined);

  if (isNotFound(error)) return <NotFound title={t('risk.register.notFoundTitle')} message={t('risk.register.notFoundMessage')} />;
  if (error) return <QueryError error={error} onRetry={reload} />;
  if (!view) return <Loading />;
  const { register } = view;

  return (
    <article className="view risk-report">
      <PrintPageBoxes programme={view.programmeName} plan={t('riskReport.title')} date={view.today} landscape />
      <Breadcrumbs
        crumbs={[
          { label: t('nav.programmes'), href: '#/' },
          { label: view.programmeName, href: routeHref({ view: 'programme', id: register.programmeId }) },
          { label: t('risk.title'), href: routeHref({ view: 'register', id: register.id }) },
          { label: t('riskReport.title') },
        ]}
      />
      <header className="risk-report__head">
        <ViewHeading>{t('riskReport.title')}</ViewHeading>
        <p className="risk-report__programme">{view.programmeName}</p>
        <p>
          <time dateTime={view.today}>{formatCalendarDate(view.today, i18n.language)}</time> · {bandsText(t, register.bands)}
        </p>
      </header>
      <div className="risk-report__toolbar">
        <button type="button" className="button button--primary" onClick={() => window.print()}>
          {t('riskReport.print')}
        </button>
      </div>
      <HeatMap risks={view.risks} bands={register.bands} words={words} onOpen={ignore} />
      <ReportSection title={t('riskReport.high', { count: high.length })}>
        {high.length === 0 ? <p className="muted">{t('riskReport.noHigh')}</p> : high.map((risk) => <HighRisk key={risk.id} risk={risk} words={words} />)}
      </ReportSection>
      <ReportSection title={t('riskReport.all')}>
        <RiskTable risks={view.risks} today={view.today} words={words} onOpen={ignore} onAssess={ignore} />
      </ReportSection>
    </article>
  );
}
