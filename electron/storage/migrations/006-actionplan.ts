// Shipped: never edit. Add a new numbered migration instead.
export const sql = /* sql */ `
-- A programme's handlingsplan: område → delmål → aktivitet.
CREATE TABLE plan (
  id TEXT PRIMARY KEY,
  programme_id TEXT NOT NULL REFERENCES programme(id),
  title TEXT NOT NULL,
  period_start TEXT,
  period_end TEXT,
  status TEXT NOT NULL CHECK (status IN ('utkast', 'faststalld', 'avslutad')),
  template TEXT NOT NULL CHECK (template IN ('empty', 'los_regional', 'gap_analysis')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX plan_programme ON plan(programme_id);

CREATE TABLE plan_area (
  id TEXT PRIMARY KEY,
  plan_id TEXT NOT NULL REFERENCES plan(id),
  -- The workshop's improvement area it came from; set to null if that area goes.
  improvement_area_id TEXT REFERENCES improvement_area(id),
  title TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  rank REAL NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX plan_area_plan ON plan_area(plan_id);
CREATE INDEX plan_area_improvement_area ON plan_area(improvement_area_id);

CREATE TABLE plan_goal (
  id TEXT PRIMARY KEY,
  area_id TEXT NOT NULL REFERENCES plan_area(id),
  title TEXT NOT NULL,
  rank REAL NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX plan_goal_area ON plan_goal(area_id);

CREATE TABLE plan_activity (
  id TEXT PRIMARY KEY,
  area_id TEXT NOT NULL REFERENCES plan_area(id),
  goal_id TEXT REFERENCES plan_goal(id),
  what TEXT NOT NULL,
  responsible_name TEXT NOT NULL DEFAULT '',
  responsible_organisation TEXT NOT NULL DEFAULT '',
  responsible_huvudman TEXT CHECK (responsible_huvudman IN ('kommun', 'region', 'privat', 'annan')),
  start_date TEXT,
  due_date TEXT,
  status TEXT NOT NULL CHECK (status IN ('ej_paborjad', 'pagar', 'klar', 'pausad', 'struken')),
  health TEXT NOT NULL CHECK (health IN ('gron', 'gul', 'rod')),
  health_reason TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  rank REAL NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX plan_activity_area ON plan_activity(area_id);
CREATE INDEX plan_activity_goal ON plan_activity(goal_id);

-- Uppföljningsmöte. The agenda is fixed when the meeting is created; the protokoll is stored when it closes.
CREATE TABLE plan_meeting (
  id TEXT PRIMARY KEY,
  plan_id TEXT NOT NULL REFERENCES plan(id),
  title TEXT NOT NULL DEFAULT '',
  date TEXT NOT NULL,
  attendees TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('open', 'closed')),
  agenda TEXT NOT NULL,
  protocol TEXT,
  closed_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX plan_meeting_plan ON plan_meeting(plan_id);

-- Append-only: one row per status or health change of an activity.
CREATE TABLE plan_history (
  id TEXT PRIMARY KEY,
  activity_id TEXT NOT NULL REFERENCES plan_activity(id),
  -- Order within the activity's history; rowids do not survive undo.
  seq INTEGER NOT NULL,
  meeting_id TEXT REFERENCES plan_meeting(id),
  field TEXT NOT NULL CHECK (field IN ('status', 'health')),
  from_value TEXT NOT NULL,
  to_value TEXT NOT NULL,
  reason TEXT NOT NULL DEFAULT '',
  comment TEXT NOT NULL DEFAULT '',
  by TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE INDEX plan_history_activity ON plan_history(activity_id);
CREATE INDEX plan_history_meeting ON plan_history(meeting_id);

CREATE TABLE plan_decision (
  id TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES plan_meeting(id),
  kind TEXT NOT NULL CHECK (kind IN ('information', 'beslut', 'ny_aktivitet')),
  text TEXT NOT NULL,
  activity_id TEXT REFERENCES plan_activity(id),
  rank REAL NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX plan_decision_meeting ON plan_decision(meeting_id);
CREATE INDEX plan_decision_activity ON plan_decision(activity_id);

-- Taken up again at the next meeting: an activity (with an optional note) or a free-text question.
CREATE TABLE plan_parked (
  id TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES plan_meeting(id),
  activity_id TEXT REFERENCES plan_activity(id),
  text TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL
);
CREATE INDEX plan_parked_meeting ON plan_parked(meeting_id);
CREATE INDEX plan_parked_activity ON plan_parked(activity_id);
`;
