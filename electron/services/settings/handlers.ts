import { defaultSettings, Settings } from '../../../shared/settings/schema';
import type { HandlerMap } from '../../api/handler';
import type { Db } from '../../storage/database';

function readSettings(db: Db): Settings {
  const rows = db.prepare('SELECT key, value FROM setting').all() as { key: string; value: string }[];
  const stored = Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value) as unknown]));
  return Settings.parse({ ...defaultSettings, ...Settings.partial().catch({}).parse(stored) });
}

/** Preferences are not user data: they are saved directly and not undoable. */
export const settingsHandlers: HandlerMap = {
  'settings.get': (_input, { store }) => store.read(readSettings),
  'settings.update': (patch, { store, events }) => {
    store.writeUnjournaled((db) => {
      const upsert = db.prepare(
        'INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
      );
      for (const [key, value] of Object.entries(patch)) upsert.run(key, JSON.stringify(value));
    });
    events.emit({ reason: 'mutation', method: 'settings.update', entities: ['setting'] });
    return store.read(readSettings);
  },
};
