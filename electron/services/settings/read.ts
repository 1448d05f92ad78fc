import { defaultSettings, Settings } from '../../../shared/settings/schema';
import type { Db } from '../../storage/database';

export function readSettings(db: Db): Settings {
  const rows = db.prepare('SELECT key, value FROM setting').all() as { key: string; value: string }[];
  const stored = Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value) as unknown]));
  return Settings.parse({ ...defaultSettings, ...Settings.partial().catch({}).parse(stored) });
}
