import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcessMap } from '../../../shared/processmap/schema';
import { MapSvg } from '../../processmap/export/MapDrawing';

/** The named page a map prints on; planReport.css puts each map on it. */
export const MAP_PAGE = 'plan-report-map';

const mapName = (t: (key: string, options?: Record<string, unknown>) => string, map: ProcessMap) => ({ name: map.name, state: t(`processMap.states.${map.state}`) });

/** Ticks for the programme's maps; on screen only, since the printed report shows what was ticked. */
export function ReportMapPicker({ maps, chosen, toggle }: { readonly maps: readonly ProcessMap[]; readonly chosen: readonly string[]; readonly toggle: (id: string, included: boolean) => void }) {
  const { t } = useTranslation();
  const leadId = useId();
  return (
    <fieldset className="plan-report__maps" aria-describedby={leadId}>
      <legend className="plan-report__maps-legend">{t('planReport.maps.heading')}</legend>
      <p id={leadId} className="muted">
        {maps.length > 0 ? t('planReport.maps.lead') : t('planReport.maps.none')}
      </p>
      {maps.length > 0 ? (
        <ul className="plan-report__maps-list">
          {maps.map((map) => (
            <li key={map.id}>
              <label className="plan-report__maps-option">
                <input type="checkbox" checked={chosen.includes(map.id)} onChange={(event) => toggle(map.id, event.target.checked)} />
                <span>{t('planReport.maps.option', mapName(t, map))}</span>
              </label>
            </li>
          ))}
        </ul>
      ) : null}
    </fieldset>
  );
}

/** One chosen map on a landscape page of its own, drawn from the model as the SVG export is. */
export function ReportMapPage({ map }: { readonly map: ProcessMap }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="plan-report__part plan-report__map" aria-labelledby={headingId} data-map-id={map.id}>
      <h2 id={headingId} className="plan-report__part-title">
        {t('planReport.maps.title', mapName(t, map))}
      </h2>
      <MapSvg mapId={map.id} className="plan-report__map-drawing" />
    </section>
  );
}
