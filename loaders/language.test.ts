import fc from 'fast-check';
import { detectLanguage, stopwordCounts } from './language';
import type { Script } from './language';
import { LEXICONS } from './lexicon';

/**
 * The plain way to count what detection counts: lower-case the text, cut it into words (runs of letters and
 * apostrophes) and look each up in every candidate's stopwords.
 */
function plainCounts(text: string, script: Script): { total: number; hits: number[] } {
  const words = text.toLowerCase().match(/[\p{L}'\u2019]+/gu) ?? [];
  const hits = LEXICONS.filter((l) => l.script === script).map(
    (l) => words.filter((w) => l.stopwords.includes(w)).length,
  );
  return { total: words.length, hits };
}

/** Words a text of `script` is made of: its candidates' stopwords, some in capitals, and words of no list. */
function textOf(script: Script): fc.Arbitrary<string> {
  const stopwords = [...new Set(LEXICONS.filter((l) => l.script === script).flatMap((l) => l.stopwords))];
  // Characters of the stopwords, other letters, apostrophes, characters whose lower case depends on their context
  // (Σ, İ), a letter and a symbol outside the BMP.
  const units = [...new Set([...stopwords.join(''), ..."xyzÉÄßΣİ'’-", '𝐀', '😀'])];
  const word = fc.oneof(
    fc.array(fc.constantFrom(...units), { minLength: 1, maxLength: 8 }).map((cs) => cs.join('')),
    fc.constantFrom(...stopwords),
    fc.constantFrom(...stopwords).map((w) => w.toUpperCase()),
    fc.constantFrom(...stopwords).map((w) => w + w.slice(-1)),
    fc.constantFrom(...stopwords).map((w) => w.slice(0, -1)),
    // Words of no list, some that start like a stopword, accents, apostrophes, context-dependent lower cases (Σ,
    // İ), letters and other characters outside the BMP.
    fc.constantFrom('Telecommunication', 'theory', 'dE', "l'UIT", 'd’un', 'ΣΟΦΙΑ', 'İstanbul', '𝐀𝐁', 'x😀y', 'ß', 'Ä'),
  );
  const gap = fc.constantFrom(' ', '  ', ', ', '.\n', '\t', '(', ')', '-', '0', '1:', '\u00A0');
  return fc.array(fc.tuple(word, gap), { maxLength: 40 }).map((parts) => parts.map(([w, g]) => w + g).join(''));
}

describe('stopword counts of language detection', () => {
  it.each(['Latin', 'Cyrillic', 'Arabic'] as const)(
    'counts the words and stopwords of %s texts as cutting the lowered text into words does',
    (script) => {
      fc.assert(
        fc.property(textOf(script), (text) => {
          expect(stopwordCounts(text, script)).toEqual(plainCounts(text, script));
        }),
        { numRuns: 2000 },
      );
    },
  );

  it('counts words that end the text, follow one another without a gap, or hold capitals', () => {
    expect(stopwordCounts('The ITU and the', 'Latin')).toEqual(plainCounts('The ITU and the', 'Latin'));
    expect(stopwordCounts('Theory of THE', 'Latin')).toEqual(plainCounts('Theory of THE', 'Latin'));
    expect(stopwordCounts('', 'Latin')).toEqual({ total: 0, hits: [0, 0, 0] });
  });
});

describe('detectLanguage', () => {
  it('tells the languages sharing a script apart by their function words', () => {
    expect(
      detectLanguage('The Assembly resolves that the Director of the Bureau shall report to the Council.').language,
    ).toBe('en');
    expect(
      detectLanguage("L'Assemblée décide que le Directeur du Bureau fait rapport au Conseil et à la réunion.").language,
    ).toBe('fr');
    expect(
      detectLanguage('La Asamblea resuelve que el Director de la Oficina informe al Consejo y a los miembros.')
        .language,
    ).toBe('es');
  });
});
