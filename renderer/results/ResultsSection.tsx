/**
 * Step 5–6: the revealed ranking of one round, and the decisions taken on
 * it: the top ranks (ties included) become prioritised improvement areas,
 * and questions outside the group's mandate are noted with who takes them.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MatrixLabels, Placement } from '../../shared/matrix/schema';
import type { Outcome } from '../../shared/outcome/schema';
import type { RoundState } from '../../shared/voting/schema';
import type { WorkshopId } from '../../shared/workshop/schema';
import { useApi } from '../api/ApiContext';
import { useErrorToast } from '../common/useErrorToast';
import { useUndoableNotice } from '../history/useUndoableNotice';
import type { WorkshopItem } from '../matrix/workshopItems';
import { OutcomeControls } from './OutcomeControls';
import { OutsideMandateDialog } from './OutsideMandateDialog';
import { ResultsChart } from './ResultsChart';
import { ResultsTable } from './ResultsTable';
import { type ResultRow, resultRows } from '../../shared/voting/results';
import { useOutcomeToggle } from './useOutcomeToggle';
import './results.css';

const TOP = 3;

export interface ResultsSectionProps {
  readonly workshopId: WorkshopId;
  readonly state: RoundState;
  readonly items: ReadonlyMap<string, WorkshopItem>;
  readonly placements: readonly Placement[];
  readonly labels: MatrixLabels;
  readonly outcomes: readonly Outcome[];
  /** The reveal was just made here: bring the results to the top of the window and focus their heading. */
  readonly focusHeading?: boolean;
  readonly onHeadingFocused?: () => void;
}

export function ResultsSection({ workshopId, state, items, placements, labels, outcomes, focusHeading = false, onHeadingFocused }: ResultsSectionProps) {
  const { t } = useTranslation();
  const api = useApi();
  const notice = useUndoableNotice();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [outside, setOutside] = useState<ResultRow | null>(null);
  const fail = useErrorToast();
  const { isPrioritised, toggle } = useOutcomeToggle(workshopId, outcomes, fail);
  const shown = state.results !== null;
  useEffect(() => {
    const heading = headingRef.current;
    if (!focusHeading || !shown || !heading) return;
    heading.scrollIntoView({ block: 'start' });
    heading.focus({ preventScroll: true });
    onHeadingFocused?.();
  }, [focusHeading, shown, onHeadingFocused]);
  if (!state.results) return null;

  const rows = resultRows(state.results, items, placements, outcomes);
  const split = state.round.mode === 'participants';

  const prioritiseTop = async (): Promise<void> => {
    try {
      const decided = await api.invoke('outcome.prioritiseTop', { roundId: state.round.id, top: TOP });
      notice((t) => t('results.topDone', { count: decided.length }), 'outcome.prioritiseTop');
    } catch (failure) {
      fail(failure);
    }
  };

  return (
    <section className="results" aria-labelledby={headingId}>
      <div className="section__header">
        <h3 id={headingId} ref={headingRef} tabIndex={-1} className="results__heading">
          {t('results.heading', { number: state.round.number })}
        </h3>
        <button type="button" className="button button--primary" onClick={() => void prioritiseTop()}>
          {t('results.prioritiseTop', { top: TOP })}
        </button>
      </div>
      <p className="prio-lead">{t('results.lead', { count: state.totalDots })}</p>
      <div className="results__body">
        <ResultsChart rows={rows} split={split} />
        <ResultsTable
          caption={t('results.caption', { number: state.round.number })}
          rows={rows}
          split={split}
          quadrantName={(q) => labels.quadrants[q]}
          decision={(row) =>
            row.title === null ? null : (
              <OutcomeControls
                title={row.title}
                outcome={row.outcome}
                prioritised={isPrioritised(row.itemId)}
                onTogglePrioritised={() => toggle(row.itemId, row.kind)}
                onOutsideMandate={() => setOutside(row)}
              />
            )
          }
        />
      </div>
      {outside?.title ? (
        <OutsideMandateDialog
          workshopId={workshopId}
          item={{ id: outside.itemId, kind: outside.kind, title: outside.title }}
          outcome={outcomes.find((o) => o.itemId === outside.itemId) ?? null}
          onClose={() => setOutside(null)}
        />
      ) : null}
    </section>
  );
}
