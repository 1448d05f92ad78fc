import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JoinStatus } from '../../shared/join/schema';
import { useApi } from '../api/ApiContext';
import { ConfirmDialog } from '../common/ConfirmDialog';
import type { ReturnFocus } from '../common/Dialog';
import { useErrorToast } from '../common/useErrorToast';

type On = Extract<JoinStatus, { on: true }>;

export interface StopJoiningButtonProps {
  readonly status: On;
  readonly className: string;
  /** A shorter visible text where the surroundings already say what is on, with an accessible name that starts with it. */
  readonly label?: { readonly text: string; readonly name: string };
  /** Where focus goes once joining is off, for a button that disappears with the session. */
  readonly onStopped?: () => void;
  readonly returnFocus?: ReturnFocus;
}

/**
 * Turns joining off. With devices in it asks first, since every one of them
 * loses access (their notes and dots stay on the board).
 */
export function StopJoiningButton({ status, className, label, onStopped, returnFocus }: StopJoiningButtonProps) {
  const { t } = useTranslation();
  const api = useApi();
  const fail = useErrorToast();
  const [confirming, setConfirming] = useState(false);
  const full = t('join.stop.button');
  const stop = async (): Promise<void> => {
    await api.invoke('join.stop', { workshopId: status.workshopId });
  };
  const stopNow = (): void => {
    stop().then(onStopped, fail);
  };
  return (
    <>
      <button type="button" className={className} aria-label={label?.name} onClick={() => (status.devices.length > 0 ? setConfirming(true) : stopNow())}>
        {label?.text ?? full}
      </button>
      {confirming ? (
        <ConfirmDialog
          title={t('join.stop.title')}
          message={t('join.stop.message', { count: status.devices.length })}
          confirmLabel={full}
          danger
          onConfirm={stop}
          onClose={() => setConfirming(false)}
          returnFocus={returnFocus}
        />
      ) : null}
    </>
  );
}
