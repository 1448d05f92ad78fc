import type { MapElement } from '../../shared/processmap/schema';

/** A whole map element as processMap.get returns one: a plain step unless `fields` say otherwise. */
export function mapElement(fields: Partial<Record<keyof MapElement, unknown>> & { readonly id: string; readonly laneId: string }): MapElement {
  return {
    mapId: '00000000-0000-4000-8000-000000000001',
    kind: 'step',
    x: 0,
    offset: 10,
    width: 180,
    height: 80,
    label: '',
    description: '',
    responsible: '',
    problem: false,
    clusterId: null,
    noteIds: [],
    noteCount: 0,
    pinnedTo: null,
    linkId: null,
    activityId: null,
    ...fields,
  } as MapElement;
}
