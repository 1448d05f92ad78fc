import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { awkwardText } from '../../test/support/awkward-text';
import { codePointLabel, findForbiddenCharacter, normaliseSingleLine, normaliseText, replaceForbiddenCharacters } from './text';

describe('the text rule', () => {
  it('normalises line ends to LF and composes characters', () => {
    expect(normaliseText('a\r\nb\rc\nd')).toBe('a\nb\nc\nd');
    expect(normaliseText('Cafe\u0301')).toBe('Café');
    expect(normaliseSingleLine('Anna\r\nBerg\tKommun\u2028Ronneby')).toBe('Anna Berg Kommun Ronneby');
  });

  it('names the first refused character and its position in code points', () => {
    expect(findForbiddenCharacter('Plan 🙂 \uffff')).toEqual({ character: 'U+FFFF', position: 8 });
    expect(findForbiddenCharacter('\u0000')).toEqual({ character: 'U+0000', position: 1 });
    expect(findForbiddenCharacter('ab\ud800')).toEqual({ character: 'U+D800', position: 3 });
    expect(findForbiddenCharacter('x\u{10ffff}')).toEqual({ character: 'U+10FFFF', position: 2 });
  });

  it('refuses controls, DEL, C1, lone surrogates and noncharacters; keeps TAB, LF and the rest', () => {
    for (const cp of [0x0, 0x8, 0xb, 0xc, 0xd, 0x1f, 0x7f, 0x80, 0x9f, 0xd800, 0xdfff, 0xfdd0, 0xfdef, 0xfffe, 0xffff, 0x1fffe, 0x10ffff]) {
      expect(findForbiddenCharacter(`a${String.fromCodePoint(cp)}`), codePointLabel(cp)).not.toBeNull();
    }
    for (const text of ['\t', '\n', ' ', 'åäö', '\u00a0', '\ufeff', '\ufffd', '\ufdcf', '\ufdf0', '🙂', '\u{1fffd}', '<&>"\'']) {
      expect(findForbiddenCharacter(text), text).toBeNull();
    }
  });

  it('replacement keeps every allowed character and leaves nothing the rule refuses', () => {
    fc.assert(
      fc.property(awkwardText, (text) => {
        const replaced = replaceForbiddenCharacters(text);
        expect(findForbiddenCharacter(replaced)).toBeNull();
        if (findForbiddenCharacter(normaliseText(text)) === null) expect(replaced).toBe(normaliseText(text));
      }),
    );
  });
});
