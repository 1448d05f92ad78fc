import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ClusterSuggestion, MAX_SUGGEST_NOTES, suggestClusters, type SuggestNote } from './suggest';

/** Five obvious themes from a discharge workshop, six notes each. */
const THEMES = {
  medication: {
    heading: /läkemedel/i,
    notes: [
      'Läkemedelslistan är inte uppdaterad när patienten skrivs ut',
      'Vi vet inte vilka läkemedel patienten har hemma',
      'Fel dos på läkemedelslistan efter utskrivningen',
      'Ändrade läkemedel syns inte i listan som följer med hem',
      'Oklart vem som gör läkemedelsgenomgången före hemgång',
      'Dosetten stämmer inte med läkemedelslistan',
    ],
  },
  sip: {
    heading: /sip|kallelse/i,
    notes: [
      'SIP-mötet bokas alldeles för sent',
      'Kallelsen till SIP kommer dagen innan mötet',
      'Vi hinner inte förbereda oss inför SIP',
      'Kallelse till SIP skickas till fel mottagare',
      'SIP görs sällan trots att patienten har stora behov',
      'Ingen kallar till SIP när patienten redan är hemma',
    ],
  },
  documentation: {
    heading: /dokumentation/i,
    notes: [
      'Dokumentationen i Prator är otydlig',
      'Svårt att hitta dokumentationen i journalen',
      'Alla dokumenterar på olika sätt i Prator',
      'Dokumentation om hjälpmedel saknas i journalen',
      'Journalen saknar dokumentation om funktionsnivå',
      'Ofullständig dokumentation när ärendet skickas i Prator',
    ],
  },
  homeCare: {
    heading: /hemtjänst|hemgång/i,
    notes: [
      'Hemtjänsten får veta för sent att patienten är på väg hem',
      'Hemgång sker på fredag eftermiddag utan att hemtjänsten vet',
      'Hemtjänsten får ingen information inför hemgången',
      'Hemtjänstpersonalen saknar information om patientens behov',
      'Patienten kommer hem innan hemtjänsten är planerad',
      'Information till kommunen om hemgång kommer för sent',
    ],
  },
  doctors: {
    heading: /läkare|primärvård/i,
    notes: [
      'Det finns för få läkare i primärvården',
      'Vårdcentralen har ingen fast läkare',
      'Läkarbristen gör att uppföljningen efter hemgång uteblir',
      'Primärvården har inte tid för hembesök hos äldre',
      'Stafettläkare känner inte patienterna',
      'Svårt att få tag på en läkare på vårdcentralen',
    ],
  },
} as const;

type Theme = keyof typeof THEMES;
const NOISE = ['Bra samarbete med rehab', 'Parkeringen vid sjukhuset räcker inte'];

/** Themes interleaved, the way notes arrive when several people write at once. */
function workshopBoard(): (SuggestNote & { theme: Theme | 'noise' })[] {
  const board: (SuggestNote & { theme: Theme | 'noise' })[] = [];
  for (let k = 0; k < 6; k++) {
    for (const theme of Object.keys(THEMES) as Theme[]) board.push({ id: `${theme}-${k}`, text: THEMES[theme].notes[k]!, theme });
  }
  NOISE.forEach((text, k) => board.splice(7 * k + 3, 0, { id: `noise-${k}`, text, theme: 'noise' }));
  return board;
}

function themeOf(id: string): string {
  return id.split('-')[0]!;
}

