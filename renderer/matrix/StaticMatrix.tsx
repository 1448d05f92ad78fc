import { type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { quadrantOf } from '../../shared/matrix/quadrant';
import type { MatrixLabels, Placement } from '../../shared/matrix/schema';
import { MatrixFrame } from './MatrixFrame';
import type { WorkshopItem } from './workshopItems';

export interface StaticMatrixProps {
  readonly labels: MatrixLabels;
  readonly placements: readonly Placement[];
  readonly items: ReadonlyMap<string, WorkshopItem>;
  readonly votes: ReadonlyMap<string, number> | null;
}

/** The matrix as a picture for the summary and print: same frame, no controls. */
export function StaticMatrix({ labels, placements, items, votes }: StaticMatrixProps) {
  const { t } = useTranslation();
  return (
    <div className="matrix-static">
      <MatrixFrame labels={labels}>
        <ul className="matrix-box__items" aria-label={t('matrix.placedLabel')}>
          {placements.flatMap((placement) => {
            const item = items.get(placement.itemId);
            if (!item) return [];
            return [
              <li key={item.id} className="matrix-box__item" style={{ '--x': placement.x, '--y': placement.y } as CSSProperties}>
                <div className="matrix-item matrix-item--static">
                  <span className="matrix-item__title">{item.title}</span>
                  <span className="matrix-item__meta">
                    <span className="visually-hidden">{labels.quadrants[quadrantOf(placement)]}</span>
                    {votes ? <span className="matrix-item__votes">{t('matrix.votes', { count: votes.get(item.id) ?? 0 })}</span> : null}
                  </span>
                </div>
              </li>,
            ];
          })}
        </ul>
      </MatrixFrame>
    </div>
  );
}
