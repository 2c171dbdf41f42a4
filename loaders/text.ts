/**
 * Prepares decoded text for parsing without moving any character: Word-export artefacts are blanked out with
 * spaces of the same length, so every offset the parser finds is an offset in the original text (spans and quotes
 * need no mapping back; but for the words a PDF hyphenated at a line end, joined by `unwrapLines`, which
 * `hyphenation.ts` maps back). Footnote references and inline footnote bodies are collected on the way.
 *
 * Artefacts handled (as produced by Word's plain-text export of ITU documents):
 * - `[bookmark: _Toc104459697]` anchors;
 * - `[footnoteRef:1]1` references (the trailing digit is the visible marker; a footnote with a custom mark shows it
 *   instead, `[footnoteRef:1]*`, as ITU texts mark a note on a header or a title);
 * - `[1: 1<TAB>footnote text]` inline footnote bodies (`[1: *<TAB>footnote text]` with a custom mark);
 * and, from a web page saved as Markdown, the emphasis around words (`*considering*`, `**RESOLUTION 78 (…)**`).
 */

import {
  hyphenWrittenInText,
  hyphenatedBreak,
  offsetInFile,
  ownHyphenJoinedInText,
  slashBreak,
  suspendedHyphen,
  tallySpellings,
  writtenHyphenBreak,
} from './hyphenation';
import type { HyphenJoin, Spellings } from './hyphenation';
import { cuedMatches } from './cued-matches';
import { foldInvisible } from './invisible';
import type { CuedPattern } from './cued-matches';

export interface Footnote {
  readonly number: string;
  readonly text: string;
  readonly span: readonly [number, number];
  /** Set below a rule line, its reference found by place (see `footnotesBelowRules`), not inline. */
  readonly placed?: true;
}

export interface FootnoteRef {
  readonly number: string;
  readonly offset: number;
  /** The footnote it refers to, where known by place; else the inline footnote of its number. */
  readonly footnote?: Footnote;
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
  /**
   * Words a PDF hyphenated at a line end, joined in `clean` by moving their second part back (see
   * `hyphenation.ts`): the only offsets of `clean` that are not the file's. In document order; empty unless the text
   * is broken at a width.
   */
  readonly hyphenJoins: readonly HyphenJoin[];
  /** The file's lines, as `lines` are before `unwrapLines` joins them into paragraphs: where positions are told. */
  readonly fileLines: readonly Line[];
}

const BOOKMARK = /\[bookmark:[^\]\n]{0,200}\]/y;
/** A reference; its visible mark after it: the footnote's number, or a custom mark (`*`, `**`, a dagger). */
const FOOTNOTE_REF = /\[footnoteRef:(\d{1,3})\](\d{1,3}|\*{1,3}|[†‡])?/y;
/** {@link BOOKMARK} and {@link FOOTNOTE_REF}, global: what is taken out of a footnote's text. */
const BOOKMARKS = /\[bookmark:[^\]\n]{0,200}\]/g;
const FOOTNOTE_REFS = /\[footnoteRef:(\d{1,3})\](\d{1,3}|\*{1,3}|[†‡])?/g;
// The body starts at its first visible character, so that no two ways of splitting the spaces make the search
// quadratic. It may hold bracketed text one level deep ("see [ITU-T H.810]", a bookmark): each step of the body
// is either a character that is not a bracket or a whole bracketed run, never both, so the search stays linear.
const FOOTNOTE_BODY =
  /\[(\d{1,3}):[ \t\u00A0]*(?:(?:\d{1,3}|\*{1,3}|[†‡])[ \t\u00A0]*)?((?:(?:[^[\]\n \t\u00A0]|\[[^[\]\n]{0,200}\])(?:[^[\]\n]|\[[^[\]\n]{0,200}\]){0,3999})?)\]/y;
/**
 * An inline footnote body whose text goes on over the lines after its first (a long note, or one of paragraphs), as
 * {@link FOOTNOTE_BODY} on each, up to three more lines, none of which opens another body (`[2: …`). Read only for
 * a footnote that a reference before it points to and that has no body on one line (see `wrappedFootnoteBodies`):
 * a bracket left open is no footnote of its own.
 */