describe('suggestClusters on a realistic board', () => {
  const board = workshopBoard();
  const proposals = suggestClusters(board);

  it.each(Object.keys(THEMES) as Theme[])('recovers the %s theme under a fitting heading', (theme) => {
    const home = proposals
      .map((p) => ({ p, hits: p.noteIds.filter((id) => themeOf(id) === theme).length }))
      .sort((a, b) => b.hits - a.hits)[0]!;
    // Most of the theme lands in one proposal, which is mostly that theme.
    expect(home.hits).toBeGreaterThanOrEqual(4);
    expect(home.hits / home.p.noteIds.length).toBeGreaterThanOrEqual(0.8);
    expect(home.p.heading).toMatch(THEMES[theme].heading);
  });

  it('proposes one group per theme and leaves the unrelated notes out', () => {
    expect(proposals).toHaveLength(5);
    const proposed = proposals.flatMap((p) => p.noteIds);
    expect(proposed).not.toContain('noise-0');
    expect(proposed).not.toContain('noise-1');
  });

  it('keeps acronyms upper-case in headings', () => {
    expect(proposals.find((p) => p.noteIds.includes('sip-0'))!.heading).toMatch(/SIP/);
  });

  it('finds the same groups whatever order the notes come in', () => {
    const asSets = (list: ClusterSuggestion[]) => list.map((p) => [...p.noteIds].sort().join(' ')).sort();
    fc.assert(
      fc.property(fc.shuffledSubarray(board, { minLength: board.length }), (shuffled) => {
        expect(asSets(suggestClusters(shuffled))).toEqual(asSets(proposals));
      }),
      { numRuns: 30 },
    );
  });
});

/**
 * A second board, written the way a room writes: themes from a discharge
 * evaluation (the IT support, the preliminary discharge date, SIP, aids,
 * training), several notes hyphenating a prefix ("IT-stödet", "SIP-mötet").
 */
const SECOND_BOARD = {
  itSupport: [
    'Otydlig dokumentation i IT-stödet när patienten skrivs ut',
    'Dokumentationen i IT-stödet är otydlig och svår att hitta',
    'Vet inte var i IT-stödet vi ska dokumentera funktionsnivån',
    'Otydligt vad som ska dokumenteras i IT-stödet och när',
    'Sjuksköterskan hittar inte dokumentationen i IT-stödet',
  ],
  dischargeDate: [
    'Preliminärt utskrivningsdatum meddelas inte inom ett dygn',
    'Utskrivningsdatum ändras flera gånger utan att kommunen får veta',
    'Patienten får inte veta sitt preliminära utskrivningsdatum',
    'Det preliminära utskrivningsdatumet flyttas hela tiden',
    'Hemtjänsten planerar efter ett utskrivningsdatum som sedan ändras',
  ],
  sip: [
    'SIP-mötet blir inte av innan hemgång',
    'Oklart vem som kallar till SIP-mötet',
    'Kallelse till SIP kommer för sent',
    'Oklart vem som är ansvarig för vad under SIP-mötet',
    'SIP följs sällan upp och avslutas aldrig',
  ],
  aids: [
    'Hjälpmedel saknas när patienten kommer hem',
    'Ingen beställer hjälpmedel före utskrivningen',
    'Otydligt vem som ansvarar för hjälpmedel i hemmet',
    'Hjälpmedlen levereras först veckan efter hemgång',
  ],
  training: [
    'Ny personal har ingen utbildning i Prator',
    'Utbildning i Prator saknas för vikarier',
    'Kunskapen om Prator finns bara hos koordinatorerna',
    'Vikarier vet inte hur Prator fungerar',
  ],
} as const;

describe('suggested headings read as phrases', () => {
  const board = Object.entries(SECOND_BOARD).flatMap(([theme, texts]) => texts.map((text, k) => ({ id: `${theme}-${k}`, text })));
  const byId = new Map(board.map((note) => [note.id, note.text]));
  const proposals = suggestClusters(board);
  const headingOf = (theme: keyof typeof SECOND_BOARD) => proposals.find((p) => p.noteIds.includes(`${theme}-0`))?.heading;

  it('finds every theme', () => {
    expect(proposals.map((p) => themeOf(p.noteIds[0]!)).sort()).toEqual(Object.keys(SECOND_BOARD).sort());
  });

  it('takes the heading from what the notes wrote, hyphenated prefix and all', () => {
    expect(headingOf('itSupport')).toBe('Otydlig dokumentation i IT-stödet');
    expect(headingOf('dischargeDate')).toBe('Preliminära utskrivningsdatum');
    expect(headingOf('sip')).toBe('Oklart vem som kallar till SIP-mötet');
    expect(headingOf('training')).toBe('Utbildning i Prator saknas för vikarier');
  });

  it('falls back to the one word the notes share when no note has a phrase for it', () => {
    expect(headingOf('aids')).toBe('Hjälpmedel');
  });

  it('never joins keywords with a dash and never cuts a word', () => {
    for (const proposal of proposals) {
      expect(proposal.heading).not.toMatch(/ – /);
      expect(proposal.noteIds.some((id) => containsWords(byId.get(id)!, proposal.heading))).toBe(true);
    }
  });
});

