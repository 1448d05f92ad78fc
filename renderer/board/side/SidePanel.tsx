import { type RefObject, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClusterId, Note } from '../../../shared/board/schema';
import { groupAction } from '../../actions/board/noteActions';
import { BoardActionButton } from '../BoardActionButton';
import type { NoteLook } from '../canvas/noteLook';
import type { BoardModel } from '../model/boardModel';
import { isFiltering, type NoteFilter } from '../model/noteFilter';
import type { BoardSelection } from '../model/selection';
import { FilterBar } from './FilterBar';
import { type ClusterCommands, SideCluster } from './SideCluster';
import { SideNoteList } from './SideNoteList';
import './side.css';

/** Closed clusters get this instead of the selection, so selecting a note does not re-render them. */
const NOTHING: ReadonlySet<string> = new Set();

/**
 * The side list: a second, fully keyboard-operable way to cluster. Notes
 * are selected with checkboxes (the same selection as on the board), moved
 * with "Flytta", and each cluster has its own commands. Filtered-out notes
 * are left out here.
 */
export function SidePanel({
  model,
  filter,
  onFilter,
  matching,
  selection,
  look,
  commands,
  headingRef,
}: {
  readonly model: BoardModel;
  readonly filter: NoteFilter;
  readonly onFilter: (filter: NoteFilter) => void;
  readonly matching: ReadonlySet<string> | null;
  readonly selection: BoardSelection;
  readonly look: NoteLook;
  readonly commands: Omit<ClusterCommands, 'toggleExpanded'>;
  /** Where focus goes when the row that had it is gone. */
  readonly headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const clustersId = useId();
  const freeId = useId();
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const selectedNotes = useMemo(() => new Set<string>(selection.notes), [selection.notes]);
  const filtering = isFiltering(filter);
  const passes = (note: Note) => matching === null || matching.has(note.id);

  const clusterCommands = useMemo<ClusterCommands>(
    () => ({
      ...commands,
      toggleExpanded: (id: ClusterId) =>
        setExpanded((open) => {
          const next = new Set(open);
          if (next.has(id)) next.delete(id);
          else next.add(id);
          return next;
        }),
    }),
    [commands],
  );

  const clusters = model.clusters
    .map((cluster) => {
      const members = model.members.get(cluster.id) ?? [];
      return { cluster, members, shown: matching === null ? members : members.filter(passes) };
    })
    .filter((entry) => !filtering || entry.shown.length > 0)
    .sort((a, b) => a.cluster.heading.localeCompare(b.cluster.heading, 'sv'));
  const free = model.freeNotes.filter(passes);
  const shownCount = matching === null ? model.notes.length : matching.size;

  return (
    <aside className="board-side" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} className="board-side__title" tabIndex={-1}>
        {t('board.side.heading')}
      </h2>
      <FilterBar model={model} filter={filter} onChange={onFilter} shown={shownCount} />
      <div className="board-side__group-action">
        <BoardActionButton
          action={groupAction}
          className="button button--small button--primary"
          label={t('board.side.groupSelected', { count: selection.notes.length })}
        />
      </div>
      <div className="board-side__lists">
        <section aria-labelledby={clustersId}>
          <h3 id={clustersId} className="board-side__subtitle">
            {t('board.side.clusters', { count: model.clusters.length })}
          </h3>
          {clusters.length === 0 ? (
            <p className="board-side__empty">{filtering ? t('board.side.noMatches') : t('board.side.noClusters')}</p>
          ) : (
            <ul className="side-clusters">
              {clusters.map(({ cluster, members, shown }) => {
                const open = expanded.has(cluster.id) || (filtering && shown.length > 0);
                return (
                <SideCluster
                  key={cluster.id}
                  cluster={cluster}
                  members={members}
                  shownMembers={shown}
                  expanded={open}
                  canMerge={model.clusters.length > 1}
                  selectedNotes={open ? selectedNotes : NOTHING}
                  look={look}
                  commands={clusterCommands}
                />
                );
              })}
            </ul>
          )}
        </section>
        <section aria-labelledby={freeId}>
          <h3 id={freeId} className="board-side__subtitle">
            {t('board.side.free', { count: model.freeNotes.length })}
          </h3>
          {free.length === 0 ? (
            <p className="board-side__empty">{filtering && model.freeNotes.length > 0 ? t('board.side.noMatches') : t('board.side.noFree')}</p>
          ) : (
<SideNoteList labelledBy={freeId} notes={free} look={look} selectedNotes={selectedNotes} commands={commands} />
          )}
        </section>
      </div>
    </aside>
  );
}
