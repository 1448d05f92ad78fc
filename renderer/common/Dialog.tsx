/**
 * Native modal <dialog>: showModal() gives focus trapping, Escape and an
 * inert background for free. The component is mounted only while open, so
 * opening is "render it" and closing is "stop rendering it"; Escape is
 * routed through onClose so the parent's state stays the source of truth.
 */
import { type ReactNode, useId, useLayoutEffect, useRef } from 'react';

export type ReturnFocus = 'opener' | 'heading';

/** Where focus lands when the control that had it is gone: the view's heading, or the main region before it renders. */
export function pageHeading(): HTMLElement | null {
  return document.querySelector<HTMLElement>('main h1') ?? document.getElementById('main');
}

function focusTarget(opener: HTMLElement | null, returnFocus: ReturnFocus): HTMLElement | null {
  if (returnFocus === 'opener' && opener?.isConnected) return opener;
  return pageHeading();
}

export interface DialogProps {
  readonly title: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
  /**
   * Where focus goes afterwards: the opener, or the view heading when the
   * opener is about to disappear (a deleted item). A function is read at
   * close time, when the outcome is known.
   */
  readonly returnFocus?: ReturnFocus | (() => ReturnFocus);
  readonly describedBy?: string;
  readonly className?: string;
}

export function Dialog({ title, onClose, children, returnFocus = 'opener', describedBy, className }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const returnFocusRef = useRef(returnFocus);
  useLayoutEffect(() => {
    returnFocusRef.current = returnFocus;
  });

  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return undefined;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    return () => {
      if (dialog.open) dialog.close();
      const choice = returnFocusRef.current;
      focusTarget(opener, typeof choice === 'function' ? choice() : choice)?.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={className ? `dialog ${className}` : 'dialog'}
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId} className="dialog__title">
        {title}
      </h2>
      {children}
    </dialog>
  );
}
