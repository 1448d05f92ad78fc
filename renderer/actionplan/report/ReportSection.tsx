import { type ReactNode, useId } from 'react';

/** One titled block of the report. */
export function ReportSection({ title, children }: { readonly title: string; readonly children: ReactNode }) {
  const headingId = useId();
  return (
    <section className="plan-report__section" aria-labelledby={headingId}>
      <h3 id={headingId} className="plan-report__section-title">
        {title}
      </h3>
      {children}
    </section>
  );
}
