/** One process map: the canvas with its lanes, elements and arrows. */
import { useTranslation } from 'react-i18next';
import type { ProcessMapId } from '../../shared/processmap/schema';
import type { ProgrammeId } from '../../shared/programme/schema';
import { routeHref } from '../app/router';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { isNotFound } from '../api/isNotFound';
import { useQuery } from '../api/useQuery';
import { Breadcrumbs } from '../common/Breadcrumbs';
import { Loading } from '../common/Loading';
import { NotFound } from '../common/NotFound';
import { QueryError } from '../common/QueryError';
import { ViewHeading } from '../common/ViewHeading';
import { MapCanvas } from './MapCanvas';
import './processmap.css';

export function MapPage({ id }: { readonly id: string }) {
  const { t } = useTranslation();
  const { data: view, error, reload } = useQuery('processMap.get', { id: id as ProcessMapId });
  const title = view ? t('processMap.page.title', { name: view.map.name, state: t(`processMap.states.${view.map.state}`) }) : undefined;
  useDocumentTitle(title ?? (isNotFound(error) ? t('processMap.page.notFoundTitle') : undefined));

  if (isNotFound(error)) return <NotFound title={t('processMap.page.notFoundTitle')} message={t('processMap.page.notFoundMessage')} />;
  if (error) return <QueryError error={error} onRetry={reload} />;
  if (!view) return <Loading />;
  const { map } = view;

  return (
    <section className="view map-page">
      <MapCrumbs programmeId={map.programmeId} title={title ?? ''} />
      <div className="view__header">
        <ViewHeading>{title}</ViewHeading>
        {map.pairId ? (
          <a className="button" href={routeHref({ view: 'map', id: map.pairId })}>
            {t('processMap.page.pairLink', { state: t(`processMap.states.${map.state === 'nulage' ? 'onskat' : 'nulage'}`) })}
          </a>
        ) : null}
      </div>
      <MapCanvas view={view} />
    </section>
  );
}

/** The map's view has the programme's id, not its name; the name is read here so the map itself shows at once. */
function MapCrumbs({ programmeId, title }: { readonly programmeId: ProgrammeId; readonly title: string }) {
  const { t } = useTranslation();
  const programme = useQuery('programme.get', { id: programmeId });
  return <Breadcrumbs crumbs={[{ label: t('nav.programmes'), href: '#/' }, { label: programme.data?.name ?? t('common.loading'), href: routeHref({ view: 'programme', id: programmeId }) }, { label: title }]} />;
}
