/**
 * Pasted copies become the selection, as in other diagram tools, so they
 * can be moved, aligned or deleted at once. They reach the canvas with the
 * next read of the map, which may land before or after the paste's answer,
 * so their ids wait here until the canvas holds them.
 */
import type { Edge, Node } from '@xyflow/react';
import { type Dispatch, type SetStateAction, useState } from 'react';
import type { MapView } from '../../../shared/processmap/schema';
import type { Pasted } from '../useMapActions';

interface Arriving {
  readonly elements: ReadonlySet<string>;
  readonly arrows: ReadonlySet<string>;
}

const choose = <T extends Node | Edge>(items: T[], ids: ReadonlySet<string>): T[] => items.map((item) => (Boolean(item.selected) === ids.has(item.id) ? item : { ...item, selected: ids.has(item.id) }));

export function useArrivingSelection<N extends Node>() {
  const [arriving, setArriving] = useState<Arriving | null>(null);
  return {
    /** The paste's answer: what to select once it is drawn. */
    expect: (pasted: Pasted): void => setArriving({ elements: new Set(pasted.elements.map((e) => e.id)), arrows: new Set(pasted.arrows.map((a) => a.id)) }),
    /** While rendering, after the canvas has taken the latest read of the map. */
    settle: (view: MapView, setNodes: Dispatch<SetStateAction<N[]>>, setEdges: Dispatch<SetStateAction<Edge[]>>): void => {
      if (!arriving || !view.elements.some((e) => arriving.elements.has(e.id))) return;
      setArriving(null);
      setNodes((current) => choose(current, arriving.elements));
      setEdges((current) => choose(current, arriving.arrows));
    },
  };
}