const FOOTNOTE_BODY_LINES =
  /\[(\d{1,3}):[ \t\u00A0]*(?:(?:\d{1,3}|\*{1,3}|[†‡])[ \t\u00A0]*)?((?:[^[\]\n \t\u00A0]|\[[^[\]\n]{0,200}\])(?:[^[\]\n]|\[[^[\]\n]{0,200}\]){0,3999}(?:\n(?![ \t\u00A0]{0,20}\[\d)(?:[^[\]\n]|\[[^[\]\n]{0,200}\]){1,3999}){1,3})\]/y;

/**
 * Markdown emphasis: `**…**`, `*…*`, `__…__` or `_…_` around text on one line, the markers at word edges (a
 * `snake_case` name or a footnote's lone asterisk is not emphasis).
 */
const EMPHASIS =
  /(?<![\p{L}\p{N}*_\\])(?:\*\*(?![\s*])[^*\n]{1,300}?(?<![\s*\\])\*\*|\*(?![\s*])[^*\n]{1,300}?(?<![\s*\\])\*|__(?![\s_])[^_\n]{1,300}?(?<![\s_\\])__|_(?![\s_])[^_\n]{1,300}?(?<![\s_\\])_)(?![\p{L}\p{N}*_])/uy;

/**
 * The artefacts' patterns, sticky, each with the characters its matches open with: the brackets of bookmarks,
 * footnote references and inline footnotes, the markers of emphasis (see {@link cuedMatches}).
 */
export const ARTEFACTS: readonly CuedPattern[] = [
  { re: BOOKMARK, cues: ['['] },
  { re: FOOTNOTE_REF, cues: ['['] },
  { re: EMPHASIS, cues: ['*', '_'] },
  { re: FOOTNOTE_BODY, cues: ['['] },
];

/**
 * Blanks artefacts, collects footnotes, splits lines. `continues` tells whether a line may go on an inline footnote
 * whose body goes on over lines (see `wrappedFootnoteBodies`); the loader, which knows the language, refuses a line
 * that opens an item or is a heading.
 */
export function prepareText(original: string, continues?: (line: string) => boolean): PreparedText {
  const footnotes: Footnote[] = [];
  const footnoteRefs: FootnoteRef[] = [];
  const ranges: [number, number][] = [];
  const [bookmarks = [], refs = [], emphases = [], bodies = []] = cuedMatches(original, ARTEFACTS);
  for (const m of bookmarks) ranges.push([m.index, m.index + m[0].length]);
  for (const m of refs) {
    footnoteRefs.push({ number: m[1] ?? '', offset: m.index });
    ranges.push([m.index, m.index + m[0].length]);
  }
  for (const m of emphases) {
    const marker = m[0].startsWith('**') || m[0].startsWith('__') ? 2 : 1;
    ranges.push([m.index, m.index + marker], [m.index + m[0].length - marker, m.index + m[0].length]);
  }
  for (const m of bodies) {
    if (m[0].startsWith('[footnoteRef') || m[0].startsWith('[bookmark')) continue;
    const text = (m[2] ?? '').replace(BOOKMARKS, '').replace(FOOTNOTE_REFS, '').trim();
    footnotes.push({ number: m[1] ?? '', text, span: [m.index, m.index + m[0].length] });
    ranges.push([m.index, m.index + m[0].length]);
  }
  for (const m of wrappedFootnoteBodies(original, refs, footnotes, continues)) {
    const text = joinFootnoteLines((m[2] ?? '').replace(BOOKMARKS, '').replace(FOOTNOTE_REFS, ''));
    footnotes.push({ number: m[1] ?? '', text, span: [m.index, m.index + m[0].length] });
    // Blanked line by line: the lines it goes on over stay lines (blank ones), so that every line keeps its number.
    let from = m.index;
    for (
      let nl = original.indexOf('\n', from);
      nl >= 0 && nl < m.index + m[0].length;
      nl = original.indexOf('\n', from)
    ) {
      ranges.push([from, nl]);
      from = nl + 1;
    }
    ranges.push([from, m.index + m[0].length]);
  }
  if (original.includes('_____') || DASH_RULE_ANYWHERE.test(original)) {
    const placed = footnotesBelowRules(original);
    footnotes.push(...placed.footnotes);
    footnoteRefs.push(...placed.refs);
    ranges.push(...placed.ranges);
    footnoteRefs.sort((a, b) => a.offset - b.offset);
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
  clean = foldInvisible(clean);
  const lines = splitLines(clean);
  return { clean, footnotes, footnoteRefs, lines, hyphenJoins: [], fileLines: lines };
}

/**
 * The inline bodies that go on over lines ({@link FOOTNOTE_BODY_LINES}): of each footnote a reference points to and
 * no body on one line gives, the first `[N:` after the reference where such a body opens. A body none of whose lines
 * after its first `continues` refuses: a bracket left open before an item ("1<TAB>… [1: 1<TAB>…" / "2<TAB>…" / "3<TAB>…
 * (see Annex A])") takes no item into its note.
 *
 * Linear: the openings `[N:` are found in one pass, and each is read (`readAt`, the body regex there) at most once,
 * however many references point to it; a text of many references and no body costs no search per reference.
 */
export function wrappedFootnoteBodies(
  original: string,
  refs: readonly RegExpExecArray[],
  found: readonly Footnote[],
  continues: (line: string) => boolean = () => true,
  readAt: (text: string, at: number) => RegExpExecArray | null = bodyLinesAt,
): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const read = new Set(found.map((f) => f.number));
  let openings: Map<string, number[]> | undefined;
  const tried = new Set<number>();
  for (const r of refs) {
    const number = r[1] ?? '';
    if (read.has(number)) continue;
    openings ??= bodyOpenings(original);
    const at = firstAfter(openings.get(number), r.index + r[0].length);
    if (at < 0 || tried.has(at)) continue;
    tried.add(at);
    const m = readAt(original, at);
    if (!m || !m[0].split('\n').slice(1).every(continues)) continue;
    read.add(number);
    out.push(m);
  }
  return out;
}

function bodyLinesAt(text: string, at: number): RegExpExecArray | null {
  FOOTNOTE_BODY_LINES.lastIndex = at;
  return FOOTNOTE_BODY_LINES.exec(text);
}

/** Where each `[N:` opens, by its number, in text order. */
function bodyOpenings(text: string): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const m of text.matchAll(/\[(\d{1,3}):/g)) {
    const number = m[1] ?? '';
    const list = out.get(number);
    if (list) list.push(m.index);
    else out.set(number, [m.index]);
  }
  return out;
}

/** The first of ascending positions at or after `from`, or -1. */
function firstAfter(positions: readonly number[] | undefined, from: number): number {
  if (!positions) return -1;
  let lo = 0;
  let hi = positions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((positions[mid] ?? 0) < from) lo = mid + 1;
    else hi = mid;
  }
  return positions[lo] ?? -1;
}

/**
 * A footnote's lines as one text: joined by a space, but without one where the break falls between two characters
 * of a script written without spaces (Chinese: "小岛屿发展中国家、" / "内陆发展中国家" is "…、内陆…").
 */
function joinFootnoteLines(text: string): string {
  return text
    .split('\n')
    .map((l) => l.trim())
    .reduce((out, l) => out + (UNSPACED.test(out.slice(-1)) && UNSPACED.test(l.charAt(0)) ? '' : ' ') + l);
}

/** A character of a script written without spaces between words, or its punctuation. */
const UNSPACED = /[\p{Script=Han}\u3000-\u303F\uFF01-\uFF60]/u;

/** A line that sets footnotes off below the text, as a plain-text export draws it: underscores or long dashes alone. */
const FOOTNOTE_RULE = /^[ \t]*(?:_{5,}|[\u2014\u2015\u2500]{5,})[ \t]*$/u;
/**
 * Five long dashes in a row, anywhere: with five underscores (looked for as a string, a native search faster than
 * a regex scan), what every rule line holds.
 */
const DASH_RULE_ANYWHERE = /[\u2014\u2015\u2500]{5}/u;
/**
 * A footnote's first line below the rule: its number (or a custom mark: `*`, `**`, a dagger; an asterisk perhaps
 * escaped, as Markdown writes a literal one: `\*`), then its text.
 */
const FOOTNOTE_START = /^[ \t\u00A0]*(\d{1,3}|(?:\\?\*){1,3}|[\u2020\u2021])[.)]?[ \t\u00A0]+(?=\S)/u;
/**
 * A footnote's custom mark set right after what it notes ("(Rev. New Delhi, 2024)*", "health systems†"), or after a
 * closing bracket and a space, as a PDF sets a header's off ("(Rev. New Delhi, 2024) *"), perhaps escaped (`\*`);
 * then white space, punctuation or the line's end: not emphasis nor a product (`**bold**`, `2*3`).
 */
