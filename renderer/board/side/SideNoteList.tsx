import type { Note } from '../../../shared/board/schema';
import type { NoteLook } from '../canvas/noteLook';
import type { ClusterCommands } from './SideCluster';
import { SideNote } from './SideNote';

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
  return (
    <ul id={id} className="side-notes" aria-label={label} aria-labelledby={labelledBy}>
      {notes.map((note) => (
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
  );
}
