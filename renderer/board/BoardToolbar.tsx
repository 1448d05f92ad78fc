import { useTranslation } from 'react-i18next';
import { boardActionsOn } from '../actions/board/boardRegistry';
import { BoardActionButton } from './BoardActionButton';

const toolbarActions = boardActionsOn('toolbar');
const selectionActions = toolbarActions.filter((a) => a.group === 'notes' || (a.group === 'clusters' && a.id !== 'cluster.suggest'));
const boardActions = toolbarActions.filter((a) => !selectionActions.includes(a));

/** The buttons above the board, read from the action registry: what applies to the selection, then the board. */
export function BoardToolbar({ selectedCount }: { readonly selectedCount: number }) {
  const { t } = useTranslation();
  return (
    <div className="board-toolbar">
      <div className="board-toolbar__group" role="group" aria-label={t('board.toolbar.selection')}>
        <span className="board-toolbar__count" aria-live="polite">
          {t('board.toolbar.selected', { count: selectedCount })}
        </span>
        {selectionActions.map((action) => (
          <BoardActionButton key={action.id} action={action} />
        ))}
      </div>
      <div className="board-toolbar__group" role="group" aria-label={t('board.toolbar.board')}>
        {boardActions.map((action) => (
          <BoardActionButton key={action.id} action={action} />
        ))}
      </div>
    </div>
  );
}
