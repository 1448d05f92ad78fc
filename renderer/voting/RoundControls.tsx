import { useTranslation } from 'react-i18next';
import type { RoundState } from '../../shared/voting/schema';
import { toApiFailure } from '../api/ApiFailure';
import { useApi } from '../api/ApiContext';
import { useToasts } from '../common/toastContext';
import { errorMessage } from '../i18n/describeError';

/** Reveal or hide the counts, close or reopen the round. All of it is undoable from the header. */
export function RoundControls({ state }: { readonly state: RoundState }) {
  const { t } = useTranslation();
  const api = useApi();
  const { show } = useToasts();
  const { round } = state;
  const fail = (failure: unknown): void => show({ tone: 'error', message: (t) => errorMessage(t, toApiFailure(failure)) });

  return (
    <div className="round-controls">
      <button
        type="button"
        className={round.revealed ? 'button' : 'button button--primary'}
        onClick={() => api.invoke('voting.reveal', { roundId: round.id, revealed: !round.revealed }).catch(fail)}
      >
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
