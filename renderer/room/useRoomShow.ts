import { useCallback } from 'react';
import type { ClusterId } from '../../shared/board/schema';
import type { RoomView } from '../../shared/room/schema';
import type { RoundId } from '../../shared/voting/schema';
import type { WorkshopId } from '../../shared/workshop/schema';
import { useApi } from '../api/ApiContext';
import { useErrorToast } from '../common/useErrorToast';

export interface RoomFocus {
  readonly clusterId?: ClusterId | null;
  readonly roundId?: RoundId | null;
}

/**
 * Puts something on the room's screen because the facilitator asked for it
 * (picked a round, revealed it): unlike following the open tab, this names
 * what to show within the view.
 */
export function useRoomShow(workshopId: WorkshopId): (view: RoomView, focus?: RoomFocus) => void {
  const api = useApi();
  const fail = useErrorToast();
  return useCallback(
    (view: RoomView, focus: RoomFocus = {}) => {
      api.invoke('room.show', { workshopId, view, ...focus }).catch(fail);
    },
    [api, workshopId, fail],
  );
}
