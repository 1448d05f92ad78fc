import { type CSSProperties, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { packMatrix, type PackedField } from '../../shared/matrix/pack';
import type { MatrixLabels, Placement } from '../../shared/matrix/schema';
import { MatrixFrame } from './MatrixFrame';
import type { WorkshopItem } from './workshopItems';
import './matrix.css';

export interface StaticMatrixProps {
  readonly labels: MatrixLabels;
  readonly placements: readonly Placement[];
  readonly items: ReadonlyMap<string, WorkshopItem>;
  readonly votes: ReadonlyMap<string, number> | null;
}

/**
 * The matrix as a picture for the summary and print: same frame, no
 * controls. Each field lays its cards out on a grid of its own, so the
 * picture holds however many cards, with their vote counts, fit or not.
 */
export function StaticMatrix({ labels, placements, items, votes }: StaticMatrixProps) {
  const { t } = useTranslation();
  const packed = useMemo(() => packMatrix(placements.filter((p) => items.has(p.itemId))), [placements, items]);

  // One group for the whole picture, one list per field named after it.
  return (
    <div className="matrix-static" role="group" aria-label={t('matrix.placedLabel')} style={{ '--matrix-rows': packed.rows } as CSSProperties}>
      <MatrixFrame
        labels={labels}
        fieldContent={(quadrant) => <StaticField name={labels.quadrants[quadrant]} field={packed.fields[quadrant]} items={items} votes={votes} />}
      />
    </div>
  );
}

function StaticField({ name, field, items, votes }: { readonly name: string; readonly field: PackedField; readonly items: ReadonlyMap<string, WorkshopItem>; readonly votes: ReadonlyMap<string, number> | null }) {
  const { t } = useTranslation();
  if (field.cards.length === 0) return null;
  return (
    <ul className="matrix-static__cards" aria-label={name} style={{ '--columns': field.columns, '--rows': field.rows, '--scale': field.scale } as CSSProperties}>
      {field.cards.map(({ id, column, row }) => {
        const item = items.get(id);
        if (!item) return null;
        return (
          <li key={id} className="matrix-static__cell" style={{ '--column': column + 1, '--row': row + 1 } as CSSProperties}>
            <div className="matrix-item matrix-item--static">
              <span className="matrix-item__title">{item.title}</span>
              {votes ? (
                <span className="matrix-item__meta">
                  <span className="matrix-item__votes">{t('matrix.votes', { count: votes.get(id) ?? 0 })}</span>
                </span>
              ) : null}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
