/**
 * The notes of one "suggest clusters" run as stems: which stems each note
 * has, which notes have each stem, which stems are compound partners, and
 * how much each stem weighs. Stem ids are handed out in input order, so
 * everything built on them is deterministic.
 */
import { contentWords, sharesCompoundPart, stem, type Word } from '../text';

/** What a stem earns from a note that only has a compound partner ("läkemedel" in "läkemedelslista"). */
export const PARTIAL_MATCH = 0.7;

export interface CorpusNote {
  readonly id: string;
  readonly text: string;
}

export interface Term extends Word {
  readonly stemId: number;
}

export interface Corpus {
  readonly notes: readonly CorpusNote[];
  readonly vocabulary: readonly string[];
  /** Content words per note, in order. */
  readonly terms: readonly (readonly Term[])[];
  /** Distinct stem ids per note. */
  readonly stems: readonly (readonly number[])[];
  /** Note indices per stem id. */
  readonly postings: readonly (readonly number[])[];
  /** Stem ids that share a compound part with each stem. */
  readonly related: readonly (readonly number[])[];
  /** IDF per stem id. */
  readonly weight: Float64Array;
}

export function buildCorpus(notes: readonly CorpusNote[]): Corpus {
  const vocabulary: string[] = [];
  const stemIds = new Map<string, number>();
  const byWord = new Map<string, number>();
  const stemIdOf = (folded: string): number => {
    let id = byWord.get(folded);
    if (id !== undefined) return id;
    const s = stem(folded);
    id = stemIds.get(s) ?? vocabulary.push(s) - 1;
    stemIds.set(s, id);
    byWord.set(folded, id);
    return id;
  };
  const terms = notes.map((note) => contentWords(note.text).map((word) => ({ ...word, stemId: stemIdOf(word.folded) })));
  const stems = terms.map((list) => [...new Set(list.map((t) => t.stemId))]);
  const postings: number[][] = vocabulary.map(() => []);
  stems.forEach((list, i) => list.forEach((id) => postings[id]!.push(i)));
  const weight = Float64Array.from(postings, (carriers) => idf(notes.length, carriers.length));
  return { notes, vocabulary, terms, stems, postings, related: relatedStems(vocabulary), weight };
}

/**
 * Probabilistic IDF (as in BM25) makes a word that most notes share, like
 * "patienten" on a board about discharge, count for little. On its own it
 * falls to zero for a word in half the notes, which on a small board is
 * exactly the theme (three of six notes about the medication list); half of
 * the smoothed IDF, ln((N + 1) / df), is the floor that keeps such a word.
 */
export function idf(noteCount: number, carriers: number): number {
  const probabilistic = Math.log((noteCount - carriers + 0.5) / (carriers + 0.5));
  const smoothed = Math.log((noteCount + 1) / Math.max(1, carriers));
  return Math.max(probabilistic, smoothed / 2);
}

/**
 * Compound partners share their first or last five letters, so only stems in
 * the same bucket need the pairwise test.
 */
function relatedStems(vocabulary: readonly string[]): number[][] {
  const related = vocabulary.map(() => new Set<number>());
  const buckets = new Map<string, number[]>();
  vocabulary.forEach((s, id) => {
    if (s.length < 5) return;
    for (const key of [`^${s.slice(0, 5)}`, `${s.slice(-5)}$`]) {
      const bucket = buckets.get(key) ?? [];
      for (const other of bucket) {
        if (!sharesCompoundPart(s, vocabulary[other]!)) continue;
        related[id]!.add(other);
        related[other]!.add(id);
      }
      bucket.push(id);
      buckets.set(key, bucket);
    }
  });
  return related.map((set) => [...set].sort((a, b) => a - b));
}

export function isPartOf(part: string, whole: string): boolean {
  return part.length < whole.length && (whole.startsWith(part) || whole.endsWith(part));
}
