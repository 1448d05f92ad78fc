import type { HandlerMap } from '../../api/handler';
import { readSettings } from './read';

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
