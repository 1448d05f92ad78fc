/**
 * Nuläge against önskat läge: both maps side by side with the changes
 * marked, the legend, the change table and the matches. The route names
 * the nuläge, whose history records what is done here; an address naming
 * the önskat läge is replaced by its nuläge's, so Ctrl+Z walks the same
 * history whichever map the comparison was opened from.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Comparison } from '../../../shared/processmap/compare';
import type { MapView, ProcessMapId } from '../../../shared/processmap/schema';
import { routeHref } from '../../app/router';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { isNotFound } from '../../api/isNotFound';
import { useQuery } from '../../api/useQuery';
import { Loading } from '../../common/Loading';
import { NotFound } from '../../common/NotFound';
import { QueryError } from '../../common/QueryError';
import { ViewHeading } from '../../common/ViewHeading';
import { MapCrumbs } from '../MapCrumbs';
import { ChangeTable } from './ChangeTable';
import { CompareCanvases } from './CompareCanvases';
import { CompareLegend } from './CompareLegend';
import { overlayMarks, type Side } from './compareOverlay';
import { MatchTable } from './MatchTable';
import '../processmap.css';
import './compare.css';

export function ComparePage({ mapId }: { readonly mapId: string }) {
  const { t } = useTranslation();
  const named = useQuery('processMap.get', { id: mapId as ProcessMapId });
  const map = named.data?.map;
  const title = map ? t('processMap.compare.pageTitle', { name: map.name }) : undefined;
  useDocumentTitle(title ?? (isNotFound(named.error) ? t('processMap.page.notFoundTitle') : undefined));
  const nulage = map?.state === 'onskat' ? map.pairId : null;
  useEffect(() => {
    if (nulage) window.location.replace(routeHref({ view: 'mapCompare', mapId: nulage }));
  }, [nulage]);

  if (isNotFound(named.error)) return <NotFound title={t('processMap.page.notFoundTitle')} message={t('processMap.page.notFoundMessage')} />;
  if (named.error) return <QueryError error={named.error} onRetry={named.reload} />;
  if (!named.data || !map || !title) return <Loading />;
  return (
    <section className="view map-compare">
      <MapCrumbs programmeId={map.programmeId} trail={[{ label: t('processMap.page.title', { name: map.name, state: t(`processMap.states.${map.state}`) }), href: routeHref({ view: 'map', id: map.id }) }, { label: title }]} />
      <div className="view__header">
        <ViewHeading>{title}</ViewHeading>
      </div>
      {map.pairId ? <Pair named={named.data} pairId={map.pairId} /> : <p>{t('processMap.compare.unpaired', { state: t(`processMap.states.${map.state === 'nulage' ? 'onskat' : 'nulage'}`) })}</p>}
    </section>
  );
}

function Pair({ named, pairId }: { readonly named: MapView; readonly pairId: ProcessMapId }) {
  const pair = useQuery('processMap.get', { id: pairId });
  const comparison = useQuery('processMap.compare', { id: named.map.id });
  const error = pair.error ?? comparison.error;
  if (error) return <QueryError error={error} onRetry={() => (pair.reload(), comparison.reload())} />;
  if (!pair.data || !comparison.data) return <Loading />;
  const views: Record<Side, MapView> = named.map.state === 'nulage' ? { current: named, desired: pair.data } : { current: pair.data, desired: named };
  return <Compared views={views} comparison={comparison.data} />;
}

function Compared({ views, comparison }: { readonly views: Record<Side, MapView>; readonly comparison: Comparison }) {
  const { t } = useTranslation();
  const { map } = views.current;
  return (
    <>
      <CompareLegend />
      <CompareCanvases views={views} comparison={comparison} />
      <ChangeTable comparison={comparison} mapId={map.id} programmeId={map.programmeId} />
      <MatchTable views={views} comparison={comparison} marks={overlayMarks(t, comparison, 'desired', views)} />
    </>
  );
}
