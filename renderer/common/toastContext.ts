import { createContext, useContext } from 'react';

export interface ToastAction {
  readonly label: string;
  readonly run: () => void | Promise<void>;
}

export interface ToastInput {
  readonly message: string;
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
