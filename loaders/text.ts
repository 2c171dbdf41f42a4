/**
 * Prepares decoded text for parsing without moving any character: Word-export artefacts are blanked out with
 * spaces of the same length, so every offset the parser finds is an offset in the original text (spans and quotes
 * need no mapping back). Footnote references and inline footnote bodies are collected on the way.
 *
 * Artefacts handled (as produced by Word's plain-text export of ITU documents):
 * - `[bookmark: _Toc104459697]` anchors;
 * - `[footnoteRef:1]1` references (the trailing digit is the visible marker);
 * - `[1: 1<TAB>footnote text]` inline footnote bodies;
 * and, from a web page saved as Markdown, the emphasis around words (`*considering*`, `**RESOLUTION 78 (…)**`).
 */

export interface Footnote {
  readonly number: string;
  readonly text: string;
  readonly span: readonly [number, number];
}

export interface FootnoteRef {
  readonly number: string;
  readonly offset: number;
}

export interface Line {
  /** 1-based line number (for a paragraph joined from a wrapped text, its first line's). */
  readonly number: number;
  /** Offset of the line's first character. */
  readonly start: number;
  /** The line without its terminator, artefacts blanked. */
  readonly text: string;
}

export interface PreparedText {
  /** Same length as the original; artefacts replaced by spaces. */
  readonly clean: string;
  readonly footnotes: readonly Footnote[];
  readonly footnoteRefs: readonly FootnoteRef[];
  readonly lines: readonly Line[];
}

const BOOKMARK = /\[bookmark:[^\]\n]{0,200}\]/g;
const FOOTNOTE_REF = /\[footnoteRef:(\d{1,3})\](\d{1,3})?/g;
// The body starts at its first visible character, so that no two ways of splitting the spaces make the search
// quadratic. It may hold bracketed text one level deep ("see [ITU-T H.810]", a bookmark): each step of the body
// is either a character that is not a bracket or a whole bracketed run, never both, so the search stays linear.
const FOOTNOTE_BODY =
  /\[(\d{1,3}):[ \t\u00A0]*(?:\d{1,3}[ \t\u00A0]*)?((?:(?:[^[\]\n \t\u00A0]|\[[^[\]\n]{0,200}\])(?:[^[\]\n]|\[[^[\]\n]{0,200}\]){0,3999})?)\]/g;

/**
 * Markdown emphasis: `**…**`, `*…*`, `__…__` or `_…_` around text on one line, the markers at word edges (a
 * `snake_case` name or a footnote's lone asterisk is not emphasis).
 */
const EMPHASIS =
  /(?<![\p{L}\p{N}*_\\])(?:\*\*(?![\s*])[^*\n]{1,300}?(?<![\s*\\])\*\*|\*(?![\s*])[^*\n]{1,300}?(?<![\s*\\])\*|__(?![\s_])[^_\n]{1,300}?(?<![\s_\\])__|_(?![\s_])[^_\n]{1,300}?(?<![\s_\\])_)(?![\p{L}\p{N}*_])/gu;

/** Blanks artefacts, collects footnotes, splits lines. */
export function prepareText(original: string): PreparedText {
  const footnotes: Footnote[] = [];
  const footnoteRefs: FootnoteRef[] = [];
  const ranges: [number, number][] = [];
  for (const m of original.matchAll(BOOKMARK)) ranges.push([m.index, m.index + m[0].length]);
  for (const m of original.matchAll(FOOTNOTE_REF)) {
    footnoteRefs.push({ number: m[1] ?? '', offset: m.index });
    ranges.push([m.index, m.index + m[0].length]);
  }
  if (original.includes('*') || original.includes('_')) {
    for (const m of original.matchAll(EMPHASIS)) {
      const marker = m[0].startsWith('**') || m[0].startsWith('__') ? 2 : 1;
      ranges.push([m.index, m.index + marker], [m.index + m[0].length - marker, m.index + m[0].length]);
    }
  }
  for (const m of original.matchAll(FOOTNOTE_BODY)) {
    if (m[0].startsWith('[footnoteRef') || m[0].startsWith('[bookmark')) continue;
    const text = (m[2] ?? '').replace(BOOKMARK, '').replace(FOOTNOTE_REF, '').trim();
    footnotes.push({ number: m[1] ?? '', text, span: [m.index, m.index + m[0].length] });
    ranges.push([m.index, m.index + m[0].length]);
  }
  let clean = original;
  if (ranges.length) {
    // One pass: build the blanked string from sorted ranges.
    ranges.sort((a, b) => a[0] - b[0]);
    const parts: string[] = [];
    let at = 0;
    for (const [s, e] of ranges) {
      if (s < at) continue;
      parts.push(original.slice(at, s), ' '.repeat(e - s));
      at = e;
    }
    parts.push(original.slice(at));
    clean = parts.join('');
  }
  return { clean, footnotes, footnoteRefs, lines: splitLines(clean) };
}

/** Splits on \n, \r\n, \r, U+2028/2029, keeping offsets. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|[\n\r\u2028\u2029]/g;
  let start = 0;
  let n = 1;
  for (const m of text.matchAll(re)) {
    lines.push({ number: n++, start, text: text.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  lines.push({ number: n, start, text: text.slice(start) });
  return lines;
}

/** Fewer lines than this say nothing about a width. */
const MIN_WRAPPED_LINES = 12;
/** Widths of printed pages in characters stay well below this; longer lines are paragraphs. */
const MAX_WRAP_WIDTH = 200;
/** How close to the width a full line ends (a word that did not fit leaves up to its length free). */
const WRAP_NEAR = 12;
/** The share of lines ending near the width that tells a wrapped text (half or more in PDF text, a fifth in exports). */
const WRAPPED_SHARE = 0.4;

