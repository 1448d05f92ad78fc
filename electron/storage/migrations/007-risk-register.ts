// Shipped: never edit. Add a new numbered migration instead.
export const sql = /* sql */ `
-- One riskregister per programme. Bands: låg 1..low_max, betydande up to high_min - 1, hög high_min..16.
CREATE TABLE risk_register (
  id TEXT PRIMARY KEY,
  programme_id TEXT NOT NULL UNIQUE REFERENCES programme(id),
  low_max INTEGER NOT NULL,
  high_min INTEGER NOT NULL,
  -- The number the next risk gets (R<n>); never lowered, so a deleted risk's number is not given again.
  next_number INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE risk (
  id TEXT PRIMARY KEY,
  register_id TEXT NOT NULL REFERENCES risk_register(id),
  number INTEGER NOT NULL,
  title TEXT NOT NULL,
  cause TEXT NOT NULL DEFAULT '',
  event TEXT NOT NULL DEFAULT '',
  effect TEXT NOT NULL DEFAULT '',
  category TEXT NOT NULL DEFAULT '',
  source TEXT NOT NULL CHECK (source IN ('free', 'workshop', 'area')),
  -- Where it came from; set to null if that workshop or område goes.
  source_workshop_id TEXT REFERENCES workshop(id),
  source_area_id TEXT REFERENCES plan_area(id),
  carrier TEXT CHECK (carrier IN ('region', 'kommun', 'gemensam')),
  owner TEXT NOT NULL DEFAULT '',
  treatment TEXT CHECK (treatment IN ('atgarda', 'acceptera', 'undvika', 'overfora')),
  status TEXT NOT NULL CHECK (status IN ('oppen', 'hanteras', 'bevakas', 'stangd')),
  next_review TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (register_id, number)
);
CREATE INDEX risk_source_workshop ON risk(source_workshop_id);
CREATE INDEX risk_source_area ON risk(source_area_id);

-- Immutable: a re-assessment is a new row. Each keeps the bands it was made with.
CREATE TABLE risk_assessment (
  id TEXT PRIMARY KEY,
  risk_id TEXT NOT NULL REFERENCES risk(id),
  -- Order within the risk's history; rowids do not survive undo.
  seq INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('inherent', 'residual')),
  likelihood INTEGER NOT NULL CHECK (likelihood BETWEEN 1 AND 4),
  likelihood_motivation TEXT NOT NULL,
  consequence INTEGER NOT NULL CHECK (consequence BETWEEN 1 AND 4),
  consequence_motivation TEXT NOT NULL,
  low_max INTEGER NOT NULL,
  high_min INTEGER NOT NULL,
  meeting_id TEXT REFERENCES plan_meeting(id),
  by TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE INDEX risk_assessment_risk ON risk_assessment(risk_id, seq);
CREATE INDEX risk_assessment_meeting ON risk_assessment(meeting_id);

-- A risk's action is a handlingsplan activity; the link goes with either side.
CREATE TABLE risk_action (
  id TEXT PRIMARY KEY,
  risk_id TEXT NOT NULL REFERENCES risk(id),
  activity_id TEXT NOT NULL REFERENCES plan_activity(id),
  rank REAL NOT NULL,
  created_at TEXT NOT NULL,
  UNIQUE (risk_id, activity_id)
);
CREATE INDEX risk_action_activity ON risk_action(activity_id);
`;
