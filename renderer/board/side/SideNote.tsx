import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Note, NoteId } from '../../../shared/board/schema';
import type { PaperKey } from '../model/palette';
import { shorten } from '../../../shared/common/shorten';

/** A note in the side list: a checkbox that selects it on the board, and "Flytta" for the cluster choice. */
export const SideNote = memo(function SideNote({
  note,
  authorName,
  paper,
  selected,
  onToggle,
  onMove,
}: {
  readonly note: Note;
  readonly authorName: string;
  readonly paper: PaperKey;
  readonly selected: boolean;
  readonly onToggle: (id: NoteId) => void;
  readonly onMove: (id: NoteId) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <li className="side-note" data-paper={paper}>
      <input id={id} type="checkbox" className="side-note__check" checked={selected} onChange={() => onToggle(note.id)} />
      <label htmlFor={id} className="side-note__label">
        <span className="side-note__text">{note.text}</span>
        <span className="side-note__author">{authorName}</span>
      </label>
      <button
        type="button"
        className="button button--small button--quiet side-note__move"
        aria-label={t('board.side.moveNamed', { text: shorten(note.text, 40) })}
        onClick={() => onMove(note.id)}
      >
        {t('board.side.move')}
      </button>
    </li>
  );
});
