/**
 * The explorer marks a relationship's quoted words in its clause (web/src/quote-range.ts): by offsets, also in
 * texts exported from PDF, where the clause's text reads a line break as a space and a hyphenated word joined.
 */
import { parseDocument } from '../loaders';
import type { ParsedResolution } from '../loaders';
import { quoteRange } from '../web/src/quote-range';
import { parsePage } from './support/page-texts';
import { WORD_RESOLUTION, wrapAtWidth } from './support/pdf-text';

const WORD = WORD_RESOLUTION;

describe('where a quote stands in its clause', () => {
  it('is found by offsets for every mention, in Word and PDF exports, hyphenated words included', () => {
    let broken = 0;
    let hyphenated = 0;
    for (const width of [0, ...Array.from({ length: 41 }, (_, i) => 50 + i)]) {
      const text = width
        ? wrapAtWidth(WORD, width, () => 0, ['Organ-ization', 'Telecommunica-tion', 'Develop-ment'])
        : WORD;
      const doc = parseDocument({ file: 'quotes.txt', content: Buffer.from(text, 'utf8') }) as ParsedResolution;
      for (const c of doc.clauses) {
        for (const m of c.mentions) {
          const range = quoteRange(
            { text: c.text, start: c.span[0] },
            { quote: m.quote, start: m.span[0], end: m.span[1] },
          );
          expect({ quote: m.quote, range }).toEqual({
            quote: m.quote,
            range: { start: m.span[0] - c.span[0], end: expect.any(Number) },
          });
          // The marked words are the quote's, white space aside.
          const marked = c.text.slice(range?.start, range?.end);
          expect(marked.replace(/\s+/gu, '')).toBe(m.quote.replace(/-\n|\s+/gu, ''));
          if (m.quote.includes('\n')) broken++;
          if (/-\n/u.test(m.quote)) hyphenated++;
        }
      }
    }
    expect(broken).toBeGreaterThan(0);
    expect(hyphenated).toBeGreaterThan(0);
  });

  it('ends the mark where the quote does, before punctuation a joined word moved', () => {
    // "World Health Organ-" / "ization, in …": the clause reads "Organization,   in"; the quote ends before the comma.
    const clause = { text: 'with the World Health Organization,   in the field of', start: 0 };
    const range = quoteRange(clause, { quote: 'World Health Organ-\nization', start: 9, end: 37 });
    expect(range && clause.text.slice(range.start, range.end)).toBe('World Health Organization');
  });

  it("is found by offsets where a relation's words hold a footnote reference the clause's text blanks", () => {
    const text = [
      'Focus Group on Digital Health (FG-DH)',
      '',
      'FG-DH is a partnership between ITU[footnoteRef:1]1 and WHO, and it reports to the study group of the Sector for the work of all its members. [1: 1\tSee the work of UNICEF.] ',
    ].join('\n');
    const doc = parsePage(text);
    const relation = doc.relations.find((r) => r.quote.includes('[footnoteRef:1]'));
    const clause = doc.clauses.find((c) => c.address === relation?.clause);
    if (!relation || !clause) throw new Error('expected a relation quoting across the footnote reference');
    // The quote is the document's words at its span, the reference included.
    expect(text.slice(relation.span[0], relation.span[1])).toBe(relation.quote);
    const range = quoteRange(
      { text: clause.text, start: clause.span[0] },
      { quote: relation.quote, start: relation.span[0], end: relation.span[1] },
    );
    expect(range).toEqual({ start: relation.span[0] - clause.span[0], end: relation.span[1] - clause.span[0] });
    expect(clause.text.slice(range?.start, range?.end).replace(/\s+/gu, ' ')).toBe('a partnership between ITU and WHO');
  });

  it('is not matched by offsets where the clause has other words there', () => {
    const clause = { text: 'a partnership between ITU     and WHO', start: 0 };
    expect(quoteRange(clause, { quote: 'a partnership between BDT[ab] and WHO', start: 0, end: 37 })).toBeNull();
  });

  it('is searched for where the offsets do not hold it, and null where it is not there', () => {
    const clause = { text: 'instructs the Director of TSB to report', start: 100 };
    expect(quoteRange(clause, { quote: 'Director of TSB', start: 0, end: 15 })).toEqual({ start: 14, end: 29 });
    expect(quoteRange(clause, { quote: 'Director of BDT', start: 114, end: 129 })).toBeNull();
  });
});
