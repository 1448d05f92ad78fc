import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { matchesShortcut } from '../actions/shortcuts';
import { matrixActions } from './actions/matrixActions';
import type { MatrixActionContext } from './actions/types';
import type { DragHandlers } from './useMatrixDrag';
import type { WorkshopItem } from './workshopItems';

export interface MatrixItemCardProps {
  readonly item: WorkshopItem;
  /** The field's name when placed; null in the tray. */
  readonly where: string | null;
  /** Votes in the latest round, once revealed. */
  readonly votes: number | null;
  readonly hintId: string;
  readonly dragging: boolean;
  readonly drag: DragHandlers;
  readonly actionContext: MatrixActionContext;
}

/**
 * One cluster (or note) as a focusable card. Its name is the heading; note
 * count, field and votes are its description, so a screen reader hears
 * where it is. Keys come from the declared matrix actions.
 */
export function MatrixItemCard({ item, where, votes, hintId, dragging, drag, actionContext }: MatrixItemCardProps) {
  const { t } = useTranslation();
  const detailsId = `matrix-item-${item.id}-details`;

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>): void => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const action = matrixActions.find((candidate) => candidate.shortcuts.some((s) => matchesShortcut(event, s)));
    if (!action || !action.isEnabled(actionContext)) return;
    event.preventDefault();
    if (event.repeat && !action.repeats) return;
    action.perform(actionContext, { shiftKey: event.shiftKey });
  };

  const classes = ['matrix-item', item.kind === 'note' ? 'matrix-item--note' : '', dragging ? 'matrix-item--dragging' : ''].filter(Boolean).join(' ');
  return (
    <button
      type="button"
      className={classes}
      data-matrix-item={item.id}
      aria-label={item.title}
      aria-describedby={`${detailsId} ${hintId}`}
      onKeyDown={onKeyDown}
      {...drag}
    >
      <span className="matrix-item__title">{item.title}</span>
      <span id={detailsId} className="matrix-item__meta">
        <span>{item.kind === 'cluster' ? t('matrix.noteCount', { count: item.noteCount }) : t('matrix.freeNote')}</span>
        {votes !== null ? <span className="matrix-item__votes">{t('matrix.votes', { count: votes })}</span> : null}
        {where ? <span className="visually-hidden">{where}</span> : null}
      </span>
    </button>
  );
}
