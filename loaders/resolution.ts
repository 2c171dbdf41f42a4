/**
 * The structure of an ITU resolution: foreword (kept apart), header ("RESOLUTION 78 (Rev. New Delhi, 2024)"),
 * title, history line, opening ("The World Telecommunication Standardization Assembly (New Delhi, 2024),"), then
 * preamble sections with lettered items and operative sections with numbered items or an unnumbered body, then
 * any annexes (an annex heading line after the operative part starts one; its lines are paragraphs, not items of
 * the last operative section).
 *
 * The layout follows the ITU texts' own conventions: preamble headings stand alone on their line; an operative
 * heading starts with its marker and names its addressees (and collaborators) on the same line, continuing on the
 * next lines while the heading is unfinished (an open bracket, or a construct like 与 … 协作 not yet closed).
 */
import type { AssemblyBody, CompiledLexicon, OperativeKey, PreambleKey, TextSeries } from './lexicon';
import { addressableByItu, councilSessions, fullYear, hasCase, openerOf, unelided } from './lexicon';
import { LoaderError, quoteFound } from './errors';
import type { Line, LineRole } from './text';
import { isBlank, strayFurniture, trimSpan } from './text';

export interface StructureLine {
  readonly number: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface RawItem {
  readonly label: string | null;
  readonly start: number;
  end: number;
  readonly line: number;
}

/** The marker of a section whose heading the lexicon does not list (see `unlistedHeading`). */
export const UNLISTED = 'unlisted';

export interface RawSection {
  readonly part: 'preamble' | 'operative';
  marker: PreambleKey | OperativeKey | typeof UNLISTED;
  /** "noting", "noting-2", "instructs-2" */
  key: string;
  readonly headingStart: number;
  headingEnd: number;
  /** Offset where the addressee text starts (after the marker), for operative sections. */
  readonly restStart: number;
  readonly line: number;
  readonly items: RawItem[];
  body: RawItem | null;
}

/** An annex, appendix or attachment after the operative part: its heading line and its other lines. */
export interface RawAnnex {
  readonly heading: StructureLine;
  readonly paragraphs: readonly StructureLine[];
}

export interface RawStructure {
  readonly header: {
    readonly number: string;
    /** A resolution's header, or a decision's ("DECISION 482 (modified 2020)"). */
    readonly series: TextSeries;
    /** The assembly, when the header names it ("PP RESOLUTION 183"). */
    readonly body: AssemblyBody | null;
    readonly place: string | null;
    readonly year: number | null;
    readonly revised: boolean;
    /** The revisions counted after the number ("RESOLUTION ITU-R 69-2": 2), or null where none is written. */
    readonly count: number | null;
    /** The year of the first version, where the header names it as well ("(C-1985, last amended C19)"). */
    readonly first: number | null;
    /** The history the header's bracket holds, as a history line would ("RESOLUTION ITU-R 69-1 (2012-2015)"). */
    readonly history: readonly { readonly place: string | null; readonly year: number }[] | null;
    readonly text: string;
  } | null;
  readonly title: StructureLine | null;
  readonly history: readonly { readonly place: string | null; readonly year: number }[];
  /** Place and year are null where the opening names the body alone ("The ITU Radiocommunication Assembly,"). */
  readonly opening: { readonly body: AssemblyBody; readonly place: string | null; readonly year: number | null } | null;
  readonly foreword: string | null;
  readonly spans: {
    readonly header: readonly [number, number] | null;
    readonly history: readonly [number, number] | null;
    readonly opening: readonly [number, number] | null;
  };
  readonly sections: readonly RawSection[];
  readonly annexes: readonly RawAnnex[];
  /** Lines that are none of the above, between the opening and the first section. */
  readonly stray: readonly StructureLine[];
  /**
   * Lines that start like an operative heading and hold their body, whose start was not found: read as text of the
   * clause before (see `punctuatedHeading`).
   */
  readonly unsplit: readonly StructureLine[];
  /**
   * Lines that would read as an operative heading with its body (see `punctuatedHeading`) but for the line before,
   * which ends no clause: read as text of the clause before (see `foldedHeading`).
   */
  readonly folded: readonly StructureLine[];
  /** Lines read as a heading the lexicon does not list (see `unlistedHeading`). */
  readonly unlisted: readonly StructureLine[];
  /**
   * A history line below the header whose years are not those the header's bracket gives ("RESOLUTION ITU-R 69-1
   * (2012-2015)" above "(2012-2019)"): the line's history is read (warning HISTORY_CONFLICT).
   */
  readonly historyConflict: {
    readonly header: StructureLine;
    readonly headerHistory: readonly { readonly place: string | null; readonly year: number }[];
    readonly line: StructureLine;
  } | null;
}

function nonBlank(lines: readonly Line[]): StructureLine[] {
  const out: StructureLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = structureLineAt(lines, i);
    if (line) out.push(line);
  }
  return out;
}

/** Does the text contain a section heading at line level? (Used to tell resolutions from other documents.) */
export function countHeadings(lex: CompiledLexicon, lines: readonly Line[]): number {
  let n = 0;
  for (const l of nonBlank(lines)) if (classifyHeading(lex, l)) n++;
  return n;
}

/** How many lines after a header a section heading must come for the header to start a resolution of its own. */
const HEADINGS_WITHIN = 12;

/** One resolution of a text that holds several: its lines, as indexes into the text's lines. */
export interface ResolutionPart {
  readonly start: number;
  /** Where its text ends: the next one's start, or before text between the two (`between`). */
  readonly end: number;
  /** Lines between its end and the next one's start, read as part of neither. */
  readonly between: readonly StructureLine[];
}

/** The line at `i`, trimmed, or null if it is blank. */
function structureLineAt(lines: readonly Line[], i: number): StructureLine | null {
  const l = lines[i];
  if (!l || isBlank(l.text)) return null;
  const t = trimSpan(l.text, l.start);
  return { number: l.number, start: t.start, end: t.end, text: t.text };
}

/**
 * The resolutions of a text, one after another, as a conference's Final Acts or a compilation of an assembly's
 * resolutions hold them; one part for a text of one. A header line (with a margin symbol on the line above it, if
 * any) starts a resolution where an operative heading came since the last one started, its number is not the current
 * one's (a running header "Resolution 78" inside Resolution 78 starts none), and an opening or a section heading
 * follows within {@link HEADINGS_WITHIN} lines before any header of another number (a line naming a resolution in an
 * annex's list starts none). A resolution followed by another ends with its last line that ends a sentence, unless an
 * annex follows its operative part: what comes after it (a suppressed resolution's header and title, a divider) is
 * text between the two. So is the last one followed by the entries of suppressed resolutions only (see
 * {@link suppressedFrom}): they are text after it, read as part of none.
 */
export function resolutionParts(lex: CompiledLexicon, lines: readonly Line[]): ResolutionPart[] {
  const starts = [0];
  let operative = false;
  let current: HeaderKey | null = null;
  let previous: StructureLine | undefined;
  // Where the entries of suppressed resolutions start, after the last resolution's operative part.
  let trailing: number | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = structureLineAt(lines, i);
    if (!line) continue;
    if (!operative) {
      current ??= headerKey(lex, line.text);
      operative = opensOperative(lex, lines, i, line, previous);
      previous = line;
      continue;
    }
    const key = headerKey(lex, line.text);
    if (
      key === null ||
      (current &&
        key.number === current.number &&
        key.series === current.series &&
        (key.year === null || key.year === current.year))
    )
      continue;
    let headed = false;
    for (let j = i + 1, seen = 0; j < lines.length && seen < HEADINGS_WITHIN && !headed; j++) {
      const next = structureLineAt(lines, j);
      if (!next) continue;
      seen++;
      const other = headerKey(lex, next.text);
      if (other !== null && (other.number !== key.number || other.series !== key.series)) break;
      headed = classifyHeading(lex, next) !== null || lex.opening.some((re) => re.test(next.text));
    }
    if (!headed) {
      // A suppressed resolution's entry: no text of the one before it, if only such entries follow (see
      // suppressedFrom).
      trailing ??= suppressedEntry(lex, lines, i);
      continue;
    }
    trailing = null;
    let start = i;
    for (let k = i - 1; k >= 0; k--) {
      const above = structureLineAt(lines, k);
      if (!above) continue;
      if (lex.marginSymbol.test(above.text)) start = k;
      break;
    }
    starts.push(start);
    operative = false;
    current = key;
  }
  const last = trailing !== null && suppressedFrom(lex, lines, trailing) ? trailing : null;
  if (starts.length === 1 && last === null) return [{ start: 0, end: lines.length, between: [] }];
  const at = starts.length === 1 ? starts : atForewords(lex, lines, starts);
  return at.map((start, k) => {
    const next = at[k + 1] ?? lines.length;
    const end = k + 1 < at.length || last !== null ? resolutionEnd(lex, lines, start, next) : next;
    const between: StructureLine[] = [];
    for (let i = end; i < next; i++) {
      const line = structureLineAt(lines, i);
      if (line) between.push(line);
    }
    return { start, end, between };
  });
}

/** The margin symbol of a suppressed text in the Final Acts, before its header or beside it ("SUP", "(SUP)"). */
const SUPPRESSED_BEFORE = /^[\s\u00A0]*SUP(?![\p{L}\p{N}])/u;
const SUPPRESSED_BESIDE = /[(（]SUP[)）][\s\u00A0]*$/u;

/**
 * Where the entry of a suppressed resolution starts whose header is at line `i`: the margin symbol SUP on its line,
 * beside it, or on the line above (where that line starts). Null where the header has none.
 */
function suppressedEntry(lex: CompiledLexicon, lines: readonly Line[], i: number): number | null {
  const text = lines[i]?.text ?? '';
  if (SUPPRESSED_BEFORE.test(text) || SUPPRESSED_BESIDE.test(text)) return i;
  for (let k = i - 1; k >= 0; k--) {
    const above = structureLineAt(lines, k);
    if (!above) continue;
    return lex.marginSymbol.test(above.text) && SUPPRESSED_BEFORE.test(above.text) ? k : null;
  }
  return null;
}

/**
 * Whether the lines from `from` to the end are entries of suppressed resolutions only, as the Final Acts list them
 * after the last text they keep (the margin symbol SUP, the header and the title, with no text): no section heading,
 * item or sentence among them. They are then text after the last resolution, read as part of none.
 */
function suppressedFrom(lex: CompiledLexicon, lines: readonly Line[], from: number): boolean {
  for (let i = from; i < lines.length; i++) {
    const line = structureLineAt(lines, i);
    if (!line) continue;
    if (classifyHeading(lex, line) || labelOf(lex, line.text) !== null || ENDS_TEXT.test(line.text)) return false;
  }
  return true;
}

/**
 * Whether the line at `i` opens a resolution's operative part: an operative heading of its own line, or one ended by
 * punctuation after a clause's end (see {@link punctuatedHeading}: "instructs the Secretary-General, in consultation
 * with …," above its body), as the structure reader reads it.
 */
function opensOperative(
  lex: CompiledLexicon,
  lines: readonly Line[],
  i: number,
  line: StructureLine,
  previous: StructureLine | undefined,
): boolean {
  const heading = classifyHeading(lex, line);
  if (heading) return heading.part === 'operative';
  // Cheap checks first: most lines of a preamble follow no clause's end, or start like no heading.
  if (!previous || !ENDS_CLAUSE.test(previous.text.slice(-1)) || !startsLikeHeading(lex, line.text)) return false;
  let next: StructureLine | undefined;
  for (let j = i + 1; j < lines.length && !next; j++) next = structureLineAt(lines, j) ?? undefined;
  const found = punctuatedHeading(lex, line, previous, next, false);
  return found !== null && found !== 'unsplit';
}

/**
 * Whether a line goes on with a title broken above it: the title has no punctuation where the line broke it, nor
 * at its end, and goes on mid-phrase, with a letter in lower case where the script has case; a line in brackets is
 * a history line (one not read as such), and one with a colon or semicolon a note or a history without brackets
 * ("Source: …", "Dubai, 2012; …").
 */
function continuesTitle(lex: CompiledLexicon, text: string): boolean {
  if (ENDS_CLAUSE.test(text) || /[;；:：]/u.test(text)) return false;
  const first = text.charAt(0);
  if (!/\p{L}/u.test(first)) return false;
  return !hasCase(lex.lexicon) || first !== first.toUpperCase();
}

/** A header's series, number and year (null where it states none, as a running header "Resolution 78"). */
interface HeaderKey {
  readonly series: TextSeries;
  readonly number: string;
  readonly year: number | null;
}

function headerKey(lex: CompiledLexicon, text: string): HeaderKey | null {
  const found = matchHeader(lex, text);
  if (!found) return null;
  const { m, template } = found;
  return {
    series: lex.headerSeries[template] ?? 'resolution',
    number: m.groups?.N0 ?? '',
    year: headerYear(m),
  };
}

/**
 * The header template a line matches (its index and match, and the text it was matched on): the line as written,
 * or the line without a note in brackets on where the text was adopted (lexicon `headerNote`), as Council texts
 * put one beside the header ("RESOLUTION 1305 (C09) (adopted at the ninth Plenary Meeting)"): no part of the
 * identity.
 */
export function matchHeader(
  lex: CompiledLexicon,
  text: string,
): { readonly m: RegExpExecArray; readonly template: number; readonly text: string } | null {
  // Exact: a header, on the line or on the line without its note, writes a cue word found in the line itself (the
  // line without its note is two pieces of the line joined by a space, which the letters of the word cannot span).
  if (lex.headerCue && !lex.headerCue.test(text)) return null;
  const match = (t: string) => {
    for (const [template, re] of lex.header.entries()) {
      const m = re.exec(t);
      if (m) return { m, template, text: t };
    }
    return null;
  };
  const found = match(text);
  if (found) return found;
  const note = lex.headerNote?.exec(text);
  const bare = note
    ? `${text.slice(0, note.index).trimEnd()} ${text.slice(note.index + note[0].length).trimStart()}`.trim()
    : text;
  const noted = note ? match(bare) : null;
  if (noted) return noted;
  // "RESOLUTION 183 (Rev. Bucharest 2022)": read as with the comma before the year.
  const punctuated = withYearComma(bare);
  return punctuated === null ? null : match(punctuated);
}

