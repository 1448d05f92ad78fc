/**
 * The phone's one connection to the facilitator's laptop: the ticket, the
 * event stream and the latest PhoneState, held outside React so the event
 * stream outlives any screen. Screens read a snapshot and call `act`.
 */
import type { MethodInput, MethodName, MethodOutput } from '../../shared/api/contract';
import { JoinTicket } from '../../shared/join/schema';
import { PhoneState } from '../../shared/phone/schema';
import { ApiFailure, toApiFailure } from '../api/ApiFailure';
import { createApi, type Api } from '../api/client';
import { httpTransport } from '../api/httpTransport';
import { coalesce } from './coalesce';
import { clearTicket, loadTicket, saveTicket } from './ticket';

/** Why the join screen is shown again. */
export type JoinNotice = 'removed' | 'left' | null;

export type PhoneStage =
  | { readonly kind: 'starting' }
  | { readonly kind: 'join'; readonly notice: JoinNotice; readonly code: string }
  | { readonly kind: 'joined'; readonly state: PhoneState | null; readonly offline: boolean };

export interface PhoneSnapshot {
  readonly stage: PhoneStage;
  /** The last failed call, shown until the next call succeeds. */
  readonly failure: ApiFailure | null;
  /** A call is on its way: forms wait for it rather than send twice. */
  readonly busy: boolean;
  /** The last call was an undo that worked (announced once). */
  readonly undone: boolean;
}

export type ParticipantMethod = Exclude<Extract<MethodName, `phone.${string}`>, 'phone.join'>;

export interface PhoneSession {
  snapshot(): PhoneSnapshot;
  subscribe(listener: () => void): () => void;
  start(code: string): Promise<void>;
  join(code: string): Promise<void>;
  /** A participant's call; true when it went through. */
  act<M extends ParticipantMethod>(method: M, input: MethodInput<M>): Promise<boolean>;
  leave(): Promise<void>;
}

const returnsState = new Set<ParticipantMethod>(['phone.state', 'phone.identify', 'phone.undo']);

export function createPhoneSession(storage: Storage): PhoneSession {
  let snapshot: PhoneSnapshot = { stage: { kind: 'starting' }, failure: null, busy: false, undone: false };
  const listeners = new Set<() => void>();
  const guest = createApi(httpTransport(null));
  let connection: { api: Api; stop: () => void } | null = null;

  const set = (next: Partial<PhoneSnapshot>): void => {
    snapshot = { ...snapshot, ...next };
    for (const listener of [...listeners]) listener();
  };

  const joinedState = (): PhoneState | null => (snapshot.stage.kind === 'joined' ? snapshot.stage.state : null);

  const disconnect = (): void => {
    connection?.stop();
    connection = null;
  };

  const showJoin = (notice: JoinNotice, code = ''): void => {
    disconnect();
    clearTicket(storage);
    set({ stage: { kind: 'join', notice, code }, failure: null });
  };

  /** Decides what a failure means for the whole page; the rest is shown beside the screen. */
  const fail = (failure: ApiFailure): void => {
    if (failure.code === 'device_removed') return showJoin('removed');
    if (failure.code === 'network_error' && snapshot.stage.kind === 'joined') {
      set({ stage: { kind: 'joined', state: joinedState(), offline: true }, failure: null });
      return;
    }
    set({ failure });
  };

  const applyState = (value: unknown): void => {
    const parsed = PhoneState.safeParse(value);
    if (!parsed.success) throw new ApiFailure({ code: 'internal', message: 'The answer was not a phone state' });
    if (connection) set({ stage: { kind: 'joined', state: parsed.data, offline: false } });
  };

  const refresh = coalesce(async () => {
    const api = connection?.api;
    if (!api) return;
    try {
      applyState(await api.invoke('phone.state', {}));
    } catch (error) {
      if (connection?.api === api) fail(toApiFailure(error));
    }
  });

  const connect = (ticket: JoinTicket): Promise<void> => {
    disconnect();
    const api = createApi(httpTransport(ticket.token, { onStreamLost: () => void refresh() }));
    const unsubscribe = api.onChange(() => void refresh());
    connection = { api, stop: unsubscribe };
    set({ stage: { kind: 'joined', state: null, offline: false } });
    return refresh();
  };

  const join = async (code: string): Promise<void> => {
    set({ busy: true });
    try {
      const ticket = JoinTicket.parse(await guest.invoke('phone.join', { code }));
      saveTicket(storage, ticket);
      set({ failure: null, busy: false });
      await connect(ticket);
    } catch (error) {
      set({ stage: { kind: 'join', notice: null, code }, failure: toApiFailure(error), busy: false });
    }
  };

  return {
    snapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    async start(code) {
      const ticket = loadTicket(storage);
      if (!ticket) {
        if (code) return join(code);
        return set({ stage: { kind: 'join', notice: null, code: '' } });
      }
      await connect(ticket);
      // A QR scanned again by a phone already in keeps its device (and who it said it is).
      if (code && snapshot.stage.kind === 'join') await join(code);
    },

    join,

    async act(method, input) {
      const api = connection?.api;
      if (!api) return false;
      set({ busy: true, undone: false });
      try {
        const value: MethodOutput<typeof method> = await api.invoke(method, input);
        if (returnsState.has(method)) applyState(value);
        set({ failure: null, busy: false, undone: method === 'phone.undo' });
        void refresh();
        return true;
      } catch (error) {
        set({ busy: false });
        fail(toApiFailure(error));
        return false;
      }
    },

    async leave() {
      const api = connection?.api;
      if (!api) return;
      try {
        await api.invoke('phone.leave', {});
      } catch (error) {
        const failure = toApiFailure(error);
        // Already gone is as good as left; anything else leaves the phone in.
        if (failure.code !== 'device_removed') return fail(failure);
      }
      showJoin('left');
    },
  };
}
