import { mutation, type HandlerMap } from '../../api/handler';
import { joiningOf } from '../../join/handlers';
import { announceReplay } from '../history/handlers';
import { callingDevice, deviceScope } from './device';
import { identify } from './identify';
import { deleteNote, editNote, writeNote } from './notes';
import { phoneState } from './state';
import { vote } from './vote';

/** What a participant's own device may do: always as itself, in its own workshop. */
export const phoneHandlers: HandlerMap = {
  'phone.state': (_, ctx) => phoneState(ctx, callingDevice(ctx)),

  'phone.identify': (choice, ctx) => {
    identify(ctx, callingDevice(ctx), choice);
    return phoneState(ctx, callingDevice(ctx));
  },

  'phone.writeNote': mutation('phone.writeNote', ({ text }, tx, ctx) => writeNote(tx, ctx, text)),
  'phone.editNote': mutation('phone.editNote', ({ id, text }, tx, ctx) => editNote(tx, ctx, id, text)),
  'phone.deleteNote': mutation('phone.deleteNote', ({ id }, tx, ctx) => deleteNote(tx, ctx, id)),
  'phone.vote': mutation('phone.vote', (input, tx, ctx) => vote(tx, ctx, input)),

  'phone.undo': (_, ctx) => {
    const device = callingDevice(ctx);
    announceReplay(ctx, 'undo', ctx.store.undo(deviceScope(device)));
    return phoneState(ctx, device);
  },

  'phone.leave': (_, ctx) => {
    joiningOf(ctx).leave(callingDevice(ctx).id);
    return null;
  },
};
