import type { DeviceId } from '../../shared/join/schema';
import type { WorkshopId } from '../../shared/workshop/schema';

/**
 * Who a call comes from, as the transport established it (never as the
 * caller claims): the facilitator's own screens (IPC, or the loopback bridge
 * with the run's token), a device on the room's network that has not joined
 * yet, or a joined participant's device through its own token.
 */
export type Actor =
  | { readonly kind: 'facilitator' }
  | { readonly kind: 'guest'; readonly address: string }
  | { readonly kind: 'participant'; readonly workshopId: WorkshopId; readonly deviceId: DeviceId };

export const FACILITATOR: Actor = { kind: 'facilitator' };
