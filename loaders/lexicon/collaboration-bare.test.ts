/**
 * A collaboration phrase is looked for with its bounded regex (`re`) only where the phrase alone (`bare`) occurs
 * (`collaborationIn`): that must find exactly what `re` finds on its own, in every language.
 */
import fc from 'fast-check';
import { collaborationIn } from '../parse';
import { LEXICONS, lexiconFor } from './index';

const shown = (m: RegExpExecArray | null): string | null => (m ? `${m.index}:${m[0]}` : null);

describe('collaboration phrases looked for where the phrase alone is', () => {
  it.each(LEXICONS.map((l) => [l.language]))('find the same match as the bounded phrase in %s', (language) => {
    const lex = lexiconFor(language);
    if (!lex) throw new Error(`no lexicon ${language}`);
    expect(lex.collaboration.length).toBeGreaterThan(0);
    const phrases = lex.lexicon.collaboration.map((c) => c.phrase);
    // The phrases whole, their words, the conjunctions written as prefixes, and letters glued before or after.
    const words = [
      ...phrases,
      ...phrases.flatMap((p) => p.split(/[\s-]+/u)),
      ...(lex.lexicon.conjunctionPrefixes ?? []),
      ...['and', ',', '.', '(', 'x', 'é', 'д', 'ا', '1', 'WHO'],
    ].filter((w) => w.length > 0);
    const piece = fc.tuple(
      fc.constantFrom(...words),
      fc.constantFrom(
        (w: string) => w,
        (w: string) => w.toUpperCase(),
        (w: string) => w.replace(/-/gu, '\u2011').replace(/'/gu, '’'),
        (w: string) => w.replace(/ /gu, '\u00A0 \t'),
      ),
      fc.constantFrom(' ', ' ', '', '\u00A0', '\n', ', ', '-'),
    );
    const text = fc.array(piece, { maxLength: 20 }).map((ps) => ps.map(([w, f, sep]) => f(w) + sep).join(''));
    let found = 0;
    fc.assert(
      fc.property(text, (t) => {
        for (const c of lex.collaboration) {
          const plain = c.re.exec(t);
          if (plain) found++;
          expect(shown(collaborationIn(c, t))).toEqual(shown(plain));
        }
      }),
      { numRuns: 300, seed: 28 },
    );
    // The texts hold phrases: the equality is not only of two nulls.
    expect(found).toBeGreaterThan(20);
  });

  it('find a phrase after a prefixed conjunction and none inside a word', () => {
    const en = lexiconFor('en');
    const ar = lexiconFor('ar');
    if (!en || !ar) throw new Error('no lexicon');
    const c = en.collaboration[0];
    const phrase = en.lexicon.collaboration[0]?.phrase ?? '';
    if (!c) throw new Error('no collaboration phrase');
    expect(collaborationIn(c, `the Director, ${phrase.toUpperCase()} WHO`)?.index).toBe(14);
    expect(collaborationIn(c, `x${phrase}`)).toBeNull();
    const a = ar.collaboration[0];
    const arPhrase = ar.lexicon.collaboration[0]?.phrase ?? '';
    const prefix = ar.lexicon.conjunctionPrefixes?.[0] ?? '';
    if (!a) throw new Error('no collaboration phrase');
    expect(shown(collaborationIn(a, `${prefix}${arPhrase} `))).toBe(`0:${prefix}${arPhrase}`);
  });
});
