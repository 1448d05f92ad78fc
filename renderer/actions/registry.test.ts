import { describe, expect, it } from 'vitest';
import { actionRegistry } from './registry';
import { comboId, expandShortcut, matchesShortcut } from './shortcuts';

const key = (init: Partial<{ key: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }>) => ({
  key: 'z',
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...init,
});

describe('action registry', () => {
  it('gives every action a unique id', () => {
    const ids = actionRegistry.map((action) => action.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('never lets two actions claim the same key combination', () => {
    const owners = new Map<string, string>();
    const clashes: string[] = [];
    for (const action of actionRegistry) {
      const mine = new Set(action.shortcuts.flatMap(expandShortcut).map(comboId));
      for (const combo of mine) {
        const owner = owners.get(combo);
        if (owner) clashes.push(`${combo}: ${owner} and ${action.id}`);
        owners.set(combo, action.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('routes the usual undo and redo keys to the right actions', () => {
    const handling = (event: ReturnType<typeof key>) =>
      actionRegistry.filter((action) => action.shortcuts.some((s) => matchesShortcut(event, s))).map((a) => a.id);
    expect(handling(key({ ctrlKey: true }))).toEqual(['history.undo']);
    expect(handling(key({ metaKey: true }))).toEqual(['history.undo']);
    expect(handling(key({ key: 'Z', ctrlKey: true, shiftKey: true }))).toEqual(['history.redo']);
    expect(handling(key({ key: 'Z', metaKey: true, shiftKey: true }))).toEqual(['history.redo']);
    expect(handling(key({ key: 'y', ctrlKey: true }))).toEqual(['history.redo']);
    expect(handling(key({}))).toEqual([]);
    expect(handling(key({ ctrlKey: true, altKey: true }))).toEqual([]);
  });
});

describe('expandShortcut', () => {
  it('expands Mod to Ctrl and Cmd', () => {
    expect(expandShortcut('Mod+Z').map(comboId)).toEqual(['ctrl+z', 'meta+z']);
  });

  it('rejects malformed shortcuts', () => {
    expect(() => expandShortcut('Ctrl+')).toThrow();
    expect(() => expandShortcut('Hyper+Z')).toThrow();
  });
});
