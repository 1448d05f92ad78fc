/**
 * Step 4 of the workshop method: the clusters are sorted on the four-field
 * scale (enkel ↔ komplex × kort ↔ lång sikt). Items are dragged from the
 * tray onto the matrix or sent there with keys 1–4 and fine-tuned with the
 * arrows; positions are continuous and the field is derived from them.
 * Wherever a card is put, it lands clear of the others (see useArrangement).
 */
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopId } from '../../shared/workshop/schema';
import { useQuery } from '../api/useQuery';
import { EmptyState } from '../common/EmptyState';
import { Loading } from '../common/Loading';
import { QueryError } from '../common/QueryError';
import { shownVotes } from '../voting/roundData';
import { MatrixLabelsDialog } from './MatrixLabelsDialog';
import { MatrixWorkspace } from './MatrixWorkspace';
import { labelsFor } from './matrixLabels';
import { workshopItems } from './workshopItems';
import './matrix.css';
import '../styles/prioritisation.css';

export function MatrixPanel({ workshopId }: { readonly workshopId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const notesToggleId = useId();
  const id = workshopId as WorkshopId;
  const board = useQuery('board.get', { workshopId: id });
  const matrix = useQuery('matrix.get', { workshopId: id });
  const rounds = useQuery('voting.rounds', { workshopId: id });
  const [includeNotes, setIncludeNotes] = useState<boolean | null>(null);
  const [editingLabels, setEditingLabels] = useState(false);

  const all = useMemo(() => (board.data ? workshopItems(board.data) : []), [board.data]);
  const placedIds = useMemo(() => new Set(matrix.data?.placements.map((p) => p.itemId)), [matrix.data]);
  // Free notes already on the matrix mean the room chose to include them; start with the box ticked then.
  const showNotes = includeNotes ?? all.some((item) => item.kind === 'note' && placedIds.has(item.id));
  const items = useMemo(() => all.filter((item) => item.kind === 'cluster' || showNotes || placedIds.has(item.id)), [all, showNotes, placedIds]);
  const labels = labelsFor(t, matrix.data?.labels);
  const error = board.error ?? matrix.error;

  return (
    <section className="prio matrix-panel" aria-labelledby={headingId}>
      <div className="section__header">
        <h2 id={headingId} className="section__title">
          {t('matrix.heading')}
        </h2>
        <div className="prio-toolbar">
          <label className="prio-check" htmlFor={notesToggleId}>
            <input id={notesToggleId} type="checkbox" checked={showNotes} onChange={(event) => setIncludeNotes(event.target.checked)} />
            {t('matrix.includeNotes')}
          </label>
          <button type="button" className="button" onClick={() => setEditingLabels(true)} disabled={!matrix.data}>
            {t('matrix.editLabels')}
          </button>
        </div>
      </div>
      <p className="prio-lead">{t('matrix.lead')}</p>

      {error ? <QueryError error={error} onRetry={error === board.error ? board.reload : matrix.reload} /> : null}
      {!error && (!board.data || !matrix.data) ? <Loading /> : null}
      {board.data && matrix.data && items.length === 0 ? (
        <EmptyState>
          <p>{t('matrix.empty')}</p>
        </EmptyState>
      ) : null}
      {board.data && matrix.data && items.length > 0 ? (
        <MatrixWorkspace workshopId={id} items={items} placements={matrix.data.placements} labels={labels} votes={shownVotes(rounds.data)} />
      ) : null}

      {editingLabels && matrix.data ? (
        <MatrixLabelsDialog workshopId={id} labels={labels} custom={matrix.data.labels !== null} onClose={() => setEditingLabels(false)} />
      ) : null}
    </section>
  );
}
