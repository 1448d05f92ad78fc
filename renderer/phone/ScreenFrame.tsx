import type { ReactNode } from 'react';

/**
 * One phone screen: a section named by its h1. The heading can take focus,
 * so a change of screen is read out where the new one starts.
 */
export function ScreenFrame({ id, title, children }: { readonly id: string; readonly title: string; readonly children: ReactNode }) {
  return (
    <section className="phone-screen" aria-labelledby={`${id}-heading`}>
      <h1 id={`${id}-heading`} tabIndex={-1}>
        {title}
      </h1>
      {children}
    </section>
  );
}
