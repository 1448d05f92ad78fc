import { memo, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Board, Note } from '../../shared/board/schema';
import type { WorkshopId } from '../../shared/workshop/schema';
import { useQuery } from '../api/useQuery';
import { useUnchanged } from '../api/useUnchanged';
import { type PaperKey, paperFor } from '../board/model/palette';
import { QueryError } from '../common/QueryError';
import { BoardGrid } from './BoardGrid';
import { NOTE_CELL, TILE_CELL } from './boardFit';
import { type BoardPlan, groupBoard, type NoteGroup, planBoard } from './boardPlan';
import { ProjectorNote } from './ProjectorNote';
import { useAreaInEm } from './useAreaInEm';

type PaperOf = (note: Note) => PaperKey;

function paperLookup(board: Board): PaperOf {
  const authors = new Map(board.participants.map((p) => [p.id as string, p]));
  return (note) => paperFor(note, board.colourMode, note.authorId === null ? undefined : authors.get(note.authorId));
}

/**
 * The board on the room's screen. The answer's unchanged parts keep their
 * identity (useUnchanged), so a change event that moved one note renders
 * that note's card again and no other.
 */
export function ProjectorBoard({ workshopId, clusterId }: { readonly workshopId: WorkshopId; readonly clusterId: string | null }) {
  const query = useQuery('board.get', { workshopId });
  const board = useUnchanged(query.data);
  const area = useRef<HTMLElement>(null);
  const size = useAreaInEm(area);
  const grouped = useMemo(() => (board ? groupBoard(board) : null), [board]);
  const paperOf = useMemo(() => (board ? paperLookup(board) : null), [board]);
  const plan = useMemo(() => (grouped && size ? planBoard(grouped, clusterId, size) : null), [grouped, clusterId, size]);

  return (
    <section ref={area} className="projector-board" id={plan ? 'projector-board' : undefined}>
      {query.error ? <QueryError error={query.error} onRetry={query.reload} /> : null}
      {plan && paperOf ? <PlanView plan={plan} paperOf={paperOf} /> : null}
    </section>
  );
}

const PlanView = memo(function PlanView({ plan, paperOf }: { readonly plan: BoardPlan; readonly paperOf: PaperOf }) {
  const { t } = useTranslation();
  const hidden = t('projector.board.faceDown');
  const cards = (notes: readonly Note[]) => notes.map((note) => <ProjectorNote key={note.id} note={note} paper={paperOf(note)} hiddenLabel={hidden} />);

  switch (plan.kind) {
    case 'empty':
      return <p className="projector-empty">{t('projector.board.empty')}</p>;
    case 'notes':
      return (
        <BoardGrid grid={plan.grid} cell={NOTE_CELL} className="projector-groups">
          {plan.groups.map((group) => (
            <section key={group.cluster?.id ?? 'free'} className="projector-group">
              <GroupHeading group={group} />
              <ul className="projector-cells">{cards(group.notes)}</ul>
            </section>
          ))}
        </BoardGrid>
      );
    case 'focus':
      return (
        <BoardGrid grid={plan.grid} cell={NOTE_CELL} className="projector-focus">
          <div className="projector-focus__head">
            <h3 className="projector-focus__heading">{plan.group.cluster?.heading}</h3>
            <span className="projector-focus__count">{t('projector.board.noteCount', { count: plan.group.notes.length })}</span>
          </div>
          <ul className="projector-cells">
            {cards(plan.notes)}
            {plan.hidden > 0 ? <li className="projector-note projector-note--more">{t('projector.board.moreNotes', { count: plan.hidden })}</li> : null}
          </ul>
        </BoardGrid>
      );
    case 'overview':
      return (
        <BoardGrid grid={plan.grid} cell={TILE_CELL} className="projector-overview">
          <ul className="projector-cells" aria-label={t('projector.board.clusters')}>
            {plan.tiles.map((group) => (
              <li key={group.cluster?.id} className="projector-tile">
                <span className="projector-tile__heading">{group.cluster?.heading}</span>
                <span className="projector-tile__count">{t('projector.board.noteCount', { count: group.notes.length })}</span>
              </li>
            ))}
            {plan.hidden > 0 ? <li className="projector-tile projector-tile--more">{t('projector.board.moreClusters', { count: plan.hidden })}</li> : null}
          </ul>
          {plan.free > 0 ? <p className="projector-overview__free">{t('projector.board.freeCount', { count: plan.free })}</p> : null}
        </BoardGrid>
      );
  }
});

function GroupHeading({ group }: { readonly group: NoteGroup }) {
  const { t } = useTranslation();
  return (
    <div className="projector-group__head">
      <h3 className="projector-group__heading">{group.cluster ? group.cluster.heading : t('projector.board.free')}</h3>
      <span className="projector-group__count">{t('projector.board.noteCount', { count: group.notes.length })}</span>
    </div>
  );
}
