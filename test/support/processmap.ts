import type { MapTemplate } from '../../shared/processmap/schema';
import type { Caller } from './plan-fixture';

/** A map of the example programme, made from a template through the API. */
export async function newMap(app: Caller, template: MapTemplate = 'los_discharge', state: 'nulage' | 'onskat' = 'nulage') {
  const [programme] = await app.call('programme.list', {});
  const map = await app.call('processMap.create', { programmeId: programme!.id, name: 'Utskrivning från sjukhus', state, template });
  return { map, view: await app.call('processMap.get', { id: map.id }) };
}