const FOOTNOTE_SYMBOL = /(?<=[^\s*\\]|[)\]\uFF09][ \t\u00A0])((?:\\?\*){1,3}|[\u2020\u2021])(?=[\s,;:.)]|$)/gu;
/** The mark a footnote goes by: its number, or its custom mark without the escape Markdown writes. */
const markOf = (mark: string): string => mark.replaceAll('\\', '');
/**
 * A footnote's number set right after a word ("countries1", "Member States1", "transition.1", "النامية1",
 * "发展中国家1"): a word ending in two lower case letters, with no capital but its first, not an acronym or a code
 * ("IPv6", "SG2", "HL7", "No.1", "eHealth.1"), or two letters of a script without case, not a noun that takes a
 * number in Chinese ("附件1" annex 1, "目标3" goal 3, "第1"); then, after at most a stop, comma or closing quote, the
 * number and white space or punctuation, not a letter or a digit, nor a code's slash, hyphen or stop ("Q.1/16",
 * "第28/16").
 */
const FOOTNOTE_MARKER =
  /(?:(?<!\p{L}\p{Lu}\p{Ll}{0,30})\p{Ll}{2}|[\p{Lo}\p{M}]{2}(?<!附件|附录|目标|表|图|第|条|段|款|章|节|阶段|版本|号|级|期|部分))[.,;:)"'\u2019\u201D\u00BB]?(\d{1,3})(?=[\s,;:)\u3002\uFF0C\uFF1B\uFF1A\uFF09\u060C\u061B]|\.(?:\s|$)|$)/gu;
