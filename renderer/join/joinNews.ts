import type { Device } from '../../shared/join/schema';

/** A join the facilitator should hear about: a new device, or a device that has now said who it is. */
export type JoinNews = { readonly kind: 'device' } | { readonly kind: 'named'; readonly name: string };

/**
 * What changed for the room between two answers of join.status. The first
 * answer (`before` undefined) is no news: those devices were already in.
 */
export function joinNews(before: readonly Device[] | undefined, after: readonly Device[]): JoinNews[] {
  if (!before) return [];
  const known = new Map(before.map((device) => [device.id, device]));
  const news: JoinNews[] = [];
  for (const device of after) {
    const earlier = known.get(device.id);
    if (device.name !== null && earlier?.name == null) news.push({ kind: 'named', name: device.name });
    else if (!earlier) news.push({ kind: 'device' });
  }
  return news;
}
