import { useTranslation } from 'react-i18next';
import type { JoinStatus } from '../../shared/join/schema';
import { useApi } from '../api/ApiContext';
import { useErrorToast } from '../common/useErrorToast';
import { StopJoiningButton } from './StopJoiningButton';

type On = Extract<JoinStatus, { on: true }>;

/** The running session's switches: lock the room, allow nameless joins, and turn joining off. */
export function JoinSettings({ status }: { readonly status: On }) {
  const { t } = useTranslation();
  const api = useApi();
  const fail = useErrorToast();
  const { workshopId } = status;
  const update = (change: { locked?: boolean; allowAnonymous?: boolean }): void => {
    api.invoke('join.update', { workshopId, ...change }).catch(fail);
  };

  return (
    <div className="join-settings">
      <label>
        <input type="checkbox" checked={status.locked} onChange={(event) => update({ locked: event.target.checked })} /> {t('join.lock')}
      </label>
      <label>
        <input type="checkbox" checked={status.allowAnonymous} onChange={(event) => update({ allowAnonymous: event.target.checked })} /> {t('join.allowAnonymous')}
      </label>
      <StopJoiningButton status={status} className="button button--small button--danger" />
    </div>
  );
}
