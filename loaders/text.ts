/**
 * Prepares decoded text for parsing without moving any character: Word-export artefacts are blanked out with
 * spaces of the same length, so every offset the parser finds is an offset in the original text (spans and quotes
 * need no mapping back). Footnote references and inline footnote bodies are collected on the way.
 *
 * Artefacts handled (as produced by Word's plain-text export of ITU documents):
 * - `[bookmark: _Toc104459697]` anchors;
 * - `[footnoteRef:1]1` references (the trailing digit is the visible marker);
 * - `[1: 1<TAB>footnote text]` inline footnote bodies.
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
  /** 1-based line number. */
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
