/**
 * Fixtures for the prioritisation test: a workshop seeded over the HTTP API
 * (six clusters, eight participants from four kinds of huvudman), the vote
 * plan the room follows, and the totals that plan must produce.
 */
import type { Page } from 'playwright-core';
import type { Huvudman } from '../../../shared/participant/schema';
import type { MethodOutput } from '../../../shared/api/contract';
import type { RoundId } from '../../../shared/voting/schema';
import { apiCall as call, type WebServer } from './web-server';

/** Seeding goes through the same HTTP API the page uses. */
export { call };

export const PROGRAMME = 'LOS Karlskrona';
export const WORKSHOP = 'Workshop med verksamheten i Karlskrona';

export const PEOPLE = {
  K1: { name: 'Anna Berg', organisation: 'Karlskrona kommun', huvudman: 'kommun', role: 'Biståndshandläggare' },
  K2: { name: 'Karin Holm', organisation: 'Karlskrona kommun', huvudman: 'kommun', role: 'Sjuksköterska i hemsjukvården' },
  K3: { name: 'Jonas Lind', organisation: 'Karlskrona kommun', huvudman: 'kommun', role: 'Enhetschef hemtjänst' },
  R1: { name: 'Omar Haddad', organisation: 'Blekingesjukhuset', huvudman: 'region', role: 'Sjuksköterska' },
  R2: { name: 'Lena Ek', organisation: 'Vårdcentralen Lyckeby', huvudman: 'region', role: 'Distriktsläkare' },
  R3: { name: 'Sara Nyström', organisation: 'Blekingesjukhuset', huvudman: 'region', role: 'Kurator' },
  P1: { name: 'Mats Ågren', organisation: 'Omsorg Plus AB', huvudman: 'privat', role: 'Undersköterska' },
  X1: { name: 'Eva Sund', organisation: 'Anhörigföreningen', huvudman: 'annan', role: 'Anhörigrepresentant' },
} as const satisfies Record<string, { name: string; organisation: string; huvudman: Huvudman; role: string }>;
export type Person = keyof typeof PEOPLE;

export const CLUSTERS = {
  A: { heading: 'Läkemedelslistan stämmer inte', notes: ['Listan är inaktuell vid hemkomst', 'Ingen uppdaterar listan efter utskrivning', 'Två olika listor i journalerna'] },
  B: { heading: 'SIP kallas för sent', notes: ['Kallelsen kommer efter hemgången', 'Patienten vet inte vad en SIP är'] },
  C: { heading: 'Utskrivning inför helgen', notes: ['Fredag eftermiddag är vanligast', 'Hjälpmedel saknas första helgen'] },
  D: { heading: 'Dokumentationen i Lifecare', notes: ['Svårt att hitta rätt meddelande', 'Meddelanden läses inte i tid', 'Olika rutiner på avdelningarna'] },
  E: { heading: 'Anhöriga får veta för sent', notes: ['Anhöriga vet inte vem de ska ringa', 'Ingen skriftlig information'] },
  F: { heading: 'Läkarbemanning på vårdcentralen', notes: ['Hyrläkare känner inte rutinerna'] },
} as const;
export type ClusterKey = keyof typeof CLUSTERS;

/** Three dots each. Totals: A 7, B 5, C 4, D 4, E 3, F 1 — a tie for third place. */
export const VOTES: Readonly<Record<Person, readonly ClusterKey[]>> = {
  K1: ['A', 'A', 'B'],
  K2: ['A', 'C', 'E'],
  K3: ['B', 'C', 'D'],
  R1: ['A', 'A', 'D'],
  R2: ['A', 'B', 'D'],
  R3: ['B', 'C', 'E'],
  P1: ['A', 'D', 'F'],
  X1: ['B', 'C', 'E'],
};

/** Votes and votes per huvudman for each cluster, from the plan. */
export function plannedTotals(): Map<ClusterKey, { votes: number; split: Record<Huvudman, number> }> {
  const totals = new Map<ClusterKey, { votes: number; split: Record<Huvudman, number> }>();
  for (const key of Object.keys(CLUSTERS) as ClusterKey[]) totals.set(key, { votes: 0, split: { kommun: 0, region: 0, privat: 0, annan: 0 } });
  for (const [person, dots] of Object.entries(VOTES) as [Person, readonly ClusterKey[]][]) {
    for (const key of dots) {
      const entry = totals.get(key)!;
      entry.votes += 1;
      entry.split[PEOPLE[person].huvudman] += 1;
    }
  }
  return totals;
}

