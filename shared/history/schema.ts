import { z } from 'zod';

/**
 * The document a change was made in, and whose history undo walks: the
 * programme list (`home`), one programme's page, or one workshop. Later
 * documents (plans, registers, maps) add their kind here. A participant's
 * device (`device:<id>`) has a history of its own, so neither the
 * facilitator's undo nor another phone's reaches what it wrote.
 */
export const scopeKinds = ['programme', 'workshop', 'plan', 'register', 'map', 'device'] as const;
export type ScopeKind = (typeof scopeKinds)[number];

const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
const SCOPE = new RegExp(`^(home|(${scopeKinds.join('|')}):${UUID})$`);

export const HistoryScope = z.string().regex(SCOPE).brand<'HistoryScope'>();
export type HistoryScope = z.infer<typeof HistoryScope>;

export const HOME_SCOPE = HistoryScope.parse('home');

export function scopeOf(kind: ScopeKind, id: string): HistoryScope {
  return HistoryScope.parse(`${kind}:${id}`);
}

/**
 * What a transport may send along with a call besides its input: where the
 * user acted. Absent for scripts; the core then derives the scope from what
 * the change touched.
 */
export const CallMeta = z.object({ scope: HistoryScope.optional() }).strict();
export type CallMeta = z.input<typeof CallMeta>;

/** How the HTTP transport carries CallMeta's scope (lower case, as Node reports header names). */
export const SCOPE_HEADER = 'x-samverkstad-scope';

/** Which history the history methods work on; without it, that of the latest change. */
export const HistoryInput = z.object({ scope: HistoryScope.optional() }).strict();

/** The API method whose change would be undone or redone, so the UI can say what. */
export const HistoryState = z.object({
  undo: z.string().nullable(),
  redo: z.string().nullable(),
  /** Identifies the change undo would revert, so a caller can undo exactly that one. */
  undoId: z.number().int().nullable(),
});
export type HistoryState = z.infer<typeof HistoryState>;

export const HistoryStep = z.object({
  method: z.string(),
  state: HistoryState,
});
export type HistoryStep = z.infer<typeof HistoryStep>;
