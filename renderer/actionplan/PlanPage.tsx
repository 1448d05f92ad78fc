/**
 * The handlingsplan page: the plan's facts and overall progress, then each
 * område with its delmål and activities. `activity` (from a link in a
 * workshop summary) scrolls to that activity's row and focuses it.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type PlanId, type PlanStatus, planStatuses } from '../../shared/actionplan/schema';
import { routeHref } from '../app/router';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { toApiFailure } from '../api/ApiFailure';
import { useApi } from '../api/ApiContext';
import { isNotFound } from '../api/isNotFound';
import { useQuery } from '../api/useQuery';
import { useUnchanged } from '../api/useUnchanged';
import { Breadcrumbs } from '../common/Breadcrumbs';
import { EmptyState } from '../common/EmptyState';
import { formatCalendarDate } from '../common/format';
import { Loading } from '../common/Loading';
import { NotFound } from '../common/NotFound';
import { QueryError } from '../common/QueryError';
import { useToasts } from '../common/toastContext';
import { ViewHeading } from '../common/ViewHeading';
import { errorMessage } from '../i18n/describeError';
import { activityAnchor } from './ActivityTable';
import { AreaBlock } from './AreaBlock';
import { PlanDialogs } from './PlanDialogs';
import type { PlanDialogState } from './planDialogs';
import { dateRange } from './planFormat';
import { planWords } from './planWords';
import { ProgressFigure } from './ProgressFigure';
import { usePlanActions } from './usePlanActions';
import './plan.css';
import { PlanExportButtons } from './export/PlanExportButtons';

export function PlanPage({ id, activity }: { readonly id: string; readonly activity?: string | undefined }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { show } = useToasts();
  const { data, error, reload } = useQuery('plan.get', { id: id as PlanId });
  // A refetch after a change renders again only the områden it changed.
  const view = useUnchanged(data);
  const areaIds = useUnchanged(useMemo(() => view?.areas.map((a) => a.area.id as string) ?? [], [view]));
  const [dialog, setDialog] = useState<PlanDialogState | null>(null);
  const focused = useRef<string | null>(null);
  const words = useMemo(() => planWords(t, i18n.language), [t, i18n.language]);
  const actions = usePlanActions(id as PlanId);
  useDocumentTitle(view?.plan.title ?? (isNotFound(error) ? t('plan.page.notFoundTitle') : undefined));

  useEffect(() => {
    if (!view || !activity || focused.current === activity) return;
    const row = document.getElementById(activityAnchor(activity));
    if (!row) return;
    focused.current = activity;
    row.scrollIntoView({ block: 'center' });
    row.focus();
  }, [view, activity]);

  if (isNotFound(error)) return <NotFound title={t('plan.page.notFoundTitle')} message={t('plan.page.notFoundMessage')} />;
  if (error) return <QueryError error={error} onRetry={reload} />;
  if (!view) return <Loading />;

  const { plan } = view;
  const setStatus = (status: PlanStatus): void => {
    api
      .invoke('plan.update', { id: plan.id, status })
      .then(() => show({ message: (t) => t('plan.page.statusSaved', { status: t(`plan.status.${status}`) }) }))
      .catch((failure: unknown) => show({ tone: 'error', message: (t) => errorMessage(t, toApiFailure(failure)) }));
  };

  return (
    <section className="view plan-page">
      <Breadcrumbs crumbs={[{ label: t('nav.programmes'), href: '#/' }, { label: view.programmeName, href: routeHref({ view: 'programme', id: plan.programmeId }) }, { label: plan.title }]} />
      <div className="view__header">
        <ViewHeading>{plan.title}</ViewHeading>
        <nav className="plan-page__links" aria-label={plan.title}>
          <a className="button" href={routeHref({ view: 'planMeetings', planId: plan.id })}>
            {t('plan.page.meetings')}
          </a>
          <a className="button" href={routeHref({ view: 'planReport', planId: plan.id })}>
            {t('plan.page.report')}
          </a>
        </nav>
        <PlanExportButtons planId={plan.id} />
      </div>
      <div className="plan-page__facts">
        <p>{dateRange(t, i18n.language, plan.periodStart, plan.periodEnd, t('plan.period.none'))}</p>
        <div className="field plan-page__status">
          <label htmlFor="plan-status">{t('plan.page.statusLabel')}</label>
          <select id="plan-status" className="field__control field__control--select" value={plan.status} onChange={(event) => setStatus(event.target.value as PlanStatus)}>
            {planStatuses.map((value) => (
              <option key={value} value={value}>
                {t(`plan.status.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <ProgressFigure progress={view.progress} name={t('plan.page.overall')} words={words.progress} />
          {view.overdue > 0 ? <p className="plan-badge plan-badge--overdue">{t('plan.page.overdueCount', { count: view.overdue })}</p> : null}
          <p className="muted">{t('plan.page.today', { date: formatCalendarDate(view.today, i18n.language) })}</p>
        </div>
      </div>
      <p className="muted">{t('plan.activity.dragHint')}</p>
      {view.areas.length === 0 ? (
        <EmptyState>
          <p>{t('plan.page.empty')}</p>
        </EmptyState>
      ) : null}
      {view.areas.map((area) => (
        <AreaBlock key={area.area.id} view={area} areaIds={areaIds} open={setDialog} words={words} actions={actions} />
      ))}
      <div className="plan-area__add">
        <button type="button" className="button button--primary" onClick={() => setDialog({ kind: 'area' })}>
          {t('plan.page.newArea')}
        </button>
      </div>
      <PlanDialogs view={view} dialog={dialog} open={setDialog} close={() => setDialog(null)} />
    </section>
  );
}
