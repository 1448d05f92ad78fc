import { type ReactNode, useId } from 'react';

/** One of the two parts of the summary: the decisions, then what they rest on. */
export function SummaryPart({ title, className, children }: { readonly title: string; readonly className: string; readonly children: ReactNode }) {
  const headingId = useId();
  return (
    <section className={`summary__part ${className}`} aria-labelledby={headingId}>
      <h3 id={headingId} className="summary__part-title">
        {title}
      </h3>
      {children}
    </section>
  );
}

/** One titled section inside a part. */
export function SummarySection({ title, children }: { readonly title: string; readonly children: ReactNode }) {
  const headingId = useId();
  return (
    <section className="summary__section" aria-labelledby={headingId}>
      <h4 id={headingId} className="summary__section-title">
        {title}
      </h4>
      {children}
    </section>
  );
}
