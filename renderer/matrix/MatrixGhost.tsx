import { createPortal } from 'react-dom';

/** The card that follows the pointer while dragging; decoration only. */
export function MatrixGhost({ title, clientX, clientY }: { readonly title: string; readonly clientX: number; readonly clientY: number }) {
  return createPortal(
    <div className="matrix-ghost" style={{ left: clientX, top: clientY }} aria-hidden="true">
      {title}
    </div>,
    document.body,
  );
}