/** The heading is a run of whole words of the text (case aside). */
function containsWords(text: string, heading: string): boolean {
  const hay = text.normalize('NFC').toLocaleLowerCase('sv').replace(/\s+/g, ' ');
  const needle = heading.toLocaleLowerCase('sv');
  const letter = /[\p{L}\p{M}\p{N}]/u;
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
    if (!letter.test(hay.charAt(at - 1)) && !letter.test(hay.charAt(at + needle.length))) return true;
  }
  return false;
}

describe('suggestClusters', () => {
  const notes = (...texts: string[]) => texts.map((text, i) => ({ id: `n${i}`, text }));

  it('finds both themes on a small board where each theme is half the notes', () => {
    const proposals = suggestClusters(
      notes(
        'Läkemedelslistan stämmer inte vid utskrivning',
        'Läkemedelslistan saknas när patienten kommer hem',
        'Fel i läkemedelslistan från sjukhuset',
        'Kallelse till SIP kommer för sent',
        'SIP blir inte av i tid',
        'Ingen kallar till SIP',
      ),
    );
    expect(proposals.map((p) => p.noteIds)).toEqual([
      ['n0', 'n1', 'n2'],
      ['n3', 'n4', 'n5'],
    ]);
  });

  it('proposes nothing for an empty board', () => {
    expect(suggestClusters([])).toEqual([]);
  });

  it('heads the group with the phrase of one of its notes that carries most of what they share', () => {
    const [proposal] = suggestClusters(notes('SIP kallas för sent', 'Vi kallar inte till SIP i tid', 'Parkeringen är full'));
    expect(proposal).toEqual({ heading: 'SIP kallas', noteIds: ['n0', 'n1'] });
  });

  it('keeps a negation that belongs to the phrase', () => {
    const board = notes('Läkemedelslistan stämmer inte vid hemgång', 'Parkeringen är full', 'Dosetten och läkemedelslistan stämmer inte överens');
    expect(suggestClusters(board)[0]?.heading).toBe('Läkemedelslistan stämmer inte');
    const nobody = notes('Ingen kallar till SIP', 'Kallelse till SIP saknas', 'Parkeringen är full');
    expect(suggestClusters(nobody)[0]?.heading).toBe('Ingen kallar till SIP');
  });

  it('does not run a phrase across punctuation', () => {
    const board = notes('Prator, dokumentationen är otydlig', 'Dokumentationen i Prator brister', 'Parkeringen är full');
    expect(suggestClusters(board)[0]?.heading).toBe('Dokumentationen i Prator');
  });

  it('heads a group with the shared compound part', () => {
    const [proposal] = suggestClusters(notes('Läkemedelslistan stämmer inte', 'Saknar uppgift om läkemedel hemma', 'Parkeringen är full'));
    expect(proposal?.heading).toBe('Läkemedel');
  });

  it('does not group notes that only share a word every note uses', () => {
    const board = notes(
      'Patienten väntar på färdtjänst',
      'Patienten får fel kost på avdelningen',
      'Patienten vet inte vem som ringer',
      'Patienten har ingen anhörig',
      'Patienten saknar telefon',
    );
    expect(suggestClusters(board)).toEqual([]);
  });

  it('with the highest threshold only groups notes that say the same thing', () => {
    const board = notes('SIP kallas sent', 'Prator är otydligt', 'sip: kallas SENT!', 'SIP kallas alldeles för sent');
    expect(suggestClusters(board, { threshold: 1 }).map((p) => p.noteIds)).toEqual([['n0', 'n2']]);
  });

  it('counts a duplicated id once', () => {
    const board = [...notes('SIP kallas sent', 'SIP kallas för sent'), { id: 'n0', text: 'SIP kallas sent' }];
    expect(suggestClusters(board)).toEqual([{ heading: 'SIP kallas sent', noteIds: ['n0', 'n1'] }]);
  });

  it(`looks at the first ${MAX_SUGGEST_NOTES} notes only`, () => {
    const filler = Array.from({ length: MAX_SUGGEST_NOTES }, (_, i) => ({ id: `f${i}`, text: '?' }));
    const pair = notes('SIP kallas sent', 'SIP kallas för sent');
    expect(suggestClusters([...pair, ...filler])).toHaveLength(1);
    expect(suggestClusters([...filler, ...pair])).toEqual([]);
  });
});

