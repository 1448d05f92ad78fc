import type { Node } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { keepMeasured } from './keepMeasured';

const node = (id: string, extra: Partial<Node> = {}): Node => ({ id, position: { x: 0, y: 0 }, data: {}, ...extra });

describe('keepMeasured', () => {
  it('gives each rebuilt node the size measured for the node of the same id', () => {
    const current = [node('a', { measured: { width: 120, height: 60 } }), node('b', { measured: { width: 80, height: 80 } })];
    const next = keepMeasured([node('b', { position: { x: 5, y: 0 } }), node('a')], current);
    expect(next.map((n) => [n.id, n.measured, n.position.x])).toEqual([
      ['b', { width: 80, height: 80 }, 5],
      ['a', { width: 120, height: 60 }, 0],
    ]);
  });

  it('leaves a node that is new, or was never measured, for React Flow to measure', () => {
    const next = keepMeasured([node('new'), node('unmeasured')], [node('unmeasured')]);
    expect(next.map((n) => n.measured)).toEqual([undefined, undefined]);
  });
});
