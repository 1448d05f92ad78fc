import type { DeviceId } from '../../shared/join/schema';
import type { ParticipantId } from '../../shared/participant/schema';
import type { WorkshopId } from '../../shared/workshop/schema';
import { openTestApp, type TestApp } from './core';
import { FakeJoining } from './joining';

export interface Phone {
  readonly deviceId: DeviceId;
  /** Calls as this device, the way the room's listener would after checking its token. */
  readonly api: TestApp;
}

/** A fresh workshop with a facilitator at its page and phones that join it through a fake session. */
export async function openRoom() {
  const joining = new FakeJoining();
  const app = await openTestApp({ joining });
  const programme = await app.call('programme.create', { name: 'Trygg hemgång', area: '', level: 'lokal', description: '' });
  const newWorkshop = (title: string) => app.call('workshop.create', { programmeId: programme.id, title, date: '2026-12-02', type: 'verksamhet', goals: '' });
  const workshop = await newWorkshop('Utskrivning');
  const workshopId: WorkshopId = workshop.id;
  const facilitator = app.in(`workshop:${workshopId}`);
  const joinTo = (id: WorkshopId): Phone => {
    const deviceId = joining.admit(id);
    return { deviceId, api: app.as({ kind: 'participant', workshopId: id, deviceId }) };
  };
  const person = async (name: string, id: WorkshopId = workshopId): Promise<ParticipantId> =>
    (await app.call('participant.create', { workshopId: id, name, organisation: 'Vårdcentralen', huvudman: 'region', role: '' })).id;
  /** A joined phone already identified as a new participant of that name. */
  const phoneAs = async (name: string): Promise<Phone> => {
    const phone = joinTo(workshopId);
    await phone.api.call('phone.identify', { as: 'listed', participantId: await person(name) });
    return phone;
  };
  return { app, joining, programme, workshop, workshopId, facilitator, newWorkshop, phone: () => joinTo(workshopId), joinTo, person, phoneAs };
}

/** Clusters made by the facilitator, each from one note of its own, in the order given. */
export async function clustersOf(room: Awaited<ReturnType<typeof openRoom>>, headings: readonly string[]) {
  const clusters = [];
  for (const heading of headings) {
    const note = await room.facilitator.call('note.create', { workshopId: room.workshopId, text: `${heading}: en utmaning`, colour: 'yellow', authorId: null });
    clusters.push(await room.facilitator.call('cluster.create', { workshopId: room.workshopId, heading, noteIds: [note.id] }));
  }
  return clusters;
}
