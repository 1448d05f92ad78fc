/**
 * Command-line and environment options shared by the Electron and web entry
 * points. Kept free of Electron so the web mode and tests use the same parser.
 */
import os from 'node:os';
import path from 'node:path';

export interface LaunchOptions {
  /** Explicit data folder from --data-dir or SAMVERKSTAD_DATA_DIR, if any. */
  readonly dataDir: string | null;
  /** Port for web mode; 0 picks any free port. */
  readonly port: number;
  /** --restore-newest-backup: move a damaged database aside and install the newest sound backup before opening. */
  readonly restoreNewestBackup: boolean;
  /** --today YYYY-MM-DD (web, for tests): the calendar day the app takes as today; null for the real one. */
  readonly today: string | null;
}

export const APP_FOLDER_NAME = 'Samverkstad';
export const DEFAULT_WEB_PORT = 4780;

function flagValue(argv: readonly string[], flag: string): string | undefined {
  const index = argv.findIndex((arg) => arg === flag || arg.startsWith(`${flag}=`));
  if (index < 0) return undefined;
  const arg = argv[index] as string;
  return arg.includes('=') ? arg.slice(flag.length + 1) : argv[index + 1];
}

export function parseLaunchOptions(argv: readonly string[], env: NodeJS.ProcessEnv): LaunchOptions {
  const dir = flagValue(argv, '--data-dir') ?? env.SAMVERKSTAD_DATA_DIR;
  const portText = flagValue(argv, '--port') ?? String(DEFAULT_WEB_PORT);
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a whole number from 0 to 65535, got "${portText}"`);
  }
  const today = flagValue(argv, '--today') ?? null;
  if (today !== null && !isCalendarDate(today)) throw new Error(`--today must be a date as YYYY-MM-DD, got "${today}"`);
  return { dataDir: dir ? path.resolve(dir) : null, port, restoreNewestBackup: argv.includes('--restore-newest-backup'), today };
}

function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const day = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return day.getFullYear() === Number(match[1]) && day.getMonth() === Number(match[2]) - 1 && day.getDate() === Number(match[3]);
}

/**
 * A clock that runs from the given local day at the current time of day, so
 * timestamps still advance (history and ordering rely on that) while every
 * date rule sees the fixed day.
 */
export function clockFrom(today: string, now: () => Date = () => new Date()): () => Date {
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  const start = now();
  const shifted = new Date(start);
  shifted.setFullYear(year, month - 1, day);
  const offset = shifted.getTime() - start.getTime();
  return () => new Date(now().getTime() + offset);
}

/**
 * The folder Electron's app.getPath('userData') resolves to for this app, so
 * web mode and the desktop window open the same database by default.
 */
export function defaultDataDir(platform = process.platform, env = process.env, home = os.homedir()): string {
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_FOLDER_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_FOLDER_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_FOLDER_NAME);
}
