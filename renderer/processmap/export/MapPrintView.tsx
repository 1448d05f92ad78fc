/**
 * A map on paper: the same drawing as the SVG export, scaled to one A4 or
 * A3 landscape page, with the programme, the map and the date in the page
 * margins. In print the app around it and the controls are dropped; the
 * drawing carries its own title and legend.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localDate } from '../../../shared/actionplan/rules';
import type { ProcessMap, ProcessMapId } from '../../../shared/processmap/schema';
import { PrintPageBoxes } from '../../actionplan/report/PrintPageBoxes';
import { routeHref } from '../../app/router';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { isNotFound } from '../../api/isNotFound';
import { useQuery } from '../../api/useQuery';
import { Loading } from '../../common/Loading';
import { NotFound } from '../../common/NotFound';
import { QueryError } from '../../common/QueryError';
import { SelectField } from '../../common/SelectField';
import { ViewHeading } from '../../common/ViewHeading';
import { MapCrumbs } from '../MapCrumbs';
import { MapSvg } from './MapDrawing';
import { MapExportButtons } from './MapExportButtons';
import './mapPrint.css';

type Paper = 'A4' | 'A3';

export function MapPrintView({ mapId }: { readonly mapId: string }) {
  const { t } = useTranslation();
  const { data: view, error, reload } = useQuery('processMap.get', { id: mapId as ProcessMapId });
  useDocumentTitle(isNotFound(error) ? t('processMap.page.notFoundTitle') : undefined);
  if (isNotFound(error)) return <NotFound title={t('processMap.page.notFoundTitle')} message={t('processMap.page.notFoundMessage')} />;
  if (error) return <QueryError error={error} onRetry={reload} />;
  if (!view) return <Loading />;
  return <MapPrintPage map={view.map} />;
}

function MapPrintPage({ map }: { readonly map: ProcessMap }) {
  const { t } = useTranslation();
  const [paper, setPaper] = useState<Paper>('A4');
  const { data: programme } = useQuery('programme.get', { id: map.programmeId });
  const mapTitle = t('processMap.page.title', { name: map.name, state: t(`processMap.states.${map.state}`) });
  const title = t('processMap.export.printTitle', { name: map.name, state: t(`processMap.states.${map.state}`) });
  useDocumentTitle(title);

  return (
    <article className={`view map-print map-print--${paper.toLowerCase()}`}>
      <PrintPageBoxes programme={programme?.name ?? ''} plan={mapTitle} date={localDate(new Date())} landscape paper={paper} />
      <MapCrumbs programmeId={map.programmeId} trail={[{ label: mapTitle, href: routeHref({ view: 'map', id: map.id }) }, { label: t('processMap.export.printCrumb') }]} />
      <header className="map-print__head">
        <ViewHeading>{title}</ViewHeading>
        <p>{t('processMap.export.printHint')}</p>
      </header>
      <div className="map-print__toolbar">
        <SelectField
          id="map-print-paper"
          label={t('processMap.export.paper')}
          value={paper}
          options={[
            { value: 'A4', label: t('processMap.export.a4') },
            { value: 'A3', label: t('processMap.export.a3') },
          ]}
          onChange={setPaper}
        />
        <button type="button" className="button button--primary" onClick={() => window.print()}>
          {t('processMap.export.print')}
        </button>
        <MapExportButtons mapId={map.id} printLink={false} />
      </div>
      <MapSvg mapId={map.id} className="map-print__drawing" />
    </article>
  );
}
