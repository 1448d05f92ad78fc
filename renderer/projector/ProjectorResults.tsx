import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { resultRows } from '../../shared/voting/results';
import type { RoundState } from '../../shared/voting/schema';
import type { WorkshopItem } from '../matrix/workshopItems';
import { rankLabel } from '../results/rankLabel';
import { ResultsChart } from '../results/ResultsChart';
import '../styles/prioritisation.css';

/** Rows the screen holds at the base size; the rest are counted below the chart. */
const MAX_ROWS = 10;

export interface ProjectorResultsProps {
  readonly state: RoundState;
  readonly results: NonNullable<RoundState['results']>;
  readonly items: ReadonlyMap<string, WorkshopItem>;
}

/** A revealed round: the ranking as bars, split by huvudman when voted in the app. */
export function ProjectorResults({ state, results, items }: ProjectorResultsProps) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  // The chart needs neither the matrix nor the decisions, so neither is fetched here.
  const rows = useMemo(() => resultRows(results, items, [], []), [results, items]);
  const shown = rows.slice(0, MAX_ROWS);

  return (
    <section className="prio projector-results" aria-labelledby={headingId}>
      <div className="projector-results__head">
        <h3 id={headingId} className="projector-results__title">
          {t('projector.results.heading', { number: state.round.number })}
        </h3>
        <p className="projector-results__total">{t('projector.results.total', { count: state.totalDots })}</p>
      </div>
      <ResultsChart rows={shown} split={state.round.mode === 'participants'} />
      {/* The chart is hidden from screen readers; this list reads the same ranking. */}
      <ol className="visually-hidden">
        {shown.map((row) => (
          <li key={row.itemId}>
            {t('projector.results.row', { place: rankLabel(t, i18n.language, row.rank, row.tied), title: row.title ?? t('results.missingItem'), count: row.votes })}
          </li>
        ))}
      </ol>
      {rows.length > shown.length ? <p className="projector-results__more">{t('projector.results.more', { count: rows.length - shown.length })}</p> : null}
    </section>
  );
}
