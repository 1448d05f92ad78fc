/**
 * Headings as Swedish phrases: the best stretch of one note's own words
 * ("Otydlig dokumentation i IT-stödet") rather than keywords joined by a
 * dash. A stretch earns what its words say about the group (the group's
 * stems in full, a compound partner of one in part) and pays for every word
 * that says nothing about it, so it stays short. It never runs across a full
 * stop, comma or bracket, so it reads the way it was written.
 */
import { type Corpus, PARTIAL_MATCH, type Term } from './corpus';

/** Words (hyphenated ones counting once) a phrase may hold. */
const MAX_WORDS = 6;
/** A content word none of the group's stems explain ("fredag" in a medication group). */
const UNRELATED_COST = 0.5;
/** A function word ("i", "till"): needed to read, but it should not stretch the phrase. */
const STOP_COST = 0.15;
/**
 * A negation next to the phrase joins it: without it "Läkemedelslistan
 * stämmer" says the opposite of the note. Swedish puts "inte" after the verb
 * and "ingen" before the noun or at the start ("Ingen kallar till SIP").
 */
const NEGATION_AFTER: ReadonlySet<string> = new Set(['inte', 'ej', 'aldrig', 'not', 'never']);
const NEGATION_BEFORE: ReadonlySet<string> = new Set(['ingen', 'inget', 'inga', 'no']);

// Hyphenated words stay whole: "IT-stödet", "SIP-mötet".
const WORD = /[\p{L}\p{M}\p{N}]+(?:-[\p{L}\p{M}\p{N}]+)*/gu;

interface PhraseWord {
  readonly start: number;
  readonly end: number;
  readonly folded: string;
  /** The content words inside it, as the corpus has them. */
  readonly terms: readonly Term[];
  /** Punctuation other than spaces stands between it and the word before. */
  readonly breakBefore: boolean;
  /** Group stem → how fully this word carries it (1, or PARTIAL_MATCH through a compound partner). */
  readonly carries: ReadonlyMap<number, number>;
}

export interface PhraseCandidate {
  readonly text: string;
  readonly score: number;
  readonly words: number;
}

/**
 * The best phrase of one note for a group whose stems weigh `value` (the
 * heading stem 1, the others less), or null when no stretch of it carries
 * the heading stem and at least one more of the group's stems.
 */
export function bestPhrase(
  corpus: Corpus,
  note: number,
  value: ReadonlyMap<number, number>,
  headStem: number,
  acronyms: ReadonlySet<number>,
): PhraseCandidate | null {
  const text = corpus.notes[note]!.text.normalize('NFC');
  const words = phraseWords(text, corpus.terms[note]!, (stemId) => carried(corpus, value, stemId));
  let best: { from: number; to: number; score: number } | null = null;
  for (let from = 0; from < words.length; from++) {
    if (words[from]!.carries.size === 0) continue;
    const covered = new Map<number, number>();
    let cost = 0;
    for (let to = from; to < Math.min(words.length, from + MAX_WORDS); to++) {
      const word = words[to]!;
      if (to > from && word.breakBefore) break;
      for (const [stemId, share] of word.carries) covered.set(stemId, Math.max(share, covered.get(stemId) ?? 0));
      if (word.carries.size === 0) {
        cost += word.terms.length === 0 ? STOP_COST : UNRELATED_COST;
        continue;
      }
      if (covered.size < 2 || !covered.has(headStem)) continue;
      let gain = 0;
      for (const [stemId, share] of covered) gain += value.get(stemId)! * share;
      const score = gain - cost;
      if (!best || score > best.score + 1e-9) best = { from, to, score };
    }
  }
  if (!best) return null;
  const [from, to] = withNegations(words, best.from, best.to);
  // A negation is added for the meaning, so it does not count against the phrase's length.
  return { text: render(text, words, from, to, acronyms), score: best.score, words: best.to - best.from + 1 };
}

function phraseWords(text: string, terms: readonly Term[], carries: (stemId: number) => ReadonlyMap<number, number>): PhraseWord[] {
  const words: PhraseWord[] = [];
  let t = 0;
  let previousEnd = 0;
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const end = start + match[0].length;
    const inside: Term[] = [];
    while (t < terms.length && terms[t]!.index < end) {
      if (terms[t]!.index >= start) inside.push(terms[t]!);
      t++;
    }
    const carried = new Map<number, number>();
    for (const term of inside) for (const [stemId, share] of carries(term.stemId)) carried.set(stemId, Math.max(share, carried.get(stemId) ?? 0));
    words.push({
      start,
      end,
      folded: match[0].toLocaleLowerCase('sv'),
      terms: inside,
      breakBefore: words.length > 0 && text.slice(previousEnd, start).trim() !== '',
      carries: carried,
    });
    previousEnd = end;
  }
  return words;
}

/** The group stems a word's stem carries: itself, and its compound partners for less. */
function carried(corpus: Corpus, value: ReadonlyMap<number, number>, stemId: number): ReadonlyMap<number, number> {
  const shares = new Map<number, number>();
  if (value.has(stemId)) shares.set(stemId, 1);
  for (const partner of corpus.related[stemId]!) if (value.has(partner) && !shares.has(partner)) shares.set(partner, PARTIAL_MATCH);
  return shares;
}

function withNegations(words: readonly PhraseWord[], from: number, to: number): [number, number] {
  if (from > 0 && !words[from]!.breakBefore && NEGATION_BEFORE.has(words[from - 1]!.folded)) from--;
  if (to + 1 < words.length && !words[to + 1]!.breakBefore && NEGATION_AFTER.has(words[to + 1]!.folded)) to++;
  return [from, to];
}

/** The stretch as written, spaces tidied, acronyms in capitals however this note wrote them, first letter up. */
function render(text: string, words: readonly PhraseWord[], from: number, to: number, acronyms: ReadonlySet<number>): string {
  const start = words[from]!.start;
  let phrase = text.slice(start, words[to]!.end);
  // From the end, so a letter that grows when upper-cased does not shift the words still to do.
  const terms = words.slice(from, to + 1).flatMap((word) => word.terms);
  for (const term of terms.reverse()) {
    if (!acronyms.has(term.stemId)) continue;
    const at = term.index - start;
    phrase = phrase.slice(0, at) + term.surface.toLocaleUpperCase('sv') + phrase.slice(at + term.surface.length);
  }
  phrase = phrase.replace(/\s+/g, ' ');
  return phrase.charAt(0).toLocaleUpperCase('sv') + phrase.slice(1);
}
