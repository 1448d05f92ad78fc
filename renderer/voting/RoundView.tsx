import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { quadrantOf } from '../../shared/matrix/quadrant';
import type { MatrixLabels, Placement } from '../../shared/matrix/schema';
import type { Outcome } from '../../shared/outcome/schema';
import type { Participant } from '../../shared/participant/schema';
import { roundRules, votableInRound, type ItemsNow } from '../../shared/voting/rules';
import type { RoundState } from '../../shared/voting/schema';
import type { WorkshopId } from '../../shared/workshop/schema';
import type { QueryFreshness } from '../api/useQuery';
import type { WorkshopItem } from '../matrix/workshopItems';
import { ResultsSection } from '../results/ResultsSection';
import { PaperCount } from './PaperCount';
import { ParticipantVoting } from './ParticipantVoting';
import { RoundControls } from './RoundControls';
import { RoundFacts } from './RoundFacts';
import { useReveal } from './useReveal';

export interface RoundViewProps {
  readonly workshopId: WorkshopId;
  readonly state: RoundState;
  readonly freshness: QueryFreshness;
  readonly items: ReadonlyMap<string, WorkshopItem>;
  /** The board and matrix as they are now: what the round may still vote on follows them. */
  readonly now: ItemsNow;
  readonly participants: readonly Participant[];
  readonly placements: readonly Placement[];
  readonly labels: MatrixLabels;
  readonly outcomes: readonly Outcome[];
}

/**
 * One round: its settings, then the voting itself until the counts are
 * shown, and from then on the results in its place. Revealing here brings
 * the results to the top of the window with focus on their heading; a
 * reveal made in another window changes what shows but leaves focus alone.
 */
export function RoundView({ workshopId, state, freshness, items, now, participants, placements, labels, outcomes }: RoundViewProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const { round } = state;
  const votable = votableInRound(round.votableItemIds, now).flatMap((id) => {
    const item = items.get(id);
    return item ? [item] : [];
  });
  const where = new Map(placements.map((p) => [p.itemId, labels.quadrants[quadrantOf(p)]]));
  const quadrantName = (itemId: string): string | null => where.get(itemId) ?? null;
  const reveal = useReveal(workshopId);
  const [focusResults, setFocusResults] = useState(false);
  const resultsFocused = useCallback(() => setFocusResults(false), []);
  const changeReveal = (revealed: boolean): void => {
    setFocusResults(revealed);
    void reveal(round.id, revealed).then((done) => {
      if (!done) setFocusResults(false);
    });
  };

  return (
    <section className="card round" aria-labelledby={headingId}>
      <div className="round__header">
        <h3 id={headingId} className="round__title">
          {t('voting.roundName', { number: round.number })}
        </h3>
        <RoundControls state={state} onReveal={changeReveal} />
      </div>
      <RoundFacts state={state} itemCount={votable.length} />
      {round.status === 'closed' ? <p className="round__closed">{t('voting.closedNote')}</p> : null}
      {state.results ? (
        <ResultsSection
          workshopId={workshopId}
          state={state}
          items={items}
          placements={placements}
          labels={labels}
          outcomes={outcomes}
          focusHeading={focusResults}
          onHeadingFocused={resultsFocused}
        />
      ) : (
        <>
          {round.status === 'closed' ? null : round.mode === 'participants' ? (
            <ParticipantVoting
              key={round.id}
              state={state}
              freshness={freshness}
              rules={roundRules(round, now)}
              items={votable}
              participants={participants}
              quadrantName={quadrantName}
              onReveal={() => changeReveal(true)}
            />
          ) : (
            <PaperCount key={round.id} state={state} items={votable} />
          )}
          <p className="round__hidden-note">{t('voting.hiddenNote')}</p>
        </>
      )}
    </section>
  );
}
