import { useMemo } from 'react';
import type { Participant } from '../../shared/participant/schema';
import { useQuery } from '../api/useQuery';

/**
 * Organisations typed before in any workshop, plus those in this list (so a
 * name just entered is offered at once, before the query has refetched).
 */
export function useOrganisationSuggestions(participants: readonly Participant[] | undefined, language: string): readonly string[] {
  const { data } = useQuery('participant.organisations', {});
  return useMemo(() => {
    const names = new Map<string, string>();
    for (const name of [...(data ?? []), ...(participants ?? []).map((p) => p.organisation)]) {
      const trimmed = name.trim();
      if (trimmed && !names.has(trimmed.toLocaleLowerCase(language))) names.set(trimmed.toLocaleLowerCase(language), trimmed);
    }
    return [...names.values()].sort((a, b) => a.localeCompare(b, language));
  }, [data, participants, language]);
}
