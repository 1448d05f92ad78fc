import type { PhoneRound, PhoneState } from '../../shared/phone/schema';

export type PhoneScreen = 'identify' | 'write' | 'vote' | 'results' | 'follow';

/**
 * Which one screen the phone shows: it follows what the facilitator shows
 * the room, once the phone has said who it is. Writing stays open on the
 * welcome and board views, where a workshop collects notes.
 */
export function screenFor(state: PhoneState): PhoneScreen {
  if (!state.me.participant) return 'identify';
  switch (state.room.view) {
    case 'welcome':
    case 'board':
      return 'write';
    case 'voting':
      if (state.results) return 'results';
      return state.round?.status === 'open' ? 'vote' : 'follow';
    default:
      return 'follow';
  }
}

export interface DotControl {
  readonly mine: number;
  readonly canAdd: boolean;
  readonly canRemove: boolean;
}

/** What the + and − of one item allow; the server checks the same rules again. */
export function dotControl(round: PhoneRound, itemId: string): DotControl {
  const mine = round.mine[itemId] ?? 0;
  const open = round.status === 'open';
  const underCap = round.maxPerItem === null || mine < round.maxPerItem;
  return { mine, canAdd: open && round.remaining > 0 && underCap, canRemove: open && mine > 0 };
}
