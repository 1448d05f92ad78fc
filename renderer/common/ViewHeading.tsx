import { type ReactNode, useEffect, useRef } from 'react';
import { takeHeadingFocusRequest } from './headingFocus';

/**
 * The one h1 of a view. Focusable from script (not by Tab) so focus has a
 * meaningful place to land after navigation or after a deleted item.
 */
export function ViewHeading({ children }: { readonly children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (takeHeadingFocusRequest()) ref.current?.focus();
  }, []);
  return (
    <h1 ref={ref} className="view__title" tabIndex={-1}>
      {children}
    </h1>
  );
}
