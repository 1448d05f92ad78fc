/** What the overlay's outlines mean, in words beside each sample, so the marks do not rest on colour. */
import { useTranslation } from 'react-i18next';

const STATUSES = ['same', 'new', 'removed', 'moved'] as const;

export function CompareLegend() {
  const { t } = useTranslation();
  return (
    <section className="map-compare__legend" aria-labelledby="map-compare-legend">
      <h2 id="map-compare-legend">{t('processMap.compare.legend.title')}</h2>
      <ul>
        {STATUSES.map((status) => (
          <li key={status}>
            <span className={`map-compare__swatch map-compare--${status}`} aria-hidden="true" />
            {t(`processMap.compare.legend.${status}`)}
          </li>
        ))}
      </ul>
    </section>
  );
}