/** Does a line match an opening template ("The Plenipotentiary Conference … (Bucharest, 2022),")? */
export function isOpening(lex: CompiledLexicon, text: string): boolean {
  if (lex.opening.some((re) => re.test(text))) return true;
  const punctuated = withYearComma(text);
  return punctuated !== null && lex.opening.some((re) => re.test(punctuated));
}

/** A year after white space, no digit after it: where a bracket without a comma before its year gives the year. */
const SPACED_YEAR = /[^\S\n](?:19|20)\d\d(?!\d)/u;

/**
 * The line with a comma before the year of its last bracket, where that bracket writes none and no digit before it
 * ("(Rev. Bucharest 2022)", "(Кигали 2022 г.)", "(كيغالي 2022)"), as a PDF's text or a hasty export writes it: the
 * header and opening templates write the comma, which is made no optional part of them (it would make the place's
 * words and the space before the year ambiguous, see the ReDoS check). Null where the line has no such bracket.
 */
export function withYearComma(text: string): string | null {
  const open = Math.max(text.lastIndexOf('('), text.lastIndexOf('（'));
  if (open < 0) return null;
  const inner = text.slice(open + 1);
  const close = inner.search(/[)）]/u);
  const year = close < 0 ? -1 : inner.slice(0, close).search(SPACED_YEAR);
  if (year <= 0 || /[,،，\d]/u.test(inner.slice(0, year))) return null;
  const at = open + 1 + year;
  return `${text.slice(0, at)},${text.slice(at)}`;
}

