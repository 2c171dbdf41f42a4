/**
 * The mention patterns are looked for only where one of their starts stands (`matchPatterns`, see `matchStarts`):
 * that must find exactly the matches a scan of the whole text per pattern finds (`matchWords`), in every language.
 */
import fc from 'fast-check';
import type { CompiledLexicon, PatternKey } from './index';
import { ENTITIES, LEXICONS, lexiconFor, matchAtWordStarts, matchPatterns, matchWords } from './index';
import { lexiconTexts } from '../../test/support/lexicon-texts';
import { matchStarts, mayStart, startPrefixes, tokenTrie } from './compile';

/** Every pattern the lexicon compiles. */
const keysOf = (lex: CompiledLexicon): PatternKey[] => Object.keys(lex.patterns) as PatternKey[];

/** Where each match starts and what it reads, with its groups: all that the mentions are made of. */
/** Values for a template's slots, as texts write them. */
const SLOT_VALUES: Record<string, (lex: NonNullable<ReturnType<typeof lexiconFor>>['lexicon']) => string> = {
  N: () => '17',
  NUMS: () => '11, 13 and 17',
  RNUMS: () => '78 and 90',
  HBNUMS: () => '1-8 and 2-8',
  GOALS: () => '3 and 9',
  QCODE: () => '2/2',
  QCODES: () => '2/2 and 14-3/2',
  UNNUM: () => '70/1',
  UNNUMS: () => '70/1 and 71/2',
  WHANUM: () => '58.28',
  WHACODES: () => 'WHA58.28, WHA66.24 and WHA71.7',
  WHANUMS: () => '58.28 and 71.7',
  YEAR: () => '2022',
  PLACE: () => 'Geneva',
  SESSION: () => 'C19',
  TEXT: () => 'digital health',
  RCODE: () => 'H.810',
  SECTOR: (l) => l.sectors[0]?.sector ?? '',
  BODY: (l) => l.bodies[0]?.names[0] ?? '',
  HEADERBODY: (l) => l.bodies.find((b) => b.headerNames?.length)?.headerNames?.[0] ?? '',
};

/** A text a template may match, roughly: its slots filled, its regex syntax left out. */
const writtenOut = (template: string, lex: NonNullable<ReturnType<typeof lexiconFor>>['lexicon']): string =>
  template
    .replace(/\{([A-Z]+)\}/gu, (_, slot: string) => SLOT_VALUES[slot]?.(lex) ?? '')
    .replace(/\\([().])/gu, '$1')
    .replace(/\(\?(?:<!|<=|=|!)[^)]*\)|\(\?:|\)\??|[?*+|]|\[[^\]]*\]|\\[a-z]/gu, '');

/**
 * Texts of the lexicon's own words: the templates' words, entity and Sector names, numbers and codes, run together
 * with white space, punctuation, a letter glued on (starts inside words), in any case.
 */
function textsOf(lex: CompiledLexicon): fc.Arbitrary<string> {
  const words = [
    ...Object.values(lex.lexicon.patterns).flatMap((ts: readonly string[]) =>
      ts.flatMap((t) => [writtenOut(t, lex.lexicon), ...writtenOut(t, lex.lexicon).split(/\s+/u)]),
    ),
    ...ENTITIES.flatMap((e) => lex.lexicon.entityNames[e.key] ?? []),
    ...lex.lexicon.sectors.flatMap((s) => [s.sector, ...s.names]),
    ...lex.lexicon.bodies.flatMap((b) => [...b.names, ...(b.headerNames ?? [])]),
    ...lex.lexicon.listJoiners,
    ...['17', '2/2', '14-3/2', '70/1', '58.28', 'WHA71.7', 'H.810', 'A/RES/70/1', 'SG16', 'C19', '2022', 'Rev.'],
    ...['(', ')', ',', '.', ';', 'x', 'ſ', 'K', '\u212A', '\u{1D400}'],
  ];
  return lexiconTexts(words, {
    maxLength: 40,
    separators: [' ', ' ', ' ', '', '\u00A0', '  ', '\n', ', ', '-'],
  });
}

