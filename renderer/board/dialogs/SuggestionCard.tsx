import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoteId } from '../../../shared/board/schema';
import type { BoardModel } from '../model/boardModel';

export interface Proposal {
  readonly key: number;
  readonly heading: string;
  readonly noteIds: readonly NoteId[];
}

const SHOWN_NOTES = 8;

/** One proposed cluster: an editable heading, the notes it would gather, and the two choices. */
export function SuggestionCard({
  proposal,
  number,
  model,
  busy,
  onHeading,
  onAccept,
  onReject,
}: {
  readonly proposal: Proposal;
  readonly number: number;
  readonly model: BoardModel;
  readonly busy: boolean;
  readonly onHeading: (heading: string) => void;
  readonly onAccept: () => void;
  readonly onReject: () => void;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const fieldId = useId();
  const notes = proposal.noteIds.map((id) => model.noteById.get(id)).filter((note) => note !== undefined);
  const hidden = notes.length - SHOWN_NOTES;
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
      <ul className="suggestion__notes">
        {notes.slice(0, SHOWN_NOTES).map((note) => (
          <li key={note.id}>{note.text}</li>
        ))}
      </ul>
      {hidden > 0 ? <p className="muted">{t('clusters.suggest.more', { count: hidden })}</p> : null}
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
