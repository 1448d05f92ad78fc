/**
 * The only IPC surface: one invoke channel into core.dispatch and one push
 * channel for change events. Input validation is the dispatcher's job (it
 * checks every input against the contract); this layer only decides whether
 * the caller is our page at all.
 */
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { ApiResult } from '../../shared/api/errors';
import type { AppCore } from '../app/core';
import { CHANGED_CHANNEL, INVOKE_CHANNEL } from './channels';
import { isAppUrl } from './origin';
import { isOwnWindow, ownWindows } from './window';

function refuse(code: 'unauthorized' | 'bad_request', message: string): ApiResult<never> {
  return { ok: false, error: { code, message } };
}

// Only the top frame of one of our windows, showing our own origin, may call
// in; a frame that navigated away (or an injected subframe) may not.
function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  if (frame === null || frame.parent !== null) return false;
  return isAppUrl(frame.url) && isOwnWindow(event.sender);
}

export function registerIpc(core: AppCore): () => void {
  ipcMain.handle(INVOKE_CHANNEL, async (event, method: unknown, input: unknown, meta: unknown): Promise<ApiResult<unknown>> => {
    if (!isTrustedSender(event)) return refuse('unauthorized', 'IPC call from an untrusted frame');
    if (typeof method !== 'string') return refuse('bad_request', 'Method name must be a string');
    try {
      return await core.dispatch(method, input, meta);
    } catch (error) {
      // dispatch reports expected failures itself; reaching here is a bug, and
      // its message may carry paths or SQL, so the page only sees the code.
      console.error(`Samverkstad: ${method} failed`, error);
      return { ok: false, error: { code: 'internal', message: 'Internal error' } };
    }
  });

  const stopForwarding = core.onChange((change) => {
    for (const win of ownWindows()) win.webContents.send(CHANGED_CHANNEL, change);
  });

  return () => {
    stopForwarding();
    ipcMain.removeHandler(INVOKE_CHANNEL);
  };
}
