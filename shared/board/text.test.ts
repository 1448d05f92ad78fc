import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentWords, foldText, isStopWord, matchesSearch, sharesCompoundPart, stem, tokens } from './text';

describe('foldText', () => {
  it('lower-cases, drops punctuation and collapses whitespace', () => {
    expect(foldText('  Läkemedels-LISTAN   stämmer inte!! ')).toBe('läkemedels listan stämmer inte');
    expect(foldText('SIP?! (inom 3 dagar)')).toBe('sip inom 3 dagar');
  });

  it('keeps Swedish and other accented letters and digits', () => {
    expect(foldText('ÅÄÖ éÜ 24h')).toBe('åäö éü 24h');
  });

  it('composes decomposed letters, so å typed either way is the same', () => {
    expect(foldText('Va\u030Ardplan')).toBe('vårdplan');
    expect(foldText('Va\u030Ardplan')).toBe(foldText('Vårdplan'));
  });

  it('never leaves double or edge spaces', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const folded = foldText(s);
        expect(folded).toBe(folded.trim());
        expect(folded).not.toMatch(/\s{2}/);
        expect(foldText(folded)).toBe(folded);
      }),
    );
  });
});

describe('matchesSearch', () => {
  it('finds every query word anywhere in the text, ignoring case and punctuation', () => {
    expect(matchesSearch('Otydlig dokumentation i Prator.', 'prator DOK')).toBe(true);
    expect(matchesSearch('Otydlig dokumentation i Prator.', 'prator journal')).toBe(false);
    expect(matchesSearch('Kallelse till SIP-möte', 'sip möte')).toBe(true);
  });

  it('matches everything with an empty query', () => {
    expect(matchesSearch('Vad som helst', '   ')).toBe(true);
  });
});

describe('tokens', () => {
  it('drops Swedish and English stop words and one-letter words', () => {
    expect(tokens('Vi kallar inte till SIP i tid, och det är ett problem')).toEqual(['kallar', 'sip', 'tid', 'problem']);
    expect(tokens('The discharge is not planned with the patient')).toEqual(['discharge', 'planned', 'patient']);
    expect(tokens('x och y')).toEqual([]);
  });

  it('knows the common function words', () => {
    for (const word of ['och', 'att', 'det', 'som', 'på', 'för', 'inte', 'när', 'också', 'mycket', 'utan', 'the', 'and']) {
      expect(isStopWord(word)).toBe(true);
    }
    expect(isStopWord('läkemedel')).toBe(false);
  });

  it('keeps the surface form for headings', () => {
    expect(contentWords('SIP-mötet kallas sent')).toEqual([
      { surface: 'SIP', folded: 'sip', index: 0 },
      { surface: 'mötet', folded: 'mötet', index: 4 },
      { surface: 'kallas', folded: 'kallas', index: 10 },
      { surface: 'sent', folded: 'sent', index: 17 },
    ]);
  });

  it('reads a capitalised prefix before a hyphen as an acronym, not a stop word', () => {
    expect(tokens('Otydligt i IT-stödet')).toEqual(['otydligt', 'it', 'stödet']);
    expect(tokens('it is IT, it-stödet')).toEqual(['stödet']);
  });
});

describe('stem', () => {
  it.each([
    ['läkemedelslistan', 'läkemedelslist'],
    ['läkemedelslista', 'läkemedelslist'],
    ['listor', 'list'],
    ['kallas', 'kall'],
    ['kallar', 'kall'],
    ['kallelsen', 'kall'],
    ['hemtjänsten', 'hemtjänst'],
    ['utskrivningen', 'utskriv'],
    ['patientens', 'patient'],
    ['tiden', 'tid'],
    ['tider', 'tid'],
    ['läkare', 'läkar'],
    ['läkarna', 'läkar'],
  ])('%s → %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  it('brings inflected forms of one word together', () => {
    expect(stem('dokumentationen')).toBe(stem('dokumentation'));
    expect(stem('planen')).toBe(stem('planer'));
    expect(stem('mötet')).toBe(stem('möte'));
  });

  it('leaves short words and a final double s alone', () => {
    expect(stem('sip')).toBe('sip');
    expect(stem('bra')).toBe('bra');
    expect(stem('process')).toBe('process');
    expect(stem('processen')).toBe('process');
  });

  it('only ever shortens a word from the end, never below three letters', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-zåäö]{1,20}$/), (word) => {
        const s = stem(word);
        expect(word.startsWith(s)).toBe(true);
        expect(s.length).toBeGreaterThanOrEqual(Math.min(word.length, 3));
      }),
    );
  });
});

describe('sharesCompoundPart', () => {
  it('matches a word inside a compound', () => {
    expect(sharesCompoundPart(stem('läkemedelslista'), stem('läkemedel'))).toBe(true);
    expect(sharesCompoundPart(stem('hemtjänstpersonalen'), stem('hemtjänsten'))).toBe(true);
    expect(sharesCompoundPart(stem('personal'), stem('hemtjänstpersonal'))).toBe(true);
    expect(sharesCompoundPart(stem('läkarbristen'), stem('läkaren'))).toBe(true);
  });

  it('matches words with a long common beginning', () => {
    expect(sharesCompoundPart(stem('dokumentationen'), stem('dokumenterar'))).toBe(true);
  });

  it('ignores short or unrelated parts', () => {
    expect(sharesCompoundPart(stem('listan'), stem('läkemedelslistan'))).toBe(false);
    expect(sharesCompoundPart(stem('hemtjänst'), stem('hemsjukvård'))).toBe(false);
    expect(sharesCompoundPart(stem('vårdplan'), stem('vårdpersonal'))).toBe(false);
  });

  it('is symmetric', () => {
    const word = fc.stringMatching(/^[a-zåäö]{1,14}$/);
    fc.assert(fc.property(word, word, (a, b) => sharesCompoundPart(a, b) === sharesCompoundPart(b, a)));
  });
});
