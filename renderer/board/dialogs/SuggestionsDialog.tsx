import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cluster, NoteId } from '../../../shared/board/schema';
import { shorten } from '../../../shared/common/shorten';
import { type ApiFailure, toApiFailure } from '../../api/ApiFailure';
import { useApi } from '../../api/ApiContext';
import { Dialog } from '../../common/Dialog';
import { ErrorAlert } from '../../common/ErrorAlert';
import { errorMessage } from '../../i18n/describeError';
import type { BoardModel } from '../model/boardModel';
import { placeForCluster } from '../../../shared/board/placement';
import { type Proposal, SuggestionCard } from './SuggestionCard';
import './suggestions.css';

// Failures are kept, not their text, so the message follows a change of language.
type Load = { readonly state: 'loading' } | { readonly state: 'ready' } | { readonly state: 'failed'; readonly failure: ApiFailure };

/**
 * Suggested clusters, computed on the Node side from the unclustered notes.
 * Nothing changes on the board until a proposal is accepted, as one undoable
 * step; rejecting a proposal or taking a note out of one only changes this
 * list, so neither needs an undo of its own.
 */
export function SuggestionsDialog({
  model,
  onClose,
  onAccepted,
}: {
  readonly model: BoardModel;
  readonly onClose: () => void;
  readonly onAccepted: (cluster: Cluster) => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [proposals, setProposals] = useState<readonly Proposal[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiFailure | null>(null);
  const [accepted, setAccepted] = useState(0);
  const [removed, setRemoved] = useState<NoteId | null>(null);
  const workshopId = model.workshopId;
  // Accepting one proposal changes the board; the next one is placed on the board as it is then.
  const modelRef = useRef(model);
  useLayoutEffect(() => {
    modelRef.current = model;
  });
  const listRef = useRef<HTMLDivElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const refocus = useRef(false);

  // The card that had focus is gone: continue with the next proposal, or the close button.
  useLayoutEffect(() => {
    if (!refocus.current) return;
    refocus.current = false;
    (listRef.current?.querySelector<HTMLElement>('input') ?? closeRef.current)?.focus();
  }, [proposals]);

  useEffect(() => {
    let current = true;
    api.invoke('cluster.suggest', { workshopId }).then(
      (found) => {
        if (!current) return;
        setProposals(found.map((s, key) => ({ key, heading: s.heading, noteIds: s.noteIds })));
        setLoad({ state: 'ready' });
      },
      (failure: unknown) => {
        if (current) setLoad({ state: 'failed', failure: toApiFailure(failure) });
      },
    );
    return () => {
      current = false;
    };
  }, [api, workshopId]);

  const drop = (key: number) => {
    refocus.current = true;
    setRemoved(null);
    setProposals((list) => list.filter((p) => p.key !== key));
  };

  // A proposal left without notes has nothing to accept, so it goes as if rejected.
  const removeNote = (proposal: Proposal, noteId: NoteId) => {
    const noteIds = proposal.noteIds.filter((id) => id !== noteId);
    if (noteIds.length === 0) return drop(proposal.key);
    setRemoved(noteId);
    setProposals((list) => list.map((p) => (p.key === proposal.key ? { ...p, noteIds } : p)));
  };
  const removedText = removed ? model.noteById.get(removed)?.text : undefined;

  const accept = async (proposal: Proposal): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      const cluster = await api.invoke('cluster.create', {
        workshopId,
        heading: proposal.heading.trim(),
        noteIds: [...proposal.noteIds],
        position: placeForCluster(modelRef.current.layout, proposal.noteIds),
      });
      drop(proposal.key);
      setAccepted((n) => n + 1);
      onAccepted(cluster);
    } catch (failure) {
      setError(toApiFailure(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('clusters.suggest.title')} onClose={onClose} className="dialog--wide">
      <p className="dialog__message">{t('clusters.suggest.lead')}</p>
      <div role="status" className="suggestions__status">
        {load.state === 'loading' ? t('clusters.suggest.loading') : null}
        {load.state === 'ready' && proposals.length === 0
          ? accepted > 0
            ? t('clusters.suggest.allHandled')
            : t('clusters.suggest.none')
          : null}
        {accepted > 0 && proposals.length > 0 ? t('clusters.suggest.acceptedCount', { count: accepted }) : null}
        {removedText !== undefined ? <span className="suggestions__removed">{t('board.suggestions.removed', { text: shorten(removedText, 60) })}</span> : null}
      </div>
      {load.state === 'failed' ? <ErrorAlert>{errorMessage(t, load.failure)}</ErrorAlert> : null}
      {error ? <ErrorAlert>{errorMessage(t, error)}</ErrorAlert> : null}
      {proposals.length > 0 ? (
        <div className="suggestions" ref={listRef}>
          {proposals.map((proposal, index) => (
            <SuggestionCard
              key={proposal.key}
              proposal={proposal}
              number={index + 1}
              model={model}
              busy={busy}
              onHeading={(heading) => setProposals((list) => list.map((p) => (p.key === proposal.key ? { ...p, heading } : p)))}
              onRemoveNote={(noteId) => removeNote(proposal, noteId)}
              onAccept={() => void accept(proposal)}
              onReject={() => drop(proposal.key)}
            />
          ))}
        </div>
      ) : null}
      <div className="dialog__buttons">
        <button ref={closeRef} type="button" className="button" onClick={onClose}>
          {t('clusters.suggest.close')}
        </button>
      </div>
    </Dialog>
  );
}