/** A full stop at the end of a clause, perhaps inside closing quotes or brackets: the end of a resolution's text. */
const ENDS_TEXT = /[.。!！?？][»"”’)）\]]*$/u;

/**
 * Where the resolution on lines [start, next) ends when another follows it: after its last line that ends a
 * sentence, past its operative heading; or at `next` where an annex follows the operative part (annex text need not
 * end a sentence) or no line does.
 */
function resolutionEnd(lex: CompiledLexicon, lines: readonly Line[], start: number, next: number): number {
  let operative = false;
  let last = -1;
  let previous: StructureLine | undefined;
  for (let i = start; i < next; i++) {
    const line = structureLineAt(lines, i);
    if (!line) continue;
    if (!operative) {
      operative = opensOperative(lex, lines, i, line, previous);
      previous = line;
      continue;
    }
    if (lex.annex.test(line.text)) return next;
    if (ENDS_TEXT.test(line.text)) last = i;
  }
  return last >= 0 ? last + 1 : next;
}

/**
 * Resolutions published one by one each open with the same foreword; joined in one file, the foreword of each but
 * the first stands between two resolutions. Where the file's first line (its foreword's heading, "FOREWORD") is no
 * header and comes back exactly once before each later resolution, followed by no item or section heading before it,
 * and nowhere else (a page's running header comes back more often, and within the resolutions), each later
 * resolution starts at it: its foreword is kept apart, not read as text of the clause before.
 */
function atForewords(lex: CompiledLexicon, lines: readonly Line[], starts: readonly number[]): number[] {
  const firstIndex = lines.findIndex((l) => !isBlank(l.text));
  const first = structureLineAt(lines, firstIndex)?.text;
  if (!first || headerKey(lex, first) !== null || lex.marginSymbol.test(first)) return [...starts];
  const again: number[] = [];
  for (let i = firstIndex + 1; i < lines.length; i++) if (structureLineAt(lines, i)?.text === first) again.push(i);
  if (again.length !== starts.length - 1) return [...starts];
  const prose = (from: number, to: number): boolean => {
    for (let i = from; i < to; i++) {
      const line = structureLineAt(lines, i);
      if (line && (lex.itemLabel.test(line.text) || classifyHeading(lex, line))) return false;
    }
    return true;
  };
  const before = again.every((at, k) => at > (starts[k] ?? Infinity) && at < (starts[k + 1] ?? -1));
  return before && again.every((at, k) => prose(at + 1, starts[k + 1] ?? at)) ? [0, ...again] : [...starts];
}

export type Heading =
  | { readonly part: 'preamble'; readonly marker: PreambleKey; readonly restOffset: number }
  | {
      readonly part: 'operative';
      readonly marker: OperativeKey;
      readonly restOffset: number;
      /** The lexicon row's `towardsItu`: the marker if every addressee is ITU's own. */
      readonly towardsItu?: OperativeKey;
    };

const ENDS_SENTENCE = /[.。;；,，:：]$/u;
/**
 * {@link ENDS_SENTENCE} with the Arabic comma and semicolon ("،", "؛"), as items end: where a clause ended above a
 * line (for headings the lexicon does not list, and titles).
 */
const ENDS_CLAUSE = /[.。;；,，:：\u060C\u061B]$/u;
/** A comma or colon ending an operative heading's line, before its items or body. */
const HEADING_END = /[,，:：\u060C]$/u;

/**
 * An item label written with spaces instead of a tab ("1 to continue…", see `spacedNumber`), taken only where that
 * number is the section's next item: the first line after the heading for item 1, else the line after an item whose
 * label is the number before and whose text ended a clause (";", ",", "." or ":"). A wrapped line that starts with a
 * number is then read as text.
 */
function spacedItemLabel(
  lex: CompiledLexicon,
  section: RawSection | null,
  previous: StructureLine | undefined,
  line: StructureLine,
): RegExpExecArray | null {
  if (!section || section.body) return null;
  const m = lex.spacedNumber.exec(line.text);
  if (!m) return null;
  const n = Number(m.groups?.label);
  const last = section.items.at(-1);
  if (!last) return n === 1 ? m : null;
  return Number(last.label) === n - 1 && previous && ENDS_CLAUSE.test(previous.text) ? m : null;
}

/** A comma (the Arabic one too) or colon at a line's end: an operative heading written so leads on to what is below it. */
const LEADS_ON = /[,:\u060C]$/u;
/** A full stop at a line's end: the end of a section (a semicolon ends an item, never a section). */
const FULL_STOP = /[.]$/u;
const WHITE_ONLY = /^[\s\u00A0]+$/u;
/** What may stand between an addressee's name and a body that opens with a proclitic: white space, or a comma. */
const AFTER_NAME = /^[\s\u00A0]*(?:[,\u060C][\s\u00A0]*)?$/u;
/** A word, with the apostrophe of an elided article or preposition ("d'", "qu'"). */
const WORD = /[\p{L}\p{M}]+['\u2019]?/gu;
/**
 * White space after a name, perhaps after the comma that closes a phrase set off before it ("…, в консультации с ВОЗ,
 * не …").
 */
const ADVERBS_LEAD = /^,?[\s\u00A0]+/u;

/**
 * An operative heading on a line that ends with punctuation, which {@link classifyHeading} leaves to the text (a
 * sentence may start with a word like "requests", and a wrapped line with any word), or reads as a heading with
 * nothing below it (an Arabic line ending with "،" before the next heading). Read where the marker tells a heading
 * from a sentence's first word: in lower case where the script has case, else followed right away by a name (and, but
 * in Chinese, in the operative part only); and only where a new paragraph starts (the line before ends a clause):
 * - a line ending with a comma or colon, followed by its items or body, is their heading ("invites Member
 *   States:", "instructs the Director of BDT, in close cooperation with the Director of TSB,");
 * - a line ending with a full stop, or with a comma before the next heading or the end, holds the heading and its
 *   body ("invites Member States to take part in …."): the body starts at the first opener word that follows the
 *   addressees (see {@link bodyStart}). Where none does, 'unsplit': the line stays text of the clause before, with
 *   a warning.
 */
function punctuatedHeading(
  lex: CompiledLexicon,
  line: StructureLine,
  previous: StructureLine | undefined,
  next: StructureLine | undefined,
  inOperative: boolean,
): { readonly heading: Heading; readonly bodyOffset: number | null } | 'unsplit' | null {
  const han = lex.lexicon.script === 'Han';
  // The line before ends a clause, as Arabic items end too ("؛", "،").
  if (!previous || !ENDS_CLAUSE.test(previous.text)) return null;
  const leadsOn = (han ? HAN_LEADS_ON : LEADS_ON).test(line.text);
  if (!leadsOn && !(han ? HAN_FULL_STOP : FULL_STOP).test(line.text)) return null;
  if (!startsLikeHeading(lex, line.text)) return null;
  for (const o of lex.operative) {
    const m = o.re.exec(line.text);
    if (!m) continue;
    const rest = m.groups?.rest ?? '';
    const heading: Heading = {
      part: 'operative',
      marker: o.key,
      restOffset: line.text.length - rest.length,
      towardsItu: o.towardsItu,
    };
    const below = next !== undefined && !startsSection(lex, next);
    // Without case, a sentence's first word looks like a marker: only a name right after it makes a heading
    // ("تدعو الدول الأعضاء إلى …"; Chinese, see hanBodyStart), and only in the operative part, once a heading of
    // its own line has opened it. In the preamble such a line is a sentence another body wrote, quoted and wrapped
    // ("… في قرارها WHA58.28 بشأن الصحة الإلكترونية،" above "تحث الدول الأعضاء على …": what the Health Assembly urges).
    if (!han && !hasCase(lex.lexicon) && (!inOperative || !namedFirst(lex, rest))) return null;
    if (han) {
      const at = hanBodyStart(lex, rest);
      // Leading on, nothing but the addressees (a wrapped sentence that starts with 请 "please" names none).
      if (leadsOn) return at === rest.length && below ? { heading, bodyOffset: null } : null;
      return at === null || at === rest.length ? 'unsplit' : { heading, bodyOffset: heading.restOffset + at };
    }
    if (leadsOn && below) return { heading, bodyOffset: null };
    const at = bodyStart(lex, o.key, rest);
    return at === null ? 'unsplit' : { heading, bodyOffset: heading.restOffset + at };
  }
  return null;
}

/**
 * The line whose end tells whether a paragraph may start at line `i` (see {@link punctuatedHeading}): the line
 * before, or the one before that where the line before reads as nothing but page furniture (text.ts
 * `strayFurniture`: "- 3 -", "Res. 65"), which an excerpt of a single page break leaves in the text.
 */
function clauseBefore(lines: readonly StructureLine[], i: number): StructureLine | undefined {
  const before = lines[i - 1];
  if (!before || i < 2 || !strayFurniture(before.text)) return before;
  const further = lines[i - 2] as StructureLine;
  return ENDS_CLAUSE.test(further.text) ? further : before;
}

/**
 * Whether a line that ends with a comma (a preamble heading written "учитывая,", see {@link withoutTrailingComma})
 * follows a line that ends no clause and is no heading: a sentence broken above it, which it goes on.
 */
function commaAfterSentence(lex: CompiledLexicon, line: StructureLine, before: StructureLine | undefined): boolean {
  if (!before || withoutTrailingComma(line.text) === null) return false;
  return !ENDS_CLAUSE.test(before.text) && !classifyHeading(lex, before);
}

/**
 * Whether line `i` is a stray piece of page furniture (text.ts `strayFurniture`) between a line that ends a clause
 * and one that {@link punctuatedHeading} reads as a heading after it: then no text of the clause above.
 */
function furnitureBeforeHeading(
  lex: CompiledLexicon,
  lines: readonly StructureLine[],
  i: number,
  inOperative: boolean,
): boolean {
  const line = lines[i] as StructureLine;
  const previous = lines[i - 1];
  const next = lines[i + 1];
  if (!previous || !next || !strayFurniture(line.text) || !ENDS_CLAUSE.test(previous.text)) return false;
  if (classifyHeading(lex, next)) return false;
  const found = punctuatedHeading(lex, next, previous, lines[i + 2], inOperative);
  return found !== null && found !== 'unsplit';
}

/** A line that ends a clause, for asking {@link punctuatedHeading} what a line would be after one. */
const CLAUSE_ENDED: StructureLine = { number: 0, start: 0, end: 1, text: '.' };

/**
 * Whether a line that the structure reader leaves to the text of the clause above would read as an operative
 * heading with its body (see {@link punctuatedHeading}) had the line before it ended a clause: an instruction that
 * may be lost, as where a line of page furniture the reader does not know stands between ("- 3 -" / "invites Member
 * States to …"), or the clause above ends without punctuation.
 */
function foldedHeading(
  lex: CompiledLexicon,
  line: StructureLine,
  next: StructureLine | undefined,
  inOperative: boolean,
): boolean {
  if (!startsLikeHeading(lex, line.text)) return false;
  const found = punctuatedHeading(lex, line, CLAUSE_ENDED, next, inOperative);
  return found !== null && found !== 'unsplit';
}

/**
 * In Chinese, {@link LEADS_ON} and {@link FULL_STOP} with the full-width comma, colon and stop. Chinese has no case
 * and no word like "to" that opens a body: a line that starts with an operative marker right after a clause ended
 * leads on to items or a body below it ("请各成员国：") or ends with a full stop and holds its body too
 * ("请各成员国制定国家电子卫生战略。"); the body starts where the addressees end (see {@link hanBodyStart}). Where no
 * name follows the marker, 'unsplit', as in other languages.
 */
const HAN_LEADS_ON = /[，,：:]$/u;
const HAN_FULL_STOP = /[。.]$/u;

/** Characters an adverb may take between a list of names and the word that closes a collaboration (密切合作). */
const HAN_ADVERB = 4;

/**
 * Where the addressees of a Chinese heading end in the rest of its line (see {@link punctuatedHeading}), with the
 * punctuation after them: where the body starts, or the line's end. Null where no name follows the marker.
 */
function hanBodyStart(lex: CompiledLexicon, rest: string): number | null {
  const parties = namesIn(lex, rest).filter((n) => n.party);
  const determiners = [...lex.articles];
  const skip = (at: number, words: readonly string[]): { at: number; word: string | null } => {
    while (at < rest.length && /\s/u.test(rest.charAt(at))) at++;
    const word = words.find((w) => w && rest.startsWith(w, at)) ?? null;
    return { at: word ? at + word.length : at, word };
  };
  // The names right after the marker: one after another ("ITU-T第16研究组") or joined ("成员国和部门成员").
  let at = 0;
  let named = false;
  // Each word that joined the list, and whether a name after it is outside ITU (see `namesIn`).
  const joinedBy = new Map<string, boolean>();
  let joiner: string | null = null;
  for (;;) {
    const from = skip(at, determiners).at;
    const name = parties.filter((n) => n.start === from).sort((a, b) => b.end - a.end)[0];
    if (!name) break;
    named = true;
    if (joiner !== null && !name.member) joinedBy.set(joiner, true);
    at = name.end;
    const joined = skip(at, lex.lexicon.listJoiners);
    if (!joined.word) continue;
    // A list that goes on with a name the lexicon does not know ("成员国和各国政府"): where it ends is unknown.
    if (!parties.some((n) => n.start === skip(joined.at, determiners).at)) return null;
    joiner = joined.word;
    if (!joinedBy.has(joiner)) joinedBy.set(joiner, false);
    at = joined.at;
  }
  if (!named) return null;
  // "与世卫组织密切合作，": the list was joined by a collaboration phrase, closed right after it: all the heading's.
  // Closed by "together" after ITU's own or its members ("与部门成员共同努力"), two addressees, and the verb the
  // body's; after an outside organisation ("与世卫组织一道"), a collaborator, as for 合作 (see parse.ts).
  for (const c of lex.collaboration) {
    const by = [...joinedBy].filter(([w]) => c.re.test(w));
    if (!c.closing || !by.length) continue;
    const close = c.closing.exec(rest.slice(at, at + HAN_ADVERB + 4));
    const outside = by.some(([, o]) => o);
    if (close && close.index <= HAN_ADVERB && (!c.jointly.has(close[0]) || outside)) {
      at += close.index + close[0].length;
    }
  }
  while (at < rest.length && /[\s，,：:]/u.test(rest.charAt(at))) at++;
  // "请世界卫生组织的区域办事处…": the name modifies what follows it (的, 之), which is no name the lexicon knows.
  if (HAN_MODIFIER.test(rest.slice(at))) return null;
  return at;
}

/** The particles that make what stands before them a modifier of what follows. */
const HAN_MODIFIER = /^[的之]/u;

/** Whether the addressee text after a marker starts with the name of a party. */
function namedFirst(lex: CompiledLexicon, rest: string): boolean {
  const from = rest.length - rest.trimStart().length;
  return namesIn(lex, rest).some((n) => n.party && n.start === from);
}

/** A line that starts with a heading's marker in lower case, and is no item. */
function startsLikeHeading(lex: CompiledLexicon, text: string): boolean {
  if (text.length > 600 || !lex.headingStart.test(text) || lex.itemLabel.test(text)) return false;
  const first = /\p{L}/u.exec(text)?.[0] ?? '';
  return first === first.toLowerCase();
}

/** Whether a line starts a section or an annex: what cannot be the items or body of a heading above it. */
function startsSection(lex: CompiledLexicon, line: StructureLine): boolean {
  return classifyHeading(lex, line) !== null || lex.annex.test(line.text) || startsLikeHeading(lex, line.text);
}

/**
 * The names of entities, study groups and Sectors in a text: whether each may be addressed (no instrument: "requests
 * that the WHO Global Strategy … be taken into account"), whether it is ITU's own (an official, a Bureau, a
 * Sector, an ITU group or study group), and whether it is ITU's own or its membership (`addressableByItu`: not
 * WHO, nor another outside organisation).
 */
function namesIn(
  lex: CompiledLexicon,
  text: string,
): {
  readonly start: number;
  readonly end: number;
  readonly party: boolean;
  readonly itu: boolean;
  readonly member: boolean;
}[] {
  const names: { start: number; end: number; party: boolean; itu: boolean; member: boolean }[] = [];
  for (const re of [lex.entities, lex.patterns.studyGroup, lex.sector]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const record = re === lex.entities ? lex.entityOf(m[0]) : null;
      names.push({
        start: m.index,
        end: m.index + m[0].length,
        party: record?.category !== 'Instrument',
        itu: re !== lex.entities || (record?.category !== 'Instrument' && (record?.kind?.startsWith('itu') ?? false)),
        member: re !== lex.entities || (record !== null && addressableByItu(record, { ituItself: true })),
      });
      if (m[0].length === 0) re.lastIndex++;
    }
    re.lastIndex = 0;
  }
  return names;
}

/**
 * Whether the addressees a heading names after its marker, before any collaboration phrase, are all ITU's own
 * (see {@link namesIn}), there is at least one, and nothing else is named there: for a marker that writes two kinds
 * with one word (`towardsItu`). A phrase whose first closing is one of joint action after ITU's own or its members
 * only joins addressees ("请秘书长与部门成员共同努力": the Secretary-General and the Sector Members, together, as in
 * the parsed instruction), and those after it count.
 */
function addressesItu(lex: CompiledLexicon, rest: string): boolean {
  let split = rest.length;
  let joined = rest;
  for (const c of lex.collaboration) {
    const m = c.re.exec(rest);
    if (!m) continue;
    if (c.closing) {
      const from = m.index + m[0].length;
      const close = c.closing.exec(rest.slice(from));
      if (!close) continue;
      const end = from + close.index;
      if (c.jointly.has(close[0]) && !namesIn(lex, rest.slice(from, end)).some((n) => n.party && !n.member)) {
        // The phrase is "and"; what they do together, from the closing on, names no one.
        joined = joined.slice(0, m.index) + ' '.repeat(m[0].length) + joined.slice(from);
        split = Math.min(split, end);
        continue;
      }
    }
    split = Math.min(split, m.index);
  }
  const named = joined.slice(0, split);
  const parties = namesIn(lex, named).filter((n) => n.party);
  if (!parties.length || !parties.every((n) => n.itu)) return false;
  // Nothing but the names, list joiners and punctuation: a party the lexicon does not know ("各国政府") is no one's.
  let left = named;
  for (const n of parties) left = left.slice(0, n.start) + ' '.repeat(n.end - n.start) + left.slice(n.end);
  for (const joiner of lex.lexicon.listJoiners) left = left.split(joiner).join(' ');
  return NOTHING_LEFT.test(left);
}

const NOTHING_LEFT = /^[\s\p{P}]*$/u;

/**
 * Where the body starts in the rest of a heading line that holds its body too: at the first opener word
 * (`operativeOpeners`) that is not part of a name or a collaboration phrase ("Directeur du Bureau de
 * développement", "to work collaboratively with"), is followed by a lower-case word that is no article (a verb:
 * "à participer", not "a los Estados") or comes right after a name ("Member States to the meetings of …"), and, but
 * for "resolves", comes after the addressees' first word (Spanish names its addressees with "a": "invita a los
 * Estados Miembros a participar"). Null where no word does.
 */
function bodyStart(lex: CompiledLexicon, marker: OperativeKey, rest: string): number | null {
  if (lex.operativeOpeners.size === 0) return verbBodyStart(lex, marker, rest);
  const found = namesIn(lex, rest);
  const names: (readonly [number, number])[] = found.map((n) => [n.start, n.end]);
  // Those that may be addressed (not instruments: "requests that the WHO Global Strategy … be taken into account").
  const parties: (readonly [number, number])[] = found.filter((n) => n.party).map((n) => [n.start, n.end]);
  for (const c of lex.collaboration) {
    const m = c.re.exec(rest);
    if (m) names.push([m.index, m.index + m[0].length]);
  }
  const words = [...rest.matchAll(WORD)];
  // The first opener passed over as a word of a clause about the addressees (see below).
  let passed: number | null = null;
  for (let k = 0; k < words.length; k++) {
    const word = words[k];
    if (!word) continue;
    const at = word.index;
    // A preposition joined to a verbal noun, right after an addressee ("يكلف الأمين العام بتقديم تقرير"), but not the
    // phrase that says what the addressee acts as ("بصفته").
    if (
      k > 0 &&
      lex.bodyProclitic(word[0]) &&
      !lex.anyCapacity.test(word[0]) &&
      !names.some(([start, end]) => at >= start && at < end) &&
      found.some((n) => {
        const end = sharedHeadsEnd(lex, rest, n.end);
        return end <= at && AFTER_NAME.test(rest.slice(end, at));
      })
    ) {
      return at;
    }
    if (!lex.operativeOpeners.has(openerOf(word[0]))) continue;
    // After a clause about the addressees (see below), a preposition's fixed phrase ("a nivel nacional", "a fin de")
    // opens no body; where no other word does, the word passed over does.
    if (passed !== null && lex.prepositionalPhraseAt(rest, at)) continue;
    // Right after the marker, the body opens with its addressee as subject ("requests that the Secretary-General
    // report …"), or the word is the addressees' own ("invita a los Estados Miembros").
    if (k === 0 && marker !== 'resolves' && subjectAt(lex, rest, parties) === null) continue;
    if (k > 0 && !/\s/u.test(rest.charAt(at - 1))) continue;
    if (names.some(([start, end]) => at >= start && at < end)) continue;
    if (k === 0) return at;
    const next = words[k + 1]?.[0] ?? '';
    // Right after a name, the addressees have ended, whatever follows ("invites Member States to the meetings of
    // …"), unless the opener is also a word that joins a name to more of it ("les États Membres de l'UIT"); else
    // the opener is followed by a lower-case word that is no article.
    const joins = lex.linkWords.has(unelided(openerOf(word[0])));
    const initial = next.charAt(0);
    if (
      (joins || !names.some(([, end]) => end < at && WHITE_ONLY.test(rest.slice(end, at)))) &&
      (!next || initial !== initial.toLowerCase() || lex.articles.has(openerOf(next)))
    ) {
      continue;
    }
    // Not where a clause about the addressees goes on: the verb of a relative clause ("الدول الأعضاء التي تقوم
    // بتطوير …") or the preposition of an adjective that qualifies them ("الدول الأعضاء القادرة على ذلك", "Member
    // States in a position to do so"), right after it; nor a relative pronoun that opens such a clause ("Member
    // States that have not yet done so to …"), but for one followed by an article, which opens a body with its
    // subject ("requests the Secretary-General that the results be reported"), or for a pronoun that opens a body
    // as well, one not followed by a qualifier ("encarga al Director que informe …", but "invita a los Estados
    // Miembros que estén en condiciones de hacerlo a contribuir …"). Where no other word starts the body, the first
    // of these does ("invites WHO that it continue …").
    const before = words[k - 1];
    const previous = openerOf(before?.[0] ?? '');
    const adjoins = before !== undefined && WHITE_ONLY.test(rest.slice(before.index + before[0].length, at));
    // A qualifier after a word that stands for what it would take ("Member States that so wish to participate …")
    // has no opener of its own: the one after it is the body's.
    const qualified =
      lex.addresseeQualifiers.has(previous) && !lex.qualifierPronouns.has(openerOf(words[k - 2]?.[0] ?? ''));
    if (
      (adjoins && (lex.relativePronouns.has(previous) || qualified)) ||
      (lex.relativePronouns.has(openerOf(word[0])) && !lex.articles.has(openerOf(next))) ||
      (lex.qualifiedRelatives.has(openerOf(word[0])) && qualifierFollows(lex, words, k + 1))
    ) {
      passed ??= at;
      continue;
    }
    return withAdverbs(lex, rest, at, names);
  }
  return passed;
}

/**
 * Whether the words from the `from`th on open with a qualifier of the addressees (`addresseeQualifiers`), after any
 * words that stand for what it would take (`qualifierPronouns`): "estén en condiciones", "lo deseen", "así lo
 * deseen".
 */
function qualifierFollows(lex: CompiledLexicon, words: readonly RegExpMatchArray[], from: number): boolean {
  let j = from;
  while (words[j] && lex.qualifierPronouns.has(openerOf(words[j]?.[0] ?? ''))) j++;
  return lex.addresseeQualifiers.has(openerOf(words[j]?.[0] ?? ''));
}

/**
 * Where a body found to open at `at` starts: at the adverbs before that word (lexicon `bodyAdverbEndings`,
 * `bodyAdverbs`), where they alone stand between it and the end of the last name or collaboration phrase before it,
 * after the comma that closes a phrase set off there if any, as the first words of a body on a line of its own below
 * the heading would ("предлагает Государствам-Членам и Членам Секторов активно участвовать …", "поручает
 * Генеральному секретарю, в консультации с ВОЗ, не допускать …", "invites Member States actively to participate …",
 * "requests the Secretary-General not to duplicate …"); else at `at`. A word of those endings after a name that
 * follows an article is a noun the name modifies, not an adverb ("invites Member States and the ITU family to …").
 */
function withAdverbs(
  lex: CompiledLexicon,
  rest: string,
  at: number,
  names: readonly (readonly [number, number])[],
): number {
  // The last name before the word; of those that end there, the longest.
  let from = -1;
  let start = -1;
  for (const [first, end] of names) {
    if (end <= at && (end > from || (end === from && first < start))) [from, start] = [end, first];
  }
  if (from < 0) return at;
  const gap = rest.slice(from, at);
  const lead = ADVERBS_LEAD.exec(gap);
  if (!lead) return at;
  const modified = lex.articles.has(
    openerOf(
      rest
        .slice(0, start)
        .trimEnd()
        .split(/[\s\u00A0]+/u)
        .pop() ?? '',
    ),
  );
  const words = gap
    .slice(lead[0].length)
    .trimEnd()
    .split(/[\s\u00A0]+/u);
  const adverb = (w: string): boolean => lex.bodyAdverbWords.has(w) || lex.bodyAdverb.test(w);
  if (words.every((w) => lex.bodyAdverbWords.has(w) || (!modified && lex.bodyAdverb.test(w)))) {
    return from + lead[0].length;
  }
  // After a clause about the addressees that ends with its qualifier or the pronoun that stands for what that would
  // take ("Member States that are able to do so actively to contribute …", "… that so wish actively to …"), the
  // adverbs right before the word are the body's too.
  const spaced = [...gap.matchAll(/[^\s\u00A0]+/gu)];
  let run = spaced.length;
  while (run > 0 && adverb(spaced[run - 1]?.[0] ?? '')) run--;
  const last = openerOf(spaced[run - 1]?.[0] ?? '');
  const first = spaced[run];
  if (!first || run === 0 || !(lex.qualifierPronouns.has(last) || lex.addresseeQualifiers.has(last))) return at;
  return from + first.index;
}

/**
 * Where a name ends with the names a list joins to it without the head word they share (`sharedHeadNames`: "قطاعي
 * تقييس الاتصالات وتنمية الاتصالات", the two Sectors): after the last of them, else at `end`.
 */
function sharedHeadsEnd(lex: CompiledLexicon, text: string, end: number): number {
  for (let m = lex.sharedHeadAfter.exec(text.slice(end)); m; m = lex.sharedHeadAfter.exec(text.slice(end))) {
    end += m[0].length;
  }
  return end;
}

/**
 * {@link bodyStart} in a language with no opener word: the first word that ends as the verb a body opens with does
 * (lexicon `bodyVerbEndings`), in lower case, outside the names and collaboration phrases, and after an addressee's
 * name but for "resolves" ("поручает Генеральному секретарю, в консультации с ВОЗ, представить …" starts at
 * "представить"). Null where no word does.
 */
function verbBodyStart(lex: CompiledLexicon, marker: OperativeKey, rest: string): number | null {
  const found = namesIn(lex, rest);
  const names: (readonly [number, number])[] = found.map((n) => [n.start, n.end]);
  for (const c of lex.collaboration) {
    const m = c.re.exec(rest);
    if (m) names.push([m.index, m.index + m[0].length]);
  }
  // Where a clause about the addressees goes on, up to the punctuation that closes it: one a relative pronoun or a
  // qualifier opens ("Государствам-Членам, которые в состоянии сделать это, внести вклад …", "…, желающим сделать
  // это, …") holds its own verb, not the body's. Where no other verb starts the body, the first of these does, as
  // in {@link bodyStart}.
  let clause: number | null = null;
  let passed: number | null = null;
  for (const word of rest.matchAll(WORD)) {
    const at = word.index;
    if (clause !== null && CLAUSE_END.test(rest.slice(clause, at))) clause = null;
    const opener = openerOf(word[0]);
    if (lex.relativePronouns.has(opener) || lex.addresseeQualifiers.has(opener)) {
      clause = at + word[0].length;
      continue;
    }
    if (!lex.bodyVerb.test(word[0]) || names.some(([start, end]) => at >= start && at < end)) continue;
    if (marker !== 'resolves' && !found.some((n) => n.party && n.end <= at)) return null;
    if (clause === null) return withAdverbs(lex, rest, at, names);
    passed ??= at;
  }
  return passed;
}

/** Punctuation that closes a clause inside a sentence. */
const CLAUSE_END = /[,;:.!?()\u060C\u061B]/u;

/**
 * Whether `text` opens with a subject opener and then, after articles, the name of a party ("that the
 * Secretary-General …", "que los Estados Miembros …"), not one that owns what follows ("that the
 * Secretary-General's report …", "that Member States' contributions …"): the start of that name, or null.
 */
export function subjectAt(
  lex: CompiledLexicon,
  text: string,
  parties: readonly (readonly [number, number])[],
): number | null {
  if (!lex.subjectOpeners.has(openerOf(text))) return null;
  const words = [...text.slice(0, 200).matchAll(WORD)];
  let j = 1;
  while (words[j] && lex.articles.has(openerOf(words[j]?.[0] ?? ''))) j++;
  const at = words[j]?.index;
  const name = parties.filter(([start]) => start === at).sort((a, b) => b[1] - a[1])[0];
  return at !== undefined && name && !POSSESSIVE.test(text.slice(name[1], name[1] + 3)) ? at : null;
}

/** An English possessive after a name: "'s", "’s", or an apostrophe alone after a plural. */
const POSSESSIVE = /^['\u2019](?:s(?![\p{L}\p{N}])|(?![\p{L}\p{N}]))/u;

/** How long a line may be, and how many words it may have, to be read as a heading the lexicon does not list. */
const UNLISTED_MAX_LENGTH = 80;
const UNLISTED_MAX_WORDS = 6;
/** Words of letters alone, joined by spaces, apostrophes or hyphens: no digit, bracket or punctuation. */
const WORDS_ONLY = /^[\p{L}\p{M}]+(?:[\s\u00A0'\u2019\u2010\u2011-]+[\p{L}\p{M}]+)*$/u;

/**
 * Whether the line above an item is a section heading the lexicon does not list ("convinced", "noting with
 * satisfaction"), which would otherwise be read as text of the item before it, and the items below it as more items
 * of the section above, their labels repeated. It is one where:
 * - the item starts its series again ("a)" after "g)", "1" after "3"), or is the first item of the text, the line
 *   above it being text before any section;
 * - the line above is a line of its own, and the line above that ends a clause (";", ",", ".") or is the opening;
 * - that line is short words alone (no digit, bracket or punctuation), in lower case where the script has case, as
 *   headings are.
 */
function unlistedHeading(
  lex: CompiledLexicon,
  current: RawSection | null,
  stray: readonly StructureLine[],
  lines: readonly StructureLine[],
  i: number,
  label: string,
  /** The series of the list inside the last item, where its lines go on up to the line above. */
  listSeries?: string,
  /** Whether the label is "i" starting a list of roman numerals (see {@link numeralsStart}). */
  numerals = false,
): boolean {
  // The line above first: it is asked about for every item, and is most often the item before, which fails at once
  // (see looksLikeHeading); the label's series is read only for a line that may be a heading.
  const previous = lines[i - 1];
  if (!previous || !looksLikeHeading(lex, previous.text)) return false;
  const { series, first } = lex.itemSeries(label);
  if (!(first || numerals)) return false;
  const before = lines[i - 2];
  if (before && !ENDS_CLAUSE.test(before.text)) return false;
  if (!current) return stray.at(-1) === previous;
  const last = current.items.at(-1);
  if (!last || previous.number <= last.line) return false;
  return (
    numerals ||
    listSeries === series ||
    current.items.some((item) => item.label !== null && lex.itemSeries(item.label).series === series)
  );
}

/**
 * Whether `label` is the next roman numeral of a list whose labels so far are the numerals from "i" on ("ii" after
 * "i", "v" after "i" … "iv"; `itemNumerals`). A list of letters is none: "i" after "h" is the ninth letter, and
 * "ii" no label after it.
 */
function nextNumeral(lex: CompiledLexicon, labels: Labels, label: string): boolean {
  const place = lex.itemNumerals.indexOf(label);
  return place > 0 && labels.length === place && isNumeralRun(lex, labels);
}

/** Labels as a list holds them, or a section's items (whose labels are read in place, not copied for each line). */
type Labels = readonly string[] | readonly RawItem[];

/**
 * Whether labels are the roman numerals from "i" on, in order: their number tested first, so that at most the
 * numerals' count of them is read (a section of thousands of items costs no more per line than one of three).
 */
function isNumeralRun(lex: CompiledLexicon, labels: Labels): boolean {
  if (labels.length > lex.itemNumerals.length) return false;
  for (let k = 0; k < labels.length; k++) {
    const l = labels[k];
    if ((typeof l === 'string' ? l : l?.label) !== lex.itemNumerals[k]) return false;
  }
  return true;
}

/**
 * How many lines below a label "i" {@link numeralsStart} looks for the label after it: an item the width broke
 * takes a few lines.
 */
const NUMERAL_LOOKAHEAD = 12;

/**
 * Whether an item labelled "i" starts a list of roman numerals, for a heading the lexicon does not list above it
 * ({@link unlistedHeading}): the list before it (the section's, or the one inside its last item) was numerals from
 * "i" to "ii" or further, which "i" starts again; or the next label below it is "ii", and the line above the
 * heading-like line leads into no list (no colon: "1 to assist:" above "developing countries" and "i)" is a list).
 */
function numeralsStart(
  lex: CompiledLexicon,
  current: RawSection | null,
  list: SubList | null,
  lines: readonly StructureLine[],
  i: number,
  label: string,
): boolean {
  if (label !== lex.itemNumerals[0]) return false;
  const runs = (labels: Labels): boolean => labels.length > 1 && isNumeralRun(lex, labels);
  if (runs(current?.items ?? []) || runs(list?.labels ?? [])) return true;
  if (/[:：]$/u.test(lines[i - 2]?.text ?? '')) return false;
  for (let j = i + 1; j < lines.length && j <= i + NUMERAL_LOOKAHEAD; j++) {
    const text = lines[j]?.text ?? '';
    const next = lex.numeralLabel.exec(text)?.groups?.label ?? labelOf(lex, text);
    if (next !== null) return next === lex.itemNumerals[1];
    if (classifyHeading(lex, { number: 0, start: 0, end: text.length, text })) return false;
  }
  return false;
}

/**
 * A line that opens with a roman numeral of several letters where it is a label (`numeralLabel`): the next
 * numeral of the list inside the last item ("list") or else of the section's items ("section"; see
 * {@link nextNumeral}), with a tab after it or after a line that ends a clause ("…;", "…; and"), as an item's last
 * line does and a wrapped line's line before ("as in items" / "(ii) and (iii) of paragraph 2") does not.
 */
function numeralItemLabel(
  lex: CompiledLexicon,
  section: RawSection | null,
  list: SubList | null,
  previous: StructureLine | undefined,
  line: StructureLine,
): { readonly match: RegExpExecArray; readonly of: 'list' | 'section' } | null {
  const m = section ? lex.numeralLabel.exec(line.text) : null;
  const label = m?.groups?.label;
  if (!m || !section || !label) return null;
  const tab = m[0].slice(m[0].lastIndexOf(label) + label.length).includes('\t');
  if (!tab && !closesItem(lex, previous?.text ?? '')) return null;
  if (namesNumerals(lex, line.text.slice(m[0].length))) return null;
  if (list && nextNumeral(lex, list.labels, label)) return { match: m, of: 'list' };
  return nextNumeral(lex, section.items, label) ? { match: m, of: 'section' } : null;
}

/**
 * Whether what follows a numeral goes on naming numerals ("ii) and iii) above are to be read together"): a list word
 * (lexicon `listJoiners`), then another numeral. A wrapped line that cites items, not an item.
 */
function namesNumerals(lex: CompiledLexicon, rest: string): boolean {
  const m = /^[\s\u00A0]*(\p{L}+)[\s\u00A0]+\(?[ivxlc]{1,6}[).]/u.exec(rest);
  return m !== null && lex.listJoinersLower.has((m[1] ?? '').toLowerCase());
}

/**
 * Whether a line ends as an item's last line does, more surely than a clause that a comma ends: with a semicolon, a
 * colon or a full stop ({@link BODY_END}), or a list word after a semicolon ("…; and").
 */
function closesItem(lex: CompiledLexicon, text: string): boolean {
  const t = text.trim();
  return BODY_END.test(t) || listWordAfter(lex, t, /[;；\u061B]/u);
}

/** Whether a trimmed line ends with a list word ("and", "or"; lexicon `listJoiners`) after one of `marks`. */
function listWordAfter(lex: CompiledLexicon, t: string, marks: RegExp): boolean {
  const m = /(\S)[\s\u00A0]+(\p{L}+)$/u.exec(t);
  return m !== null && marks.test(m[1] ?? '') && lex.listJoinersLower.has((m[2] ?? '').toLowerCase());
}

/** A list inside an item ("1 to assist Member States, in particular:" above "a) in planning …; b) in …"). */
interface SubList {
  readonly parent: RawItem;
  /** The series of the list's first label. */
  readonly series: string;
  /** The list's labels so far, the first first. */
  readonly labels: string[];
  /** Whether the numeral "ii" labels a line below the list, before the next heading (see {@link numeralBelow}). */
  numeralBelow?: boolean;
}

/** How many lines below a list {@link numeralBelow} looks. */
const NUMERAL_BELOW_LINES = 400;

/**
 * Whether a line below `i`, before the next heading and within {@link NUMERAL_BELOW_LINES}, opens with the numeral
 * "ii" as a label: a list of letters under the section's only item "i) …:" is then under the first numeral, and
 * "j)" in it is the list's; else "i" was the ninth letter and "j)" its next. Looked for once a list.
 */
function numeralBelow(lex: CompiledLexicon, lines: readonly StructureLine[], i: number): boolean {
  for (let j = i + 1; j < lines.length && j <= i + NUMERAL_BELOW_LINES; j++) {
    const line = lines[j];
    if (!line || classifyHeading(lex, line)) return false;
    if (lex.numeralLabel.exec(line.text)?.groups?.label === lex.itemNumerals[1]) return true;
  }
  return false;
}

/** Whether `label` is the one that comes after `previous` in its series ("2" after "1", "b" or "abis" after "a"). */
function nextLabel(lex: CompiledLexicon, previous: string, label: string): boolean {
  const a = lex.itemSeries(previous);
  const b = lex.itemSeries(label);
  if (a.series !== b.series) return false;
  return b.suffix ? b.place === a.place : b.place === a.place + 1;
}

/**
 * The list that an item opens with a label after it: the item's text ends with a colon, and the label is the first
 * of another series than the item's ("a)" under "1", "1" under "a)"), or "i" (roman numerals under letters) where it
 * is not the item's next. A label of the item's own series after a colon is an item of the section, as before.
 */
function opensSubList(
  lex: CompiledLexicon,
  clean: string,
  item: RawItem | undefined,
  label: string,
  /** Whether the item is the last of a list of roman numerals (see {@link numeralRun}): "a)" under "i) …:" opens one. */
  numeral = false,
): SubList | null {
  if (!item?.label || !endsWithColon(clean, item.start, item.end)) return null;
  const { series, first } = lex.itemSeries(label);
  const own = numeral ? NUMERALS : lex.itemSeries(item.label).series;
  if (label === 'i' ? nextLabel(lex, item.label, label) : !first || series === own) return null;
  return { parent: item, series, labels: [label] };
}

/** The series of a list of roman numerals, for {@link opensSubList}: no letter's. */
const NUMERALS = 'numerals';

/** Whether a section's items so far are labelled with the roman numerals from "i" on ("i", "ii", "iii"). */
function numeralRun(lex: CompiledLexicon, items: readonly RawItem[]): boolean {
  return items.length > 0 && isNumeralRun(lex, items);
}

/** Whether clean[start, end) ends with a colon, white space after it apart. */
function endsWithColon(clean: string, start: number, end: number): boolean {
  let at = end - 1;
  while (at >= start && /\s/u.test(clean.charAt(at))) at--;
  return at >= start && (clean.charAt(at) === ':' || clean.charAt(at) === '：');
}

/**
 * Whether a label ends the list inside an item: it is the item's next, or of the item's series where the list's
 * series is another ("2" after "1 …:", "a)", "b)").
 */
function endsSubList(lex: CompiledLexicon, list: SubList, label: string): boolean {
  const parent = list.parent.label ?? '';
  const series = lex.itemSeries(parent).series;
  return nextLabel(lex, parent, label) || (list.series !== series && lex.itemSeries(label).series === series);
}

/** The shortest first word of a heading the lexicon does not list, where words are spelt with letters (Latin, Cyrillic). */
const UNLISTED_MIN_FIRST = 4;

/**
 * Short words alone, the first no function word ("in particular", "or", "and" join what is around them) and, where
 * the script has case, all in lower case ("in cooperation with WHO" names someone) and the first of at least
 * {@link UNLISTED_MIN_FIRST} letters.
 */
function looksLikeHeading(lex: CompiledLexicon, line: string): boolean {
  // The marks measured before the line is cut after them: most lines asked about are an item's text, too long for a
  // heading, and cutting copied each of them.
  const marks = lex.lineMarks.exec(line)?.[0].length ?? 0;
  if (line.length - marks > UNLISTED_MAX_LENGTH) return false;
  const text = line.slice(marks);
  if (!WORDS_ONLY.test(text)) return false;
  const words = text.split(/[\s\u00A0]+/u);
  const first = words[0] ?? '';
  if (words.length > UNLISTED_MAX_WORDS || lex.stopwords.has(first.toLowerCase())) return false;
  return !hasCase(lex.lexicon) || (text === text.toLowerCase() && first.length >= UNLISTED_MIN_FIRST);
}

/** How many lines' headings {@link classifyHeading} remembers per lexicon before it forgets them all. */
const HEADING_MEMO_SIZE = 2048;
let headingMemo = new WeakMap<CompiledLexicon, Map<string, Heading | null>>();

/**
 * Forgets the headings {@link classifyHeading} remembers: the parser calls it as it starts each document, so that the
 * memo serves the document it is reading (whose lines the structure reader asks about several times) and never
 * carries one document's lines to the next. A memo kept across documents would make a corpus whose texts share
 * heading lines (a generated one, as the benchmark's) look faster to parse than it is.
 */
export function forgetHeadings(): void {
  headingMemo = new WeakMap();
}

/**
 * The heading a line opens with, or null. Remembered by the line's text for the document being read (the heading
 * depends on nothing else; see {@link forgetHeadings}): the structure reader asks again for the same lines.
 */
function classifyHeading(lex: CompiledLexicon, line: StructureLine): Heading | null {
  if (line.text.length > 600 || !lex.headingStart.test(line.text)) return null;
  let memo = headingMemo.get(lex);
  if (!memo) headingMemo.set(lex, (memo = new Map()));
  const known = memo.get(line.text);
  if (known !== undefined) return known;
  if (memo.size >= HEADING_MEMO_SIZE) memo.clear();
  const heading = readHeading(lex, line.text);
  memo.set(line.text, heading);
  return heading;
}

/** Heading regexes of a lexicon, preamble and operative, in the lexicon's order. */
interface HeadingRegexes {
  readonly preamble: readonly CompiledLexicon['preamble'][number][];
  readonly operative: readonly CompiledLexicon['operative'][number][];
}

/**
 * The heading regexes of a lexicon, by the letter their phrase opens with: a line is tried against those of its own
 * first letter alone, not against each of the lexicon's hundred or so in turn (see {@link headingIndexOf}).
 */
interface HeadingIndex {
  /** By the {@link letterKey} of a phrase's first letter: the regexes to try for a line that opens with it. */
  readonly byInitial: ReadonlyMap<string, HeadingRegexes>;
  /** For a line whose first letter opens no phrase: the regexes not written as the line's marks and a letter. */
  readonly others: HeadingRegexes;
}

/**
 * A letter's key: letters that a regex ignoring case takes for the same ("s", "S" and "ſ"; "k" and the Kelvin sign)
 * have the same key. Checked for every letter a heading phrase opens with, against every character (see
 * heading-index.test.ts).
 */
export function letterKey(letter: string): string {
  return letter.toUpperCase().toLowerCase();
}

const headingIndexes = new WeakMap<CompiledLexicon, HeadingIndex>();

/**
 * Builds (once per lexicon) the {@link HeadingIndex}. Exact: a heading regex is the line's marks (`lineMarks`), then
 * its phrase; where the phrase opens with a letter, the regex can match only where the line's text after its marks
 * (the longest run of them: no mark is a letter, nor the same as one where case is ignored) opens with a letter of
 * the same {@link letterKey}. A regex not written so (its source does not start with the marks and a letter) is tried
 * for every line.
 */
function headingIndexOf(lex: CompiledLexicon): HeadingIndex {
  const known = headingIndexes.get(lex);
  if (known) return known;
  const marks = lex.lineMarks.source;
  // The key of a regex's first letter, or null where it has none to go by.
  const keyOf = (re: RegExp): string | null => {
    if (!re.source.startsWith(marks)) return null;
    const letter = /^\p{L}(?![?*+{|\\])/u.exec(re.source.slice(marks.length).replace(/^\(\?:/u, ''))?.[0];
    return letter ? letterKey(letter) : null;
  };
  const preamble = lex.preamble.map((p) => keyOf(p.re));
  const operative = lex.operative.map((o) => keyOf(o.re));
  const regexesFor = (key: string | null): HeadingRegexes => ({
    preamble: lex.preamble.filter((_, i) => preamble[i] === null || preamble[i] === key),
    operative: lex.operative.filter((_, i) => operative[i] === null || operative[i] === key),
  });
  const keys = new Set([...preamble, ...operative].filter((k): k is string => k !== null));
  const index: HeadingIndex = {
    byInitial: new Map([...keys].map((k) => [k, regexesFor(k)])),
    others: regexesFor(null),
  };
  headingIndexes.set(lex, index);
  return index;
}

/** The commas a preamble heading may end with ({@link withoutTrailingComma}): Latin, full-width and Arabic. */
const HEADING_COMMAS = new Set([',', '\uFF0C', '\u060C']);

/** A line's text without the comma it ends with (and white space around it), or null where it ends with none. */
export function withoutTrailingComma(text: string): string | null {
  const t = text.trimEnd();
  return HEADING_COMMAS.has(t.at(-1) ?? '') ? t.slice(0, -1).trimEnd() : null;
}

/**
 * The heading a line opens with, or null: the first of the lexicon's preamble headings that the line is, else the
 * first of its operative headings that it opens with (not an item, nor a line that ends a sentence). Tried against
 * the headings whose phrase opens with the line's first letter (see {@link HeadingIndex}).
 */
export function readHeading(lex: CompiledLexicon, text: string): Heading | null {
  const index = headingIndexOf(lex);
  const at = lex.lineMarks.exec(text)?.[0].length ?? 0;
  const first = text.codePointAt(at);
  const regexes =
    (first === undefined ? null : index.byInitial.get(letterKey(String.fromCodePoint(first)))) ?? index.others;
  for (const p of regexes.preamble) {
    if (p.re.test(text)) return { part: 'preamble', marker: p.key, restOffset: text.length };
  }
  // A preamble heading alone on its line with a comma after it ("учитывая," / "что …", "considering,"): the comma
  // goes on to the clause below, as a colon does. Tried in code, not in every heading's regex.
  const bare = regexes.preamble.length ? withoutTrailingComma(text) : null;
  if (bare !== null) {
    for (const p of regexes.preamble) {
      if (p.re.test(bare)) return { part: 'preamble', marker: p.key, restOffset: text.length };
    }
  }
  const operative = regexes.operative;
  if (!operative.length || ENDS_SENTENCE.test(text) || lex.itemLabel.test(text)) return null;
  for (const o of operative) {
    const m = o.re.exec(text);
    if (m) {
      const rest = m.groups?.rest ?? '';
      return {
        part: 'operative',
        marker: o.key,
        restOffset: text.length - rest.length,
        towardsItu: o.towardsItu,
      };
    }
  }
  return null;
}

/**
 * Whether the break between two lines of a hard-wrapped text ends a paragraph even where the width would explain
 * it (text.ts `unwrapLines`): after a header, history or opening line, which stand alone; before one of them, a
 * margin symbol, an item, or item 1 with a space for its tab (unless item 1 follows: `after` is the line after
 * `next`); and before a heading or a later spaced item that follows a line ending a clause (a wrapped sentence may
 * go on with a word like "requests", or a number).
 */
export function paragraphBreak(
  lex: CompiledLexicon,
  previous: string,
  next: string,
  after: string | undefined,
): boolean {
  const before = previous.trim();
  const t = next.trim();
  if (lex.itemLabel.test(t) || standsAlone(lex, before) || standsAlone(lex, t)) return true;
  // A roman numeral of several letters ("ii) to cooperate …") after a line that ends an item with a semicolon, a
  // colon or a full stop (or "; and"): whether it is a label is for readStructure, which knows the list above it; a
  // wrapped line that opens with one ("(ii) and (iii) of paragraph 2") follows a line that goes on.
  if (lex.numeralLabel.test(t) && closesItem(lex, before)) return true;
  const spaced = lex.spacedNumber.exec(t);
  // Item 1 follows a heading, whose last line ends without punctuation; whether it is due is for readStructure. A
  // line followed by item 1 is not item 1 itself: it ends the heading ("Study Groups" / "1 and 29" / "1 to …").
  if (spaced?.groups?.label === '1') return !(after !== undefined && isItemOne(lex, after.trim()));
  if (!endsClause(lex, before)) return false;
  return Boolean(spaced || isHeading(lex, t));
}

/**
 * The words that open a document's operative items, with the lexicon's (`operativeOpeners`): those that open at
 * least a third of the items, and two of them at least. Read from the lines as the file has them.
 */
export function operativeOpeners(lex: CompiledLexicon, lines: readonly Line[]): ReadonlySet<string> {
  const count = new Map<string, number>();
  let operative = false;
  let items = 0;
  for (const l of lines) {
    const t = l.text.trim();
    const heading = t ? classifyHeading(lex, { number: l.number, start: 0, end: t.length, text: t }) : null;
    if (heading) operative = heading.part === 'operative';
    if (heading || !operative) continue;
    const label = lex.itemLabel.exec(t) ?? lex.spacedNumber.exec(t);
    if (!label) continue;
    items++;
    const word = openerOf(t.slice(label[0].length));
    if (word) count.set(word, (count.get(word) ?? 0) + 1);
  }
  const openers = new Set(lex.operativeOpeners);
  for (const [word, n] of count) if (n >= 2 && n * 3 >= items) openers.add(word);
  return openers;
}

/**
 * Identity lines (header, history, opening) that the width broke take this many lines at most: a history of eight
 * revisions ("(Malta, 1996; Montreal, 2000; … New Delhi, 2024)", 130 characters) takes four at a width of 40.
 */
const MAX_IDENTITY_LINES = 6;
/** Nor do operative headings take more than this many lines (a long heading at a narrow width). */
const MAX_HEADING_LINES = 5;

/**
 * Where a new paragraph starts in lines that a PDF's width ran together (text.ts `unwrapLines`), seen only in the
 * whole: a header, history or opening line broken over up to six lines stands alone; a heading broken after a
 * comma starts a paragraph after a line ending a clause, as one on a line of its own does (`paragraphBreak`); and an
 * operative heading whose last line was full is followed by its body (see {@link headingBody}). 0 where the lines
 * are one paragraph.
 */
export function paragraphStart(
  lex: CompiledLexicon,
  lines: readonly string[],
  openers: () => ReadonlySet<string>,
): number {
  const trimmed = lines.map((l) => l.trim());
  for (let k = 0; k < trimmed.length; k++) {
    let joined = '';
    for (let e = k; e < trimmed.length && e < k + MAX_IDENTITY_LINES; e++) {
      joined = joined ? `${joined} ${trimmed[e] ?? ''}` : (trimmed[e] ?? '');
      if (!standsAlone(lex, joined)) continue;
      if (k > 0) return k;
      if (e + 1 < trimmed.length) return e + 1;
    }
  }
  // A heading whose first line ends with a comma ("invites Academia, Member States,") after a line ending a clause.
  for (let k = 1; k < trimmed.length; k++) {
    const before = trimmed[k - 1] ?? '';
    if (!endsClause(lex, before)) continue;
    let joined = trimmed[k] ?? '';
    for (let e = k + 1; e < trimmed.length && e < k + MAX_HEADING_LINES; e++) {
      joined = `${joined} ${trimmed[e] ?? ''}`;
      if (isHeading(lex, joined)) return k;
    }
  }
  return headingBody(lex, trimmed, openers);
}

/**
 * Where the body starts in lines that a PDF's width ran together with an operative heading (the heading's last line
 * was full): at the first line that opens like an operative item (`openers`) after lines that make a heading, where
 * the lines together do not (a heading ends without punctuation; its body ends a clause). 0 where the lines are one
 * paragraph.
 */
function headingBody(lex: CompiledLexicon, trimmed: readonly string[], openers: () => ReadonlySet<string>): number {
  if (!isHeading(lex, trimmed[0] ?? '') || isHeading(lex, trimmed.join(' '))) return 0;
  const words = openers();
  let heading = trimmed[0] ?? '';
  for (let k = 1; k < trimmed.length; k++) {
    const line = trimmed[k] ?? '';
    if (words.has(openerOf(line)) && isHeading(lex, heading)) return k;
    heading = `${heading} ${line}`;
  }
  return 0;
}

/** Whether a trimmed line ends a clause (the lexicon's terminators) or leads into a list (a colon). */
function endsClause(lex: CompiledLexicon, text: string): boolean {
  return lex.terminators.test(text) || /[:：]$/u.test(text);
}

/** Whether a line starts with item label 1, with a tab or spaces after it. */
function isItemOne(lex: CompiledLexicon, text: string): boolean {
  const label = lex.itemLabel.exec(text) ?? lex.spacedNumber.exec(text);
  return label?.groups?.label?.trim() === '1';
}

/** What a line on its own is to the structure reader (text.ts `LineRole`), for telling page furniture. */
export function lineRole(lex: CompiledLexicon, text: string): LineRole {
  const t = text.trim();
  if (lex.itemLabel.test(t) || lex.spacedNumber.test(t) || lex.annex.test(t) || isHeading(lex, t)) return 'clause';
  return standsAlone(lex, t) ? 'identity' : null;
}

/** Whether a trimmed line of text, wherever it stands, is a section heading. */
function isHeading(lex: CompiledLexicon, text: string): boolean {
  return classifyHeading(lex, { number: 0, start: 0, end: text.length, text }) !== null;
}

/** A header, history or opening line, an annex heading, or a margin symbol: lines that are a paragraph of their own. */
function standsAlone(lex: CompiledLexicon, text: string): boolean {
  return (
    lex.marginSymbol.test(text) ||
    lex.annex.test(text) ||
    lex.historyLine.test(text) ||
    matchHeader(lex, text) !== null ||
    isOpening(lex, text)
  );
}

/** True while an operative heading is unfinished: an open bracket, or a collaboration construct not closed. */
/**
 * How many paragraphs after an operative heading of a hard-wrapped text are still the heading's (text.ts
 * `unwrapLines`, `goesOn`): where a PDF's proportional font ended a line short of the width, a heading broken inside
 * a name ("the Director of the Telecommunication" / "Development Bureau, in close collaboration with …" / "1 to …")
 * reads as paragraphs of their own. Those up to the first item are the heading's where neither the heading nor any
 * of them ends like a body (with a full stop, semicolon or colon; a comma goes on: "…, in" / "close collaboration
 * with …"), none starts like one (an opener word: "to", "that") and item 1 (or a) follows. 0 otherwise.
 */
export function headingGoesOn(lex: CompiledLexicon, paragraph: (k: number) => string | undefined): number {
  const heading = paragraph(0) ?? '';
  if (heading.length > 600 || !lex.headingStart.test(heading) || BODY_END.test(heading)) return 0;
  if (labelOf(lex, heading) !== null || !lex.operative.some((o) => o.re.test(heading))) return 0;
  let k = 1;
  for (; k <= MAX_HEADING_LINES; k++) {
    const text = paragraph(k);
    if (text === undefined) return 0;
    if (labelOf(lex, text) !== null || isHeading(lex, text) || lex.annex.test(text)) break;
    if (!text || BODY_END.test(text) || lex.operativeOpeners.has(openerOf(text))) return 0;
  }
  return k > 1 && FIRST_LABEL.test(labelOf(lex, paragraph(k) ?? '') ?? '') ? k - 1 : 0;
}

/** A heading's line that ends inside it: with a letter, a figure or a closing bracket, with no punctuation. */
const ENDS_UNPUNCTUATED = /[\p{L}\p{M}\p{N})）]$/u;
/** How the second line of a heading may end before its items: a comma or colon, or nothing. */
const ENDS_BEFORE_ITEMS = /[\p{L}\p{M}\p{N})）,，:：\u060C]$/u;
/** How it may end before its body: a comma, or nothing. */
const ENDS_BEFORE_BODY = /[\p{L}\p{M}\p{N})）,，\u060C]$/u;

/**
 * The lines of a text whose lines are paragraphs that go on an operative heading on the line above (indexes into
 * `lines`), where a Word export kept a manual line break inside the heading's paragraph: "instructs" / "the Director
 * of TSB, in close collaboration with …,", "instructs the Director of the Telecommunication" / "Standardization
 * Bureau and …", "… in close collaboration" / "with the Director of TSB,". The heading's line ends without
 * punctuation; the next line, right below, is neither an item, a heading, an annex nor a body (it starts with no
 * opener word and ends no sentence); the line after it starts the items (item 1) or the body (an opener word); and
 * the addressees the two lines give start with a party's name, after an article if any. A body below a marker alone
 * ("resolves" / "the Council shall …") names no party first, or has no opener below it. Joined as one line (text.ts
 * `joinLines`), the heading reads as on one line.
 */
export function brokenHeadings(lex: CompiledLexicon, lines: readonly Line[]): Set<number> {
  const joins = new Set<number>();
  // Cheap checks first, on the lines' last characters (a pattern anchored at the end would be tried at every
  // position): most lines end with punctuation, and most headings that do not have an item or a body right below.
  const lastOf = (k: number): string => lines[k]?.text.trimEnd().slice(-1) ?? '';
  for (let i = 0; i + 2 < lines.length; i++) {
    if (!ENDS_UNPUNCTUATED.test(lastOf(i))) continue;
    const end = lastOf(i + 1);
    if (!ENDS_BEFORE_ITEMS.test(end)) continue;
    const after = structureLineAt(lines, i + 2);
    if (!after) continue;
    const itemsAfter = FIRST_LABEL.test(labelOf(lex, after.text) ?? '');
    if (!itemsAfter && (!ENDS_BEFORE_BODY.test(end) || !lex.operativeOpeners.has(openerOf(after.text)))) continue;
    const line = structureLineAt(lines, i);
    const next = structureLineAt(lines, i + 1);
    if (!line || !next || next.text.length > 600 || !lex.headingStart.test(line.text)) continue;
    const heading = classifyHeading(lex, line);
    if (heading?.part !== 'operative') continue;
    if (labelOf(lex, next.text) !== null || startsSection(lex, next)) continue;
    if (lex.operativeOpeners.has(openerOf(next.text))) continue;
    const rest = `${line.text.slice(heading.restOffset)} ${next.text}`;
    // The name may follow an article ("the Director …", "le Directeur …").
    const lead = /^[\s\u00A0]*([\p{L}\p{M}]+['\u2019]?)[\s\u00A0]*/u.exec(rest);
    const from =
      lead?.[1] && lex.articles.has(openerOf(lead[1])) ? lead[0].length : rest.length - rest.trimStart().length;
    if (!namesIn(lex, rest).some((n) => n.party && n.start === from)) continue;
    joins.add(i + 1);
    i++;
  }
  return joins;
}

/** How a line of a body ends, and a heading's never does. */
const BODY_END = /[.。;；:：\u061B]$/u;
/** The label of a section's first item: 1, a, а, أ. */
const FIRST_LABEL = /^[\s\u00A0]*(?:1|a|а|أ)[\s\u00A0]*$/u;

/** The label a line starts with: after a tab, or a space where a PDF printed the tab ("1 to …"). */
function labelOf(lex: CompiledLexicon, text: string): string | null {
  return lex.itemLabel.exec(text)?.groups?.label ?? lex.spacedNumber.exec(text.trim())?.groups?.label ?? null;
}

/**
 * An operative heading whose marker a line break cut after a shorter marker's words ("resolves" / "to instruct the
 * Director of the Telecommunication Standardization Bureau, in collaboration with …"; the first line reads as a
 * heading of its own, with nothing after it): the heading the two lines make together where it is another marker's
 * and that marker's words go on into the second line, and where the addressees start. Where the second line holds
 * the body too and ends the section ("resolves" / "to invite Member States to participate in …."), where the body
 * starts, as on one line (see {@link punctuatedHeading}). Null otherwise: a line that opens an item or an annex, or
 * one that is a heading itself after the marker ("resolves" / "instructs the Director …": an empty section, as it
 * reads).
 */
function headingBrokenAfterMarker(
  lex: CompiledLexicon,
  marker: OperativeKey,
  lines: {
    readonly previous: StructureLine | undefined;
    readonly line: StructureLine;
    readonly next: StructureLine | undefined;
    readonly after: StructureLine | undefined;
  },
): { readonly heading: Heading; readonly restStart: number; readonly bodyStart: number | null } | null {
  const { previous, line, next, after } = lines;
  if (!next || lex.itemLabel.test(next.text) || lex.annex.test(next.text)) return null;
  const itemAfter = after !== undefined && labelOf(lex, after.text) !== null;
  for (const between of lex.lexicon.script === 'Han' ? HAN_BREAKS : [' ']) {
    const text = `${line.text}${between}${next.text}`;
    if (text.length > 600) return null;
    const at = (offset: number): number => next.start + offset - line.text.length - between.length;
    // The body on the second line too, ended by a full stop, or by a comma before the next heading (as on one line;
    // the marker's line is a heading, so the operative part is open, as punctuatedHeading asks of a caseless script).
    // Not where an item follows: the second line is then the marker's text before its items ("resolves" / "to invite
    // … ." / "2<TAB>to request …").
    const joined = { number: line.number, start: line.start, end: next.end, text };
    const found = itemAfter ? null : punctuatedHeading(lex, joined, previous, after, true);
    if (found && found !== 'unsplit' && found.bodyOffset !== null) {
      const { heading, bodyOffset } = found;
      if (heading.part === 'operative' && heading.marker !== marker && at(heading.restOffset) > next.start) {
        return { heading, restStart: at(heading.restOffset), bodyStart: at(bodyOffset) };
      }
    }
    // A heading may end with a comma or a colon before its items ("…, in collaboration with the Director of TSB,").
    const heading = readHeading(lex, text.replace(HEADING_END, ''));
    if (heading?.part === 'operative' && heading.marker !== marker && at(heading.restOffset) > next.start) {
      return { heading, restStart: at(heading.restOffset), bodyStart: null };
    }
  }
  return null;
}

/**
 * What a line break stands for between a Chinese marker and the rest of a longer one: nothing, or the comma the
 * longer marker writes there ("做出决议" / "责成…" is "做出决议，责成…", resolves to instruct).
 */
const HAN_BREAKS = ['', '，'];

function unfinished(lex: CompiledLexicon, heading: string): boolean {
  const opens = (heading.match(/[(（]/g) ?? []).length;
  const closes = (heading.match(/[)）]/g) ?? []).length;
  if (opens > closes) return true;
  for (const c of lex.collaboration) {
    if (!c.closing) continue;
    const m = c.re.exec(heading);
    if (m && !c.closing.test(heading.slice(m.index + m[0].length))) return true;
  }
  return false;
}

/**
 * A header's year: written in full, or after a conference's acronym ("WRC-19", "WRC-97", "WRC-2000"; header
 * templates name that group YY), two digits from 50 on being of the 1900s.
 */
function headerYear(m: RegExpExecArray): number | null {
  const full = m.groups?.YEAR0;
  if (full) return Number(full);
  const short = m.groups?.YY;
  return short ? fullYear(short) : (councilSessions(m.groups?.SESSION0)?.year ?? null);
}

/**
 * A history of years alone, as Radiocommunication Assembly texts give it ("(2012-2015-2023)"): years joined by a
 * hyphen, dash, comma or semicolon, each perhaps followed by the language's word for year ("年", "г."), or the list by
 * the plural ("гг.").
 */
const YEAR_LIST =
  /^[\s\u00A0]*(?:19|20)\d{2}(?:[\s\u00A0]*(?:年|г\.))?(?:[\s\u00A0]*[-\u2010-\u2013,;；、][\s\u00A0]*(?:19|20)\d{2}(?:[\s\u00A0]*(?:年|г\.))?)*(?:[\s\u00A0]*гг\.)?[\s\u00A0]*$/u;

const ENDS_NAME_PART = /[\p{L}\p{M}\-\u2010\u2011\u2012\u2013]$/u;
const STARTS_LETTER = /^\p{L}/u;

/**
 * A history line's text with each line break that no place's name holds made a space: after punctuation or a
 * digit, or before them ("Dubai, 2014;⏎Buenos Aires, 2017", "Buenos Aires,⏎2017"). One between letters is the
 * name's, which the PLACE slot reads and `place` joins (see lexicon/compile.ts).
 */
function breaksOutsideNames(text: string): string {
  const [first = '', ...rest] = text.split('\n');
  let out = first;
  for (const line of rest) {
    out =
      ENDS_NAME_PART.test(out.trimEnd()) && STARTS_LETTER.test(line.trimStart())
        ? `${out}\n${line}`
        : `${out.trimEnd()} ${line.trimStart()}`;
  }
  return out;
}

function parseHistory(lex: CompiledLexicon, text: string): { place: string | null; year: number }[] | null {
  const m = lex.historyLine.exec(text);
  const written = m?.groups?.inner;
  if (!written) return null;
  // A history line broken in two (see `joinBrokenIdentity`): the break is white space, but inside a name.
  const inner = written.includes('\n') ? breaksOutsideNames(written) : written;
  if (YEAR_LIST.test(inner))
    return (inner.match(/(?:19|20)\d{2}/g) ?? []).map((y) => ({ place: null, year: Number(y) }));
  const parts = inner.split(lex.historySeparator);
  const out: { place: string | null; year: number }[] = [];
  for (const part of parts) {
    const entry = historyEntry(lex, part, parts.length > 1);
    const year = entry?.groups?.YEAR0;
    if (!entry || !year) return null;
    const place = entry.groups?.PLACE0;
    out.push({ place: place ? lex.place(place) : null, year: Number(year) });
  }
  return out.length ? out : null;
}

/** A year after white space, where an entry of a history line writes no comma before it ("Dubai 2018"). */
const UNPUNCTUATED_YEAR = /[^\S\n](?:19|20)\d\d(?!\d)/u;

/**
 * One entry of a history line (lexicon `historyEntry`), or null. An entry with no comma before its year ("(Hyderabad
 * 2010; Dubai 2014)") is read as with it, but only in a line of more than one entry, or where the lexicon knows the
 * place: a bracket alone on its line is more often a remark ("(see Annex 2022)").
 */
function historyEntry(lex: CompiledLexicon, part: string, listed: boolean): RegExpExecArray | null {
  const entry = lex.historyEntry.map((re) => re.exec(part)).find((x) => x);
  if (entry) return entry;
  const year = part.search(UNPUNCTUATED_YEAR);
  if (year < 0 || /[,،，\d]/u.test(part.slice(0, year))) return null;
  const patched = `${part.slice(0, year)},${part.slice(year)}`;
  const again = lex.historyEntry.map((re) => re.exec(patched)).find((x) => x);
  const place = again?.groups?.PLACE0;
  return again && place && (listed || lex.knownPlace(place)) ? again : null;
}

/** Does a line leave a bracket open ("RESOLUTION 130 (Rev. Buenos")? */
function opensBracket(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (ch === '(' || ch === '（') depth++;
    else if ((ch === ')' || ch === '）') && depth > 0) depth--;
  }
  return depth > 0;
}

/** Is a line the header, a history line or the opening? */
function identityLine(lex: CompiledLexicon, text: string): boolean {
  return matchHeader(lex, text) !== null || lex.historyLine.test(text) || lex.opening.some((re) => re.test(text));
}

/** A closing bracket at the end of a line. */
const CLOSES_BRACKET = /[)）]$/u;

/**
 * Whether a line is a header without a bracket and the next line its revision bracket alone, the line broken before
 * it ("Resolución 183" / "(Rev. Bucarest, 2022)", as Word exports of the Final Acts write it): not a history line of
 * one version, but the header's own bracket. The bracket, as it goes after the header's text; else null.
 */
function revisionBelowHeader(lex: CompiledLexicon, text: string, next: string): string | null {
  const t = next.trim();
  const open = t.charAt(0);
  if ((open !== '(' && open !== '（') || !CLOSES_BRACKET.test(t) || !lex.revision.test(t)) return null;
  if (text.includes('(') || text.includes('（') || !matchHeader(lex, text)) return null;
  // As the header writes it on one line: a space before a bracket, none before a full-width one.
  return open === '(' ? ` ${t}` : t;
}

/**
 * The lines above the first section heading, a header, history or opening line broken inside its bracket joined
 * again: in a text whose lines are paragraphs, a line break typed in it ("RESOLUTION 130 (Rev. Buenos" / "Aires,
 * 2017)") leaves two lines that neither reads as what it is. A line that leaves a bracket open and is no such line,
 * with the next, that together are one, is one line whose break is the white space inside the bracket the
 * templates allow (see `templateSource` in lexicon/compile.ts), a place's name joined as `place` joins it.
 */
function joinBrokenIdentity(lex: CompiledLexicon, clean: string, lines: StructureLine[]): StructureLine[] {
  let out: StructureLine[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as StructureLine;
    if (classifyHeading(lex, l)) break;
    const next = lines[i + 1];
    if (!next) continue;
    let joined = { number: l.number, start: l.start, end: next.end, text: clean.slice(l.start, next.end) };
    const bracket = revisionBelowHeader(lex, l.text, next.text);
    if (bracket !== null) {
      // The header templates take no line break before the bracket: read as one line, the two spanned.
      joined = { ...joined, text: `${l.text.trimEnd()}${bracket}` };
      if (!matchHeader(lex, joined.text)) continue;
    } else if (!opensBracket(l.text) || identityLine(lex, l.text) || !identityLine(lex, joined.text)) continue;
    out ??= [...lines];
    out.splice(out.length - (lines.length - i), 2, joined);
    i++;
  }
  return out ?? lines;
}

/**
 * A number after a header's closing bracket: a footnote's mark, as Word's export of a superscript leaves it
 * ("RESOLUTION 78 (Rev. New Delhi, 2024)1", "… 2024)¹", "… 2024) 1"), or a page's number a running header or a
 * table of contents sets there. Of one to three digits, never a year's four; superscript digits right after the
 * bracket. Where the line ends so, the offset where the number (and the white space before it) starts; else null.
 * Read by hand from the end: a regex anchored at the end is tried from every position of the line.
 */
function numberAfterBracket(text: string): number | null {
  const gap = (i: number): boolean => {
    const c = text.charCodeAt(i);
    return c === 0x20 || c === 0x09 || c === 0xa0;
  };
  const digit = (i: number): boolean => {
    const c = text.charCodeAt(i);
    return c >= 0x30 && c <= 0x39;
  };
  const superscript = (i: number): boolean => {
    const c = text.charCodeAt(i);
    return c === 0xb9 || c === 0xb2 || c === 0xb3 || (c >= 0x2070 && c <= 0x2079);
  };
  const bracket = (i: number): boolean => text.charAt(i) === ')' || text.charAt(i) === '）';
  let end = text.length;
  while (end > 0 && gap(end - 1)) end--;
  let start = end;
  while (start > 0 && end - start < 3 && digit(start - 1)) start--;
  if (start < end) {
    if (start > 0 && digit(start - 1)) return null;
    let at = start;
    while (at > 0 && gap(at - 1)) at--;
    return at > 0 && bracket(at - 1) ? at : null;
  }
  while (start > 0 && end - start < 3 && superscript(start - 1)) start--;
  return start < end && start > 0 && bracket(start - 1) ? start : null;
}

/** How many lines below a header its opening comes at most: a title of several lines and a history between. */
const OPENING_WITHIN = 6;

/**
 * Where the text has no header as the templates write it, one with a number after its bracket
 * ({@link numberAfterBracket}), the number left out: its index and text. Only where the number is plainly no part
 * of it: the line is the only one so written (a table of contents lists several, each with its page) and the
 * opening follows it, as it follows a header; else null, and the header is missing as before.
 */
function numberedHeader(lex: CompiledLexicon, lines: readonly StructureLine[]): { index: number; text: string } | null {
  let found: { index: number; text: string } | null = null;
  for (let i = 0; i < lines.length; i++) {
    const text = (lines[i] as StructureLine).text;
    const at = text.includes(')') || text.includes('）') ? numberAfterBracket(text) : null;
    const stripped = at === null ? '' : text.slice(0, at);
    if (at === null || !matchHeader(lex, stripped)) continue;
    if (found) return null;
    found = { index: i, text: stripped };
  }
  if (!found) return null;
  const at = found.index;
  const opening = lines.slice(at + 1, at + 1 + OPENING_WITHIN).some((l) => lex.opening.some((re) => re.test(l.text)));
  return opening ? found : null;
}

/**
 * Reads the structure of a resolution text. Throws {@link LoaderError} for an empty section, an item before any
 * heading, or a text whose sections stop before its operative part.
 */
export function readStructure(options: {
  lex: CompiledLexicon;
  file: string;
  clean: string;
  lines: readonly Line[];
  /** The file's line and column of an offset of `clean` (text.ts `filePositionOf`); else a line's first column. */
  position?: (offset: number) => { line: number; column: number };
}): RawStructure {
  const { lex, file, clean } = options;
  const lines = joinBrokenIdentity(lex, clean, nonBlank(options.lines));
  const fail = (
    code: LoaderError['code'],
    line: StructureLine | undefined,
    expected: string,
    found: string,
    at?: number,
  ): never => {
    const position = at === undefined ? undefined : options.position?.(at);
    throw new LoaderError({
      code,
      file,
      line: position?.line ?? line?.number ?? options.lines.at(-1)?.number ?? 1,
      column: position?.column ?? 1,
      expected,
      found,
    });
  };

  // Header, title, history line and opening. The header and the opening may each be missing.
  const headerAt = (i: number): RawStructure['header'] => headerOf(lines[i]?.text ?? '');
  const headerOf = (line: string): RawStructure['header'] => {
    const found = matchHeader(lex, line);
    if (found) {
      const { m, template: k, text } = found;
      const place = m.groups?.PLACE0;
      const first = councilSessions(m.groups?.SESSION0)?.first ?? null;
      const count = m.groups?.REV ? Number(m.groups.REV) : null;
      return {
        number: m.groups?.N0 ?? '',
        series: lex.headerSeries[k] ?? 'resolution',
        // Before the marker ("PP RESOLUTION 183") or after it ("RESOLUTION ITU-R 69-2").
        body: lex.body(m.groups?.HBODY ?? m.groups?.HEADERBODY0 ?? ''),
        place: place ? lex.place(place) : null,
        year: headerYear(m),
        // "Rev." (or the Council's "modified 2023"), or a revision counted after the number ("ITU-R 69-2"; header
        // templates name it REV).
        // Or amended since a first version it names ("(C-1985, last amended C19)").
        revised: lex.revision.test(text) || (count ?? 0) > 0 || first !== null,
        count,
        first,
        // "RESOLUTION ITU-R 69-1 (2012-2015)": the history line's years on the header's own line (header templates
        // name them HISTORY).
        history: m.groups?.HISTORY ? parseHistory(lex, `(${m.groups.HISTORY})`) : null,
        text,
      };
    }
    return null;
  };
  let headerIndex = -1;
  let header: RawStructure['header'] = null;
  for (let i = 0; i < lines.length && headerIndex < 0; i++) {
    header = headerAt(i);
    if (header) headerIndex = i;
  }
  if (headerIndex < 0) {
    const numbered = numberedHeader(lex, lines);
    if (numbered) {
      header = headerOf(numbered.text);
      headerIndex = numbered.index;
    }
  }
  // The header repeated right below with more in it, as web pages put a short heading above the text
  // ("PP Resolution 183" above "PP RESOLUTION 183 (Guadalajara, 2010)"): one header, from both lines.
  const headerStart = headerIndex;
  let next = header ? headerAt(headerIndex + 1) : null;
  while (header && next?.number === header.number && next.series === header.series) {
    header = {
      number: header.number,
      series: header.series,
      body: next.body ?? header.body,
      place: next.place ?? header.place,
      year: next.year ?? header.year,
      revised: next.revised || header.revised,
      count: next.count ?? header.count,
      first: next.first ?? header.first,
      history: next.history ?? header.history,
      text: next.text,
    };
    headerIndex++;
    next = headerAt(headerIndex + 1);
  }
  let openingIndex = -1;
  let opening: RawStructure['opening'] = null;
  for (let i = Math.max(0, headerIndex); i < lines.length && openingIndex < 0; i++) {
    if (headerIndex >= 0 && i > headerIndex + 6) break;
    const written = lines[i]?.text ?? '';
    // As written, or with the comma before the year that its bracket leaves out ("(Bucharest 2022),").
    const punctuated = lex.opening.some((re) => re.test(written)) ? null : withYearComma(written);
    for (const re of lex.opening) {
      const m = re.exec(punctuated ?? written);
      const body = m?.groups?.BODY0 ? lex.body(m.groups.BODY0) : null;
      if (m && body) {
        const place = m.groups?.PLACE0;
        const year = m.groups?.YEAR0;
        openingIndex = i;
        opening = { body, place: place ? lex.place(place) : null, year: year ? Number(year) : null };
        break;
      }
    }
  }
  let title: StructureLine | null = null;
  let history: readonly { place: string | null; year: number }[] = header?.history ?? [];
  let historyLine: StructureLine | null = header?.history ? (lines[headerIndex] ?? null) : null;
  if (headerIndex >= 0) {
    const end = openingIndex >= 0 ? openingIndex : Math.min(lines.length, headerIndex + 4);
    // A long title may be broken over lines (a PDF's, a web page's): the lines after the first, up to the history
    // line, are the title's too where the opening closes the block; without an opening, the line after the title
    // may be the text's first.
    let titleEnded = openingIndex < 0;
    for (let i = headerIndex + 1; i < end; i++) {
      const l = lines[i];
      if (!l) continue;
      const h = parseHistory(lex, l.text);
      if (h) {
        history = h;
        historyLine = l;
        titleEnded = title !== null;
      } else if (lex.marginSymbol.test(l.text)) {
        continue; // "(MOD)" beside the header or the title: neither
      } else if (lex.historyLine.test(l.text)) {
        // A note in brackets that is no history, as Council texts put one below the header ("(adopted at the ninth
        // Plenary Meeting)"): not the title.
        titleEnded = title !== null;
      } else if (classifyHeading(lex, l) || lex.itemLabel.test(l.text)) {
        titleEnded = title !== null;
      } else if (!title) {
        title = l;
      } else if (!titleEnded && !ENDS_CLAUSE.test(title.text) && continuesTitle(lex, l.text)) {
        title = { number: title.number, start: title.start, end: l.end, text: clean.slice(title.start, l.end) };
      } else {
        titleEnded = true;
      }
    }
  }
  let first = headerIndex >= 0 ? headerStart : openingIndex;
  // A margin symbol printed on its own line above the header belongs to neither the foreword nor the resolution.
  const aboveHeader = headerStart > 0 ? lines[headerStart - 1] : undefined;
  if (aboveHeader && lex.marginSymbol.test(aboveHeader.text)) first--;
  const forewordLines = first > 0 ? lines.slice(0, first) : [];
  const foreword = forewordLines.length
    ? clean.slice(forewordLines[0]?.start ?? 0, forewordLines.at(-1)?.end ?? 0).trim()
    : null;

  // Sections.
  const sections: RawSection[] = [];
  const stray: StructureLine[] = [];
  const unsplit: StructureLine[] = [];
  const folded: StructureLine[] = [];
  const ordinals = new Map<string, number>();
  // Set by openSection too (a cast, or TypeScript would narrow it to null for the loop below).
  let current = null as RawSection | null;
  const closeSection = (next: StructureLine | undefined): void => {
    if (current && current.items.length === 0 && !current.body) {
      const heading = clean.slice(current.headingStart, current.headingEnd);
      fail(
        // A heading with nothing after it at the end of the text is a text cut short, not an empty section.
        next ? 'SECTION_EMPTY' : 'DOCUMENT_TRUNCATED',
        lines.find((l) => l.start === current?.headingStart),
        `lettered or numbered items, or text, after the heading ${quoteFound(heading)}`,
        next ? `the next heading ${quoteFound(next.text)} at line ${next.number}` : 'the end of the document',
      );
    }
  };
  const unlisted: StructureLine[] = [];
  // The list inside the last item, if it has one: its lines are that item's text.
  let subList = null as SubList | null;
  /** Closes the current section and opens one at a heading line; its key counts the sections of its marker. */
  const openSection = (
    part: RawSection['part'],
    marker: RawSection['marker'],
    line: StructureLine,
    restOffset: number,
    /** Where the addressees start, where not on the heading's first line (see headingBrokenAfterMarker). */
    restStart = line.start + restOffset,
  ): RawSection => {
    closeSection(line);
    // Unlisted headings are counted in each part, so that the operative part's first is 'unlisted-1'.
    const counter = marker === UNLISTED ? `${part}/${marker}` : marker;
    const n = (ordinals.get(counter) ?? 0) + 1;
    ordinals.set(counter, n);
    const section: RawSection = {
      part,
      marker,
      key: part === 'preamble' && n === 1 ? marker : `${marker}-${n}`,
      headingStart: line.start,
      headingEnd: line.end,
      restStart,
      line: line.number,
      items: [],
      body: null,
    };
    sections.push(section);
    current = section;
    return section;
  };
  /** Gives the section just opened another marker, and the key that counts it among that marker's. */
  const remark = (section: RawSection, marker: OperativeKey): void => {
    ordinals.set(section.marker, (ordinals.get(section.marker) ?? 1) - 1);
    const n = (ordinals.get(marker) ?? 0) + 1;
    ordinals.set(marker, n);
    section.marker = marker;
    section.key = `${marker}-${n}`;
  };
  const startIndex = (openingIndex >= 0 ? openingIndex : headerIndex) + 1;
  // Where the annexes start: the first annex heading line after an operative heading.
  let annexStart = lines.length;
  for (let i = startIndex; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    if (current?.part === 'operative' && lex.annex.test(line.text)) {
      annexStart = i;
      break;
    }
    // A stray piece of page furniture ("- 3 -", "Res. 65") between a clause's end and a heading that holds its body
    // too: no text of the clause above, and no line between the two (see clauseBefore).
    if (current && furnitureBeforeHeading(lex, lines, i, current.part === 'operative')) continue;
    let heading = classifyHeading(lex, line);
    // A preamble heading's word with a comma after it, on a line of a sentence broken above it ("a) that the
    // administrations" / "concerned," / "have agreed …"), is that sentence's text.
    if (heading?.part === 'preamble' && current && commaAfterSentence(lex, line, clauseBefore(lines, i)))
      heading = null;
    // A heading ended by punctuation (see punctuatedHeading), and where its body starts when it holds it too: it
    // ends on its own line. The Arabic comma ends no sentence, so a line ending with it reads as a heading on its
    // own; with a section or nothing after it, it would be empty, and may hold its body too.
    let punctuated = false;
    let bodyOffset: number | null = null;
    const following = lines[i + 1];
    const empty =
      heading?.part === 'operative' && ENDS_CLAUSE.test(line.text) && (!following || startsSection(lex, following));
    // Or right after the opening, which ends with a comma as a clause does: a text with no preamble.
    if ((!heading || empty) && (current || (openingIndex >= 0 && i === openingIndex + 1))) {
      const inOperative = current?.part === 'operative';
      const found = punctuatedHeading(lex, line, clauseBefore(lines, i), following, inOperative);
      if (!current) {
        if (found && found !== 'unsplit') ({ heading, bodyOffset } = found);
      } else if (found === 'unsplit' && !heading) unsplit.push(line);
      else if (found === null && !heading && foldedHeading(lex, line, following, inOperative)) {
        folded.push(line);
      } else if (found && found !== 'unsplit') ({ heading, bodyOffset } = found);
      punctuated = found !== null && found !== 'unsplit';
    }
    // A marker broken off the rest of a longer one ("resolves" / "to instruct the Director …"): read as one heading.
    const broken =
      heading?.part === 'operative' && bodyOffset === null && !punctuated && heading.restOffset >= line.text.length
        ? headingBrokenAfterMarker(lex, heading.marker, {
            previous: clauseBefore(lines, i),
            line,
            next: following,
            after: lines[i + 2],
          })
        : null;
    if (broken && following) {
      heading = broken.heading;
      i++;
      // With its body on the second line too, it is finished.
      punctuated = broken.bodyStart !== null;
    }
    if (heading) {
      const section = openSection(heading.part, heading.marker, line, heading.restOffset, broken?.restStart);
      if (broken && following) section.headingEnd = following.end;
      if (broken?.bodyStart != null && following) {
        // The body starts on the heading's second line.
        section.headingEnd = trimSpan(clean.slice(following.start, broken.bodyStart), following.start).end;
        section.body = { label: null, start: broken.bodyStart, end: following.end, line: following.number };
      } else if (bodyOffset !== null) {
        const before = trimSpan(line.text.slice(0, bodyOffset), line.start);
        section.headingEnd = before.end;
        section.body = { label: null, start: line.start + bodyOffset, end: line.end, line: line.number };
      } else if (heading.part === 'operative' && !punctuated) {
        // An operative heading may continue on the next lines while it is unfinished.
        let guard = 0;
        while (guard++ < 4 && unfinished(lex, clean.slice(section.restStart, section.headingEnd))) {
          const next = lines[i + 1];
          if (!next || classifyHeading(lex, next) || lex.itemLabel.test(next.text)) break;
          if (spacedItemLabel(lex, section, lines[i], next)) break;
          section.headingEnd = next.end;
          i++;
        }
      }
      if (heading.part === 'operative' && heading.towardsItu) {
        if (addressesItu(lex, clean.slice(section.restStart, section.headingEnd))) remark(section, heading.towardsItu);
      }
      continue;
    }
    // The list inside the last item, if its lines go on up to here.
    const openList = current && subList?.parent === current.items.at(-1) ? subList : null;
    // The label read once: most lines of a resolution are items, and their labels were read twice (tested, then
    // matched) when the test told only whether to look for a numeral one.
    const listed = lex.itemLabel.exec(line.text);
    const numeral = listed ? null : numeralItemLabel(lex, current, openList, lines[i - 1], line);
    const label = listed ?? numeral?.match ?? spacedItemLabel(lex, current, lines[i - 1], line);
    // Without white space, nor the tatweel that draws an Arabic letter out ("هـ)": the fifth item).
    // Most labels hold neither ("a", "12"), and most lines have none: the replacement, which builds a string of each,
    // is run only on a label that holds one.
    const written = label?.groups?.label ?? '';
    const labelText = /[\s\u0640]/.test(written) ? written.replace(/[\s\u0640]+/g, '') : written;
    const above = lines[i - 1];
    const inList = label ? openList : null;
    const numerals = Boolean(label) && numeralsStart(lex, current, inList, lines, i, labelText);
    if (label && above && unlistedHeading(lex, current, stray, lines, i, labelText, inList?.series, numerals)) {
      // The line above was read as the last line of the item before, or of the list inside it (or as text before
      // any section): it heads a section of its own.
      const last = current?.items.at(-1);
      if (last) last.end = lines[i - 2]?.end ?? last.end;
      else stray.pop();
      unlisted.push(above);
      openSection(current?.part ?? 'preamble', UNLISTED, above, above.text.length);
      subList = null;
    } else if (inList) {
      // A numeral of several letters is the list's next or the section's; "v" or "x" ends a list of letters under
      // a numeral item where it is the section's next numeral ("iv) …:", "a)", "b)", "v)").
      // Under a numeral item, only the section's next numeral ends the list ("j)" goes on a list of letters
      // under "i) …:").
      const sectionNext = nextNumeral(lex, current?.items ?? [], labelText);
      // Under the section's only item "i) …:", a letter after it ("j)") ends the list unless the numeral "ii" follows
      // below: then "i" was a numeral, else the ninth letter.
      const ends = numeral
        ? numeral.of === 'section'
        : numeralRun(lex, current?.items ?? [])
          ? (sectionNext && !nextNumeral(lex, inList.labels, labelText)) ||
            (current?.items.length === 1 &&
              endsSubList(lex, inList, labelText) &&
              !(inList.numeralBelow ??= numeralBelow(lex, lines, i)))
          : endsSubList(lex, inList, labelText) || (!nextNumeral(lex, inList.labels, labelText) && sectionNext);
      if (!ends) {
        inList.labels.push(labelText);
        inList.parent.end = line.end;
        continue;
      }
      subList = null;
    } else if (label && current) {
      subList = opensSubList(lex, clean, current.items.at(-1), labelText, numeralRun(lex, current.items));
      if (subList) {
        subList.parent.end = line.end;
        continue;
      }
    }
    if (label) {
      if (!current) {
        fail(
          'ITEM_WITHOUT_HEADING',
          line,
          'a section heading (recalling, considering, resolves, instructs, …) before the first item',
          `item ${quoteFound(line.text)}`,
        );
      }
      // The item's text starts after its label ("a)", "1<TAB>"); the label is kept apart.
      current?.items.push({
        label: labelText,
        start: line.start + label[0].length,
        end: line.end,
        line: line.number,
      });
      continue;
    }
    if (!current) {
      stray.push(line);
    } else if (current.items.length) {
      const last = current.items.at(-1);
      if (last) last.end = line.end;
    } else if (current.body) {
      current.body.end = line.end;
    } else {
      current.body = { label: null, start: line.start, end: line.end, line: line.number };
    }
  }
  closeSection(lines[annexStart]);
  const annexes: { heading: StructureLine; paragraphs: StructureLine[] }[] = [];
  for (let i = annexStart; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    const open = annexes.at(-1);
    if (!open || lex.annex.test(line.text)) annexes.push({ heading: line, paragraphs: [] });
    else open.paragraphs.push(line);
  }

  const hasOperative = sections.some((s) => s.part === 'operative');
  if (!hasOperative) {
    const last = lines.at(-1);
    // Sections that stop before the operative part, or an opening line followed by at most a fragment of a line,
    // are a text cut short; anything longer without headings is a layout we do not read.
    const cutShort = sections.length > 0 || (openingIndex >= 0 && stray.length <= 1);
    fail(
      cutShort ? 'DOCUMENT_TRUNCATED' : 'STRUCTURE_UNRECOGNISED',
      last,
      sections.length
        ? 'operative sections (resolves, instructs, invites, …) after the preamble'
        : 'preamble and operative section headings (recalling, considering, resolves, instructs, …)',
      last ? `the end of the document after ${quoteFound(last.text)}` : 'no text',
    );
  }
  // The last clause of a complete resolution ends a sentence.
  const lastSection = sections.at(-1);
  const lastClause = lastSection?.items.at(-1) ?? lastSection?.body;
  const lastText = lastClause ? clean.slice(lastClause.start, lastClause.end).trim() : '';
  // A full stop, possibly inside closing quotes or brackets ('….)', '….»', '…。”'); a bracket alone is no end.
  if (lastClause && !/[.。!！?？][»"”’)）\]]*$/u.test(lastText)) {
    const ending = endingOf(clean, lastClause.start, lastClause.end);
    fail(
      'DOCUMENT_TRUNCATED',
      lines.find((l) => l.start <= ending.start && l.end >= ending.start) ?? lines.at(-1),
      'the last clause to end with a full stop',
      `${ending.quote} at the end of the document`,
      ending.start,
    );
  }

  const spanOf = (l: StructureLine | null | undefined): readonly [number, number] | null =>
    l ? [l.start, l.end] : null;
  const spans = {
    header: spanOf(headerIndex >= 0 ? lines[headerIndex] : null),
    history: spanOf(historyLine),
    opening: spanOf(openingIndex >= 0 ? lines[openingIndex] : null),
  };
  // The years a history line below gives against those of the header's bracket; the line's are read, as before.
  const headerLine = headerIndex >= 0 ? lines[headerIndex] : undefined;
  const headerHistory = header?.history;
  const historyConflict =
    headerLine && headerHistory && historyLine && historyLine !== headerLine && !sameYears(headerHistory, history)
      ? { header: headerLine, headerHistory, line: historyLine }
      : null;
  return {
    header,
    title,
    history,
    opening,
    foreword,
    spans,
    sections,
    annexes,
    stray,
    unsplit,
    folded,
    unlisted,
    historyConflict,
  };
}

/** The most characters of a clause's end that a message quotes. */
const ENDING_QUOTED = 60;

/**
 * How the text from `start` to `end` ends, quoted for a message, and where the quoted words start: the words on its
 * last line (a clause may run on over lines, as where a suppressed resolution's title follows it), the last
 * {@link ENDING_QUOTED} characters of them at most, from a word's start ("'…the Council on AI'").
 */
function endingOf(clean: string, start: number, end: number): { quote: string; start: number } {
  let to = end;
  while (to > start && isBlank(clean.charAt(to - 1))) to--;
  let from = Math.max(start, clean.lastIndexOf('\n', to - 1) + 1);
  while (from < to && isBlank(clean.charAt(from))) from++;
  if (to - from <= ENDING_QUOTED) return { quote: `'${clean.slice(from, to)}'`, start: from };
  let cut = to - (ENDING_QUOTED - 3);
  const space = clean.slice(cut, to).search(/\s\S/u);
  if (space >= 0 && space < 20) cut += space + 1;
  return { quote: `'…${clean.slice(cut, to)}'`, start: cut };
}

/** Do two histories list the same years in the same order? */
function sameYears(a: readonly { readonly year: number }[], b: readonly { readonly year: number }[]): boolean {
  return a.length === b.length && a.every((e, i) => e.year === b[i]?.year);
}
