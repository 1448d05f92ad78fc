// Placeholder so 005 can be numbered before the real 004 lands; the lead replaces it on merge.
export const sql = '';
