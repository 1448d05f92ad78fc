import { useTranslation } from 'react-i18next';
import type { Toast } from './toastContext';
import { ToastItem } from './ToastItem';

/**
 * Always rendered, even when empty: screen readers only announce additions
 * to a live region that already existed.
 */
export function ToastRegion({ toasts, onDismiss }: { readonly toasts: readonly Toast[]; readonly onDismiss: (id: number) => void }) {
  const { t } = useTranslation();
  return (
    <section className="toasts" aria-label={t('toasts.region')}>
      <ul className="toasts__list" aria-live="polite" aria-relevant="additions text">
        {toasts.map((toast) => (
          <ToastItem key={toast.id} toast={toast} onDismiss={onDismiss} />
        ))}
      </ul>
    </section>
  );
}
