/**
 * Random texts made of a lexicon's own words, for the property tests of the loaders' fast paths (a fast path must
 * find exactly what the plain scan finds): each word in some case or spelling, run together with separators.
 */
import fc from 'fast-check';

/** A word as written, in upper case, in lower case: the forms every such test tries. */
const CASES: readonly ((w: string) => string)[] = [(w) => w, (w) => w.toUpperCase(), (w) => w.toLowerCase()];

export interface LexiconTextOptions {
  /** Words per text at most. */
  readonly maxLength: number;
  /** Further forms of a word (other hyphens, white space, a lower-case first letter...). */
  readonly forms?: readonly ((w: string) => string)[];
  /** What comes after each word (the empty string glues the next word on). */
  readonly separators: readonly string[];
}

export function lexiconTexts(words: readonly string[], options: LexiconTextOptions): fc.Arbitrary<string> {
  const piece = fc.tuple(
    fc.constantFrom(...words.filter((w) => w.length > 0)),
    fc.constantFrom(...CASES, ...(options.forms ?? [])),
    fc.constantFrom(...options.separators),
  );
  return fc
    .array(piece, { maxLength: options.maxLength })
    .map((ps) => ps.map(([w, form, separator]) => form(w) + separator).join(''));
}
