/**
 * The built preload (dist/preload.cjs) with stand-ins for contextBridge and
 * ipcRenderer: the page must get the two-function bridge and nothing that
 * reaches IPC in general.
 */
import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import type { DesktopBridge } from '../../shared/api/contract';
import { builtFile, type LoadedBundle, loadBundle } from '../../test/support/load-bundle';
import { CHANGED_CHANNEL, INVOKE_CHANNEL } from '../main/channels';

const loaded: LoadedBundle[] = [];
afterEach(() => {
  for (const bundle of loaded.splice(0)) bundle.unload();
});

function loadPreload() {
  const exposed = new Map<string, unknown>();
  const invoked: unknown[][] = [];
  const ipcRenderer = Object.assign(new EventEmitter(), {
    invoke: (...args: unknown[]) => {
      invoked.push(args);
      return Promise.resolve({ ok: true, value: null });
    },
  });
  const contextBridge = { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) };
  loaded.push(loadBundle(builtFile('preload.cjs'), { electron: { contextBridge, ipcRenderer } }));
  return { exposed, invoked, ipcRenderer, bridge: exposed.get('samverkstad') as DesktopBridge };
}

describe('preload', () => {
  it('exposes only the invoke and change functions', () => {
    const { exposed, bridge } = loadPreload();
    expect([...exposed.keys()]).toEqual(['samverkstad']);
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'onChange']);
  });

  it('sends calls, with the page\'s scope, on the one invoke channel', async () => {
    const { bridge, invoked } = loadPreload();
    const meta = { scope: 'home' } as const;
    await expect(bridge.invoke('programme.list', {}, meta as never)).resolves.toEqual({ ok: true, value: null });
    expect(invoked).toEqual([[INVOKE_CHANNEL, 'programme.list', {}, meta]]);
  });

  it('passes change events on without the IPC event, and stops when asked', () => {
    const { bridge, ipcRenderer } = loadPreload();
    const seen: unknown[][] = [];
    const stop = bridge.onChange((...args: unknown[]) => seen.push(args));
    const change = { reason: 'mutation', method: 'programme.create', entities: ['programme'] };
    ipcRenderer.emit(CHANGED_CHANNEL, { sender: ipcRenderer, ports: [] }, change);
    expect(seen).toEqual([[change]]);

    stop();
    expect(ipcRenderer.listenerCount(CHANGED_CHANNEL)).toBe(0);
    expect(() => bridge.onChange('not a function' as never)).toThrow(TypeError);
  });
});
