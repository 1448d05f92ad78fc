/**
 * Step 5 of the workshop method: dot voting in rounds. A round is voted in
 * the app participant by participant, or counted from a paper wall; counts
 * stay hidden until "Visa resultat", and the results (ranking, chart, split
 * by huvudman, decisions) follow below the round.
 */
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { votableNow, type ItemsNow } from '../../shared/voting/rules';
import type { RoundId, RoundState } from '../../shared/voting/schema';
import type { WorkshopId } from '../../shared/workshop/schema';
import { useQuery } from '../api/useQuery';
import { EmptyState } from '../common/EmptyState';
import { Loading } from '../common/Loading';
import { QueryError } from '../common/QueryError';
import { labelsFor } from '../matrix/matrixLabels';
import { itemsById, workshopItems } from '../matrix/workshopItems';
import { useRoomShow } from '../room/useRoomShow';
import { NewRoundDialog } from './NewRoundDialog';
import { latestRevealed, latestRound } from './roundData';
import { RoundPicker } from './RoundPicker';
import { RoundView } from './RoundView';
import '../styles/prioritisation.css';
import './voting.css';

export function VotingPanel({ workshopId }: { readonly workshopId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const id = workshopId as WorkshopId;
  const rounds = useQuery('voting.rounds', { workshopId: id });
  const board = useQuery('board.get', { workshopId: id });
  const matrix = useQuery('matrix.get', { workshopId: id });
  const outcomes = useQuery('outcome.list', { workshopId: id });
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const showInRoom = useRoomShow(id);
  /** A round picked here is the one the room's screen shows. */
  const pick = (roundId: RoundId): void => {
    setSelectedId(roundId);
    showInRoom('voting', { roundId });
  };

  const all = useMemo(() => (board.data ? workshopItems(board.data) : []), [board.data]);
  const byId = useMemo(() => itemsById(all), [all]);
  const placements = matrix.data?.placements;
  const now = useMemo((): ItemsNow | null => (board.data && placements ? { clusters: board.data.clusters, notes: board.data.notes, placements } : null), [board.data, placements]);
  const candidates = useMemo(() => {
    const open = now ? votableNow(now) : new Set<string>();
    return all.filter((item) => open.has(item.id));
  }, [all, now]);
  const labels = labelsFor(t, matrix.data?.labels);
  const list = rounds.data;
  const selected: RoundState | null = list?.find((r) => r.round.id === selectedId) ?? latestRound(list);
  const error = rounds.error ?? board.error ?? matrix.error ?? outcomes.error;
  const ready = list && board.data && placements && now && outcomes.data;

  return (
    <section className="prio voting-panel" aria-labelledby={headingId}>
      <div className="section__header">
        <h2 id={headingId} className="section__title">
          {t('voting.heading')}
        </h2>
        <button type="button" className="button button--primary" onClick={() => setCreating(true)} disabled={!ready}>
          {t('voting.newRound.open')}
        </button>
      </div>
      <p className="prio-lead">{t('voting.lead')}</p>

      {error ? <QueryError error={error} onRetry={() => [rounds, board, matrix, outcomes].forEach((q) => q.reload())} /> : null}
      {!error && !ready ? <Loading /> : null}
      {ready && list.length === 0 ? (
        <EmptyState>
          <p>{t('voting.empty')}</p>
        </EmptyState>
      ) : null}
      {ready && selected ? (
        <>
          <RoundPicker rounds={list} selectedId={selected.round.id} onSelect={pick} />
          <RoundView
            key={selected.round.id}
            workshopId={id}
            state={selected}
            freshness={rounds}
            items={byId}
            now={now}
            participants={board.data.participants}
            placements={placements}
            labels={labels}
            outcomes={outcomes.data}
          />
        </>
      ) : null}

      {creating && ready ? (
        <NewRoundDialog
          workshopId={id}
          items={candidates}
          placements={placements}
          labels={labels}
          previous={latestRevealed(list)}
          onStarted={(state) => {
            setCreating(false);
            pick(state.round.id);
          }}
          onClose={() => setCreating(false)}
        />
      ) : null}
    </section>
  );
}
