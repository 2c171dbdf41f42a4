/**
 * Where a provenance quote stands in its clause's text. Pure: no DOM, so that it is tested without a browser
 * (test/web-quote-range.test.ts).
 */

/** A text as a quote is compared with it: without white space, nor a hyphen that a line break follows. */
function folded(text: string): string {
  return text.replace(/[-\u00AD\u2010][ \t]*\r?\n\s*/gu, '').replace(/\s+/gu, '');
}

/** Whether `words` are `quote` but for white space where the quote has something else. */
function blankedOnly(words: string, quote: string): boolean {
  let blanked = false;
  for (let i = 0; i < words.length; i++) {
    const w = words.charAt(i);
    if (w === quote.charAt(i)) continue;
    if (!/\s/u.test(w)) return false;
    blanked = true;
  }
  return blanked;
}

/**
 * Where the quote is in the clause's text (both as the API gives them: the clause's text and offsets, the quote's
 * words and offsets in the file): by offsets when the words there are the quote's, also where the clause's text
 * reads a line break of a PDF export as a space and a word hyphenated there joined ("World Health Organ-⏎ization"
 * is "World Health Organization" in the clause); else by searching. Null where it is not found.
 */
export function quoteRange(
  clause: { readonly text: string; readonly start: number },
  quote: { readonly quote: string; readonly start: number; readonly end: number },
): { start: number; end: number } | null {
  const start = quote.start - clause.start;
  const end = quote.end - clause.start;
  if (start >= 0 && start < clause.text.length) {
    // A clause's text may end before its span does: trailing white space and a hyphen's line break the join took
    // out ("… Organ-⏎ization;" at the clause's end).
    const words = clause.text.slice(start, Math.min(end, clause.text.length));
    if (words === quote.quote) return { start, end };
    // The reader blanks a Word export's footnote reference or inline footnote in the clause's text, keeping offsets
    // ("ITU[footnoteRef:1]1 and WHO" is "ITU                  and WHO"): the quote, the document's own words, is
    // there where the clause's words are its words or blanks.
    if (words.length === quote.quote.length && blankedOnly(words, quote.quote)) return { start, end };
    // The clause's words may also hold what the join moved after the word ("Organization," for "Organ-⏎ization"):
    // the mark ends where the quote's letters do.
    const letters = folded(quote.quote);
    if (letters && folded(words).startsWith(letters)) {
      let seen = 0;
      let at = 0;
      while (at < words.length && seen < letters.length) if (!/\s/u.test(words.charAt(at++))) seen++;
      return { start, end: start + at };
    }
  }
  const at = clause.text.indexOf(quote.quote);
  return at >= 0 ? { start: at, end: at + quote.quote.length } : null;
}
