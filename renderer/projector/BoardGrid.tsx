import { type CSSProperties, type ReactNode } from 'react';
import { type Cell, FOCUS_HEADING, FREE_LINE, GROUP_GAP, GROUP_HEADING, type Grid } from './boardFit';

/** The fitted sizes handed to projector.css, so the drawing matches what boardFit counted. */
function gridStyle(grid: Grid, cell: Cell): CSSProperties {
  return {
    fontSize: `${grid.scale}em`,
    '--columns': grid.columns,
    '--cell-width': `${cell.width}em`,
    '--cell-height': `${cell.height}em`,
    '--cell-gap': `${cell.gap}em`,
    '--group-heading': `${GROUP_HEADING}em`,
    '--group-gap': `${GROUP_GAP}em`,
    '--focus-heading': `${FOCUS_HEADING}em`,
    '--free-line': `${FREE_LINE}em`,
  } as CSSProperties;
}

export function BoardGrid({ grid, cell, className, children }: { readonly grid: Grid; readonly cell: Cell; readonly className: string; readonly children: ReactNode }) {
  return (
    <div className={className} style={gridStyle(grid, cell)}>
      {children}
    </div>
  );
}
