// Shipped: never edit. Add a new numbered migration instead.
export const sql = /* sql */ `
CREATE TABLE programme (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  area TEXT NOT NULL DEFAULT '',
  level TEXT NOT NULL CHECK (level IN ('intern', 'lokal', 'lansgemensam')),
  description TEXT NOT NULL DEFAULT '',
  is_example INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE workshop (
  id TEXT PRIMARY KEY,
  programme_id TEXT NOT NULL REFERENCES programme(id),
  title TEXT NOT NULL,
  date TEXT,
  type TEXT NOT NULL CHECK (type IN ('forberedande', 'ledning', 'verksamhet', 'uppfoljning')),
  goals TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX workshop_programme ON workshop(programme_id);

CREATE TABLE setting (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

-- One row per user action; its journal rows hold every row it changed.
CREATE TABLE change_batch (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  method TEXT NOT NULL,
  at TEXT NOT NULL,
  undone INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE change_journal (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  batch_id INTEGER NOT NULL REFERENCES change_batch(id) ON DELETE CASCADE,
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  before TEXT,
  after TEXT,
  at TEXT NOT NULL
);
CREATE INDEX change_journal_batch ON change_journal(batch_id);
`;
