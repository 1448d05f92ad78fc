// Shipped: never edit. Add a new numbered migration instead.
export const sql = /* sql */ `
ALTER TABLE workshop ADD COLUMN colour_mode TEXT NOT NULL DEFAULT 'note' CHECK (colour_mode IN ('note', 'huvudman'));

CREATE TABLE participant (
  id TEXT PRIMARY KEY,
  workshop_id TEXT NOT NULL REFERENCES workshop(id),
  name TEXT NOT NULL,
  organisation TEXT NOT NULL DEFAULT '',
  huvudman TEXT NOT NULL CHECK (huvudman IN ('kommun', 'region', 'privat', 'annan')),
  role TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX participant_workshop ON participant(workshop_id);

CREATE TABLE cluster (
  id TEXT PRIMARY KEY,
  workshop_id TEXT NOT NULL REFERENCES workshop(id),
  heading TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  strengths TEXT NOT NULL DEFAULT '[]',
  x REAL NOT NULL,
  y REAL NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX cluster_workshop ON cluster(workshop_id);

CREATE TABLE note (
  id TEXT PRIMARY KEY,
  workshop_id TEXT NOT NULL REFERENCES workshop(id),
  text TEXT NOT NULL,
  colour TEXT NOT NULL CHECK (colour IN ('yellow', 'pink', 'blue', 'green', 'orange', 'purple')),
  author_id TEXT REFERENCES participant(id),
  cluster_id TEXT REFERENCES cluster(id),
  x REAL NOT NULL,
  y REAL NOT NULL,
  rank REAL NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX note_workshop ON note(workshop_id);
CREATE INDEX note_cluster ON note(cluster_id);
CREATE INDEX note_author ON note(author_id);
`;
