/**
 * Swedish-aware text handling for post-its: folding for search, word lists
 * without function words, a light stemmer and a compound test. Everything is
 * rule-based and dictionary-free so it runs offline, gives the same answer
 * on every machine, and a facilitator can be told why two notes matched.
 */

const SWEDISH_STOP_WORDS = `
  alla allt alltid aldrig andra annan annat att av bara bli blir blev blivit bör både
  ca då de dem den denna deras dess dessa det detta dig din dina ditt dock du där dvs
  efter ej eller en enligt er era ert etc ett flera fler från får fick finns fanns fått för
  före genom ganska gör göra gjorde gjort ha hade han hans har hela helt henne hennes hit
  hon honom hos hur här i ibland icke igen ingen inget inga inom inte ju jag just kan kanske
  kommer kunde lite man med mellan men mer mest mig min mina mitt mot mycket många måste
  ni nog nu när någon något några och också ofta oftast om oss pga per på redan samma
  sedan sig sin sina sitt ska skall skulle själv så sådan sådana sådant som tex till
  under upp ut utan vad var vara varför varit varje vars vem vi vid vilka vilken vilket
  vissa väl väldigt vår våra vårt än ännu är även åt över
`;

const ENGLISH_STOP_WORDS = `
  a about after all also an and any are as at be because been but by can could did do
  does for from had has have he her his how if in into is it its may more most no not of
  on or our out she should so some such than that the their them then there these they
  this to too up us very was we were what when where which who why will with would you your
`;

const STOP_WORDS: ReadonlySet<string> = new Set(
  `${SWEDISH_STOP_WORDS} ${ENGLISH_STOP_WORDS}`.split(/\s+/).filter(Boolean),
);

// Letters (with their combining marks) and digits make words; everything else separates them.
const SEPARATORS = /[^\p{L}\p{M}\p{N}]+/gu;

export function foldText(s: string): string {
  return s.normalize('NFC').toLocaleLowerCase('sv').replace(SEPARATORS, ' ').trim();
}

/** True when every word of the query occurs somewhere in the text (as a substring). */
export function matchesSearch(text: string, query: string): boolean {
  const folded = foldText(text);
  return foldText(query)
    .split(' ')
    .every((word) => folded.includes(word));
}

export function isStopWord(folded: string): boolean {
  return STOP_WORDS.has(folded);
}

export interface Word {
  /** As written (NFC), so headings can keep "SIP" upper-case. */
  readonly surface: string;
  readonly folded: string;
  /** Where the word starts in the NFC-composed text. */
  readonly index: number;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const WORD_START = /^[\p{L}\p{N}]$/u;

/**
 * Content words of a text in order, with their surface form. A stop word
 * written in capitals in front of a hyphen is an acronym prefix, as "IT" in
 * "IT-stödet", not the English "it".
 */
export function contentWords(s: string): Word[] {
  const composed = s.normalize('NFC');
  const words: Word[] = [];
  for (const match of composed.matchAll(WORD)) {
    const surface = match[0];
    const folded = surface.toLocaleLowerCase('sv');
    if (folded.length < 2) continue;
    if (STOP_WORDS.has(folded) && !isAcronymPrefix(composed, surface, match.index)) continue;
    words.push({ surface, folded, index: match.index });
  }
  return words;
}

function isAcronymPrefix(text: string, surface: string, index: number): boolean {
  const after = index + surface.length;
  return isAcronym(surface) && text[after] === '-' && WORD_START.test(text.charAt(after + 1));
}

/** "SIP", "IT": two letters or more, all capitals. */
export function isAcronym(surface: string): boolean {
  return surface.length >= 2 && surface === surface.toLocaleUpperCase('sv') && surface !== surface.toLocaleLowerCase('sv');
}

/** Folded content words: no stop words, nothing shorter than two characters. */
export function tokens(s: string): string[] {
  return contentWords(s).map((w) => w.folded);
}

// The Snowball Swedish step-1 list trimmed to what post-its need, plus the
// noun ending -else so "kallelse" meets "kallar".
const SUFFIXES: ReadonlySet<string> = new Set([
  'elserna', 'elsen', 'elser', 'else',
  'heterna', 'hetens', 'heten', 'heter', 'het',
  'ningarna', 'ningar', 'ningen', 'ning',
  'arnas', 'ernas', 'ornas', 'arna', 'erna', 'orna',
  'andet', 'andes', 'ande', 'ende', 'arens', 'aren', 'aste', 'ades', 'ade', 'are', 'ast', 'ens', 'ern',
  'ad', 'an', 'ar', 'as', 'at', 'en', 'er', 'es', 'et', 'na', 'or', 'a', 'e', 's',
]);
const LONGEST_SUFFIX = Math.max(...[...SUFFIXES].map((suffix) => suffix.length));

// A plural or genitive -s only follows these letters; "process" keeps its s.
const S_ENDING_AFTER = /[bcdfghjklmnoprtvy]s$/;

/**
 * Strips the longest known ending from a folded word. Long endings (three letters or more) must
 * leave at least four letters and short ones at least three: that keeps
 * "läkare" as "läkar" (so it still meets "läkarbrist") while "tiden" and
 * "tider" both come down to "tid".
 */
export function stem(word: string): string {
  for (let length = Math.min(LONGEST_SUFFIX, word.length - 3); length >= 1; length--) {
    const rest = word.length - length;
    if (rest < (length >= 3 ? 4 : 3)) continue;
    if (!SUFFIXES.has(word.slice(rest))) continue;
    if (length === 1 && word.endsWith('s') && !S_ENDING_AFTER.test(word)) continue;
    return word.slice(0, rest);
  }
  return word;
}

export const MIN_COMPOUND_PART = 5;
export const MIN_SHARED_PREFIX = 6;

/**
 * Swedish writes compounds as one word ("läkemedelslista"), so a stem that
 * starts or ends another ("läkemedel"; "list" is too short to count) is
 * probably the same topic; a long common beginning ("dokumentation",
 * "dokumentera") is too. A linking -s- needs no special case: the shorter
 * part is still a prefix.
 */
export function sharesCompoundPart(a: string, b: string): boolean {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (shorter.length >= MIN_COMPOUND_PART && (longer.startsWith(shorter) || longer.endsWith(shorter))) return true;
  return commonPrefixLength(a, b) >= MIN_SHARED_PREFIX;
}

function commonPrefixLength(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let i = 0;
  while (i < max && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}
