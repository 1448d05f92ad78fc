/** Lanes from the top, phases from the left. */
export const byRank = <T extends { readonly rank: number }>(items: readonly T[]): T[] => [...items].sort((a, b) => a.rank - b.rank);
