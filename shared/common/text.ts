/**
 * One rule for every piece of text a person types: what is stored, exported
 * and shown must be something XML (and so .xlsx) can carry, so an export
 * always opens and nothing is silently dropped on the way.
 *
 * Line ends become LF and text is NFC-normalised, so the same words compare
 * and export alike whichever keyboard or paste produced them. Characters
 * with no place in typed text are refused, never dropped: C0 controls other
 * than TAB and LF, DEL, C1 controls, lone surrogates and Unicode
 * noncharacters (U+FDD0–U+FDEF and every U+xFFFE/U+xFFFF).
 */

export interface ForbiddenCharacter {
  /** The character as people can look it up, e.g. "U+FFFE". */
  readonly character: string;
  /** 1-based position in characters (code points) of the normalised text. */
  readonly position: number;
}

export function codePointLabel(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

function isForbidden(codePoint: number): boolean {
  if (codePoint < 0x20) return codePoint !== 0x09 && codePoint !== 0x0a;
  if (codePoint >= 0x7f && codePoint <= 0x9f) return true;
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return true;
  if (codePoint >= 0xfdd0 && codePoint <= 0xfdef) return true;
  return (codePoint & 0xfffe) === 0xfffe;
}

export function normaliseText(text: string): string {
  return text.replace(/\r\n?/g, '\n').normalize('NFC');
}

/** Names and headings hold one line: a pasted line or paragraph break or a tab becomes a space. */
export function normaliseSingleLine(text: string): string {
  return normaliseText(text).replace(/[\t\n\u2028\u2029]/g, ' ');
}

export function findForbiddenCharacter(text: string): ForbiddenCharacter | null {
  let position = 0;
  // for…of walks code points, and yields a lone surrogate as itself.
  for (const char of text) {
    position += 1;
    const codePoint = char.codePointAt(0)!;
    if (isForbidden(codePoint)) return { character: codePointLabel(codePoint), position };
  }
  return null;
}

/** For text stored before the rule existed: keep every row, mark what cannot be carried. */
export function replaceForbiddenCharacters(text: string): string {
  let out = '';
  for (const char of normaliseText(text)) out += isForbidden(char.codePointAt(0)!) ? '\uFFFD' : char;
  return out;
}
