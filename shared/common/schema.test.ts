import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { awkwardText } from '../../test/support/awkward-text';
import { multiLine, singleLine } from './schema';
import { findForbiddenCharacter, normaliseText } from './text';

describe('text fields', () => {
  it('trim, normalise line ends and, on one line, turn breaks and tabs into spaces', () => {
    expect(multiLine(50).parse('  Rad ett\r\nrad två\t! ')).toBe('Rad ett\nrad två\t!');
    expect(singleLine(50).parse(' Anna\r\nBerg\t ')).toBe('Anna Berg');
  });

  it('refuse a character XML cannot carry, naming it and where it is', () => {
    const result = multiLine(50).safeParse('ok \ufffe');
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ code: 'custom', params: { reason: 'forbidden_character', character: 'U+FFFE', position: 4 } }),
    ]);
  });

  it('still enforce the length limits', () => {
    expect(singleLine(3).min(1).safeParse('   ').error?.issues[0]?.code).toBe('too_small');
    expect(singleLine(3).safeParse('abcd').error?.issues[0]?.code).toBe('too_big');
  });

  it('accept exactly the text the rule allows, and name the first refused character otherwise', () => {
    fc.assert(
      fc.property(awkwardText, (text) => {
        const result = multiLine(10_000).safeParse(text);
        const refused = findForbiddenCharacter(normaliseText(text).trim());
        if (refused === null) expect(result.data).toBe(normaliseText(text).trim());
        else expect(result.error?.issues[0]).toMatchObject({ code: 'custom', params: { reason: 'forbidden_character', ...refused } });
      }),
    );
  });
});
