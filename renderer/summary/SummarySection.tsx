import { type ReactNode, useId } from 'react';

/** One titled part of the summary sheet. */
export function SummarySection({ title, children }: { readonly title: string; readonly children: ReactNode }) {
  const headingId = useId();
  return (
    <section className="summary__section" aria-labelledby={headingId}>
      <h3 id={headingId} className="summary__section-title">
        {title}
      </h3>
      {children}
    </section>
  );
}
