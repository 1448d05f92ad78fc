import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cluster, Note } from '../../../shared/board/schema';
import { clusterSlot } from '../../../shared/board/layout';
import type { NoteLook } from './noteLook';
import { NoteCard } from './NoteCard';

export interface ClusterFrameProps {
  readonly cluster: Cluster;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** Member notes in layout order. */
  readonly members: readonly Note[];
  readonly selected: boolean;
  /**
   * Ids of the selected notes in this frame, joined (empty when none). A
   * string, so a selection elsewhere on the board does not re-render the frame.
   */
  readonly selectedMembers: string;
  readonly matching: ReadonlySet<string> | null;
  /** The note being edited, if it is in this frame. */
  readonly editingId: string | null;
  readonly look: NoteLook;
}

/** Notes are children of their frame, so slots are relative to the frame's corner. */
const FRAME_ORIGIN = { x: 0, y: 0 };

/** A cluster frame: heading (selectable, focusable), note count, and its notes laid out inside. */
export const ClusterFrame = memo(function ClusterFrame(props: ClusterFrameProps) {
  const { cluster, x, y, width, height, members, selected, selectedMembers, matching, editingId, look } = props;
  const { t } = useTranslation();
  const headerId = useId();
  const dimmed = matching !== null && !members.some((note) => matching.has(note.id));
  return (
    <div
      role="group"
      aria-labelledby={headerId}
      className={`cluster${selected ? ' is-selected' : ''}${dimmed ? ' is-dimmed' : ''}`}
      data-cluster-id={cluster.id}
      style={{ left: x, top: y, width, height }}
    >
      <div id={headerId} role="button" tabIndex={0} aria-pressed={selected} className="cluster__header" data-cluster-header="">
        <span className="cluster__heading" title={cluster.heading}>
          {cluster.heading}
        </span>
        <span className="cluster__count">{t('clusters.count', { count: members.length })}</span>
      </div>
      {members.map((note, index) => {
        const slot = clusterSlot(FRAME_ORIGIN, members.length, index);
        return (
        <NoteCard
          key={note.id}
          note={note}
          x={slot.x}
          y={slot.y}
          paper={look.paper(note)}
          authorName={look.authorName(note)}
          badge={look.badge(note)}
          selected={selectedMembers.includes(note.id)}
          dimmed={matching !== null && !matching.has(note.id)}
          editing={editingId === note.id}
        />
        );
      })}
    </div>
  );
});
