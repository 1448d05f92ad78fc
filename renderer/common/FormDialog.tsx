import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from './Dialog';
import { ErrorAlert } from './ErrorAlert';

export interface FormDialogProps {
  readonly title: string;
  readonly submitLabel: string;
  readonly pending: boolean;
  readonly generalErrors: readonly string[];
  readonly onSubmit: () => void;
  readonly onClose: () => void;
  /** False for forms without required fields, where the hint would mislead. */
  readonly hasRequiredFields?: boolean;
  readonly children: ReactNode;
}

/** A dialog holding one form; Enter in a single-line field submits it. */
export function FormDialog({ title, submitLabel, pending, generalErrors, onSubmit, onClose, hasRequiredFields = true, children }: FormDialogProps) {
  const { t } = useTranslation();
  const handleSubmit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (!pending) onSubmit();
  };

  return (
    <Dialog title={title} onClose={onClose} className="dialog--form">
      <form className="form" noValidate onSubmit={handleSubmit}>
        {hasRequiredFields ? <p className="form__note">{t('forms.requiredNote')}</p> : null}
        {children}
        {generalErrors.length > 0 ? (
          <ErrorAlert>
            {generalErrors.map((message) => (
              <p key={message}>{message}</p>
            ))}
          </ErrorAlert>
        ) : null}
        <div className="dialog__buttons">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" aria-disabled={pending || undefined}>
            {submitLabel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
