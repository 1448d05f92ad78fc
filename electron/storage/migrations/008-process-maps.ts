// Shipped: never edit. Add a new numbered migration instead.
//
// A map is stored as rows per lane, phase, element and arrow rather than one
// document, so a change (moving one step) journals only the rows it touched
// and undo reverts exactly that change.
export const sql = /* sql */ `
CREATE TABLE process_map (
  id TEXT PRIMARY KEY,
  programme_id TEXT NOT NULL REFERENCES programme(id),
  name TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('nulage', 'onskat')),
  -- The map of the same process in the other state; both point at each other.
  pair_id TEXT REFERENCES process_map(id),
  template TEXT NOT NULL CHECK (template IN ('empty', 'los_discharge', 'home_care')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX process_map_programme ON process_map(programme_id);
CREATE INDEX process_map_pair ON process_map(pair_id);

CREATE TABLE map_lane (
  id TEXT PRIMARY KEY,
  map_id TEXT NOT NULL REFERENCES process_map(id),
  name TEXT NOT NULL,
  height REAL NOT NULL,
  huvudman TEXT CHECK (huvudman IN ('kommun', 'region', 'privat', 'annan')),
  rank REAL NOT NULL
);
CREATE INDEX map_lane_map ON map_lane(map_id);

CREATE TABLE map_phase (
  id TEXT PRIMARY KEY,
  map_id TEXT NOT NULL REFERENCES process_map(id),
  name TEXT NOT NULL,
  width REAL NOT NULL,
  rank REAL NOT NULL
);
CREATE INDEX map_phase_map ON map_phase(map_id);

-- An element's place is its lane and its height within it (lane_offset), so moving lanes moves no element rows.
CREATE TABLE map_element (
  id TEXT PRIMARY KEY,
  map_id TEXT NOT NULL REFERENCES process_map(id),
  lane_id TEXT NOT NULL REFERENCES map_lane(id),
  kind TEXT NOT NULL CHECK (kind IN ('step', 'decision', 'start', 'end', 'document', 'comment', 'challenge')),
  x REAL NOT NULL,
  lane_offset REAL NOT NULL,
  width REAL NOT NULL,
  height REAL NOT NULL,
  label TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',
  responsible TEXT NOT NULL DEFAULT '',
  problem INTEGER NOT NULL DEFAULT 0 CHECK (problem IN (0, 1)),
  -- A challenge card stands for a cluster or for the notes in map_card_note.
  cluster_id TEXT REFERENCES cluster(id),
  pinned_to_id TEXT REFERENCES map_element(id),
  -- The step of the paired map this one is, when the user said so.
  link_id TEXT REFERENCES map_element(id),
  activity_id TEXT REFERENCES plan_activity(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX map_element_map ON map_element(map_id);
CREATE INDEX map_element_lane ON map_element(lane_id);
CREATE INDEX map_element_cluster ON map_element(cluster_id);
CREATE INDEX map_element_pinned ON map_element(pinned_to_id);
CREATE INDEX map_element_link ON map_element(link_id);
CREATE INDEX map_element_activity ON map_element(activity_id);

CREATE TABLE map_card_note (
  id TEXT PRIMARY KEY,
  element_id TEXT NOT NULL REFERENCES map_element(id),
  note_id TEXT NOT NULL REFERENCES note(id),
  rank REAL NOT NULL
);
CREATE INDEX map_card_note_element ON map_card_note(element_id);
CREATE INDEX map_card_note_note ON map_card_note(note_id);

-- Loops are allowed: an arrow may go back to an earlier step or to its own.
CREATE TABLE map_arrow (
  id TEXT PRIMARY KEY,
  map_id TEXT NOT NULL REFERENCES process_map(id),
  from_id TEXT NOT NULL REFERENCES map_element(id),
  to_id TEXT NOT NULL REFERENCES map_element(id),
  label TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL
);
CREATE INDEX map_arrow_map ON map_arrow(map_id);
CREATE INDEX map_arrow_from ON map_arrow(from_id);
CREATE INDEX map_arrow_to ON map_arrow(to_id);
`;