/**
 * How a text breaks its lines: a Word or web export writes each paragraph on one line; text taken from a PDF
 * (`pdftotext`, copy and paste) breaks every paragraph at the page's width, so that a heading, an item or a name
 * runs over several lines. Such a text is known by its line lengths: most lines end within a few characters of one
 * width, and hardly any goes past it. `width` is that width, or null for a text whose lines are paragraphs.
 */
export function wrapWidth(lines: readonly Line[]): number | null {
  const lengths: number[] = [];
  for (const l of lines) {
    const n = lineEnd(l.text);
    if (n > 0) lengths.push(n);
  }
  if (lengths.length < MIN_WRAPPED_LINES) return null;
  lengths.sort((a, b) => a - b);
  const width = lengths[Math.floor(0.95 * (lengths.length - 1))] ?? 0;
  if (width > MAX_WRAP_WIDTH) return null;
  let near = 0;
  for (const n of lengths) if (n >= width - WRAP_NEAR && n <= width + WRAP_NEAR) near++;
  return near >= WRAPPED_SHARE * lengths.length ? width : null;
}

/** The length of a line without its trailing white space. */
function lineEnd(text: string): number {
  let end = text.length;
  while (end > 0 && isBlankUnit(text.charCodeAt(end - 1))) end--;
  return end;
}

/** Spaces a line may break at (a no-break space, U+00A0, U+2007 or U+202F, holds its words together). */
const BREAKING_SPACE = /[ \t\u3000]/;

/**
 * The length of a line's first word, after its leading white space, up to the first space a line may break at ("(New
 * Delhi," is one word when a no-break space joins it).
 */
function firstWordLength(text: string): number {
  let i = 0;
  while (i < text.length && isBlankUnit(text.charCodeAt(i))) i++;
  let j = i;
  while (j < text.length && !BREAKING_SPACE.test(text.charAt(j))) j++;
  return j - i;
}

/**
 * Joins the lines of a hard-wrapped text ({@link wrapWidth}) back into paragraphs, without moving any character: a
 * line break where the next line's first word would not have fit on the line (the break was the width's, not the
 * author's) becomes white space in `clean`, unless the lines are paragraphs of their own anyway (`paragraphBreak`:
 * a heading, an item, a header). The lines returned are the paragraphs, each numbered with the line it starts on;
 * quotes taken from the original text keep its line breaks. A text that is not wrapped is returned as it is.
 */
export function unwrapLines(
  prepared: PreparedText,
  paragraphBreak: (previous: string, next: string) => boolean,
): PreparedText {
  const width = wrapWidth(prepared.lines);
  if (width === null) return prepared;
  const { lines } = prepared;
  // Soft breaks found first, then `clean` and the paragraphs built from them in one pass each.
  const soft: boolean[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    const next = lines[i + 1];
    soft.push(
      next !== undefined &&
        !isBlank(line.text) &&
        !isBlank(next.text) &&
        lineEnd(line.text) + 1 + firstWordLength(next.text) > width &&
        !paragraphBreak(line.text, next.text),
    );
  }
  const parts: string[] = [];
  let copied = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    const next = lines[i + 1];
    if (!soft[i] || !next) continue;
    // The terminator ("\n", "\r\n", …) becomes as many spaces.
    const end = line.start + line.text.length;
    parts.push(prepared.clean.slice(copied, end), ' '.repeat(next.start - end));
    copied = next.start;
  }
  parts.push(prepared.clean.slice(copied));
  const clean = parts.join('');
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const first = lines[i] as Line;
    while (soft[i]) i++;
    const last = lines[i] as Line;
    out.push({
      number: first.number,
      start: first.start,
      text: clean.slice(first.start, last.start + last.text.length),
    });
  }
  return { ...prepared, clean, lines: out };
}

/** 1-based line and column of an offset. */
export function positionOf(lines: readonly Line[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((lines[mid]?.start ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  const line = lines[lo] ?? { number: 1, start: 0 };
  return { line: line.number, column: offset - line.start + 1 };
}

const BLANK_CHAR = /^[\s\u00A0\u2007\u202F\u3000\uFEFF]$/u;

/**
 * Whether each BMP code unit is white space in these texts, found on first sight (0: not yet, 1: blank, 2: not).
 * Every blank character is in the BMP, so the texts can be read a code unit at a time; a table lookup per
 * character costs less than a regex per line (every line and clause is trimmed).
 */
const BLANK_UNIT = new Uint8Array(0x10000);

function isBlankUnit(c: number): boolean {
  let v = BLANK_UNIT[c] ?? 0;
  if (v === 0) {
    v = BLANK_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
    BLANK_UNIT[c] = v;
  }
  return v === 1;
}

/** True for characters that are white space in these texts (including no-break and ideographic spaces). */
export function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isBlankUnit(text.charCodeAt(i))) return false;
  return true;
}

/** Trims white space (including no-break spaces) and returns the trimmed text with its offsets. */
export function trimSpan(text: string, start: number): { text: string; start: number; end: number } {
  let lead = 0;
  while (lead < text.length && isBlankUnit(text.charCodeAt(lead))) lead++;
  let end = text.length;
  while (end > lead && isBlankUnit(text.charCodeAt(end - 1))) end--;
  const t = text.slice(lead, end);
  return { text: t, start: start + lead, end: start + lead + t.length };
}