describe('suggestClusters properties', () => {
  const vocabulary = [
    'SIP', 'kallelse', 'kallas', 'läkemedel', 'läkemedelslistan', 'Prator', 'journalen', 'dokumentation',
    'hemtjänsten', 'hemgång', 'läkare', 'primärvården', 'patienten', 'och', 'inte', 'för', 'sent', 'i', 'tid', '!', '–',
  ];
  const text = fc
    .array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 8 })
    .map((words) => words.join(' '));
  const board = fc
    .uniqueArray(fc.record({ id: fc.string({ minLength: 1, maxLength: 6 }), text }), {
      selector: (note) => note.id,
      maxLength: 40,
    });
  const options = fc.record({
    minSize: fc.integer({ min: 1, max: 5 }),
    threshold: fc.double({ min: 0, max: 1, noNaN: true }),
  });

  it('only proposes input notes, each at most once, in groups of at least minSize, headed by whole words of them', () => {
    fc.assert(
      fc.property(board, options, (input, opts) => {
        const ids = new Set(input.map((n) => n.id));
        const text = new Map(input.map((n) => [n.id, n.text]));
        const proposed = suggestClusters(input, opts).flatMap((p) => {
          expect(p.noteIds.length).toBeGreaterThanOrEqual(opts.minSize);
          expect(p.heading.trim()).not.toBe('');
          expect(p.noteIds.some((id) => containsWords(text.get(id)!, p.heading))).toBe(true);
          return p.noteIds;
        });
        expect(proposed.every((id) => ids.has(id))).toBe(true);
        expect(new Set(proposed).size).toBe(proposed.length);
      }),
    );
  });

  it('orders proposals by size, then by where their first note sits', () => {
    fc.assert(
      fc.property(board, (input) => {
        const position = new Map(input.map((n, i) => [n.id, i]));
        const proposals = suggestClusters(input);
        for (const p of proposals) {
          const order = p.noteIds.map((id) => position.get(id)!);
          expect(order).toEqual([...order].sort((a, b) => a - b));
        }
        for (let k = 1; k < proposals.length; k++) {
          const [a, b] = [proposals[k - 1]!, proposals[k]!];
          const firstOf = (p: ClusterSuggestion) => position.get(p.noteIds[0]!)!;
          expect(a.noteIds.length > b.noteIds.length || (a.noteIds.length === b.noteIds.length && firstOf(a) < firstOf(b))).toBe(
            true,
          );
        }
      }),
    );
  });

  it('is deterministic, also after a shuffle and re-sort of the input', () => {
    const shuffledBoard = board.chain((input) => fc.tuple(fc.constant(input), fc.shuffledSubarray(input, { minLength: input.length })));
    fc.assert(
      fc.property(shuffledBoard, ([input, shuffled]) => {
        const first = suggestClusters(input);
        expect(suggestClusters(input)).toEqual(first);
        const position = new Map(input.map((n, i) => [n.id, i]));
        const resorted = [...shuffled].sort((a, b) => position.get(a.id)! - position.get(b.id)!);
        expect(suggestClusters(resorted)).toEqual(first);
      }),
    );
  });
});
