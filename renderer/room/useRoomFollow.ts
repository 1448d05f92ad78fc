import { useEffect } from 'react';
import type { RoomView } from '../../shared/room/schema';
import type { WorkshopId } from '../../shared/workshop/schema';
import { useApi } from '../api/ApiContext';

/**
 * Moves the room's screen to the view the facilitator opens. Sent when this
 * window's view changes, never in answer to the room changing, so two
 * facilitator windows cannot tug the projector back and forth; the server
 * ignores a show that changes nothing.
 */
export function useRoomFollow(workshopId: WorkshopId, view: RoomView): void {
  const api = useApi();
  useEffect(() => {
    void api.invoke('room.show', { workshopId, view });
  }, [api, workshopId, view]);
}
