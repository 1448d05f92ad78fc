import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Toast } from './toastContext';

const PLAIN_MS = 6000;
/** Toasts with an action (undo) stay longer so there is time to reach the button. */
const WITH_ACTION_MS = 12000;

function focusMain(): void {
  document.getElementById('main')?.focus();
}

export function ToastItem({ toast, onDismiss }: { readonly toast: Toast; readonly onDismiss: (id: number) => void }) {
  const { t } = useTranslation();
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const ref = useRef<HTMLLIElement>(null);
  const paused = hovered || focused;

  useEffect(() => {
    if (paused) return undefined;
    const timer = setTimeout(() => onDismiss(toast.id), toast.action ? WITH_ACTION_MS : PLAIN_MS);
    return () => clearTimeout(timer);
  }, [paused, toast.id, toast.action, onDismiss]);

  // The item disappears under the user's focus; hand focus back to the page.
  const close = (): void => {
    const hadFocus = ref.current?.contains(document.activeElement) ?? false;
    onDismiss(toast.id);
    if (hadFocus) focusMain();
  };

  const runAction = (): void => {
    close();
    void toast.action?.run();
  };

  return (
    <li
      ref={ref}
      className={toast.tone === 'error' ? 'toast toast--error' : 'toast'}
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocused(false);
      }}
    >
      <p className="toast__message">{toast.message(t)}</p>
      <div className="toast__buttons">
        {toast.action ? (
          <button type="button" className="button button--small button--primary" onClick={runAction}>
            {toast.action.label(t)}
          </button>
        ) : null}
        <button type="button" className="button button--small button--quiet" aria-label={t('toasts.closeLabel')} onClick={close}>
          {t('toasts.close')}
        </button>
      </div>
    </li>
  );
}
