import { z } from 'zod';
import { findForbiddenCharacter, normaliseSingleLine, normaliseText } from './text';

/** ISO 8601 instant, as written by the Node side. */
export const timestamp = z.iso.datetime();

export const Empty = z.object({}).strict();

function refuseForbiddenCharacters(text: string, ctx: z.RefinementCtx): void {
  const found = findForbiddenCharacter(text);
  if (!found) return;
  ctx.addIssue({
    code: 'custom',
    message: `Contains a character that cannot be stored (${found.character} at position ${found.position})`,
    params: { reason: 'forbidden_character', ...found },
    input: text,
  });
}

/** Every multi-line text a person types (notes, descriptions, goals, comments) passes this rule. */
export function multiLine(max: number) {
  return z.string().overwrite(normaliseText).trim().superRefine(refuseForbiddenCharacters).max(max);
}

/** Every one-line text a person types (names, headings, titles, labels) passes this rule. */
export function singleLine(max: number) {
  return z.string().overwrite(normaliseSingleLine).trim().superRefine(refuseForbiddenCharacters).max(max);
}
