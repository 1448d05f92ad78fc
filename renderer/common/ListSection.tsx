/** A programme page section listing documents of one kind: heading with its "new" button, lead, and the list once read, or why not. */
import { type ReactNode, useId } from 'react';
import type { QueryResult } from '../api/useQuery';
import { EmptyState } from './EmptyState';
import { Loading } from './Loading';
import { QueryError } from './QueryError';

interface ListSectionProps<T> {
  readonly heading: string;
  readonly newLabel: string;
  readonly onNew: () => void;
  readonly lead: string;
  readonly empty: string;
  readonly items: QueryResult<readonly T[]>;
  /** The list when it has items. */
  readonly children: (items: readonly T[]) => ReactNode;
  /** Dialogs the section opens. */
  readonly dialogs?: ReactNode;
  /** Further buttons beside the "new" one (an import). */
  readonly actions?: ReactNode;
}

export function ListSection<T>({ heading, newLabel, onNew, lead, empty, items, children, dialogs, actions }: ListSectionProps<T>) {
  const headingId = useId();
  return (
    <section className="section" aria-labelledby={headingId}>
      <div className="section__header">
        <h2 id={headingId} className="section__title">
          {heading}
        </h2>
        <div className="section__actions">
          {actions}
          <button type="button" className="button button--primary" onClick={onNew}>
            {newLabel}
          </button>
        </div>
      </div>
      <p className="prio-lead">{lead}</p>
      {items.error ? <QueryError error={items.error} onRetry={items.reload} /> : null}
      {!items.data && !items.error ? <Loading /> : null}
      {items.data?.length === 0 ? (
        <EmptyState>
          <p>{empty}</p>
        </EmptyState>
      ) : null}
      {items.data && items.data.length > 0 ? children(items.data) : null}
      {dialogs}
    </section>
  );
}
