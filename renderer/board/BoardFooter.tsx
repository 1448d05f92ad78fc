import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { type ColourMode, colourModes } from '../../shared/board/schema';
import { boardActionsOn } from '../actions/board/boardRegistry';
import { BoardActionButton } from './BoardActionButton';

const footerActions = boardActionsOn('footer');

/** Under the board: how notes are coloured, and the exports. */
export function BoardFooter({
  colourMode,
  onColourMode,
}: {
  readonly colourMode: ColourMode;
  readonly onColourMode: (mode: ColourMode) => void;
}) {
  const { t } = useTranslation();
  const modeId = useId();
  return (
    <div className="board-footer">
      <div className="board-footer__group">
        <label htmlFor={modeId} className="board-footer__label">
          {t('board.colourMode')}
        </label>
        <select
          id={modeId}
          className="field__control field__control--select"
          value={colourMode}
          onChange={(event) => onColourMode(colourModes.find((m) => m === event.target.value) ?? 'note')}
        >
          {colourModes.map((mode) => (
            <option key={mode} value={mode}>
              {t(`colourModes.${mode}`)}
            </option>
          ))}
        </select>
        {footerActions.map((action) => (
          <BoardActionButton key={action.id} action={action} />
        ))}
      </div>
    </div>
  );
}
