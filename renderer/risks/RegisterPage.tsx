/**
 * The riskregister of one programme: its risks as a table with their
 * current score, band and change, the heat map, and the way to add, assess
 * and act on risks. One query reads it all; the rows are memoised and take
 * their words ready-translated, so a register of a thousand risks renders
 * at once.
 */
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegisterId, RiskRow } from '../../shared/risk/schema';
import { routeHref } from '../app/router';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { isNotFound } from '../api/isNotFound';
import { useQuery } from '../api/useQuery';
import { Breadcrumbs } from '../common/Breadcrumbs';
import { EmptyState } from '../common/EmptyState';
import { Loading } from '../common/Loading';
import { NotFound } from '../common/NotFound';
import { QueryError } from '../common/QueryError';
import { ViewHeading } from '../common/ViewHeading';
import { bandsText } from './bandsText';
import { HeatMap } from './HeatMap';
import { RegisterDialogs } from './RegisterDialogs';
import type { RegisterDialogState } from './registerDialogs';
import { RegisterExportButtons } from './RegisterExportButtons';
import { RiskFilters } from './RiskFilters';
import { ALL_RISKS, registerCounts, type RiskView, visibleRisks } from './riskRows';
import { RiskTable } from './RiskTable';
import { riskWords } from './riskWords';
import './risks.css';

export function RegisterPage({ id }: { readonly id: string }) {
  const { t, i18n } = useTranslation();
  const { data: view, error, reload } = useQuery('riskRegister.get', { id: id as RegisterId });
  const [dialog, setDialog] = useState<RegisterDialogState | null>(null);
  const [filter, setFilter] = useState<RiskView>(ALL_RISKS);
  const words = useMemo(() => riskWords(t, i18n.language), [t, i18n.language]);
  const risks = view?.risks;
  const shown = useMemo(() => (risks ? visibleRisks(risks, filter) : []), [risks, filter]);
  const counts = useMemo(() => (risks ? registerCounts(risks) : null), [risks]);
  const onOpen = useCallback((risk: RiskRow) => setDialog({ kind: 'details', riskId: risk.id }), []);
  const onAssess = useCallback((risk: RiskRow) => setDialog({ kind: 'assess', riskId: risk.id }), []);
  useDocumentTitle(view ? `${t('risk.title')}: ${view.programmeName}` : isNotFound(error) ? t('risk.register.notFoundTitle') : undefined);

  if (isNotFound(error)) return <NotFound title={t('risk.register.notFoundTitle')} message={t('risk.register.notFoundMessage')} />;
  if (error) return <QueryError error={error} onRetry={reload} />;
  if (!view || !counts) return <Loading />;
  const { register } = view;

  return (
    <section className="view risk-page">
      <Breadcrumbs crumbs={[{ label: t('nav.programmes'), href: '#/' }, { label: view.programmeName, href: routeHref({ view: 'programme', id: register.programmeId }) }, { label: t('risk.title') }]} />
      <div className="view__header">
        <div>
          <ViewHeading>{t('risk.title')}</ViewHeading>
          <p className="muted">{t('risk.register.counts', { count: counts.risks, high: counts.high, unassessed: counts.unassessed })}</p>
        </div>
        <div className="risk-page__tools">
          <button type="button" className="button button--primary" onClick={() => setDialog({ kind: 'new' })}>
            {t('risk.register.new')}
          </button>
          <a className="button" href={routeHref({ view: 'registerReport', registerId: register.id })}>
            {t('risk.register.report')}
          </a>
          <RegisterExportButtons registerId={register.id} onImport={() => setDialog({ kind: 'import' })} />
        </div>
      </div>
      <div className="risk-page__bands">
        <p>
          {t('risk.register.bandsNow', { ranges: bandsText(t, register.bands) })}{' '}
          <button type="button" className="button button--small" onClick={() => setDialog({ kind: 'bands' })}>
            {t('risk.bands.edit')}
          </button>
        </p>
      </div>
      <HeatMap risks={view.risks} bands={register.bands} words={words} onOpen={onOpen} />
      <section className="section" aria-labelledby="risk-register-list">
        <h2 id="risk-register-list" className="section__title">
          {t('risk.register.listHeading')}
        </h2>
        {view.risks.length === 0 ? (
          <EmptyState>
            <p>{t('risk.register.empty')}</p>
          </EmptyState>
        ) : (
          <>
            <RiskFilters view={filter} onChange={setFilter} />
            <p className="muted" role="status">
              {t('risk.register.showing', { count: shown.length, total: view.risks.length })}
            </p>
            <RiskTable risks={shown} today={view.today} words={words} onOpen={onOpen} onAssess={onAssess} />
          </>
        )}
      </section>
      <RegisterDialogs view={view} words={words} dialog={dialog} open={setDialog} close={() => setDialog(null)} />
    </section>
  );
}
