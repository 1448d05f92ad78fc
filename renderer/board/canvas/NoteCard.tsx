import { memo, useContext } from 'react';
import type { Note } from '../../../shared/board/schema';
import { FaceDownLabelContext } from '../../room/faceDownLabel';
import type { PaperKey } from '../model/palette';
import { NoteEditor } from './NoteEditor';

export interface NoteCardProps {
  readonly note: Note;
  /** Position in its parent: the board, or the cluster frame it sits in. */
  readonly x: number;
  readonly y: number;
  readonly paper: PaperKey;
  readonly authorName: string;
  readonly badge: string | null;
  readonly selected: boolean;
  readonly dimmed: boolean;
  readonly editing: boolean;
}

/**
 * One post-it. Only primitive props besides the note object (kept identical
 * while unchanged), so a refetch or a selection change re-renders only the
 * notes it concerns. The name read out is the text followed by the author.
 * A face-down note (private writing) keeps its text here, on the
 * facilitator's own screen, and says in words that the room cannot see it.
 */
export const NoteCard = memo(function NoteCard({ note, x, y, paper, authorName, badge, selected, dimmed, editing }: NoteCardProps) {
  const faceDownLabel = useContext(FaceDownLabelContext);
  const classes = `note${selected ? ' is-selected' : ''}${dimmed ? ' is-dimmed' : ''}${note.faceDown ? ' is-face-down' : ''}`;
  if (editing) {
    return (
      <div className={`${classes} is-editing`} data-note-id={note.id} data-paper={paper} data-editing="" style={{ left: x, top: y }}>
        <NoteEditor note={note} />
      </div>
    );
  }
  return (
    <div
      role="button"
      tabIndex={0}
      aria-pressed={selected}
      className={classes}
      data-note-id={note.id}
      data-paper={paper}
      style={{ left: x, top: y }}
    >
      <p className="note__text">{note.text}</p>
      <p className="note__meta">
        <span className="note__author">{authorName}</span>
        {note.faceDown ? <span className="note__face-down">{faceDownLabel}</span> : null}
        {badge ? <span className="note__badge">{badge}</span> : null}
      </p>
    </div>
  );
});
