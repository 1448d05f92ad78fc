import { useTranslation } from 'react-i18next';
import type { RoundState } from '../../shared/voting/schema';
import { useApi } from '../api/ApiContext';
import { useErrorToast } from '../common/useErrorToast';

export interface RoundControlsProps {
  readonly state: RoundState;
  /** Shows or hides the counts (the reveal also turns the room's screen to them). */
  readonly onReveal: (revealed: boolean) => void;
}

/** Reveal or hide the counts, close or reopen the round. All of it is undoable from the header. */
export function RoundControls({ state, onReveal }: RoundControlsProps) {
  const { t } = useTranslation();
  const api = useApi();
  const fail = useErrorToast();
  const { round } = state;

  return (
    <div className="round-controls">
      <button type="button" className={round.revealed ? 'button' : 'button button--primary'} onClick={() => onReveal(!round.revealed)}>
        {round.revealed ? t('voting.hideResults') : t('voting.reveal')}
      </button>
      <button
        type="button"
        className="button"
        onClick={() => api.invoke('voting.setStatus', { roundId: round.id, status: round.status === 'open' ? 'closed' : 'open' }).catch(fail)}
      >
        {round.status === 'open' ? t('voting.close') : t('voting.reopen')}
      </button>
    </div>
  );
}
