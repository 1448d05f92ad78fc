import type { ColourMode, Note } from '../../../shared/board/schema';
import { huvudmanValues, type Huvudman, type Participant } from '../../../shared/participant/schema';
import type { Translate } from '../../i18n/translate';
import { type PaperKey, paperFor } from '../model/palette';

/** How a note is dressed: paper colour, author line and (in huvudman mode) the organisation label. */
export interface NoteLook {
  paper(note: Note): PaperKey;
  authorName(note: Note): string;
  badge(note: Note): string | null;
}

/** Labels are translated once per look, not once per note and render: a board has a thousand notes. */
export function noteLook(t: Translate, colourMode: ColourMode, participantById: ReadonlyMap<string, Participant>): NoteLook {
  const anonymous = t('notes.anonymous');
  const huvudmanLabel = new Map<Huvudman, string>(huvudmanValues.map((value) => [value, t(`huvudman.${value}`)]));
  const author = (note: Note) => (note.authorId === null ? undefined : participantById.get(note.authorId));
  return {
    paper: (note) => paperFor(note, colourMode, author(note)),
    authorName: (note) => author(note)?.name ?? anonymous,
    // Anonymous notes carry no label: the author line already says so, on plain paper.
    badge: (note) => {
      const huvudman = colourMode === 'huvudman' ? author(note)?.huvudman : undefined;
      return huvudman ? (huvudmanLabel.get(huvudman) ?? null) : null;
    },
  };
}
