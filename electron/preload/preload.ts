/**
 * Runs sandboxed in the page's isolated world. It exposes exactly the
 * DesktopBridge and nothing generic: the page can call the one invoke channel
 * and listen to change events, never reach ipcRenderer itself.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { ChangedChannel, InvokeChannel } from '../main/channels';
import type { ChangeEvent, DesktopBridge } from '../../shared/api/contract';

// Literal copies (a sandboxed preload bundles no shared runtime code); the
// channel types make a mismatch with electron/main/channels.ts a type error.
const INVOKE_CHANNEL: InvokeChannel = 'samverkstad:invoke';
const CHANGED_CHANNEL: ChangedChannel = 'samverkstad:changed';

const bridge: DesktopBridge = {
  invoke: (method, input, meta) => ipcRenderer.invoke(INVOKE_CHANNEL, method, input, meta),
  onChange(listener) {
    if (typeof listener !== 'function') throw new TypeError('onChange expects a function');
    // The IpcRendererEvent is dropped: it carries sender and ports the page
    // has no business holding.
    const forward = (_event: IpcRendererEvent, change: ChangeEvent) => listener(change);
    ipcRenderer.on(CHANGED_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(CHANGED_CHANNEL, forward);
    };
  },
};

contextBridge.exposeInMainWorld('samverkstad', bridge);
