import { type CSSProperties, memo } from 'react';
import type { Note } from '../../shared/board/schema';
import type { PaperKey } from '../board/model/palette';

export interface ProjectorNoteProps {
  readonly note: Note;
  readonly paper: PaperKey;
  /** What a screen reader hears for a face-down note. */
  readonly hiddenLabel: string;
}

/** One note card; face down it is a blank card whose text is not in the page at all. */
export const ProjectorNote = memo(function ProjectorNote({ note, paper, hiddenLabel }: ProjectorNoteProps) {
  if (note.faceDown) {
    return (
      <li className="projector-note projector-note--face-down">
        <span className="visually-hidden">{hiddenLabel}</span>
      </li>
    );
  }
  const look = { '--note-paper': `var(--paper-${paper})`, '--note-edge': `var(--paper-${paper}-edge)` } as CSSProperties;
  return (
    <li className="projector-note" style={look}>
      <span className="projector-note__text">{note.text}</span>
    </li>
  );
});
