import type { ReactNode } from 'react';

/** An error that needs attention now: announced at once by screen readers. */
export function ErrorAlert({ children }: { readonly children: ReactNode }) {
  return (
    <div className="alert alert--error" role="alert">
      {children}
    </div>
  );
}
