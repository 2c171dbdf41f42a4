/**
 * The entity names are looked for only at words that may begin one (`matchEntities`): that must find exactly the
 * matches a scan of the whole text finds (`matchWords` with `entityWords`), in every language.
 */
import fc from 'fast-check';
import { lexiconTexts } from '../../test/support/lexicon-texts';
import { ENTITIES, LEXICONS, lexiconFor, matchEntities, matchWords } from './index';

const shown = (matches: readonly RegExpExecArray[]): string[] => matches.map((m) => `${m.index}:${m[0]}`);

describe('entity names looked for at the words that may begin one', () => {
  it.each(LEXICONS.map((l) => [l.language]))('find the same matches as a scan of the whole text in %s', (language) => {
    const lex = lexiconFor(language);
    if (!lex) throw new Error(`no lexicon ${language}`);
    if (lex.lexicon.script !== 'Han') expect(lex.entityStarts).not.toBeNull();
    const names = ENTITIES.flatMap((e) => [...e.neutral, ...(lex.lexicon.entityNames[e.key] ?? [])]);
    // The names whole, their words, and what texts put around them, in any case; written with other hyphens,
    // apostrophes and white space; glued to a letter or digit before or after (names inside words).
    const words = [
      ...names,
      ...names.flatMap((n) => n.split(/[\s-]+/u)),
      ...['of the', 'and', ',', '.', '(', ')', 'x', 'é', 'д', 'ا', '1', 's'],
    ];
    const text = lexiconTexts(words, {
      maxLength: 30,
      forms: [
        (w) => w.charAt(0).toLowerCase() + w.slice(1),
        (w) => w.replace(/-/gu, '\u2011').replace(/'/gu, '’'),
        (w) => w.replace(/ /gu, '\u00A0 \t'),
      ],
      separators: [' ', ' ', ' ', '', '\u00A0', '  ', '\n', ', ', '-', '\u2013', "'"],
    });
    fc.assert(
      fc.property(text, (t) => {
        expect(shown(matchEntities(lex, t))).toEqual(shown([...matchWords(lex.lexicon, lex.entityWords, t)]));
      }),
      { numRuns: 300, seed: 28 },
    );
  });

  it('find a name at the start and the end of the text, and none inside a word', () => {
    const lex = lexiconFor('en');
    if (!lex) throw new Error('no lexicon en');
    const text = 'World Health Organization and xWHO, WHOx; ITU‑T and the WHO';
    expect(shown(matchEntities(lex, text))).toEqual(shown([...matchWords(lex.lexicon, lex.entityWords, text)]));
    expect(matchEntities(lex, text).map((m) => m[0])).toEqual(['World Health Organization', 'ITU‑T', 'WHO']);
  });

  it("try a name whose first word opens other text only where the next word is the name's", () => {
    const lex = lexiconFor('en');
    if (!lex) throw new Error('no lexicon en');
    // "health" opens "health Level Seven" (a name's lower-case form): after it, any white space, a line break,
    // punctuation, another word, or the end of the text.
    const text =
      'health ministries, health\u00A0 Level Seven International; health\nLevel Seven, health-Level, health. ' +
      'Health Level Seven and ITU\u2011T, ITU\u2013D, ITU health';
    expect(shown(matchEntities(lex, text))).toEqual(shown([...matchWords(lex.lexicon, lex.entityWords, text)]));
    expect(matchEntities(lex, text).map((m) => m[0])).toEqual([
      'health\u00A0 Level Seven International',
      'Health Level Seven',
      'ITU\u2011T',
      'ITU\u2013D',
      'ITU',
    ]);
  });
});
