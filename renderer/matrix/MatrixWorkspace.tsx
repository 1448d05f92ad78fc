import { type CSSProperties, useCallback, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dropAt } from '../../shared/matrix/arrange';
import { quadrantOf, type MatrixPoint } from '../../shared/matrix/quadrant';
import type { MatrixLabels, Placement } from '../../shared/matrix/schema';
import type { WorkshopId } from '../../shared/workshop/schema';
import { toApiFailure } from '../api/ApiFailure';
import { useToasts } from '../common/toastContext';
import { errorMessage } from '../i18n/describeError';
import type { MatrixActionContext, PlaceTiming } from './actions/types';
import { MatrixFrame } from './MatrixFrame';
import { MatrixGhost } from './MatrixGhost';
import { MatrixItemCard } from './MatrixItemCard';
import { MatrixKeyHelp } from './MatrixKeyHelp';
import { MatrixTray } from './MatrixTray';
import { useArrangement } from './useArrangement';
import { useFocusFollow } from './useFocusFollow';
import { type DropTarget, useMatrixDrag } from './useMatrixDrag';
import { usePlacements } from './usePlacements';
import type { WorkshopItem } from './workshopItems';

export interface MatrixWorkspaceProps {
  readonly workshopId: WorkshopId;
  /** Everything that may be placed: clusters, and free notes when the user includes them. */
  readonly items: readonly WorkshopItem[];
  readonly placements: readonly Placement[];
  readonly labels: MatrixLabels;
  readonly votes: ReadonlyMap<string, number> | null;
}

/** Tab order follows the picture: field by field, then top to bottom, left to right. */
function readingOrder(a: MatrixPoint, b: MatrixPoint): number {
  const qa = quadrantOf(a);
  const qb = quadrantOf(b);
  if (qa !== qb) return qa < qb ? -1 : 1;
  return a.y - b.y || a.x - b.x;
}

/** The tray and the matrix, with dragging, keys and the optimistic positions between them. */
export function MatrixWorkspace({ workshopId, items, placements, labels, votes }: MatrixWorkspaceProps) {
  const { t } = useTranslation();
  const { show } = useToasts();
  const hintId = useId();
  const axesId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  const trayRef = useRef<HTMLElement>(null);
  const [announcement, setAnnouncement] = useState('');
  const focusItem = useFocusFollow(rootRef);

  const onError = useCallback((failure: unknown) => show({ tone: 'error', message: (tr) => errorMessage(tr, toApiFailure(failure)) }), [show]);
  const { positions, place, unplace } = usePlacements(workshopId, placements, onError);

  // Placed first, drawn first: the order of the saved placements, then what was placed since.
  const inOrder = useMemo(() => {
    const shown = new Set(items.map((item) => item.id));
    return [...positions].filter(([id]) => shown.has(id)).map(([id, point]) => ({ id, point }));
  }, [items, positions]);
  const layout = useArrangement(rootRef, boxRef, inOrder, votes);

  const onDrop = useCallback(
    (item: WorkshopItem, target: DropTarget) => {
      if (target.kind === 'tray') {
        if (positions.has(item.id)) unplace(item);
        return;
      }
      const current = layout();
      const size = current?.sizeOf(item.id);
      place(item, current && size ? dropAt(current.scene, current.cards, { id: item.id, size }, target.point) : target.point, 'now');
    },
    [place, unplace, positions, layout],
  );
  const { drag, handlersFor } = useMatrixDrag(boxRef, trayRef, onDrop);

  const contextFor = (item: WorkshopItem): MatrixActionContext => {
    const position = positions.get(item.id) ?? null;
    return {
      item,
      position,
      layout,
      place(point: MatrixPoint, timing: PlaceTiming) {
        place(item, point, timing);
        focusItem(item.id);
        // Arrow steps within a field are not read out; entering a new field is.
        if (!position || quadrantOf(position) !== quadrantOf(point)) {
          setAnnouncement(t('matrix.placedIn', { title: item.title, quadrant: labels.quadrants[quadrantOf(point)] }));
        }
      },
      unplace() {
        unplace(item);
        focusItem(item.id);
        setAnnouncement(t('matrix.returned', { title: item.title }));
      },
      atEdge() {
        setAnnouncement(t('matrix.atEdge', { title: item.title }));
      },
    };
  };

  const { placed, unplaced } = useMemo(() => {
    const on: { item: WorkshopItem; point: MatrixPoint }[] = [];
    const off: WorkshopItem[] = [];
    for (const item of items) {
      const point = positions.get(item.id);
      if (point) on.push({ item, point });
      else off.push(item);
    }
    on.sort((a, b) => readingOrder(a.point, b.point));
    return { placed: on, unplaced: off };
  }, [items, positions]);

  const card = (item: WorkshopItem, where: string | null) => (
    <MatrixItemCard
      item={item}
      where={where}
      votes={votes ? (votes.get(item.id) ?? 0) : null}
      hintId={hintId}
      dragging={drag?.item.id === item.id}
      drag={handlersFor(item)}
      actionContext={contextFor(item)}
    />
  );

  return (
    <div ref={rootRef} className="matrix-workspace">
      <p id={hintId} className="visually-hidden">
        {t('matrix.keyHint')}
      </p>
      <p id={axesId} className="visually-hidden">
        {t('matrix.axesDescription', labels)}
      </p>
      <MatrixTray trayRef={trayRef} over={drag?.over === 'tray'} count={unplaced.length}>
        {unplaced.map((item) => (
          <li key={item.id} className="matrix-tray__item">
            {card(item, null)}
          </li>
        ))}
      </MatrixTray>
      <div className="matrix-workspace__matrix">
        <MatrixFrame labels={labels} boxRef={boxRef} showKeys highlight={drag?.over === 'matrix'}>
          <ul className="matrix-box__items" aria-label={t('matrix.placedLabel')} aria-describedby={axesId}>
            {placed.map(({ item, point }) => (
              <li key={item.id} className="matrix-box__item" data-slot={item.id} style={{ '--x': point.x, '--y': point.y } as CSSProperties}>
                {card(item, labels.quadrants[quadrantOf(point)])}
              </li>
            ))}
          </ul>
        </MatrixFrame>
        <MatrixKeyHelp labels={labels} />
      </div>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {drag ? <MatrixGhost title={drag.item.title} clientX={drag.clientX} clientY={drag.clientY} /> : null}
    </div>
  );
}
