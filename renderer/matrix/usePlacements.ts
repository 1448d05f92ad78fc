/**
 * Positions on the matrix as the user sees them: the saved placements with
 * the user's latest moves laid over them until the server's answer shows
 * them, so an item follows the key press or the drop at once. Arrow-key
 * moves are saved once the keys rest, so holding an arrow is one undo step
 * rather than fifty.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { MatrixPoint } from '../../shared/matrix/quadrant';
import type { Placement } from '../../shared/matrix/schema';
import type { WorkshopId } from '../../shared/workshop/schema';
import { useApi } from '../api/ApiContext';
import type { PlaceTiming } from './actions/types';
import type { WorkshopItem } from './workshopItems';

const SETTLE_MS = 450;

interface Override {
  readonly point: MatrixPoint | null;
  /** The server answer that was current when the change was saved; a newer answer replaces the override. */
  readonly savedAgainst?: readonly Placement[] | undefined;
  readonly saved: boolean;
}

export interface Placements {
  readonly positions: ReadonlyMap<string, MatrixPoint>;
  place(item: WorkshopItem, point: MatrixPoint, timing: PlaceTiming): void;
  unplace(item: WorkshopItem): void;
}

export function usePlacements(workshopId: WorkshopId, server: readonly Placement[] | undefined, onError: (failure: unknown) => void): Placements {
  const api = useApi();
  const [overrides, setOverrides] = useState<ReadonlyMap<string, Override>>(new Map());
  const serverRef = useRef(server);
  const timers = useRef(new Map<string, { timer: ReturnType<typeof setTimeout>; flush: () => void }>());
  const onErrorRef = useRef(onError);
  useEffect(() => {
    serverRef.current = server;
    onErrorRef.current = onError;
  });

  const settle = useCallback((id: string, override: Override, request: Promise<unknown>) => {
    request.then(
      () =>
        setOverrides((map) =>
          map.get(id) === override ? new Map(map).set(id, { ...override, saved: true, savedAgainst: serverRef.current }) : map,
        ),
      (failure: unknown) => {
        setOverrides((map) => {
          if (map.get(id) !== override) return map;
          const next = new Map(map);
          next.delete(id);
          return next;
        });
        onErrorRef.current(failure);
      },
    );
  }, []);

  const cancelTimer = (id: string): void => {
    const pending = timers.current.get(id);
    if (pending) clearTimeout(pending.timer);
    timers.current.delete(id);
  };

  const place = useCallback(
    (item: WorkshopItem, point: MatrixPoint, timing: PlaceTiming) => {
      const override: Override = { point, saved: false };
      setOverrides((map) => new Map(map).set(item.id, override));
      cancelTimer(item.id);
      const save = (): void => {
        timers.current.delete(item.id);
        settle(item.id, override, api.invoke('matrix.place', { workshopId, placements: [{ itemId: item.id, kind: item.kind, ...point }] }));
      };
      if (timing === 'now') save();
      else timers.current.set(item.id, { timer: setTimeout(save, SETTLE_MS), flush: save });
    },
    [api, settle, workshopId],
  );

  const unplace = useCallback(
    (item: WorkshopItem) => {
      cancelTimer(item.id);
      const override: Override = { point: null, saved: false };
      setOverrides((map) => new Map(map).set(item.id, override));
      const onServer = serverRef.current?.some((p) => p.itemId === item.id) ?? false;
      // Placed and taken back before the move was saved: nothing to undo on the server.
      const request = onServer ? api.invoke('matrix.unplace', { workshopId, itemIds: [item.id] }) : Promise.resolve(null);
      settle(item.id, override, request);
    },
    [api, settle, workshopId],
  );

  // Leaving the page (or the workshop) saves arrow moves that were still resting.
  useEffect(() => {
    const pending = timers.current;
    return () => {
      for (const { timer, flush } of pending.values()) {
        clearTimeout(timer);
        flush();
      }
      pending.clear();
    };
  }, []);

  const positions = useMemo(() => {
    const map = new Map<string, MatrixPoint>((server ?? []).map((p) => [p.itemId, { x: p.x, y: p.y }]));
    for (const [id, override] of overrides) {
      if (override.saved && override.savedAgainst !== server) continue;
      if (override.point) map.set(id, override.point);
      else map.delete(id);
    }
    return map;
  }, [server, overrides]);

  return { positions, place, unplace };
}
