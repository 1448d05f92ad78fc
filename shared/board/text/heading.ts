/**
 * Suggested cluster headings. The heading is the stem that best marks the
 * group: how many of its notes carry it, times how rare it is on the whole
 * board. It is shown as the group's most common way of writing it, so the
 * facilitator reads "Läkemedelslistan", not "läkemedelslist".
 */
import { type Corpus, idf, isPartOf, PARTIAL_MATCH } from './corpus';

/** A second heading word must score at least this share of the first. */
const SECOND_WORD_SHARE = 0.8;
const FALLBACK_LENGTH = 40;
/** ClusterHeading's limit in the board schema; only a pathological one-word note gets near it. */
const MAX_HEADING = 120;

interface RankedStem {
  readonly stemId: number;
  readonly score: number;
  readonly exact: number;
}

/** One heading per group of note indices. */
export function headings(corpus: Corpus, groups: readonly (readonly number[])[]): string[] {
  const credits = corpus.stems.map((_, i) => noteCredits(corpus, i));
  const carried = new Float64Array(corpus.vocabulary.length);
  for (const noteCredit of credits) for (const [id, credit] of noteCredit) carried[id]! += credit;
  return groups.map((group) => headingFor(corpus, group, credits, carried));
}

function headingFor(
  corpus: Corpus,
  group: readonly number[],
  credits: readonly ReadonlyMap<number, number>[],
  carried: Float64Array,
): string {
  const [first, ...rest] = rankStems(corpus, group, credits, carried);
  if (!first) return fallbackHeading(corpus.notes[group[0]!]!.text);
  // A second word only when it is nearly as strong, shared, and not the same compound.
  const second = rest.find(
    (c) => c.score >= SECOND_WORD_SHARE * first.score && c.exact >= 2 && !corpus.related[first.stemId]!.includes(c.stemId),
  );
  const words = [displayWord(corpus, group, first.stemId, true)];
  if (second) words.push(displayWord(corpus, group, second.stemId, false));
  return words.join(' – ').slice(0, MAX_HEADING);
}

/**
 * Credit per stem from one note: 1 for its own stems, PARTIAL_MATCH for their
 * compound partners, except that a whole compound earns nothing from a note
 * with just one of its parts: "läkemedel" heads a group that also says
 * "läkemedelslistan", not the other way round.
 */
function noteCredits(corpus: Corpus, note: number): Map<number, number> {
  const credit = new Map<number, number>();
  const own = corpus.stems[note]!;
  for (const id of own) credit.set(id, 1);
  for (const id of own) {
    for (const partner of corpus.related[id]!) {
      if (credit.has(partner) || isPartOf(corpus.vocabulary[id]!, corpus.vocabulary[partner]!)) continue;
      credit.set(partner, PARTIAL_MATCH);
    }
  }
  return credit;
}

function rankStems(
  corpus: Corpus,
  group: readonly number[],
  credits: readonly ReadonlyMap<number, number>[],
  carried: Float64Array,
): RankedStem[] {
  const inGroup = new Map<number, { credit: number; notes: number; exact: number }>();
  for (const i of group) {
    for (const [id, credit] of credits[i]!) {
      const entry = inGroup.get(id) ?? { credit: 0, notes: 0, exact: 0 };
      entry.credit += credit;
      entry.notes++;
      if (credit === 1) entry.exact++;
      inGroup.set(id, entry);
    }
  }
  // Only a stem someone in the group wrote can be shown, and a word from a
  // single note says little about a group, however rare it is.
  const shared = Math.min(2, group.length);
  const candidates = [...inGroup].filter(([, e]) => e.exact > 0);
  const pool = candidates.some(([, e]) => e.notes >= shared) ? candidates.filter(([, e]) => e.notes >= shared) : candidates;
  return pool
    .map(([stemId, e]) => ({ stemId, exact: e.exact, score: e.credit * idf(corpus.notes.length, carried[stemId]!) }))
    .sort((a, b) => b.score - a.score || b.exact - a.exact || a.stemId - b.stemId);
}

/** The group's most common spelling of the stem; acronyms written upper-case ("SIP") stay so. */
function displayWord(corpus: Corpus, group: readonly number[], stemId: number, capitalise: boolean): string {
  const forms = new Map<string, { count: number; upper: number }>();
  for (const i of group) {
    for (const term of corpus.terms[i]!) {
      if (term.stemId !== stemId) continue;
      const form = forms.get(term.folded) ?? { count: 0, upper: 0 };
      form.count++;
      if (isAcronym(term.surface)) form.upper++;
      forms.set(term.folded, form);
    }
  }
  // Map order is first appearance, so ties go to the form written first.
  let word = '';
  let best = { count: 0, upper: 0 };
  for (const [folded, form] of forms) {
    if (form.count <= best.count) continue;
    word = folded;
    best = form;
  }
  if (best.upper * 2 > best.count) return word.toLocaleUpperCase('sv');
  return capitalise ? word.charAt(0).toLocaleUpperCase('sv') + word.slice(1) : word;
}

function isAcronym(surface: string): boolean {
  return surface.length >= 2 && surface === surface.toLocaleUpperCase('sv') && surface !== surface.toLocaleLowerCase('sv');
}

/** Only reachable with a threshold of 0, which lets notes without content words join a group. */
function fallbackHeading(text: string): string {
  return text.trim().replace(/\s+/g, ' ').slice(0, FALLBACK_LENGTH) || '…';
}
