/**
 * IPC channel names shared by main and preload. The preload may not import
 * runtime values (it runs sandboxed and is kept dependency-free), so it
 * re-declares the strings typed as these literals: a typo fails typecheck.
 */
export const INVOKE_CHANNEL = 'samverkstad:invoke';
export const CHANGED_CHANNEL = 'samverkstad:changed';

export type InvokeChannel = typeof INVOKE_CHANNEL;
export type ChangedChannel = typeof CHANGED_CHANNEL;
