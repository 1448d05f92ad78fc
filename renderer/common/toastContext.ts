import { createContext, useContext } from 'react';
import type { Translated } from '../i18n/translate';

export interface ToastAction {
  readonly label: Translated;
  readonly run: () => void | Promise<void>;
}

export interface ToastInput {
  /** Translated when shown, so a toast made before a change of language reads in the new one. */
  readonly message: Translated;
  readonly tone?: 'info' | 'error';
  readonly action?: ToastAction;
}

export interface Toast extends ToastInput {
  readonly id: number;
}

export interface Toasts {
  show(toast: ToastInput): void;
  dismiss(id: number): void;
}

export const ToastContext = createContext<Toasts | null>(null);

export function useToasts(): Toasts {
  const toasts = useContext(ToastContext);
  if (!toasts) throw new Error('useToasts must be used inside <ToastProvider>');
  return toasts;
}
