// Shipped: never edit. Add a new numbered migration instead.
export const sql = /* sql */ `
-- A participant removed while their dots are part of a closed voting round
-- stays as a row without name, organisation or role, so the decided ranking
-- and its split by huvudman stay as they were. Lists and counts skip them.
ALTER TABLE participant ADD COLUMN removed_at TEXT;
`;