const shown = (matches: readonly RegExpExecArray[]): string[] =>
  matches.map((m) => `${m.index}:${m[0]}:${JSON.stringify(m.groups ?? {})}`);

describe('the starts of a pattern', () => {
  const starts = (source: string, literalOnly = false): string[] | null =>
    matchStarts(source, literalOnly)?.map((tokens) => tokens.map((t) => t.src).join('')) ?? null;

  it('are its words as written, with each optional part and without it', () => {
    expect(starts('(?:ITU )?Council')?.sort()).toEqual(['Council', 'ITU Council'].sort());
    expect(starts('Study Groups?')?.sort()).toEqual(['Study Group', 'Study Groups'].sort());
  });

  it('take in a repeated token and what follows it, and stop after a repetition that may go on', () => {
    expect(starts('SG[ \\t]+\\d{1,4}x')).toEqual(['SG(?:[ \\t])+(?:\\d){1,4}x']);
    expect(starts('ab*c')?.sort()).toEqual(['ab', 'ac'].sort());
  });

  it('pass over a look-around and a word boundary', () => {
    expect(starts('(?<![\\p{L}])\\bWHA(?=\\d)')).toEqual(['WHA']);
  });

  it('read a named group whatever letters name it', () => {
    // (As long as a start is kept: the name's group is read as a group, not as the characters `?<Ärzte>`.)
    expect(starts('(?<Ärzte>Council) Working')).toEqual([expect.stringMatching(/^Council W/u)]);
  });

  it('keep only literal characters for a pattern of another case flag', () => {
    expect(starts('Decision[ \\t]+(?<N>\\d+)', true)).toEqual(['Decision']);
  });

  it.each([
    ['a pattern that may match at once', 'a?'],
    ['a pattern that opens with a class', '[CС]-\\d'],
    ['a pattern that opens with an optional class', '\\s*Council'],
    ['a back-reference', '(a)\\1'],
    ['a group of a syntax it does not read (inline modifiers)', '(?i:council) Working'],
  ])('are not told for %s', (_, source) => {
    expect(starts(source)).toBeNull();
  });
});

describe('patterns looked for where their starts stand', () => {
  it.each(LEXICONS.filter((l) => l.script !== 'Han').map((l) => [l.language]))(
    'find the same matches as a scan per pattern in %s',
    (language) => {
      const lex = lexiconFor(language);
      if (!lex) throw new Error(`no lexicon ${language}`);
      expect(lex.patternStarts?.sticky.length ?? 0).toBeGreaterThan(0);
      const text = textsOf(lex);
      fc.assert(
        fc.property(text, (t) => {
          const keys = keysOf(lex);
          const fast = matchPatterns(lex, keys, t);
          keys.forEach((key, k) => {
            expect(shown(fast[k] ?? [])).toEqual(shown([...matchWords(lex.lexicon, lex.patterns[key], t)]));
          });
        }),
        { numRuns: 400, seed: 28 },
      );
    },
  );

  it('find a pattern that starts with a character its case flag folds to another ("ſ" is "s")', () => {
    const lex = lexiconFor('en');
    if (!lex) throw new Error('no lexicon en');
    const text = 'the ſtudy Group 5 and xStudy Group 6; SG 17, SDGs 3 and 4';
    const fast = matchPatterns(lex, ['studyGroup', 'sdg'], text);
    expect(shown(fast[0] ?? [])).toEqual(shown([...matchWords(lex.lexicon, lex.patterns.studyGroup, text)]));
    expect(shown(fast[1] ?? [])).toEqual(shown([...matchWords(lex.lexicon, lex.patterns.sdg, text)]));
    expect(fast[0]?.map((m) => m[0])).toEqual(['ſtudy Group 5', 'SG 17']);
  });
});

