import { useTranslation } from 'react-i18next';
import { huvudmanValues } from '../../shared/participant/schema';
import { rankLabel } from './rankLabel';
import type { ResultRow } from '../../shared/voting/results';
import './results.css';

/**
 * Bars for the room to see at a glance, split by huvudman. Hidden from
 * screen readers: the table beside it holds the same numbers.
 */
export function ResultsChart({ rows, split }: { readonly rows: readonly ResultRow[]; readonly split: boolean }) {
  const { t, i18n } = useTranslation();
  const max = Math.max(1, ...rows.map((r) => r.votes));
  const parts = split ? ([...huvudmanValues, 'paper'] as const) : (['paper'] as const);
  const size = (row: ResultRow, part: (typeof parts)[number]): number =>
    !split ? row.votes : part === 'paper' ? row.paper : row.byHuvudman[part];
  const used = parts.filter((part) => rows.some((row) => size(row, part) > 0));

  return (
    <div className="results-chart" aria-hidden="true">
      <ol className="results-chart__rows">
        {rows.map((row) => (
          <li key={row.itemId} className="results-chart__row">
            <span className="results-chart__place">{rankLabel(t, i18n.language, row.rank, row.tied)}</span>
            <span className="results-chart__title">{row.title ?? t('results.missingItem')}</span>
            <span className="results-chart__track">
              <span className="results-chart__bar" style={{ width: `${(row.votes / max) * 100}%` }}>
                {parts.map((part) =>
                  size(row, part) > 0 ? (
                    <span key={part} className={`results-chart__part results-chart__part--${part}`} style={{ flexGrow: size(row, part) }} />
                  ) : null,
                )}
              </span>
              <span className="results-chart__votes">{row.votes}</span>
            </span>
          </li>
        ))}
      </ol>
      {split && used.length > 0 ? (
        <ul className="results-chart__legend">
          {used.map((part) => (
            <li key={part}>
              <span className={`results-chart__swatch results-chart__part--${part}`} />
              {part === 'paper' ? t('results.paperVotes') : t(`huvudman.${part}`)}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
