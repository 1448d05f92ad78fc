import { useState } from 'react';

/** What the assessment fields hold while the user fills them in; a rating not yet chosen is null. */
export interface AssessmentDraft {
  readonly likelihood: number | null;
  readonly likelihoodMotivation: string;
  readonly consequence: number | null;
  readonly consequenceMotivation: string;
  readonly meetingId: string;
}

export const NO_MEETING = '';

const EMPTY: AssessmentDraft = { likelihood: null, likelihoodMotivation: '', consequence: null, consequenceMotivation: '', meetingId: NO_MEETING };

export function useAssessmentDraft() {
  const [draft, setDraft] = useState<AssessmentDraft>(EMPTY);
  const set = <K extends keyof AssessmentDraft>(key: K, value: AssessmentDraft[K]) => setDraft((before) => ({ ...before, [key]: value }));
  return [draft, set] as const;
}

export type SetDraft = ReturnType<typeof useAssessmentDraft>[1];

/**
 * The draft as the contract takes it. A rating not chosen is left out, so
 * the dispatcher's refusal names that field like any other.
 */
export function assessmentInput(draft: AssessmentDraft, by: string) {
  return {
    ...(draft.likelihood === null ? {} : { likelihood: draft.likelihood }),
    likelihoodMotivation: draft.likelihoodMotivation,
    ...(draft.consequence === null ? {} : { consequence: draft.consequence }),
    consequenceMotivation: draft.consequenceMotivation,
    by,
    meetingId: draft.meetingId === NO_MEETING ? null : draft.meetingId,
  };
}