/** The most lines one footnote below a rule may wrap over. */
const MAX_FOOTNOTE_LINES = 6;
/** A line that goes on with a sentence: its first letter in lower case. */
const CONTINUES_SENTENCE = /^[\s\u00A0]*\p{Ll}/u;
/** A line that ends a sentence: a footnote may end there. */
const SENTENCE_END = /[.!?\u3002\uFF01\uFF1F]["'\u201D\u2019\u00BB)\uFF09\]]{0,2}[ \t\u00A0]*$/u;

/**
 * The footnotes below a rule line (`____________`), as a plain-text export writes them, and the reference to each:
 * its number set right after a word ("developing countries1,", "البلدان النامية1"), the last such before the rule
 * and after the footnotes above. A numbered line below the rule is a footnote where the text refers to its number
 * and that number is above the footnote's before it; in a text broken at a page's width, a footnote goes on over the
 * lines that width broke. The footnotes end at the first line that is none of these (the page's text going on). The
 * rule, the footnotes and each reference's number are blanked; a rule with no footnote below it is left as it is (a
 * divider above numbered items).
 */
function footnotesBelowRules(original: string): {
  footnotes: Footnote[];
  refs: FootnoteRef[];
  ranges: [number, number][];
} {
  const footnotes: Footnote[] = [];
  const refs: FootnoteRef[] = [];
  const ranges: [number, number][] = [];
  const lines = splitLines(original);
  // A footnote goes on over lines only where the page's width broke it, in a text broken at a width (see wrapWidth):
  // its line ends no sentence, the next opens in lower case, and the next's first word would not have fit.
  let width: number | null | undefined;
  const brokeAtWidth = (line: string, next: string): boolean => {
    if (SENTENCE_END.test(line) || !CONTINUES_SENTENCE.test(next)) return false;
    width ??= wrapWidth(lines);
    return width !== null && widthBroke(line, next, width);
  };
  let searchFrom = 0;
  for (let i = 0; i < lines.length; i++) {
    const rule = lines[i];
    if (!rule || !FOOTNOTE_RULE.test(rule.text)) continue;
    // The numbers set after words above the rule (and below the footnotes above), where.
    // Each as where it starts and how long it is (an escaped mark is longer than the footnote's own).
    const markers = new Map<string, [number, number][]>();
    const above = original.slice(searchFrom, rule.start);
    const found = [...above.matchAll(FOOTNOTE_MARKER), ...above.matchAll(FOOTNOTE_SYMBOL)].sort(
      (a, b) => a.index - b.index,
    );
    for (const m of found) {
      const mark = m[1] ?? '';
      const at = searchFrom + m.index + m[0].length - mark.length;
      const list = markers.get(markOf(mark));
      if (list) list.push([at, mark.length]);
      else markers.set(markOf(mark), [[at, mark.length]]);
    }
    const claimed = new Set<number>();
    const block: { number: string; lines: Line[]; textStart: number; at: readonly [number, number] }[] = [];
    let j = i + 1;
    let blankBefore = false;
    for (; j < lines.length; j++) {
      const line = lines[j];
      if (!line) break;
      if (isBlank(line.text)) {
        blankBefore = true;
        continue;
      }
      const current = block.at(-1);
      const start = FOOTNOTE_START.exec(line.text);
      if (start) {
        // The next footnote: a number above the last one's, which the text refers to; else the block has ended
        // (the page's text goes on: "2<TAB>to report …").
        const number = markOf(start[1] ?? '');
        const at =
          current && Number(number) <= Number(current.number)
            ? undefined
            : (markers.get(number) ?? []).findLast(([x]) => !claimed.has(x));
        if (at === undefined) break;
        claimed.add(at[0]);
        block.push({ number, lines: [line], textStart: line.start + start[0].length, at });
      } else if (
        current &&
        !blankBefore &&
        current.lines.length < MAX_FOOTNOTE_LINES &&
        brokeAtWidth(current.lines.at(-1)?.text ?? '', line.text)
      ) {
        current.lines.push(line); // its sentence, broken at the page's width, goes on
      } else {
        break;
      }
      blankBefore = false;
    }
    if (!block.length) continue;
    ranges.push([rule.start, rule.start + rule.text.length]);
    for (const f of block) {
      for (const l of f.lines) ranges.push([l.start, l.start + l.text.length]);
      // Its lines joined by a space; the first without the number.
      const text = f.lines
        .map((l, k) => (k ? l.text : original.slice(f.textStart, l.start + l.text.length)).trim())
        .join(' ');
      const last = f.lines[f.lines.length - 1] ?? rule;
      const footnote: Footnote = {
        number: f.number,
        text,
        span: [f.lines[0]?.start ?? f.textStart, last.start + last.text.length],
        placed: true,
      };
      footnotes.push(footnote);
      refs.push({ number: f.number, offset: f.at[0], footnote });
      ranges.push([f.at[0], f.at[0] + f.at[1]]);
    }
    searchFrom = lines[j]?.start ?? original.length;
    i = j - 1;
  }
  return { footnotes, refs, ranges };
}

/** Splits on \n, \r\n, \r, U+2028/2029, keeping offsets. */
export function splitLines(text: string): Line[] {
  // Most texts break lines with line feeds alone: where they hold no other break (a native search for each, faster
  // than one scan for all), the lines end at the line feeds indexOf finds, without a regex match per line.
  if (!text.includes('\r') && !text.includes('\u2028') && !text.includes('\u2029')) return splitAtLineFeeds(text);
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

function splitAtLineFeeds(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let n = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', start)) {
    lines.push({ number: n++, start, text: text.slice(start, at) });
    start = at + 1;
  }
  lines.push({ number: n, start, text: text.slice(start) });
  return lines;
}

/**
 * Lines shorter than this are left out of the measure: headings, page numbers and the last words of a paragraph end
 * far from any width, in every layout.
 */
const MIN_MEASURED_LENGTH = 25;
/** Fewer lines than this say nothing about a width. */
const MIN_WRAPPED_LINES = 6;
/** Widths of printed pages in characters stay well below this; longer lines are paragraphs. */
const MAX_WRAP_WIDTH = 200;
/** How close to the width a full line ends (a word that did not fit leaves up to its length free). */
const WRAP_NEAR = 12;
/** The share of measured lines that must end near the width. */
const NEAR_SHARE = 0.3;
/**
 * A line that ends a clause or a sentence, as every paragraph of an ITU text does (headings and titles apart);
 * tested on a line's last three characters.
 */
const CLAUSE_END = /[.;,:!?\u3002\uFF1B\uFF0C\uFF1A\u060C\u061B]["'\u201D\u2019\u00BB)\uFF09\]]{0,2}$/u;
/**
 * A wrapped text shows its width in lines broken in the middle of a sentence where the next line's first word would
 * not have fit: at least this many ...
 */
const MIN_BREAKS = 3;
/**
 * ... and at least this many for each line near the width that ends a clause. In texts whose lines are paragraphs
 * the lines near the width nearly all end a clause, even where many end near one width by chance (a short text with
 * short items); in texts broken at a width most of them end mid-sentence.
 */
const BREAKS_PER_CLAUSE_END = 0.5;

/**
 * How a text breaks its lines: a Word or web export writes each paragraph on one line; text taken from a PDF
 * (`pdftotext`, copy and paste) breaks every paragraph at the page's width, so that a heading, an item or a name
 * runs over several lines. Such a text is known by its line lengths and ends: many lines end within a few
 * characters of one width and hardly any goes past it, and of those, many end in the middle of a sentence where the
 * next line's first word would not have fit. `width` is that width, or null for a text whose lines are paragraphs.
 * (Measured on 40,000 generated resolutions whose lines are paragraphs: 2 taken for wrapped; on 6,000 of real
 * length broken at widths 40 to 100, and the corpora broken likewise: none missed.)
 */
export function wrapWidth(lines: readonly Line[]): number | null {
  const ends = lines.map((l) => printedLength(l.text));
  const lengths = ends.filter((n) => n >= MIN_MEASURED_LENGTH);
  if (lengths.length < MIN_WRAPPED_LINES) return null;
  const width = lengthAtRank(lengths, Math.floor(0.95 * (lengths.length - 1)));
  if (width > MAX_WRAP_WIDTH) return null;
  let near = 0;
  let clauseEnds = 0;
  let breaks = 0;
  lines.forEach((l, i) => {
    const n = ends[i] ?? 0;
    if (n < MIN_MEASURED_LENGTH || n < width - WRAP_NEAR || n > width + WRAP_NEAR) return;
    near++;
    const end = lineEnd(l.text);
    if (CLAUSE_END.test(l.text.slice(end - 3, end))) clauseEnds++;
    else {
      const next = lines[i + 1]?.text;
      if (next && !isBlank(next) && n + 1 + firstWordLength(next) > width) breaks++;
    }
  });
  return near >= NEAR_SHARE * lengths.length && breaks >= MIN_BREAKS && breaks >= BREAKS_PER_CLAUSE_END * clauseEnds
    ? width
    : null;
}

/**
 * The length at `rank` (from 0) among `lengths` in ascending order, where it is {@link MAX_WRAP_WIDTH} at most; else
 * one above it. The lengths are counted by value up to that bound, not sorted: a width past it says no more than
 * that the lines are paragraphs, and counting a few hundred lines costs a fraction of sorting them.
 */
export function lengthAtRank(lengths: readonly number[], rank: number): number {
  const count = new Int32Array(MAX_WRAP_WIDTH + 2);
  for (const n of lengths) {
    const k = Math.min(n, MAX_WRAP_WIDTH + 1);
    count[k] = (count[k] ?? 0) + 1;
  }
  let seen = 0;
  for (let n = 0; n <= MAX_WRAP_WIDTH; n++) {
    seen += count[n] as number;
    if (seen > rank) return n;
  }
  return MAX_WRAP_WIDTH + 1;
}

/** The length of a line without its trailing white space. */
function lineEnd(text: string): number {
  let end = text.length;
  while (end > 0 && isBlankUnit(text.charCodeAt(end - 1))) end--;
  return end;
}

/** How long a line prints: without its trailing white space, nor the form feed a page's first line starts with. */
function printedLength(text: string): number {
  const end = lineEnd(text);
  let start = 0;
  while (start < end && text.charCodeAt(start) === 0x0c) start++;
  return end - start;
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
 * Whether the line break between `line` and `next` is the width's: `next`'s first word would not have fit on `line`
 * at `width`.
 */
/**
 * A line at least this share of the width long may end short of it where the next word would have fitted: a PDF's
 * proportional font fills its lines unevenly, and a line that ends with a word no paragraph ends with goes on.
 */
const OPEN_END_MIN_SHARE = 2 / 3;

function openEnded(line: string, width: number): boolean {
  return printedLength(line) >= width * OPEN_END_MIN_SHARE;
}

/** The last word of a line: what follows its last white space, without the white space after it. */
export function lastWord(line: string): string {
  const t = line.trimEnd();
  return t.slice(Math.max(t.lastIndexOf(' '), t.lastIndexOf('\u00A0'), t.lastIndexOf('\t')) + 1);
}

function widthBroke(line: string, next: string, width: number): boolean {
  return printedLength(line) + 1 + firstWordLength(next) > width;
}

/** A page number alone on its line ("12", "- 12 -", "– 12 –"), as a PDF's text has one on every page. */
const PAGE_NUMBER = /^[\s\f]*(?:[-\u2013\u2014][ \t]*)?\d{1,4}(?:[ \t]*[-\u2013\u2014])?[\s\f]*$/;
/** A printed page holds at least this many lines (an A4 page of text, 40 to 60). */
const MIN_PAGE_LINES = 20;
/** A page number written between dashes ("- 12 -"), which nothing else on a line looks like. */
const DASHED_PAGE_NUMBER = /^[\s\f]*[-\u2013\u2014][ \t]*\d{1,4}[ \t]*[-\u2013\u2014][\s\f]*$/;

/**
 * Which lines are page numbers. A number alone on its line may also be the end of a sentence the width broke
 * ("Study Group" / "9"): it is taken for a page number where it is written between dashes, stands next to a form
 * feed or a blank line, or is one of a run of numbers that count the pages (the one before it is one less, or the
 * one after it one more, a page's length of lines away) and cannot be the end of the line before it, pushed down by
 * the width (`width`): that line ends a clause, or the number would have fit on it. ("… Study Groups 7 and" / "94"
 * and, a page further, "… Study Groups 8 and" / "95" count like pages.)
 */
function pageNumbers(lines: readonly Line[], width: number): boolean[] {
  const numbered: number[] = [];
  lines.forEach((l, i) => {
    if (PAGE_NUMBER.test(l.text)) numbered.push(i);
  });
  const value = (i: number | undefined): number =>
    i === undefined ? NaN : Number(/\d+/.exec((lines[i] as Line).text)?.[0]);
  const marked = (i: number): boolean => {
    const l = lines[i];
    return l !== undefined && (l.text.includes('\f') || isBlank(l.text));
  };
  const pushedDown = (i: number): boolean => {
    const previous = lines[i - 1]?.text ?? '';
    const end = lineEnd(previous);
    return !CLAUSE_END.test(previous.slice(end - 3, end)) && widthBroke(previous, (lines[i] as Line).text, width);
  };
  const out = lines.map(() => false);
  numbered.forEach((i, k) => {
    const text = (lines[i] as Line).text;
    out[i] =
      DASHED_PAGE_NUMBER.test(text) ||
      text.includes('\f') ||
      marked(i - 1) ||
      marked(i + 1) ||
      (!pushedDown(i) &&
        ((value(numbered[k - 1]) === value(i) - 1 && i - (numbered[k - 1] ?? 0) >= MIN_PAGE_LINES) ||
          (value(numbered[k + 1]) === value(i) + 1 && (numbered[k + 1] ?? 0) - i >= MIN_PAGE_LINES)));
  });
  return out;
}
/** The longest piece {@link strayFurniture} takes for a short running header ("Res. 65", "PP-22 Res. 183"). */
const STRAY_HEADER_MAX_LENGTH = 24;
/** A running header's number: a resolution's or a page's, perhaps with a revision ("61-2"), in any digits. */
const STRAY_HEADER_NUMBER = /^[0-9\u0660-\u0669\u06F0-\u06F9]{1,4}(?:-[0-9]{1,2})?$/u;
const STRAY_HEADER_WORD = /^\p{L}/u;
/** The last character of a running header: its last number's last digit (see {@link STRAY_HEADER_NUMBER}). */
const STRAY_HEADER_LAST_DIGIT = /^[0-9\u0660-\u0669\u06F0-\u06F9]$/u;
/** A dash or bar as a word of its own, which a running header sets between its pieces ("Res. 65 – page 3"). */
const STRAY_HEADER_SEPARATORS = new Set(['-', '\u2013', '\u2014', '|']);
/** The most pieces a running header sets apart so ("PP-22 – Res. 183 – page 3"). */
const STRAY_HEADER_PIECES = 3;

/**
 * Whether a line, on its own, reads as nothing but a piece of page furniture: a page number ("3", "- 3 -"), or a
 * short running header of a word or two and a number ("Res. 65", "Rés. 65", "PP-22 Res. 183"), or of a few such
 * pieces or page numbers set apart by dashes ("Res. 65 – página 3", "Resolution 65 – page 3", "3 | Res. 65"). A
 * single one, as an excerpt of one page break has it, is not blanked ({@link pageFurniture} asks for a run of pages);
 * the structure reader looks past it where the line after it starts a paragraph (resolution.ts). Any short line that
 * ends with a number reads so ("Study Group 2"): whoever asks must know the line before it ends a clause.
 */
export function strayFurniture(text: string): boolean {
  if (PAGE_NUMBER.test(text)) return true;
  const t = text.trim();
  if (t.length > STRAY_HEADER_PIECES * (STRAY_HEADER_MAX_LENGTH + 3)) return false;
  // Every piece ends with its number, so the line ends with a digit: most lines are ruled out before any split.
  if (!STRAY_HEADER_LAST_DIGIT.test(t.charAt(t.length - 1))) return false;
  // The words, in pieces between the separators (split by hand: a regex for a separator between spaces is quadratic).
  const pieces: string[][] = [[]];
  for (const word of t.split(/[ \t\u00A0]+/u)) {
    if (STRAY_HEADER_SEPARATORS.has(word)) pieces.push([]);
    else pieces[pieces.length - 1]?.push(word);
  }
  if (pieces.length > STRAY_HEADER_PIECES) return false;
  return (
    pieces.some(strayHeaderPiece) &&
    pieces.every((p) => strayHeaderPiece(p) || (p.length === 1 && STRAY_HEADER_NUMBER.test(p[0] ?? '')))
  );
}

/** A word or two and a number, in {@link STRAY_HEADER_MAX_LENGTH} characters at most ("Res. 65", "page 3"). */
function strayHeaderPiece(words: readonly string[]): boolean {
  return (
    words.length >= 2 &&
    words.length <= 3 &&
    words.join(' ').length <= STRAY_HEADER_MAX_LENGTH &&
    STRAY_HEADER_WORD.test(words[0] ?? '') &&
    STRAY_HEADER_NUMBER.test(words[words.length - 1] ?? '')
  );
}

/** A running header or footer is short, printed on this many pages at least, within `near` lines of a page break. */
const RUNNING_LINE = { maxLength: 80, minCount: 3, near: 2 };

/**
 * Lines of a PDF's page furniture: page numbers, and running headers and footers (a short line repeated next to
 * several page breaks, like "Res. 78"; a page break is a form feed or a page number), unless the line is one the
 * resolution reads as a clause (a heading, an item) or ends like one (a short last line of several paragraphs). A
 * running header may look like the resolution's header ("Resolution 78"): the first line that does is kept.
 */
function pageFurniture(lines: readonly Line[], read: (text: string) => LineRole, width: number): boolean[] {
  const pageNumber = pageNumbers(lines, width);
  const running = lines.map((l) => runningLine(l.text));
  const nearFormFeed = (i: number): boolean => {
    for (let j = Math.max(0, i - RUNNING_LINE.near); j <= i + RUNNING_LINE.near && j < lines.length; j++) {
      if (lines[j]?.text.includes('\f') || pageNumber[j] === true) return true;
    }
    return false;
  };
  const paged = pagedLines(running, nearFormFeed);
  const pageBreak = lines.map((l, i) => l.text.includes('\f') || pageNumber[i] === true || paged[i] === true);
  const nearBreak = (i: number): boolean => {
    for (let j = Math.max(0, i - RUNNING_LINE.near); j <= i + RUNNING_LINE.near && j < lines.length; j++) {
      if (pageBreak[j]) return true;
    }
    return false;
  };
  const count = new Map<string, number>();
  running.forEach(({ key }, i) => {
    if (key && key.length <= RUNNING_LINE.maxLength && !/[,;:，；：\u060C\u061B]$/u.test(key) && nearBreak(i)) {
      count.set(key, (count.get(key) ?? 0) + 1);
    }
  });
  let identitySeen = false;
  return lines.map((l, i) => {
    const t = l.text.trim();
    const role = t ? read(t) : 'clause';
    if (role === 'clause') return false;
    if (role === 'identity' && !identitySeen) {
      identitySeen = true;
      return false;
    }
    // A line like the resolution's own header again, next to a page break, is a running header on two pages.
    const least = role === 'identity' ? 2 : RUNNING_LINE.minCount;
    const key = running[i]?.key ?? '';
    return pageNumber[i] === true || paged[i] === true || ((count.get(key) ?? 0) >= least && nearBreak(i));
  });
}

interface RunningLine {
  /** What the line would repeat from page to page (empty for a blank line or a number alone). */
  readonly key: string;
  /** The page number it carries at either end, or null. */
  readonly page: number | null;
  /** Whether that number is set apart from the words by several spaces, as a page's margin sets it. */
  readonly apart: boolean;
}

/**
 * What a running header or footer repeats from page to page: its words, with the spaces between them collapsed,
 * and without the page number it may carry at either end ("WTDC-22 – Final Report      483", "458      PP-22" on the
 * facing page); and whether that number is set apart by several spaces, as a page's margin sets it (one space away,
 * it may be the line's own: "Objective 2").
 */
function runningLine(text: string): RunningLine {
  // Read by hand from both ends: a regex anchored at the end is tried from every space of a long run.
  const isGap = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0xa0;
  const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
  let start = 0;
  let end = text.length;
  while (start < end && isBlankUnit(text.charCodeAt(start))) start++;
  while (end > start && isBlankUnit(text.charCodeAt(end - 1))) end--;
  const setApart = (from: number, to: number, step: 1 | -1): number | null => {
    // Digits from `from` towards `to`, then white space, then more text: the number's end (or null).
    let i = from;
    while (i !== to && isDigit(text.charCodeAt(step > 0 ? i : i - 1)) && Math.abs(i - from) < 4) i += step;
    if (i === from || (i !== to && isDigit(text.charCodeAt(step > 0 ? i : i - 1)))) return null;
    let j = i;
    while (j !== to && isGap(text.charCodeAt(step > 0 ? j : j - 1))) j += step;
    if (j === to || j === i) return null;
    if (Math.abs(j - i) >= 2) apart = true;
    return i;
  };
  let apart = false;
  let page: number | null = null;
  const atEnd = setApart(end, start, -1);
  if (atEnd !== null) {
    page = Number(text.slice(atEnd, end));
    end = atEnd;
  } else {
    const atStart = setApart(start, end, 1);
    if (atStart !== null) {
      page = Number(text.slice(start, atStart));
      start = atStart;
    }
  }
  return {
    key: text
      .slice(start, end)
      .replace(/[\s\f]+/g, ' ')
      .trim(),
    page,
    apart,
  };
}

/** The fewest lines between two pages' headers that count their pages (a page of text holds more). */
const MIN_PAGED_GAP = 10;

/**
 * Lines that repeat the same words with a page number that counts up from one to the next ("PP-22      457", then
 * "458      PP-22" a page further): a running header or footer, on two pages already.
 */
function pagedLines(running: readonly RunningLine[], marked: (i: number) => boolean): boolean[] {
  const groups = new Map<string, number[]>();
  running.forEach(({ key, page }, i) => {
    if (page === null || !key || key.length > RUNNING_LINE.maxLength) return;
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  });
  const out = running.map(() => false);
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const counts = group.every((i, k) => {
      const before = group[k - 1];
      if (before === undefined) return true;
      return running[i]?.page === (running[before]?.page ?? NaN) + 1 && i - before >= MIN_PAGED_GAP;
    });
    // A number one space away may be the line's own ("Objective 2"): then only next to a form feed or page number.
    const placed = group.every((i) => running[i]?.apart === true || marked(i));
    if (counts && placed) for (const i of group) out[i] = true;
  }
  return out;
}

/**
 * What the reader of a document makes of a line on its own: a clause's start (a heading, an item), a line of the
 * document's identity (header, history, opening), or neither.
 */
export type LineRole = 'clause' | 'identity' | null;

/**
 * The longest word broken over several lines that `unwrapLines` reads whole across a line that holds nothing else
 * (an address, a long compound): longer than any line a page holds, and short enough that a run of one-word lines
 * costs no more to read than as many lines.
 */
const MAX_CARRIED_WORD = 300;

/**
 * The word a line that ends `line` and holds only `rest` ends with, where `rest` is the rest of the word `line` ends
 * with (see `unwrapLines`): that word and `rest`, its mark at the line end kept (`ITU-` / `T/`: `ITU-T/`) or not (a
 * hyphenation's), or undefined where it is longer than {@link MAX_CARRIED_WORD}.
 */
export function carriedWord(line: string, rest: string, keepsMark: boolean): string | undefined {
  const before = line.trimEnd();
  let start = before.length;
  while (start > 0 && !isBlank(before.charAt(start - 1))) start--;
  const whole = (keepsMark ? before.slice(start) : before.slice(start, -1)) + rest;
  return whole.length <= MAX_CARRIED_WORD ? whole : undefined;
}

/**
 * Joins the lines of a hard-wrapped text ({@link wrapWidth}) back into paragraphs, without moving any character: a
 * line break where the next line's first word would not have fit on the line (the break was the width's, not the
 * author's) becomes white space in `clean`, unless the lines are paragraphs of their own anyway (`paragraphBreak`:
 * a heading, an item, a header; or `paragraphStart`, which sees the whole paragraph: where a heading ends and its
 * body starts). A page break (page number, running header or footer, blank lines) between two lines is joined the
 * same way, and the page furniture blanked. The lines returned are the paragraphs, each numbered with the line it
 * starts on; quotes taken from the original text keep its line breaks. A text that is not wrapped is returned as it
 * is.
 */
export function unwrapLines(
  prepared: PreparedText,
  reader: {
    readonly paragraphBreak: (previous: string, next: string, after: string | undefined) => boolean;
    /** Among lines the width joined, the index of the first after the first that starts a paragraph, or 0. */
    readonly paragraphStart: (lines: readonly string[]) => number;
    readonly lineRole: (text: string) => LineRole;
    /**
     * How many of the paragraphs after a paragraph are still its own: an operative heading broken where a PDF's font
     * ended a line short of the width goes on up to its first item. `paragraph(0)` is the paragraph, `paragraph(k)`
     * the k-th after it (undefined past the end).
     */
    readonly goesOn?: (paragraph: (k: number) => string | undefined) => number;
    /**
     * Whether a line ends with a word no paragraph ends with (lexicon `openWords`), and the next line starts no
     * heading: it goes on in the next.
     */
    readonly endsOpen?: (line: string, next: string) => boolean;
    /**
     * Whether a word is written with a hyphen between these two parts (lexicon `writesHyphen`): a line that ends
     * with the first and the hyphen goes on in the next, which opens with the second, and the word keeps its hyphen.
     */
    readonly writesHyphen?: (before: string, after: string) => boolean;
    /**
     * Whether a hyphen that ends a line before this word stands for a part the next word shares (lexicon
     * `suspendingWords`: `e-` / `and m-health`, `tele-` / `and e-health`): the words stay apart (see `suspendedHyphen`).
     */
    readonly suspends?: (word: string) => boolean;
    /**
     * false: only blank the page furniture, joining no lines (Chinese, which may break a line between any two
     * characters: a joined line would hold a space where the text has none).
     */
    readonly join?: boolean;
  },
): PreparedText {
  const { paragraphBreak } = reader;
  // How the text writes its words, counted once, at the first break that asks (texts broken at a width only).
  let tally: Spellings | undefined;
  const spellings = (): Spellings => (tally ??= tallySpellings(prepared.clean));
  const hyphens = {
    writesHyphen: reader.writesHyphen ?? (() => false),
    suspends: reader.suspends ?? (() => false),
    spellings,
  };
  // A line that ends inside a word hyphenated by the width, not before a conjunction that suspends the hyphen; or
  // inside a word whose hyphen the case shows as its own, where the text writes it joined (`e-` / `health`, `ehealth`).
  const hyphenated = (line: string, next: string): boolean =>
    (hyphenatedBreak(line, next) && !suspendedHyphen(line, next, hyphens.suspends)) ||
    ownHyphenJoinedInText(line, next, hyphens);
  // A line that ends inside a word whose hyphen or slash stays: the word goes on in the next line, joined. So too a
  // word that looks hyphenated by the width where the text writes it with its hyphen elsewhere (`well-` / `being`).
  const keepsMark = (line: string, next: string): boolean =>
    writtenHyphenBreak(line, next, hyphens) ||
    slashBreak(line, next) ||
    (hyphenated(line, next) && hyphenWrittenInText(line, next, spellings));
  // The word a line ends with, as the tests of a word broken at its end read it: where the line holds nothing but
  // the rest of a word joined from the line before (`ITU-` / `T/`), that word whole (`ITU-T/`), so that an address
  // is seen whole; else the line itself. Only the line's last word is carried, and only while it is no longer than
  // a word a line can hold: a run of one-word lines, each joined to the one before, must not make it grow with
  // every line.
  const carried = (end: string, next: string): string | undefined => {
    const word = trimSpan(next, 0).text;
    if (!word || [...word].some((c) => isBlank(c))) return undefined;
    const kept = keepsMark(end, next);
    if (!kept && !hyphenated(end, next)) return undefined;
    return carriedWord(end, word, kept);
  };
  const width = wrapWidth(prepared.lines);
  if (width === null) return prepared;
  const { lines } = prepared;
  const furniture = pageFurniture(lines, reader.lineRole, width);
  // The lines with text, and for each the line it continues (joined across a line break or a page break), if any.
  const content: number[] = [];
  for (let i = 0; i < lines.length; i++) if (!furniture[i] && !isBlank((lines[i] as Line).text)) content.push(i);
  const joinsPrevious = new Set<number>();
  // The end of the line before as `carried` reads it, where that line holds only a word's rest.
  let carriedEnd: string | undefined;
  for (let k = 1; k < content.length; k++) {
    const a = content[k - 1] as number;
    const b = content[k] as number;
    const end = carriedEnd;
    carriedEnd = undefined;
    let pageBreak = false;
    for (let g = a + 1; g < b; g++) if (furniture[g]) pageBreak = true;
    if (reader.join === false || (b > a + 1 && !pageBreak)) continue; // blank lines alone end a paragraph
    const line = (lines[a] as Line).text;
    const word = end ?? line;
    const next = (lines[b] as Line).text;
    const after = content[k + 1] === undefined ? undefined : (lines[content[k + 1] as number] as Line).text;
    // A word hyphenated at the line end, or broken after a hyphen of its own, goes on in the next line, however
    // short a proportional font left the line, unless the next line starts a heading or clause of its own (English
    // headings are in lower case: "considering"). Not so after a slash: an address ends with one too, and a line of
    // its own ends so (a list of sources); the word is joined, slash kept, only where the width broke the line, or
    // where the line holds nothing but a word broken at both its ends (`ITU-` / `T/` / `ITU-R`): a line of its own
    // starts with a word of its own.
    const broke =
      widthBroke(line, next, width) ||
      (openEnded(line, width) && reader.endsOpen?.(line, next) === true) ||
      ((hyphenated(word, next) ||
        writtenHyphenBreak(word, next, hyphens) ||
        (end !== undefined && slashBreak(word, next))) &&
        reader.lineRole(next) === null);
    if (broke && !paragraphBreak(line, next, after)) {
      joinsPrevious.add(b);
      carriedEnd = carried(word, next);
    }
  }
  // Lines the width joined may hold paragraphs that only the whole shows (an opening line broken in two after the
  // title; a heading whose last line was full, and its body).
  for (let k = 0; k < content.length; k++) {
    let last = k;
    while (joinsPrevious.has(content[last + 1] ?? -1)) last++;
    const run = content.slice(k, last + 1).map((i) => (lines[i] as Line).text);
    // Each part a split leaves may hold another paragraph.
    const split = (from: number, to: number): void => {
      if (to - from < 2) return;
      const start = reader.paragraphStart(run.slice(from, to));
      if (start <= 0 || from + start >= to) return;
      joinsPrevious.delete(content[k + from + start] as number);
      split(from, from + start);
      split(from + start, to);
    };
    split(0, run.length);
    k = last;
  }
  if (reader.goesOn) {
    const paragraphs: number[][] = [];
    for (const i of content) {
      const last = paragraphs.at(-1);
      if (last && joinsPrevious.has(i)) last.push(i);
      else paragraphs.push([i]);
    }
    // Only white space or page furniture between: blank lines alone end a paragraph.
    const adjacent = (a: number, b: number): boolean => {
      for (let g = a + 1; g < b; g++) if (!furniture[g]) return false;
      return true;
    };
    for (let p = 0; p < paragraphs.length; p++) {
      const text = (k: number): string | undefined =>
        paragraphs[p + k]?.map((i) => (lines[i] as Line).text.trim()).join(' ');
      const n = reader.goesOn(text);
      let k = 1;
      for (; k <= n; k++) {
        const previous = paragraphs[p + k - 1] as number[];
        const first = (paragraphs[p + k] as number[])[0] as number;
        if (!adjacent(previous.at(-1) as number, first)) break;
        joinsPrevious.add(first);
      }
      p += k - 1;
    }
  }
  // `clean`: each join's gap, and each furniture line, becomes spaces. A word hyphenated at the line end is joined:
  // its second part moves back to the hyphen, the gap (hyphen included) to after it (see `hyphenation.ts`); a word
  // written with the hyphen (or a slash) keeps it, its second part moved back to just after it.
  const parts: string[] = [];
  const hyphenJoins: HyphenJoin[] = [];
  let copied = 0;
  const blank = (from: number, to: number): void => {
    parts.push(prepared.clean.slice(copied, from), ' '.repeat(to - from));
    copied = to;
  };
  // A word joined over several lines (`ITU-` / `T/` / `ITU-R`): the gaps of its breaks so far, owed until its last
  // part has moved back, then set after it.
  let owed = 0;
  const pay = (): void => {
    if (owed) parts.push(' '.repeat(owed));
    owed = 0;
  };
  // `end`: `a` as the tests of its break read it (see `carried`).
  const joinWord = (a: Line, b: Line, end: string): boolean => {
    const kept = keepsMark(end, b.text);
    if (!kept && !hyphenated(end, b.text)) return false;
    const at = a.start + a.text.trimEnd().length - (kept ? 0 : 1);
    let from = b.start;
    while (isBlankUnit(prepared.clean.charCodeAt(from))) from++;
    let to = from;
    const stop = b.start + b.text.length;
    while (to < stop && !isBlankUnit(prepared.clean.charCodeAt(to))) to++;
    if (owed > 0) {
      // `a` is all a word's rest, moved back `owed` and copied up to its end: a hyphen the word drops is the last
      // character moved, taken off again (and off that join's length).
      if (at < copied) {
        parts.push((parts.pop() as string).slice(0, at - copied));
        const last = hyphenJoins.pop() as HyphenJoin;
        hyphenJoins.push({ ...last, length: last.length - (copied - at) });
      }
    } else if (at < copied) return false;
    else parts.push(prepared.clean.slice(copied, at));
    parts.push(prepared.clean.slice(from, to));
    hyphenJoins.push({ at: at - owed, shift: owed + from - at, length: to - from });
    owed += from - at;
    copied = to;
    return true;
  };
  // One step past the last content line (at the end of the text) blanks the furniture after it.
  let wordEnd: string | undefined;
  for (let k = 0; k <= content.length; k++) {
    const b = content[k] ?? lines.length;
    const previous = content[k - 1];
    const end = wordEnd;
    wordEnd = undefined;
    if (previous !== undefined && joinsPrevious.has(b)) {
      const a = lines[previous] as Line;
      const line = lines[b] as Line;
      const text = end ?? a.text;
      if (joinWord(a, line, text)) {
        // Where the line is all the word's rest and the word goes on in the next, its gap waits for the last part.
        const rest = carried(text, line.text);
        const c = content[k + 1] ?? -1;
        const next = (lines[c] as Line | undefined)?.text ?? '';
        if (rest !== undefined && joinsPrevious.has(c) && (keepsMark(rest, next) || hyphenated(rest, next))) {
          wordEnd = rest;
        } else pay();
      } else {
        pay();
        blank(a.start + a.text.length, line.start);
      }
      continue;
    }
    for (let g = (previous ?? -1) + 1; g < b; g++) {
      const l = lines[g] as Line;
      if (furniture[g]) blank(l.start, l.start + l.text.length);
    }
  }
  parts.push(prepared.clean.slice(copied));
  const clean = parts.join('');
  // Paragraphs: each content line not joined to the one before starts one; it runs to the end of the last line
  // joined to it. Blank and furniture lines outside paragraphs stay lines of their own (blank now).
  const out: Line[] = [];
  const own = (l: Line): Line => ({
    number: l.number,
    start: l.start,
    text: clean.slice(l.start, l.start + l.text.length),
  });
  let g = 0;
  for (let k = 0; k <= content.length; k++) {
    const first = content[k] ?? lines.length; // past the end: only the lines after the last paragraph
    for (; g < first; g++) out.push(own(lines[g] as Line));
    if (k === content.length) break;
    while (joinsPrevious.has(content[k + 1] ?? -1)) k++;
    const last = lines[content[k] as number] as Line;
    const start = (lines[first] as Line).start;
    out.push({ number: (lines[first] as Line).number, start, text: clean.slice(start, last.start + last.text.length) });
    g = (content[k] as number) + 1;
  }
  return { ...prepared, clean, lines: out, hyphenJoins };
}

/**
 * Joins lines into the line right above them (`joins`: indexes into `prepared.lines`), without moving any
 * character, as {@link unwrapLines} joins a wrapped text's: the line break between becomes white space in `clean`,
 * and the two lines one, numbered with the first's number.
 */
export function joinLines(prepared: PreparedText, joins: ReadonlySet<number>): PreparedText {
  if (joins.size === 0) return prepared;
  const parts: string[] = [];
  let copied = 0;
  const kept: { number: number; start: number; end: number }[] = [];
  for (const [i, l] of prepared.lines.entries()) {
    const above = kept.at(-1);
    const end = l.start + l.text.length;
    if (above && joins.has(i)) {
      parts.push(prepared.clean.slice(copied, above.end), ' '.repeat(l.start - above.end));
      copied = l.start;
      above.end = end;
    } else kept.push({ number: l.number, start: l.start, end });
  }
  parts.push(prepared.clean.slice(copied));
  const clean = parts.join('');
  const lines = kept.map((l) => ({ number: l.number, start: l.start, text: clean.slice(l.start, l.end) }));
  return { ...prepared, clean, lines };
}

/**
 * 1-based line and column in the file of an offset of the cleaned text: on the file's own line, not the paragraph's
 * first, and inside a word joined at a line end, where the file has the character (see `hyphenation.ts`).
 */
export function filePositionOf(prepared: PreparedText, offset: number): { line: number; column: number } {
  return positionOf(prepared.fileLines, offsetInFile(prepared.hyphenJoins, offset));
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
