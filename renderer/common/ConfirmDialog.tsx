import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiFailure, toApiFailure } from '../api/ApiFailure';
import { errorMessage } from '../i18n/describeError';
import { Dialog, type ReturnFocus } from './Dialog';
import { ErrorAlert } from './ErrorAlert';

export interface ConfirmDialogProps {
  readonly title: string;
  readonly message: string;
  readonly confirmLabel: string;
  /** Runs the change; the dialog closes when it resolves and shows the error when it throws. */
  readonly onConfirm: () => Promise<void>;
  readonly onClose: () => void;
  readonly danger?: boolean;
  readonly returnFocus?: ReturnFocus;
}

export function ConfirmDialog({ title, message, confirmLabel, onConfirm, onClose, danger = false, returnFocus }: ConfirmDialogProps) {
  const { t } = useTranslation();
  const messageId = useId();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiFailure | null>(null);
  const done = useRef(false);

  const confirm = async (): Promise<void> => {
    if (pending) return;
    setPending(true);
    setError(null);
    try {
      await onConfirm();
      done.current = true;
      onClose();
    } catch (failure) {
      setError(toApiFailure(failure));
      setPending(false);
    }
  };

  return (
    <Dialog title={title} onClose={onClose} describedBy={messageId} returnFocus={() => (done.current ? (returnFocus ?? 'opener') : 'opener')}>
      <p id={messageId} className="dialog__message">
        {message}
      </p>
      {error ? <ErrorAlert>{errorMessage(t, error)}</ErrorAlert> : null}
      <div className="dialog__buttons">
        <button type="button" className="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button
          type="button"
          className={danger ? 'button button--danger' : 'button button--primary'}
          onClick={() => void confirm()}
          // aria-disabled rather than disabled: a disabled button would drop keyboard focus.
          aria-disabled={pending || undefined}
        >
          {confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
