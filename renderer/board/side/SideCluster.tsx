import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cluster, ClusterId, Note, NoteId } from '../../../shared/board/schema';
import type { NoteLook } from '../canvas/noteLook';
import { SideNoteList } from './SideNoteList';

export interface ClusterCommands {
  toggleExpanded(id: ClusterId): void;
  rename(id: ClusterId): void;
  mergeInto(id: ClusterId): void;
  dissolve(id: ClusterId): void;
  dialogue(id: ClusterId): void;
  toggleNote(id: NoteId): void;
  moveNote(id: NoteId): void;
}

/** A cluster in the side list: heading and count as a disclosure, its commands, and (open) its notes. */
export const SideCluster = memo(function SideCluster({
  cluster,
  members,
  shownMembers,
  expanded,
  canMerge,
  selectedNotes,
  look,
  commands,
}: {
  readonly cluster: Cluster;
  readonly members: readonly Note[];
  readonly shownMembers: readonly Note[];
  readonly expanded: boolean;
  readonly canMerge: boolean;
  readonly selectedNotes: ReadonlySet<string>;
  readonly look: NoteLook;
  readonly commands: ClusterCommands;
}) {
  const { t } = useTranslation();
  const listId = useId();
  const heading = cluster.heading;
  return (
    <li className="side-cluster">
      <button
        type="button"
        className="side-cluster__toggle"
        aria-expanded={expanded}
        aria-controls={expanded ? listId : undefined}
        onClick={() => commands.toggleExpanded(cluster.id)}
      >
        <span className="side-cluster__chevron" aria-hidden="true" />
        <span className="side-cluster__heading">{heading}</span>
        <span className="side-cluster__count">
          {shownMembers.length === members.length
            ? t('clusters.count', { count: members.length })
            : t('board.side.countFiltered', { shown: shownMembers.length, count: members.length })}
        </span>
      </button>
      <div className="side-cluster__tools">
        <button type="button" className="button button--small button--quiet" aria-label={t('board.side.renameNamed', { heading })} onClick={() => commands.rename(cluster.id)}>
          {t('board.side.rename')}
        </button>
        <button type="button" className="button button--small button--quiet" aria-label={t('board.side.dialogueNamed', { heading })} onClick={() => commands.dialogue(cluster.id)}>
          {t('board.side.dialogue')}
        </button>
        {canMerge ? (
          <button type="button" className="button button--small button--quiet" aria-label={t('board.side.mergeNamed', { heading })} onClick={() => commands.mergeInto(cluster.id)}>
            {t('board.side.merge')}
          </button>
        ) : null}
        <button type="button" className="button button--small button--quiet" aria-label={t('board.side.dissolveNamed', { heading })} onClick={() => commands.dissolve(cluster.id)}>
          {t('board.side.dissolve')}
        </button>
      </div>
      {cluster.description || cluster.strengths.length > 0 ? (
        <p className="side-cluster__dialogue">{t('board.side.hasDialogue', { count: cluster.strengths.length })}</p>
      ) : null}
      {expanded ? (
        <SideNoteList
          id={listId}
          label={t('board.side.notesOf', { heading })}
          notes={shownMembers}
          look={look}
          selectedNotes={selectedNotes}
          commands={commands}
        />
      ) : null}
    </li>
  );
});
