/**
 * Every change the editor makes, one API call each so each is one undoable
 * step. A refusal shows as a toast; the caller learns whether it went
 * through, to put a dragged node back when it did not.
 */
import { useMemo } from 'react';
import type { ElementCreateMany, MapArrow, MapArrowId, MapElement, MapElementId, ProcessMapId } from '../../shared/processmap/schema';
import { toApiFailure } from '../api/ApiFailure';
import { useApi } from '../api/ApiContext';
import { useToasts } from '../common/toastContext';
import { useUndoableNotice } from '../history/useUndoableNotice';
import { errorMessage } from '../i18n/describeError';

export interface Move {
  readonly id: string;
  readonly x: number;
  readonly y: number;
}

export interface MapActions {
  readonly move: (moves: readonly Move[]) => Promise<boolean>;
  readonly connect: (from: string, to: string, label?: string) => Promise<boolean>;
  readonly remove: (elementIds: readonly string[], arrowIds: readonly string[]) => Promise<boolean>;
  /** What the paste made, or null when it was refused. */
  readonly paste: (input: ElementCreateMany) => Promise<Pasted | null>;
}

export interface Pasted {
  readonly elements: readonly MapElement[];
  readonly arrows: readonly MapArrow[];
}

export function useMapActions(mapId: string): MapActions {
  const api = useApi();
  const { show } = useToasts();
  const notice = useUndoableNotice();

  return useMemo(() => {
    const refuse = (failure: unknown): void => show({ tone: 'error', message: (t) => errorMessage(t, toApiFailure(failure)) });
    const attempt = (work: Promise<unknown>): Promise<boolean> =>
      work.then(
        () => true,
        (failure: unknown) => {
          refuse(failure);
          return false;
        },
      );
    const map = mapId as ProcessMapId;
    return {
      move: (moves) => attempt(api.invoke('mapElement.move', { mapId: map, moves: moves.map((m) => ({ id: m.id as MapElementId, x: Math.round(m.x), y: Math.round(m.y) })) })),
      connect: (from, to, label = '') => attempt(api.invoke('mapArrow.create', { mapId: map, from: from as MapElementId, to: to as MapElementId, label })),
      remove: async (elementIds, arrowIds) => {
        const done = await attempt(api.invoke('mapElement.delete', { ids: elementIds as MapElementId[], arrowIds: arrowIds as MapArrowId[] }));
        if (done) notice((t) => t('processMap.canvas.deleted'), 'mapElement.delete');
        return done;
      },
      paste: (input) =>
        api.invoke('mapElement.createMany', input).catch((failure: unknown) => {
          refuse(failure);
          return null;
        }),
    };
  }, [api, mapId, notice, show]);
}

