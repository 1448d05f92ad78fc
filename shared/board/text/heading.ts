/**
 * Suggested cluster headings. The group's stems are ranked by how many of its
 * notes carry them, times how rare they are on the whole board. The heading
 * is then the best phrase one of the notes wrote with the top stem and
 * another of the group's stems ("Otydlig dokumentation i IT-stödet"); when
 * no note has one, it is the top stem alone in the group's most common
 * spelling, so the facilitator reads "Läkemedelslistan", not "läkemedelslist".
 */
import { shorten } from '../../common/shorten';
import { isAcronym } from '../text';
import { type Corpus, idf, isPartOf, PARTIAL_MATCH } from './corpus';
import { bestPhrase, type PhraseCandidate } from './phrase';

/** A stem below this share of the heading stem's score does not earn a phrase anything. */
const PHRASE_STEM_SHARE = 0.5;
const FALLBACK_LENGTH = 40;
/** ClusterHeading's limit in the board schema; only a pathological note gets near it. */
const MAX_HEADING = 120;

interface RankedStem {
  readonly stemId: number;
  readonly score: number;
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
  const ranked = rankStems(corpus, group, credits, carried);
  const [first] = ranked;
  // No stem at all is only reachable with a threshold of 0, which lets notes without content words join a group.
  if (!first) return shorten(corpus.notes[group[0]!]!.text, FALLBACK_LENGTH) || '…';
  // Weaker stems are in the notes but not what the group is about ("patienten", "veta").
  const value = new Map(ranked.filter((r) => r.score >= PHRASE_STEM_SHARE * first.score).map((r) => [r.stemId, r.score / first.score]));
  const acronyms = acronymStems(corpus, group);
  // Ties go to the shorter phrase, then to the note written first.
  let best: PhraseCandidate | null = null;
  for (const note of group) {
    const phrase = bestPhrase(corpus, note, value, first.stemId, acronyms);
    if (phrase && (!best || phrase.score > best.score + 1e-9 || (phrase.score > best.score - 1e-9 && phrase.words < best.words))) best = phrase;
  }
  return shorten(best?.text ?? displayWord(corpus, group, first.stemId, acronyms), MAX_HEADING);
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

/** Stems the group mostly writes in capitals ("SIP"), to be shown so wherever they appear. */
function acronymStems(corpus: Corpus, group: readonly number[]): Set<number> {
  const tally = new Map<number, number>();
  for (const i of group) for (const term of corpus.terms[i]!) tally.set(term.stemId, (tally.get(term.stemId) ?? 0) + (isAcronym(term.surface) ? 1 : -1));
  return new Set([...tally].filter(([, balance]) => balance > 0).map(([stemId]) => stemId));
}

/** The group's most common spelling of the stem, capitalised. */
function displayWord(corpus: Corpus, group: readonly number[], stemId: number, acronyms: ReadonlySet<number>): string {
  const counts = new Map<string, number>();
  for (const i of group) for (const term of corpus.terms[i]!) if (term.stemId === stemId) counts.set(term.folded, (counts.get(term.folded) ?? 0) + 1);
  // Map order is first appearance, so ties go to the form written first.
  let word = '';
  let best = 0;
  for (const [folded, count] of counts) {
    if (count <= best) continue;
    word = folded;
    best = count;
  }
  if (acronyms.has(stemId)) return word.toLocaleUpperCase('sv');
  return word.charAt(0).toLocaleUpperCase('sv') + word.slice(1);
}
