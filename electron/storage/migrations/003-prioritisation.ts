// Shipped: never edit. Add a new numbered migration instead.
export const sql = /* sql */ `
ALTER TABLE workshop ADD COLUMN matrix_labels TEXT;

-- Where a cluster (or, if the user chooses, a free note) sits on the four-field matrix.
CREATE TABLE matrix_placement (
  id TEXT PRIMARY KEY,
  workshop_id TEXT NOT NULL REFERENCES workshop(id),
  item_kind TEXT NOT NULL CHECK (item_kind IN ('cluster', 'note')),
  x REAL NOT NULL,
  y REAL NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX matrix_placement_workshop ON matrix_placement(workshop_id);

CREATE TABLE vote_round (
  id TEXT PRIMARY KEY,
  workshop_id TEXT NOT NULL REFERENCES workshop(id),
  number INTEGER NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('open', 'closed')),
  mode TEXT NOT NULL CHECK (mode IN ('participants', 'paper')),
  dots_per_participant INTEGER NOT NULL,
  max_per_item INTEGER,
  votable_item_ids TEXT NOT NULL,
  anonymous INTEGER NOT NULL,
  revealed INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX vote_round_workshop ON vote_round(workshop_id);

-- One row per dot.
CREATE TABLE vote (
  id TEXT PRIMARY KEY,
  round_id TEXT NOT NULL REFERENCES vote_round(id),
  participant_id TEXT NOT NULL REFERENCES participant(id),
  item_id TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX vote_round_index ON vote(round_id);
CREATE INDEX vote_participant ON vote(participant_id);

CREATE TABLE paper_count (
  id TEXT PRIMARY KEY,
  round_id TEXT NOT NULL REFERENCES vote_round(id),
  item_id TEXT NOT NULL,
  count INTEGER NOT NULL CHECK (count >= 0),
  UNIQUE (round_id, item_id)
);

-- What the workshop decided about an item: prioritised, or outside its mandate and handed over.
CREATE TABLE item_outcome (
  id TEXT PRIMARY KEY,
  workshop_id TEXT NOT NULL REFERENCES workshop(id),
  item_kind TEXT NOT NULL CHECK (item_kind IN ('cluster', 'note')),
  status TEXT NOT NULL CHECK (status IN ('prioritised', 'outside_mandate')),
  handed_to TEXT NOT NULL DEFAULT '',
  comment TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL
);
CREATE INDEX item_outcome_workshop ON item_outcome(workshop_id);

-- A prioritised item becomes an improvement area of the programme.
CREATE TABLE improvement_area (
  id TEXT PRIMARY KEY,
  programme_id TEXT NOT NULL REFERENCES programme(id),
  workshop_id TEXT NOT NULL REFERENCES workshop(id),
  item_id TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  level TEXT NOT NULL CHECK (level IN ('intern', 'lokal', 'lansgemensam')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX improvement_area_programme ON improvement_area(programme_id);
`;
