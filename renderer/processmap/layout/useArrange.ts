import { useCallback, useState } from 'react';
import type { ProcessMapId } from '../../../shared/processmap/schema';
import { useApi } from '../../api/ApiContext';
import { arrangeInWorker } from './arrangeInWorker';

/**
 * "Ordna" for one map: reads the map as stored, lays it out in the worker and
 * sends every element's new place as one `mapElement.move`, so one undo takes
 * it all back. It runs only when called, so tweaks made afterwards stay.
 * The editor starts the worker as it opens (MapPage), before the map is
 * even read, so a first press does not wait for it to load.
 */
export function useArrange(mapId: ProcessMapId): { arrange(): Promise<void>; busy: boolean } {
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const arrange = useCallback(async () => {
    setBusy(true);
    try {
      const view = await api.invoke('processMap.get', { id: mapId });
      const moves = await arrangeInWorker(view);
      if (moves.length > 0) await api.invoke('mapElement.move', { mapId, moves: [...moves] });
    } finally {
      setBusy(false);
    }
  }, [api, mapId]);
  return { arrange, busy };
}