export async function seedWorkshop(server: WebServer) {
  const programme = await call(server, 'programme.create', { name: PROGRAMME, area: 'Karlskrona', level: 'lokal', description: 'Trygg hemgång från sjukhuset' });
  const workshop = await call(server, 'workshop.create', {
    programmeId: programme.id,
    title: WORKSHOP,
    date: '2027-03-04',
    type: 'verksamhet',
    goals: 'Gemensam bild av nuläget och första stegen i en handlingsplan',
  });
  const people = {} as Record<Person, MethodOutput<'participant.create'>>;
  for (const [key, person] of Object.entries(PEOPLE) as [Person, (typeof PEOPLE)[Person]][]) {
    people[key] = await call(server, 'participant.create', { workshopId: workshop.id, ...person });
  }
  const authors = Object.values(people);
  const clusters = {} as Record<ClusterKey, MethodOutput<'cluster.create'>>;
  let n = 0;
  for (const [key, { heading, notes }] of Object.entries(CLUSTERS) as [ClusterKey, (typeof CLUSTERS)[ClusterKey]][]) {
    const ids = [];
    for (const text of notes) {
      const note = await call(server, 'note.create', { workshopId: workshop.id, text, colour: 'yellow', authorId: authors[n++ % authors.length]!.id });
      ids.push(note.id);
    }
    clusters[key] = await call(server, 'cluster.create', { workshopId: workshop.id, heading, noteIds: ids });
  }
  return { programme, workshop, people, clusters };
}
export type Seeded = Awaited<ReturnType<typeof seedWorkshop>>;

/** A round voted by the plan (VOTES) and revealed, set up over the API. */
export async function voteByPlan(server: WebServer, { workshop, people, clusters }: Seeded): Promise<RoundId> {
  const { round } = await call(server, 'voting.start', { workshopId: workshop.id, settings: {} });
  for (const [person, dots] of Object.entries(VOTES) as [Person, readonly ClusterKey[]][]) {
    for (const key of dots) await call(server, 'voting.cast', { roundId: round.id, participantId: people[person].id, itemId: clusters[key].id });
  }
  await call(server, 'voting.reveal', { roundId: round.id, revealed: true });
  return round.id;
}

/** From the start page to a tab of the seeded workshop. */
export async function openWorkshopTab(page: Page, tab: string): Promise<void> {
  await page.getByRole('link', { name: PROGRAMME }).click();
  await page.getByRole('heading', { level: 1, name: PROGRAMME }).waitFor();
  // The programme page links to a workshop from its improvement areas too; open it from the list.
  await page.getByRole('list', { name: /^(Workshoppar|Workshops)$/ }).getByRole('link', { name: WORKSHOP }).click();
  await page.getByRole('heading', { level: 1, name: WORKSHOP }).waitFor();
  await page.getByRole('tab', { name: tab, exact: true }).click();
}

export interface ShownResult {
  readonly place: string;
  readonly title: string;
  readonly votes: number;
  /** Votes per huvudman, when the table shows them (rounds voted in the app). */
  readonly split: Record<Huvudman, number> | null;
  readonly quadrant: string;
  readonly decision: string;
}

/** The rows of a results table as the user reads them. */
export async function shownResults(page: Page, caption: string): Promise<ShownResult[]> {
  const table = page.getByRole('table', { name: caption });
  await table.waitFor();
  return table.evaluate((element) => {
    const headers = [...element.querySelectorAll('thead th')].map((th) => th.textContent?.trim() ?? '');
    const split = headers.includes('Kommun');
    return [...element.querySelectorAll('tbody tr')].map((row) => {
      const cells = [...row.children].map((cell) => cell.textContent?.trim() ?? '');
      const at = (i: number) => cells[i] ?? '';
      const offset = split ? 4 : 0;
      return {
        place: at(0),
        title: at(1),
        votes: Number(at(2)),
        split: split ? { kommun: Number(at(3)), region: Number(at(4)), privat: Number(at(5)), annan: Number(at(6)) } : null,
        quadrant: at(3 + offset),
        decision: at(4 + offset),
      };
    });
  });
}
