import { useId, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { shorten } from '../../../shared/common/shorten';
import type { NoteId } from '../../../shared/board/schema';
import type { BoardModel } from '../model/boardModel';

export interface Proposal {
  readonly key: number;
  readonly heading: string;
  readonly noteIds: readonly NoteId[];
}

/**
 * One proposed cluster: an editable heading, every note it would gather,
 * each of which can be taken out, and the two choices. All notes are listed
 * because a wrong one is what the facilitator is looking for.
 */
export function SuggestionCard({
  proposal,
  number,
  model,
  busy,
  onHeading,
  onRemoveNote,
  onAccept,
  onReject,
}: {
  readonly proposal: Proposal;
  readonly number: number;
  readonly model: BoardModel;
  readonly busy: boolean;
  readonly onHeading: (heading: string) => void;
  readonly onRemoveNote: (noteId: NoteId) => void;
  readonly onAccept: () => void;
  readonly onReject: () => void;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const fieldId = useId();
  const listRef = useRef<HTMLUListElement>(null);
  const refocusAt = useRef<number | null>(null);
  const notes = proposal.noteIds.map((id) => model.noteById.get(id)).filter((note) => note !== undefined);

  // The removed note's button had focus: the next note's takes it, or the last one's.
  useLayoutEffect(() => {
    const at = refocusAt.current;
    if (at === null) return;
    refocusAt.current = null;
    const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('button');
    if (buttons && buttons.length > 0) buttons[Math.min(at, buttons.length - 1)]!.focus();
  }, [proposal.noteIds]);

  return (
    <section className="suggestion" aria-labelledby={titleId}>
      <h3 id={titleId} className="suggestion__title">
        {t('clusters.suggest.proposal', { number, count: notes.length })}
      </h3>
      <div className="field">
        <label className="field__label" htmlFor={fieldId}>
          {t('fields.heading')}
        </label>
        <input
          id={fieldId}
          className="field__control"
          value={proposal.heading}
          maxLength={120}
          onChange={(event) => onHeading(event.target.value)}
        />
      </div>
      <ul ref={listRef} className="suggestion__notes" aria-label={t('board.suggestions.notesLabel', { number })}>
        {notes.map((note, index) => (
          <li key={note.id} className="suggestion__note">
            <span className="suggestion__note-text">{note.text}</span>
            <button
              type="button"
              className="button button--small button--quiet suggestion__remove"
              aria-label={t('board.suggestions.removeNoteLabel', { text: shorten(note.text, 60) })}
              onClick={() => {
                refocusAt.current = index;
                onRemoveNote(note.id);
              }}
            >
              {t('board.suggestions.removeNote')}
            </button>
          </li>
        ))}
      </ul>
      <div className="suggestion__buttons">
        <button type="button" className="button button--small" onClick={onReject}>
          {t('clusters.suggest.reject')}
        </button>
        <button
          type="button"
          className="button button--small button--primary"
          aria-disabled={busy || proposal.heading.trim() === '' || undefined}
          onClick={() => {
            if (!busy && proposal.heading.trim() !== '') onAccept();
          }}
        >
          {t('clusters.suggest.accept')}
        </button>
      </div>
    </section>
  );
}
