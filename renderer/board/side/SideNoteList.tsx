import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Note } from '../../../shared/board/schema';
import type { NoteLook } from '../canvas/noteLook';
import type { ClusterCommands } from './SideCluster';
import { SideNote } from './SideNote';

/**
 * Rows shown at first and added per "show more": a county-wide board can
 * hold thousands of unclustered notes, and a row is a checkbox, a label and
 * a button; the board itself shows them all.
 */
export const SIDE_PAGE = 200;

/** Notes in the side list, inside a cluster or unclustered; named by the caller's label. */
export function SideNoteList({
  notes,
  look,
  selectedNotes,
  commands,
  id,
  label,
  labelledBy,
}: {
  readonly notes: readonly Note[];
  readonly look: NoteLook;
  readonly selectedNotes: ReadonlySet<string>;
  readonly commands: Pick<ClusterCommands, 'toggleNote' | 'moveNote'>;
  readonly id?: string;
  readonly label?: string;
  readonly labelledBy?: string;
}) {
  const { t } = useTranslation();
  const [limit, setLimit] = useState(SIDE_PAGE);
  const listRef = useRef<HTMLUListElement>(null);
  const firstAdded = useRef<number | null>(null);

  // After "show more", focus goes to the first added row (the button may be gone).
  useLayoutEffect(() => {
    const index = firstAdded.current;
    if (index === null) return;
    firstAdded.current = null;
    listRef.current?.children[index]?.querySelector<HTMLElement>('input')?.focus();
  }, [limit]);

  const rest = notes.length - limit;
  return (
    <>
      <ul ref={listRef} id={id} className="side-notes" aria-label={label} aria-labelledby={labelledBy}>
        {notes.slice(0, limit).map((note) => (
          <SideNote
            key={note.id}
            note={note}
            authorName={look.authorName(note)}
            paper={look.paper(note)}
            selected={selectedNotes.has(note.id)}
            onToggle={commands.toggleNote}
            onMove={commands.moveNote}
          />
        ))}
      </ul>
      {rest > 0 ? (
        <button
          type="button"
          className="button button--small button--quiet side-notes__more"
          onClick={() => {
            firstAdded.current = limit;
            setLimit(limit + SIDE_PAGE);
          }}
        >
          {t('board.side.showMore', { count: Math.min(rest, SIDE_PAGE), total: notes.length })}
        </button>
      ) : null}
    </>
  );
}
