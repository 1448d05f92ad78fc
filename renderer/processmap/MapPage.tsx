/** One process map: the toolbar, the canvas with its lanes, elements and arrows, and the outline of the same map. */
import { type KeyboardEvent, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcessMapId } from '../../shared/processmap/schema';
import { routeHref } from '../app/router';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { isNotFound } from '../api/isNotFound';
import { useQuery } from '../api/useQuery';
import { Loading } from '../common/Loading';
import { NotFound } from '../common/NotFound';
import { QueryError } from '../common/QueryError';
import { ViewHeading } from '../common/ViewHeading';
import { MapCanvas } from './MapCanvas';
import { MapCrumbs } from './MapCrumbs';
import { type MapDialog, OpenDialogContext } from './mapDialogs';
import { MapDialogs } from './MapDialogs';
import { MapOutline } from './MapOutline';
import { MapToolbar } from './MapToolbar';
import { MapExportButtons } from './export/MapExportButtons';
import { ArrangeButton } from './layout/ArrangeButton';
import { prepareArrange } from './layout/arrangeInWorker';
import { MapTray } from './tray/MapTray';
import type { PinSource } from './tray/pinSource';
import { LanesPanel } from './lanes/LanesPanel';
import { onClipboardKey } from './selection/clipboardKeys';
import type { SelectionActions } from './selection/useSelectionActions';
import './processmap.css';

export function MapPage({ id }: { readonly id: string }) {
  const { t } = useTranslation();
  const { data: view, error, reload } = useQuery('processMap.get', { id: id as ProcessMapId });
  // "Ordna"'s worker loads while the map is read and drawn, so pressing it at once does not wait for ELK to load.
  useEffect(prepareArrange, []);
  const [dialog, setDialog] = useState<MapDialog | null>(null);
  const [outline, setOutline] = useState(true);
  const [tray, setTray] = useState(false);
  // Read only when the tray pins a card: kept out of state so a selection on the canvas does not render the page again.
  const selected = useRef<readonly string[]>([]);
  const onSelect = useCallback((ids: readonly string[]) => {
    selected.current = ids;
  }, []);
  const pin = useCallback((source: PinSource) => setDialog({ kind: 'pin', source, selected: selected.current }), []);
  const [lanes, setLanes] = useState(false);
  const clipboard = useRef<SelectionActions>(null);
  const onKeyDown = useCallback((event: KeyboardEvent<HTMLElement>) => onClipboardKey(event, clipboard.current), []);
  const title = view ? t('processMap.page.title', { name: view.map.name, state: t(`processMap.states.${view.map.state}`) }) : undefined;
  useDocumentTitle(title ?? (isNotFound(error) ? t('processMap.page.notFoundTitle') : undefined));

  if (isNotFound(error)) return <NotFound title={t('processMap.page.notFoundTitle')} message={t('processMap.page.notFoundMessage')} />;
  if (error) return <QueryError error={error} onRetry={reload} />;
  if (!view) return <Loading />;
  const { map } = view;

  return (
    <section className="view map-page">
      <MapCrumbs programmeId={map.programmeId} trail={[{ label: title ?? '' }]} />
      <div className="view__header">
        <ViewHeading>{title}</ViewHeading>
        <div className="map-page__tools">
          {map.pairId ? (
            <a className="button" href={routeHref({ view: 'map', id: map.pairId })}>
              {t('processMap.page.pairLink', { state: t(`processMap.states.${map.state === 'nulage' ? 'onskat' : 'nulage'}`) })}
            </a>
          ) : null}
          {map.pairId ? <a className="button" href={routeHref({ view: 'mapCompare', mapId: map.state === 'nulage' ? map.id : map.pairId })}>{t(`processMap.compare.link.${map.state === 'nulage' ? 'onskat' : 'nulage'}`)}</a> : null}
          <button type="button" className="button" aria-pressed={outline} onClick={() => setOutline((shown) => !shown)}>
            {t('processMap.page.showOutline')}
          </button>
          <button type="button" className="button" aria-pressed={tray} onClick={() => setTray((shown) => !shown)}>
            {t('processMap.tray.toggle')}
          </button>
          <button type="button" className="button" aria-pressed={lanes} onClick={() => setLanes((shown) => !shown)}>
            {t('processMap.lanes.open')}
          </button>
          <ArrangeButton mapId={map.id} />
          <MapExportButtons mapId={map.id} />
        </div>
      </div>
      <MapToolbar view={view} open={setDialog} />
      {lanes ? <LanesPanel view={view} /> : null}
      <OpenDialogContext value={setDialog}>
        <div className={tray ? 'map-tray-layout' : undefined}>
          {tray ? <MapTray programmeId={map.programmeId} elements={view.elements} pin={pin} /> : null}
          <div className={`map-page__body${outline ? ' map-page__body--outline' : ''}`} onKeyDown={onKeyDown}>
            <MapCanvas view={view} open={setDialog} onSelect={onSelect} clipboard={clipboard} />
            {outline ? <MapOutline view={view} open={setDialog} /> : null}
          </div>
        </div>
      </OpenDialogContext>
      <MapDialogs view={view} dialog={dialog} close={() => setDialog(null)} />
    </section>
  );
}
