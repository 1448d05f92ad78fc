// Shipped: never edit. Add a new numbered migration instead.
//
// The room's shared screen is presentation, not workshop content: one row
// per workshop, written without the journal, so undo never changes what the
// projector shows. A face-down note is content (turning it over is undoable).
export const sql = /* sql */ `
ALTER TABLE note ADD COLUMN face_down INTEGER NOT NULL DEFAULT 0 CHECK (face_down IN (0, 1));

CREATE TABLE workshop_room (
  workshop_id TEXT PRIMARY KEY REFERENCES workshop(id) ON DELETE CASCADE,
  view TEXT NOT NULL CHECK (view IN ('welcome', 'board', 'matrix', 'voting', 'summary')),
  cluster_id TEXT,
  round_id TEXT,
  private_writing INTEGER NOT NULL DEFAULT 0 CHECK (private_writing IN (0, 1)),
  -- The timer as JSON (see shared/room/schema.ts Timer), or NULL.
  timer TEXT
);
`;
