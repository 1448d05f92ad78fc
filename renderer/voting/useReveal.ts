import { useCallback } from 'react';
import type { RoundId } from '../../shared/voting/schema';
import type { WorkshopId } from '../../shared/workshop/schema';
import { useApi } from '../api/ApiContext';
import { useErrorToast } from '../common/useErrorToast';
import { useRoomShow } from '../room/useRoomShow';

/**
 * Shows or hides a round's counts. Showing them is the moment the room has
 * waited for, so the room's screen turns to that round's results too; the
 * answer says whether the change was made.
 */
export function useReveal(workshopId: WorkshopId): (roundId: RoundId, revealed: boolean) => Promise<boolean> {
  const api = useApi();
  const fail = useErrorToast();
  const showInRoom = useRoomShow(workshopId);
  return useCallback(
    async (roundId: RoundId, revealed: boolean) => {
      try {
        await api.invoke('voting.reveal', { roundId, revealed });
      } catch (failure) {
        fail(failure);
        return false;
      }
      if (revealed) showInRoom('voting', { roundId });
      return true;
    },
    [api, fail, showInRoom],
  );
}
