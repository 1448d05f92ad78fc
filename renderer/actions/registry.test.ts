import { describe, expect, it } from 'vitest';
import { boardActionRegistry } from './board/boardRegistry';
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

/** Page-wide actions and board actions share one keyboard, so they are checked together. */
const everyAction: readonly { readonly id: string; readonly shortcuts: readonly string[] }[] = [...actionRegistry, ...boardActionRegistry];

describe('action registry', () => {
  it('gives every action a unique id', () => {
    const ids = everyAction.map((action) => action.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('never lets two actions claim the same key combination', () => {
    const owners = new Map<string, string>();
    const clashes: string[] = [];
    for (const action of everyAction) {
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

  it('routes board keys whatever the keyboard layout', () => {
    const handling = (event: ReturnType<typeof key>) =>
      boardActionRegistry.filter((action) => action.shortcuts.some((s) => matchesShortcut(event, s))).map((a) => a.id);
    // "?" is Shift+"+" on a Swedish keyboard and Shift+"/" on a US one.
    expect(handling(key({ key: '?', shiftKey: true }))).toEqual(['board.help']);
    expect(handling(key({ key: '+' }))).toEqual(['view.zoomIn']);
    expect(handling(key({ key: '+', shiftKey: true }))).toEqual(['view.zoomIn']);
    expect(handling(key({ key: 'g' }))).toEqual(['note.group']);
    expect(handling(key({ key: 'G', shiftKey: true }))).toEqual(['cluster.dissolve']);
    expect(handling(key({ key: 'ArrowLeft', shiftKey: true }))).toEqual(['selection.moveLeft']);
    expect(handling(key({ key: 'a', ctrlKey: true }))).toEqual(['selection.all']);
    expect(handling(key({ key: 'g', ctrlKey: true }))).toEqual([]);
  });

  it('keeps board action labels together under board.actions', () => {
    for (const action of boardActionRegistry) expect(action.labelKey).toMatch(/^board\.actions\./);
  });
});

describe('expandShortcut', () => {
  it('expands Mod to Ctrl and Cmd', () => {
    expect(expandShortcut('Mod+Z').map(comboId)).toEqual(['ctrl+z', 'meta+z']);
  });

  it('reads key names that cannot be written literally', () => {
    expect(expandShortcut('Plus').map(comboId)).toEqual(['+']);
    expect(expandShortcut('Space').map(comboId)).toEqual([' ']);
    expect(expandShortcut('Shift+?').map(comboId)).toEqual(['?']);
  });

  it('rejects malformed shortcuts', () => {
    expect(() => expandShortcut('Ctrl+')).toThrow();
    expect(() => expandShortcut('Hyper+Z')).toThrow();
  });
});
