/**
 * "Suggest clusters": proposes groups of unclustered post-its, each with a
 * heading, for the facilitator to accept, edit or reject. Offline and
 * explainable: a note is its set of word stems; two notes are similar when
 * they share stems (a shared compound part counts for less), and stems that
 * most notes use (say "patient" on a board about discharge) weigh little.
 * Groups come from average-linkage clustering cut at a threshold; notes that
 * fit nowhere are simply not proposed.
 */
import { buildCorpus, type Corpus, PARTIAL_MATCH } from './text/corpus';
import { headings } from './text/heading';
import { averageLinkage } from './text/linkage';

export interface SuggestNote {
  readonly id: string;
  readonly text: string;
}

export interface SuggestOptions {
  /** Smallest group worth proposing. */
  readonly minSize?: number;
  /** Average similarity (0–1) a group must keep; higher gives fewer, tighter groups. */
  readonly threshold?: number;
}

export interface ClusterSuggestion {
  readonly heading: string;
  readonly noteIds: string[];
}

export const DEFAULT_MIN_SIZE = 2;
/**
 * Low, because post-its are short and word their point differently, so even
 * notes on one theme share only a word or two. On the test board all five
 * themes come out anywhere from 0.06 to 0.12; at 0.05 two of them merge.
 * Leaning high keeps proposals tight: a missing note is easier to add than a
 * wrong one is to spot.
 */
export const DEFAULT_THRESHOLD = 0.1;
/** The similarity matrix is n²; past this many notes the rest are left out rather than freeze the board. */
export const MAX_SUGGEST_NOTES = 2000;

/**
 * Proposals ordered by size, then by where their first note sits in the
 * input; note ids keep input order. Duplicate ids count once.
 */
export function suggestClusters(notes: readonly SuggestNote[], options: SuggestOptions = {}): ClusterSuggestion[] {
  const minSize = Math.max(1, Math.floor(options.minSize ?? DEFAULT_MIN_SIZE));
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const corpus = buildCorpus(uniqueById(notes).slice(0, MAX_SUGGEST_NOTES));
  const n = corpus.notes.length;
  if (n === 0) return [];

  const groups = averageLinkage(similarityMatrix(corpus), n, threshold)
    .filter((group) => group.length >= minSize)
    .sort((a, b) => b.length - a.length || a[0]! - b[0]!);
  const titles = headings(corpus, groups);
  return groups.map((group, g) => ({ heading: titles[g]!, noteIds: group.map((i) => corpus.notes[i]!.id) }));
}

function uniqueById(notes: readonly SuggestNote[]): SuggestNote[] {
  const seen = new Set<string>();
  return notes.filter((note) => {
    if (seen.has(note.id)) return false;
    seen.add(note.id);
    return true;
  });
}

/**
 * Soft weighted Dice, row-major n×n. Each stem of a note adds its weight when
 * the other note has it, PARTIAL_MATCH of it when the other note only has a
 * compound partner; both notes' sums are divided by both notes' total weight.
 * Only pairs reachable through a shared stem or partner are visited, so notes
 * with nothing in common cost nothing.
 */
function similarityMatrix(corpus: Corpus): Float32Array {
  const n = corpus.notes.length;
  const matrix = new Float32Array(n * n);
  const total = corpus.stems.map((list) => list.reduce((sum, id) => sum + corpus.weight[id]!, 0));
  const stamp = new Int32Array(corpus.vocabulary.length).fill(-1);
  const covered = new Float64Array(n);
  const touched: number[] = [];
  const add = (stemId: number, amount: number) => {
    for (const i of corpus.postings[stemId]!) {
      if (covered[i] === 0) touched.push(i);
      covered[i]! += amount;
    }
  };

  for (let j = 0; j < n; j++) {
    // covered[i]: how much of note i's weight note j covers.
    const own = corpus.stems[j]!;
    for (const id of own) stamp[id] = j;
    for (const id of own) add(id, corpus.weight[id]!);
    for (const id of own) {
      for (const partner of corpus.related[id]!) {
        if (stamp[partner] === j) continue;
        stamp[partner] = j;
        add(partner, PARTIAL_MATCH * corpus.weight[partner]!);
      }
    }
    for (const i of touched) {
      // Matches are mutual, so note i reached note j as well; for i < j its
      // coverage of j is already parked in matrix[j][i].
      if (i > j) matrix[i * n + j] = covered[i]!;
      else if (i < j) {
        const s = (covered[i]! + matrix[j * n + i]!) / (total[i]! + total[j]!);
        matrix[i * n + j] = s;
        matrix[j * n + i] = s;
      }
      covered[i] = 0;
    }
    touched.length = 0;
  }
  return matrix;
}
