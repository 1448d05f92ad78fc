// TEMP: stands in for the migration another branch adds as 005, so version 6 follows without a gap. Drop at merge.
export const sql = '';
