import type { ParsedInput } from '../../../shared/api/contract';
import type { PhoneRound } from '../../../shared/phone/schema';
import type { ServiceContext } from '../../api/handler';
import type { Tx } from '../../storage/transaction';
import { castDot, retractDot } from '../voting/dots';
import { readRound } from '../voting/state';
import { callingDevice, identifiedAs, rowOfDevice } from './device';
import { phoneRound } from './round';

/** One dot on or off, as the device's participant, under the same rules as the facilitator's screens. */
export function vote(tx: Tx, ctx: ServiceContext, { roundId, itemId, change }: ParsedInput<'phone.vote'>): PhoneRound {
  const device = callingDevice(ctx);
  const participantId = identifiedAs(tx.db, device);
  rowOfDevice(tx.db, 'vote_round', roundId, device);
  (change === 'add' ? castDot : retractDot)(tx, { roundId, participantId, itemId });
  return phoneRound(tx.db, readRound(tx.db, roundId), participantId);
}
