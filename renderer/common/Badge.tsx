import type { ReactNode } from 'react';

export function Badge({ children, tone = 'neutral' }: { readonly children: ReactNode; readonly tone?: 'neutral' | 'example' }) {
  return <span className={`badge badge--${tone}`}>{children}</span>;
}
