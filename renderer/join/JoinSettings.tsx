import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JoinStatus } from '../../shared/join/schema';
import { useApi } from '../api/ApiContext';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { useErrorToast } from '../common/useErrorToast';

type On = Extract<JoinStatus, { on: true }>;

/**
 * The running session's switches: lock the room, allow nameless joins, and
 * turn joining off. Turning off with devices in asks first, since every one
 * of them loses access (their notes and dots stay on the board).
 */
export function JoinSettings({ status }: { readonly status: On }) {
  const { t } = useTranslation();
  const api = useApi();
  const fail = useErrorToast();
  const [confirming, setConfirming] = useState(false);
  const { workshopId } = status;
  const update = (change: { locked?: boolean; allowAnonymous?: boolean }): void => {
    api.invoke('join.update', { workshopId, ...change }).catch(fail);
  };
  const stop = async (): Promise<void> => {
    await api.invoke('join.stop', { workshopId });
  };

  return (
    <div className="join-settings">
      <label>
        <input type="checkbox" checked={status.locked} onChange={(event) => update({ locked: event.target.checked })} /> {t('join.lock')}
      </label>
      <label>
        <input type="checkbox" checked={status.allowAnonymous} onChange={(event) => update({ allowAnonymous: event.target.checked })} /> {t('join.allowAnonymous')}
      </label>
      <button type="button" className="button button--small button--danger" onClick={() => (status.devices.length > 0 ? setConfirming(true) : stop().catch(fail))}>
        {t('join.stop.button')}
      </button>
      {confirming ? (
        <ConfirmDialog
          title={t('join.stop.title')}
          message={t('join.stop.message', { count: status.devices.length })}
          confirmLabel={t('join.stop.button')}
          danger
          onConfirm={stop}
          onClose={() => setConfirming(false)}
        />
      ) : null}
    </div>
  );
}