describe('the pass over the places where words start', () => {
  const nonHan = LEXICONS.filter((l) => l.script !== 'Han').map((l) => [l.language]);

  it.each(nonHan)('is told by the prefixes wherever a start of a pattern stands, in %s', (language) => {
    const lex = lexiconFor(language);
    if (!lex?.patternStarts) throw new Error(`no pattern starts ${language}`);
    const { scan, prefixes } = lex.patternStarts;
    fc.assert(
      fc.property(textsOf(lex), (t) => {
        for (let at = 0; at < t.length; at++) {
          scan.lastIndex = at;
          // Where the scan reads a start from `at` (not from the start of a pair of surrogates `at` is inside).
          const m = scan.exec(t);
          if (m?.index === at) expect([at, mayStart(prefixes, t, at)]).toEqual([at, true]);
        }
      }),
      { numRuns: 300, seed: 32 },
    );
  });

  it.each(nonHan)(
    'finds the patterns and the entity names together as a scan for each finds them, in %s',
    (language) => {
      const lex = lexiconFor(language);
      if (!lex) throw new Error(`no lexicon ${language}`);
      fc.assert(
        fc.property(textsOf(lex), (t) => {
          const keys = keysOf(lex);
          const both = matchAtWordStarts(lex, keys, t, true);
          keys.forEach((key, k) => {
            expect(shown(both.patterns[k] ?? [])).toEqual(shown([...matchWords(lex.lexicon, lex.patterns[key], t)]));
          });
          expect(shown(both.entities)).toEqual(shown([...matchWords(lex.lexicon, lex.entityWords, t)]));
        }),
        { numRuns: 300, seed: 32 },
      );
    },
  );

  it('tells a start by its first three characters, in either case', () => {
    const lex = lexiconFor('en');
    if (!lex?.patternStarts) throw new Error('no pattern starts en');
    const { prefixes } = lex.patternStarts;
    expect(['Study Group 2', 'sTUdy', 'the Question', 'Resolution 1'].map((t) => mayStart(prefixes, t, 0))).toEqual([
      true,
      true,
      true,
      true,
    ]);
    // Words that open with a start's first letters but not its first three.
    expect(['Stage', 'thx', 'Rx', ''].map((t) => mayStart(prefixes, t, 0))).toEqual([false, false, false, false]);
  });

  // No lexicon has such starts today; a template that opens with one must not be lost by the prefixes.
  it.each([
    ['one that opens with punctuation or a sign', ['§ ?\\d', '\\(a\\)', '\\[b\\]'], ['§5', '§ 5', '(a)', '[b]', '[B]']],
    [
      'one whose letter has a case above U+2000 (the Ohm and Kelvin signs fold to ω and k)',
      ['ωmega', 'kelvin'],
      ['ωmega', 'Ωmega', '\u2126mega', 'kelvin', 'Kelvin', '\u212Aelvin'],
    ],
    [
      'one with a repeated letter among its first three',
      ['ab+c', 'xy*z', 'a{2}d'],
      ['abc', 'abbc', 'xz', 'xyyz', 'aad'],
    ],
    ['one that opens with a letter outside the BMP', ['\u{1D400}b', 'c\u{1D401}'], ['\u{1D400}b', 'c\u{1D401}']],
  ])('is told by the prefixes wherever a start stands, for %s', (_, sources, words) => {
    for (const ci of ['iu', 'u']) {
      const starts = sources.flatMap((s) => matchStarts(s) ?? []);
      expect(starts.length).toBeGreaterThanOrEqual(sources.length);
      const scan = new RegExp(tokenTrie(starts), `y${ci}`);
      const prefixes = startPrefixes(starts, ci);
      const text = lexiconTexts([...words, 'a', 'b', '5', '\uD835', '\u2126'], {
        maxLength: 8,
        separators: ['', ' ', '(', 'x'],
      });
      let found = 0;
      fc.assert(
        fc.property(text, (t) => {
          for (let at = 0; at < t.length; at++) {
            scan.lastIndex = at;
            const m = scan.exec(t);
            if (m?.index !== at) continue;
            found++;
            expect([ci, t, at, mayStart(prefixes, t, at)]).toEqual([ci, t, at, true]);
          }
        }),
        { numRuns: 500, seed: 33 },
      );
      expect(found).toBeGreaterThan(100);
    }
  });
});
