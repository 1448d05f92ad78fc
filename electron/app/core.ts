import type { Dispatch } from '../api/dispatcher';
import type { ChangeEvent } from '../../shared/api/contract';

/**
 * What an entry point (Electron main or the web server) gets from the Node
 * side: one dispatcher, change events, and the paths it opened.
 */
export interface AppCore {
  readonly dataDir: string;
  readonly databaseFile: string;
  /** `meta`: call metadata from the transport (see CallMeta), validated by the dispatcher; `actor`: whose token the transport checked. */
  readonly dispatch: Dispatch;
  onChange(listener: (event: ChangeEvent) => void): () => void;
  close(): void;
}
