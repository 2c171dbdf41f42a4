/**
 * `parseDocument`: one document's bytes (or text) and what the manifest says about it, to a typed record.
 * Pure: no file system, no database. Throws {@link LoaderError}; never returns half a document.
 */
import { createHash } from 'node:crypto';
import { decode, DEFAULT_MAX_BYTES } from './decode';
import { LoaderError, quoteFound } from './errors';
import { toFilePositions } from './hyphenation';
import { joinInvisibleInWords } from './invisible';
import { detectLanguage } from './language';
import type { AssemblyBody, CompiledLexicon, OperativeKey } from './lexicon';
import { ENTITY_BY_KEY, lexiconFor, openerOf } from './lexicon';
import { addressable, findClauseMentions, homeSectorOf } from './mentions';
import type { ClauseText, MentionContext } from './mentions';
import { emptyList } from './lists';
import { withAnnexQuestionTitles } from './annex-questions';
import { crumbGroup, headerQuestion, isGroupEntity, pageSubject, partnerLists, titleOnLine } from './page';
import type { HeaderTitle } from './page';
import { findRelations, sameEntity } from './relations';
import {
  brokenHeadings,
  countHeadings,
  forgetHeadings,
  headingGoesOn,
  isOpening,
  lineRole,
  matchHeader,
  operativeOpeners,
  paragraphBreak,
  paragraphStart,
  readStructure,
  resolutionParts,
  subjectAt,
  UNLISTED,
} from './resolution';
import type { RawSection, RawStructure, StructureLine } from './resolution';
import { filePositionOf, isBlank, joinLines, lastWord, prepareText, trimSpan, unwrapLines } from './text';
import type { Footnote, Line, PreparedText } from './text';
import type {
  Diagnostic,
  EntityRef,
  Fact,
  InstructionKind,
  ManifestEntry,
  Mention,
  ParsedClause,
  ParsedDocument,
  ParsedGroupPage,
  ParsedInstruction,
  ParsedRelation,
  ParsedResolution,
  ParsedSection,
} from './types';

export interface ParseInput {
  /** File name, for messages and ids. */
  readonly file: string;
  /** Raw bytes (the encoding is detected), or already-decoded text. */
  readonly content: Uint8Array | string;
  /** What the corpus manifest says about this file. */
  readonly manifest?: ManifestEntry;
  readonly maxBytes?: number;
}

/** Operative section kinds as instruction kinds. "resolves to instruct X" is an instruction to X. */
const INSTRUCTION_KIND: Record<OperativeKey, InstructionKind> = {
  resolves: 'RESOLVES',
  'resolves-to-instruct': 'INSTRUCTS',
  'resolves-to-invite': 'INVITES',
  'resolves-to-request': 'REQUESTS',
  instructs: 'INSTRUCTS',
  requests: 'REQUESTS',
  invites: 'INVITES',
  encourages: 'ENCOURAGES',
  urges: 'URGES',
  'calls-upon': 'URGES',
};

/**
 * A footnote's mark after a title (a note on the text as a whole, as on the header): asterisks or a dagger, right
 * after it or after a space, an asterisk perhaps escaped as Markdown writes a literal one ("… services\*"). Not a
 * number, which may be the title's own ("… Goal 3").
 */
const TITLE_MARK = /(?<=[^*\\])(?:(?:\\?\*){1,3}|[\u2020\u2021])$/u;

const PARTY_TYPES = new Set<EntityRef['type']>(['StudyGroup', 'Organization', 'Office', 'Stakeholder']);
const CITATION_TYPES = new Set<EntityRef['type']>(['ItuResolution', 'Instrument']);
/** What stands between two names that a language joins without a word: horizontal white space, or nothing. */
const ADJOINING = /^[\t \u00A0\u2007\u202F\u3000]*$/u;

/**
 * Parses a file that holds one document. A file holding several resolutions (a conference's Final Acts, a
 * compilation) fails with MULTIPLE_RESOLUTIONS: {@link parseDocuments} reads each of them.
 */
export function parseDocument(input: ParseInput): ParsedDocument {
  const ready = prepareDocument(input);
  if (ready.kind !== 'resolution') return parsePage(ready.base);
  const { lex, prepared } = ready.base;
  const parts = resolutionParts(lex, prepared.lines);
  const second = prepared.lines[parts[1]?.start ?? -1];
  if (second) {
    throw new LoaderError({
      code: 'MULTIPLE_RESOLUTIONS',
      file: input.file,
      line: second.number,
      column: 1,
      expected: 'one resolution',
      found: `another resolution starting with ${quoteFound(second.text.trim())}`,
      hint: 'Read the file with parseDocuments, which reads each resolution (validate and load do)',
    });
  }
  // One resolution, perhaps followed by the entries of suppressed ones (see resolutionParts): text of neither.
  const only = parts[0];
  const lines = only ? prepared.lines.slice(0, only.end) : prepared.lines;
  const between = only?.between ?? [];
  return parseResolution(resolutionInput(ready.base, { lines, between, manifest: input.manifest, several: false }));
}

/** One resolution of a file, read, or why it could not be. */
export type ParsedPart =
  { readonly ok: true; readonly document: ParsedDocument } | { readonly ok: false; readonly error: LoaderError };

/**
 * Parses a file into its documents: a group page, or each resolution it holds, one after another, as a conference's
 * Final Acts or a compilation of an assembly's resolutions have them (see `resolutionParts`). Each is read on its
 * own: one that fails gets its typed error and the others are still read. Their spans and lines are the file's, their
 * checksums those of their own text and place in the file. Of several, each must state its identity: the manifest's
 * resolution and version facts are the file's, and are not used. Throws {@link LoaderError} where the file as a
 * whole cannot be read (encoding, language, no text).
 */
export function parseDocuments(input: ParseInput): ParsedPart[] {
  const ready = prepareDocument(input);
  if (ready.kind !== 'resolution') return [{ ok: true, document: parsePage(ready.base) }];
  const { lines } = ready.base.prepared;
  const parts = resolutionParts(ready.base.lex, lines);
  const several = parts.length > 1;
  const manifest = several && input.manifest ? fileFacts(input.manifest) : input.manifest;
  return parts.map((p, k) => {
    try {
      const part = lines.slice(p.start, p.end);
      // Of several, each has the checksum of its own text and of where it stands in the file (its spans and lines
      // are the file's): a change to one that moves none of the others is not a change to them.
      const from = k === 0 ? 0 : (part[0]?.start ?? 0);
      const to = lines[parts[k + 1]?.start ?? -1]?.start ?? ready.base.text.length;
      const checksum = several
        ? createHash('sha256')
            .update(`${from}\n${part[0]?.number ?? 1}\n`)
            .update(ready.base.text.slice(from, to))
            .digest('hex')
        : ready.base.checksum;
      const document = parseResolution(
        resolutionInput({ ...ready.base, checksum }, { lines: part, between: p.between, manifest, several }),
      );
      return { ok: true, document };
    } catch (error) {
      if (error instanceof LoaderError) return { ok: false, error };
      throw error;
    }
  });
}

/** What a manifest entry says of a whole file: its kind and language, not one resolution's identity. */
function fileFacts(entry: ManifestEntry): ManifestEntry {
  return {
    ...(entry.kind ? { kind: entry.kind } : {}),
    ...(entry.language ? { language: entry.language } : {}),
  };
}

/**
 * What opens a file of markup rather than text: an XML declaration, a document type, an HTML element, or RTF's
 * group. A text document opens with none of them.
 */
const MARKUP_START = /^[\s\u00A0]*(?:<\?xml[\s?]|<!doctype[\s>]|<html[\s>]|\{\\rtf)/iu;
/** An element's start tag opening a file (an XML document without a declaration: `<akomaNtoso …>`). */
const ELEMENT_START = /^[\s\u00A0]*<[A-Za-z][\w:.-]{0,40}[\s/>]/u;
/** An element's end tag closing a file. */
const ELEMENT_END = /<\/[A-Za-z][\w:.-]{0,40}>[\s\u00A0]*$/u;

/**
 * Refuses a file of markup (a web page saved as HTML, an XML document, RTF) with FORMAT_UNSUPPORTED. Read as text, its
 * tags would be words of the document, it would be taken for a group page about whatever it mentions, and its spans and
 * quotes would point into the markup. An element opening the file counts only where one also closes it: a Markdown
 * page may open with an HTML element and then be Markdown.
 */
function refuseMarkup(file: string, text: string): void {
  const markup = MARKUP_START.test(text) || (ELEMENT_START.test(text) && ELEMENT_END.test(text.slice(-200)));
  if (!markup) return;
  const at = text.search(/[^\s\u00A0]/u);
  const line = text.slice(0, at).split('\n').length;
  const rtf = text.charAt(at) === '{';
  throw new LoaderError({
    code: 'FORMAT_UNSUPPORTED',
    file,
    line,
    column: at - text.lastIndexOf('\n', at - 1),
    expected: 'plain text (a document exported as text, or a web page saved as text or Markdown)',
    found: `${rtf ? 'RTF' : 'HTML or XML markup'} starting with ${quoteFound(text.slice(at))}`,
    hint: rtf
      ? 'Save the document as plain text (UTF-8) and load that file'
      : 'Save the page or document as plain text (UTF-8) or Markdown and load that file',
  });
}

/** Decodes, prepares and tells the kind of a file's text: what every document in it shares. */
function prepareDocument(input: ParseInput): { readonly base: Base; readonly kind: 'resolution' | 'group-page' } {
  const { file } = input;
  forgetHeadings();
  const bytes = typeof input.content === 'string' ? Buffer.from(input.content, 'utf8') : input.content;
  const checksum = createHash('sha256').update(bytes).digest('hex');
  const decoded =
    typeof input.content === 'string'
      ? { text: input.content, encoding: 'utf-8' as const }
      : decode(input.content, file, input.maxBytes ?? DEFAULT_MAX_BYTES);
  const text = decoded.text.replace(/^\uFEFF/, ' ');
  if (text.trim() === '') {
    throw new LoaderError({
      code: 'FILE_EMPTY',
      file,
      line: 1,
      column: 1,
      expected: 'a document',
      found: 'only white space',
    });
  }
  refuseMarkup(file, text);
  let physical = prepareText(text);

  const language = input.manifest?.language ?? detectLanguage(physical.clean).language;
  const lex = language ? lexiconFor(language) : undefined;
  if (!language || !lex) {
    const guess = detectLanguage(physical.clean);
    throw new LoaderError({
      code: 'LANGUAGE_UNKNOWN',
      file,
      line: 1,
      column: 1,
      expected: 'a text in English, French, Spanish, Russian, Arabic or Chinese',
      found: guess.evidence,
      hint: 'If the language is one of these, name it in the corpus manifest ("language")',
    });
  }
  // An inline footnote that goes on over lines takes no line that opens an item or is a heading: where one goes on,
  // the text is prepared again, now that the language tells what such a line is.
  if (physical.footnotes.some((f) => !f.placed && text.slice(f.span[0], f.span[1]).includes('\n'))) {
    physical = prepareText(text, (line) => lineRole(lex, line) !== 'clause');
  }
  // Text from a PDF breaks its paragraphs at the page's width: they are joined again before anything is read. Not
  // in Chinese, which may break between any two characters: a joined line would hold a space where the text has none.
  // Its page furniture is blanked all the same.
  let openers: ReadonlySet<string> | undefined;
  const prepared = unwrapLines(physical, {
    paragraphBreak: (previous, next, after) => paragraphBreak(lex, previous, next, after),
    paragraphStart: (lines) => paragraphStart(lex, lines, () => (openers ??= operativeOpeners(lex, physical.lines))),
    lineRole: (line) => lineRole(lex, line),
    // As written: "Annex A" does not end with the article "a".
    endsOpen: (line, next) => lex.openWords.has(lastWord(line)) && lineRole(lex, next) === null,
    writesHyphen: lex.writesHyphen,
    suspends: (word) => lex.suspendingWords.has(word),
    goesOn: (paragraph) => headingGoesOn(lex, paragraph),
    join: lex.lexicon.script !== 'Han',
  });

  const kind =
    input.manifest?.kind ??
    (prepared.lines.some((l) => matchHeader(lex, l.text) !== null) ||
    prepared.lines.some((l) => isOpening(lex, l.text)) ||
    countHeadings(lex, prepared.lines) >= 2
      ? 'resolution'
      : 'group-page');
  // An operative heading broken over two lines in a text whose lines are paragraphs reads as one line.
  // Then a word an invisible character breaks (a soft hyphen, a zero-width space) is read joined.
  const ready = joinInvisibleInWords(
    kind === 'resolution' ? joinLines(prepared, brokenHeadings(lex, prepared.lines)) : prepared,
  );
  // Written out, not spread: see resolutionInput.
  return { base: { file, language, encoding: decoded.encoding, checksum, text, lex, prepared: ready }, kind };
}

interface Base {
  readonly file: string;
  readonly language: ParsedDocument['language'];
  readonly encoding: string;
  readonly checksum: string;
  readonly text: string;
  readonly lex: CompiledLexicon;
  readonly prepared: PreparedText;
}

/**
 * The footnotes whose references fall in a clause's span, or in the blanks right after it on its last line: a
 * reference set at a line's end ("resolves[footnoteRef:1]1", "instructs the Director …[footnoteRef:2]2", "…
 * telehealth,[footnoteRef:1]1") is blanked, and the clause's span, trimmed, ends before it.
 */
function footnotesIn(prepared: PreparedText, start: number, clauseEnd: number): string[] {
  return footnotesOf(prepared, start, clauseEnd).map((f) => f.text);
}

/** {@link footnotesIn}, the footnotes themselves. */
function footnotesOf(prepared: PreparedText, start: number, clauseEnd: number): Footnote[] {
  if (!prepared.footnoteRefs.length) return [];
  const end = blanksAfter(prepared.clean, clauseEnd);
  if (!prepared.footnoteRefs.some((r) => r.offset >= start && r.offset < end)) return [];
  const refs = prepared.footnoteRefs.filter((r) => r.offset >= start && r.offset < end);
  // A reference found by place names its footnote; an inline one, the inline footnote of its number.
  const inline = refs.filter((r) => !r.footnote).map((r) => r.number);
  return prepared.footnotes.filter((f) => (f.placed ? refs.some((r) => r.footnote === f) : inline.includes(f.number)));
}

/** A bookmark or footnote reference inside a footnote's body, blanked before it is read. */
const FOOTNOTE_ARTEFACT = /\[(?:bookmark|footnoteRef):[^\]\n]{0,200}\]/g;

/**
 * The body of a footnote as a clause text to read for mentions, at its place in the document (`source`): the words
 * before the body (its number and mark) and a closing bracket after it blanked, so that every quote is the
 * document's own. Null where the body is not found as written (its lines joined).
 */
function footnoteBody(source: string, f: Footnote, address: string): ClauseText | null {
  const raw = source.slice(f.span[0], f.span[1]);
  const head = f.text.slice(0, 16);
  const at = head ? raw.indexOf(head) : -1;
  if (at < 0) return null;
  const close = f.placed ? raw.length : raw.lastIndexOf(']');
  if (close <= at) return null;
  const text = (' '.repeat(at) + raw.slice(at, close)).replace(FOOTNOTE_ARTEFACT, (a) => ' '.repeat(a.length));
  return { address, text, offset: f.span[0], source };
}

/**
 * The mentions, citations among them, in the footnotes each clause refers to, as the clause's own with the
 * footnote's words for where: read once every clause's relations and instructions are, so that a footnote gives
 * no relation, addressee or collaborator.
 */
function withFootnoteMentions(
  ctx: MentionContext,
  prepared: PreparedText,
  source: string,
  clauses: ParsedClause[],
  notesOf: (i: number) => readonly Footnote[],
): void {
  if (!prepared.footnotes.length) return;
  clauses.forEach((c, i) => {
    if (!c.footnotes.length) return;
    const bodies: ClauseText[] = [];
    for (const f of notesOf(i)) {
      const body = footnoteBody(source, f, c.address);
      if (body) bodies.push(body);
    }
    const found = bodies.length ? findClauseMentions(ctx, bodies).flat() : [];
    if (found.length) clauses[i] = { ...c, mentions: [...c.mentions, ...found] };
  });
}

/** Where the spaces and tabs from `at` on end: at the next other character, a line's end or the text's. */
function blanksAfter(text: string, at: number): number {
  let end = at;
  while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
  return end;
}

/** What {@link parseResolution} reads of one resolution of a file, besides what the file's documents share. */
interface PartInput {
  readonly lines: readonly Line[];
  /** Text after it, before the next resolution of the file: read as part of neither. */
  readonly between: readonly StructureLine[];
  readonly manifest: ManifestEntry | undefined;
  /** One of several resolutions of the file. */
  readonly several: boolean;
}

/**
 * The input of {@link parseResolution}, its properties written out rather than spread from `base`: V8 builds an
 * object spread from another with properties added after it property by property, slowly (some microseconds a
 * document for these few, where writing them out costs next to nothing).
 */
function resolutionInput(base: Base, part: PartInput): Base & PartInput {
  return {
    file: base.file,
    language: base.language,
    encoding: base.encoding,
    checksum: base.checksum,
    text: base.text,
    lex: base.lex,
    prepared: base.prepared,
    lines: part.lines,
    between: part.between,
    manifest: part.manifest,
    several: part.several,
  };
}

/** Parses the resolution on `lines` (all of the text's, or one resolution's of several). */
function parseResolution(input: Base & PartInput): ParsedResolution {
  const { file, lex, prepared, manifest } = input;
  const structure = readStructure({
    lex,
    file,
    clean: prepared.clean,
    lines: input.lines,
    position: (offset) => filePositionOf(prepared, offset),
  });
  const manifestFact = <T>(value: T | undefined | null): Fact<T> | null =>
    value === undefined || value === null ? null : { value, source: 'manifest' };
  const textFact = <T>(value: T | undefined | null): Fact<T> | null =>
    value === undefined || value === null || value === '' ? null : { value, source: 'text' };

  const body =
    textFact<AssemblyBody>(structure.opening?.body ?? structure.header?.body) ??
    manifestFact(manifest?.resolution?.body);
  const number = textFact(structure.header?.number) ?? manifestFact(manifest?.resolution?.number);
  // A decision where its header says so, or where it has none, the manifest; else a resolution.
  const series = structure.header?.series ?? manifest?.resolution?.series ?? 'resolution';
  // A history line ends with the version it heads; Radiocommunication Assembly texts state the year only there.
  const latest = structure.history.length ? Math.max(...structure.history.map((h) => h.year)) : null;
  const year =
    textFact(structure.opening?.year ?? structure.header?.year ?? latest) ?? manifestFact(manifest?.version?.year);
  const place: Fact<string | null> = textFact(structure.opening?.place ?? structure.header?.place) ??
    manifestFact(manifest?.version?.place) ?? { value: null, source: 'text' };
  const missing = [!body && 'adopting assembly', !number && 'resolution number', !year && 'year'].filter(
    (x): x is string => typeof x === 'string',
  );
  if (!body || !number || !year) {
    throw new LoaderError({
      code: 'IDENTITY_MISSING',
      file,
      line: input.lines.find((l) => !isBlank(l.text))?.number ?? 1,
      column: 1,
      expected: `a header line ('RESOLUTION 78 (Rev. …)') and an opening line naming the assembly, place and year`,
      found: `no ${missing.join(', no ')} in the text`,
      hint: input.several
        ? 'Each resolution of a file of several must state them: the manifest speaks for the whole file'
        : `Add them to the corpus manifest under "${file}" (resolution.body, resolution.number, version.year)`,
    });
  }
  const titleLine = structure.title;
  const title: Fact<string> | null = titleLine
    ? {
        // A title broken over lines is joined by a space, but in Chinese, which has none between words.
        value: titleLine.text
          .replace(lex.lineMarks, '')
          .split('\n')
          .map((l) => l.trim())
          .join(lex.lexicon.script === 'Han' ? '' : ' ')
          .replace(/[\s\u00A0]+/g, ' ')
          .replace(TITLE_MARK, '')
          .trimEnd(),
        source: 'text',
      }
    : manifestFact(manifest?.resolution?.title);
  const revised = structure.header?.revised ?? false;
  // A revision counted after the number ("RESOLUTION ITU-R 69-2") is named by its count, as ITU names revised
  // documents ("Rev.2"): "Rev. 2, 2023"; its id stays the year's, as every version's.
  const count = structure.header?.count;
  const where = place.value ? `${place.value}, ${year.value}` : String(year.value);
  const revisionLabel = count ? `Rev. ${count}, ${where}` : `${revised ? 'Rev. ' : ''}${where}`;
  // Without a history line, the text's own version, after the first where the header names it ("(C-1985, last
  // amended C19)").
  const first = structure.header?.first;
  // "RESOLUTION ITU-R 69-2" with "(2012-2015-2023)": the history line lists the first version and each revision the
  // header counts, each named as this version is ("Rev. 1, 2015"); only where its years rise to this version's own
  // (not "(2015-2012-2023)", nor "(2012-2015-2023)" under "RESOLUTION ITU-R 69-2 (2019)").
  const listed = structure.history;
  const counted =
    count !== null &&
    count !== undefined &&
    listed.length === count + 1 &&
    listed[listed.length - 1]?.year === year.value &&
    listed.every((e, i) => i === 0 || e.year > (listed[i - 1]?.year ?? Infinity));
  const history = structure.history.length
    ? counted
      ? structure.history.map((h, i) =>
          i === 0 ? h : { ...h, label: `Rev. ${i}, ${h.place ? `${h.place}, ` : ''}${h.year}` },
        )
      : structure.history
    : [
        ...(first && first < year.value ? [{ place: null, year: first }] : []),
        { place: place.value, year: year.value },
      ];

  const ctx: MentionContext = {
    lex,
    homeSector: homeSectorOf(body.value),
    homeBody: body.value,
    self: { body: body.value, series, number: number.value },
  };
  // The clauses in document order; their mentions are found in one pass over all of them.
  type ClauseSpec = Omit<ParsedClause, 'mentions' | 'footnotes' | 'text' | 'span' | 'line'>;
  const specs: { spec: ClauseSpec; start: number; end: number; line: number }[] = [];
  const repeated: { section: string; label: string; address: string; line: number }[] = [];
  const plan = structure.sections.map((s) => {
    const prefix = s.part === 'preamble' ? `preamble/${s.key}` : s.key;
    const heading = specs.push({
      spec: { address: prefix, part: s.part, section: s.key, role: 'heading', label: null },
      start: s.headingStart,
      end: s.headingEnd,
      line: s.line,
    });
    // By label: the section's addresses differ by their labels alone, and a label is a short string already made,
    // where the address is built anew for each item.
    const seen = new Map<string, number>();
    const items = s.items.map((item, i) => {
      const label = item.label ?? String(i + 1);
      const written = s.part === 'preamble' ? `${prefix}/${label}` : `${prefix}/item-${label}`;
      // A label the section already has (a list inside an item, or a heading not read as one) gets an address of
      // its own all the same: "a-2" for the second "a)".
      const n = (seen.get(label) ?? 0) + 1;
      seen.set(label, n);
      const address = n === 1 ? written : `${written}-${n}`;
      if (n > 1) repeated.push({ section: s.key, label, address, line: item.line });
      return specs.push({
        spec: { address, part: s.part, section: s.key, role: 'item', label },
        start: item.start,
        end: item.end,
        line: item.line,
      });
    });
    const body = s.body
      ? specs.push({
          spec: { address: `${prefix}/body`, part: s.part, section: s.key, role: 'body', label: null },
          start: s.body.start,
          end: s.body.end,
          line: s.body.line,
        })
      : 0;
    // Array.push returns the new length: the clause's index is one less; no body, -1. A number either way, not a
    // number or null: V8 gives the plan objects one shape then, and the loop over them is not deoptimised at every
    // resolution whose first section has a body where the loop was compiled without.
    return { section: s, heading: heading - 1, items: items.map((n) => n - 1), body: body - 1 };
  });
  // Annexes: the heading and each paragraph a clause ("annex-1", "annex-1/p-2"), read for mentions and relations
  // like the resolution's own clauses, but no section and no instruction.
  structure.annexes.forEach((annex, k) => {
    const section = `annex-${k + 1}`;
    const { heading, paragraphs } = annex;
    specs.push({
      spec: { address: section, part: 'annex', section, role: 'heading', label: null },
      start: heading.start,
      end: heading.end,
      line: heading.number,
    });
    paragraphs.forEach((p, j) => {
      specs.push({
        spec: { address: `${section}/p-${j + 1}`, part: 'annex', section, role: 'paragraph', label: null },
        start: p.start,
        end: p.end,
        line: p.number,
      });
    });
  });
  const trimmed = specs.map((c) => trimSpan(prepared.clean.slice(c.start, c.end), c.start));
  const found = findClauseMentions(
    ctx,
    specs.map((c, i) => ({
      address: c.spec.address,
      text: trimmed[i]?.text ?? '',
      offset: trimmed[i]?.start ?? 0,
      source: input.text,
    })),
  );
  const read: ParsedClause[] = specs.map((c, i) => {
    const t = trimmed[i] ?? { text: '', start: c.start, end: c.start };
    const { address, part, section, role, label } = c.spec;
    return {
      address,
      part,
      section,
      role,
      label,
      text: t.text,
      span: [t.start, t.end],
      line: c.line,
      footnotes: footnotesIn(prepared, c.start, c.end),
      mentions: found[i] ?? [],
    };
  });
  // Loops rather than flatMap, here and below: flatMap cost more than the relations of most clauses.
  const readRelations: ParsedRelation[] = [];
  for (const c of read) {
    if (!c.mentions.length) continue; // no relation without an entity
    readRelations.push(
      ...findRelations({
        lex,
        text: c.text,
        offset: c.span[0],
        clause: c.address,
        mentions: c.mentions,
        subject: null,
        source: input.text,
      }),
    );
  }
  // An annex that lists Questions with their titles ("Question 1/1: Strategies and policies for …") titles them.
  const { clauses, relations } = (structure.annexes.length
    ? withAnnexQuestionTitles({ clauses: read, relations: readRelations, source: input.text })
    : null) ?? { clauses: read, relations: readRelations };
  const sections: ParsedSection[] = [];
  const instructions: ParsedInstruction[] = [];
  const unaddressed: Diagnostic[] = [];
  for (const { section: s, heading: h, items: itemIndexes, body: b } of plan) {
    const heading = clauses[h];
    if (!heading) continue;
    sections.push({
      key: s.key,
      part: s.part,
      marker: s.marker,
      heading: heading.text,
      line: s.line,
      itemCount: s.items.length,
      hasBody: s.body !== null,
    });
    const items: ParsedClause[] = [];
    for (const k of itemIndexes) {
      const item = clauses[k];
      if (item) items.push(item);
    }
    const bodyClause = b < 0 ? null : (clauses[b] ?? null);
    // A heading the lexicon does not list says what its items are, but not what kind of instruction they are.
    if (s.part !== 'operative' || s.marker === UNLISTED) continue;
    const instruction = instructionOf(lex, s, heading, items, bodyClause);
    instructions.push(instruction);
    if (instruction.kind !== 'RESOLVES' && instruction.addressees.length === 0) {
      unaddressed.push(unaddressedDiagnostic(prepared, s, heading));
    }
  }

  withFootnoteMentions(ctx, prepared, input.text, clauses, (i) =>
    specs[i] ? footnotesOf(prepared, specs[i].start, specs[i].end) : [],
  );
  const mentions: Mention[] = [];
  for (const c of clauses) mentions.push(...c.mentions);
  // Written out, not spread from baseOf: a literal that spreads an object and then adds more than a few properties
  // is built property by property, each a slow store, and this one costs a document tens of microseconds so.
  const document: ParsedResolution = {
    file: input.file,
    language: input.language,
    encoding: input.encoding,
    checksum: input.checksum,
    text: input.text,
    kind: 'resolution',
    body,
    series,
    number,
    title,
    year,
    place,
    revisionLabel,
    history,
    foreword: structure.foreword,
    identitySpans: structure.spans,
    sections,
    clauses,
    instructions,
    relations,
    citations: mentions.filter((m) => CITATION_TYPES.has(m.entity.type)),
    diagnostics: resolutionDiagnostics({ lex, prepared, structure, input, repeated, unaddressed }),
  };
  // Spans found in the cleaned text, where a word hyphenated at a line end was joined, are the file's again.
  return toFilePositions(document, prepared.hyphenJoins, input.text);
}

/**
 * The warnings of a resolution, in the order of their kinds. A function of its own, apart from
 * {@link parseResolution}: most texts have none of most kinds, and code optimised before one turns up is compiled
 * again, which costs less here than for the whole parse.
 */
function resolutionDiagnostics(options: {
  lex: CompiledLexicon;
  prepared: PreparedText;
  structure: RawStructure;
  input: { lines: readonly Line[]; between: readonly StructureLine[] };
  repeated: readonly { section: string; label: string; address: string; line: number }[];
  unaddressed: readonly Diagnostic[];
}): Diagnostic[] {
  const { lex, prepared, structure, input, repeated, unaddressed } = options;
  return [
    ...structure.stray.map((l) => ({
      severity: 'warning' as const,
      code: 'LINE_UNRECOGNISED',
      message: `text before the first section heading was not read as part of any clause: ${quoteFound(l.text)}`,
      line: l.number,
      column: 1,
    })),
    ...structure.unsplit.map((l) => ({
      severity: 'warning' as const,
      code: 'HEADING_IN_TEXT',
      message:
        `a line that starts like an operative heading and holds its body was read as text of the clause before ` +
        `it, since where the body starts was not found: ${quoteFound(l.text)}`,
      line: l.number,
      column: 1,
    })),
    ...structure.folded.map((l) => ({
      severity: 'warning' as const,
      code: 'HEADING_IN_TEXT',
      message:
        `a line that reads like an operative heading and its body was read as text of the clause before it, since ` +
        `the line before it ends no clause: ${quoteFound(l.text)}`,
      line: l.number,
      column: 1,
    })),
    ...input.between.slice(0, 1).map((l) => ({
      severity: 'warning' as const,
      code: 'LINE_UNRECOGNISED',
      message:
        `text after this resolution's last sentence, before the next resolution of the file, was read as part of ` +
        `neither (${input.between.length} line${input.between.length > 1 ? 's' : ''}): ${quoteFound(l.text)}`,
      line: l.number,
      column: 1,
    })),
    ...structure.unlisted.map((l) => ({
      severity: 'warning' as const,
      code: 'HEADING_UNLISTED',
      message:
        `a line of its own where a section heading stands (above the first item, or above items that start ` +
        `again) was read as one, though the ` +
        `${lex.lexicon.language} lexicon does not list it: ${quoteFound(l.text)}. If it is a heading, add it to ` +
        `the lexicon's headings (loaders/lexicon/${lex.lexicon.language}.ts) so that its kind is known`,
      line: l.number,
      column: 1,
    })),
    ...repeated.map((r) => ({
      severity: 'warning' as const,
      code: 'ITEM_LABEL_REPEATED',
      message:
        `${r.section}: item ${quoteFound(r.label)} comes again without a heading between; ` +
        `it is read as one more item of the section, addressed ${r.address}`,
      line: r.line,
      column: 1,
    })),
    ...unaddressed,
    ...historyConflictDiagnostics(prepared, structure),
    ...unreferencedFootnotes(prepared, input.lines).map((f) => ({
      severity: 'warning' as const,
      code: 'FOOTNOTE_UNREFERENCED',
      message:
        `footnote ${f.number} has no reference in the text ([footnoteRef:${f.number}]); it is attached to no ` +
        `clause: ${quoteFound(f.text)}`,
      line: filePositionOf(prepared, f.span[0]).line,
      column: 1,
    })),
    ...unreadFootnotes(prepared, input.lines).map((m) => ({
      severity: 'warning' as const,
      code: 'FOOTNOTE_UNREAD',
      message:
        `expected an inline footnote body closed by ']' within three more lines, with no clause or heading line ` +
        `and no brackets nested two deep inside, found ${quoteFound(m.text)}, not read as one: footnote ` +
        `${m.number} is attached to no clause, and its text is read as text of the clause it stands in`,
      ...filePositionOf(prepared, m.offset),
    })),
  ];
}

/**
 * The warning for a history line below the header whose years are not those of the header's bracket
 * ("RESOLUTION ITU-R 69-1 (2012-2015)" above "(2012-2019)"): the line's are read, and the reader should know that
 * the header said otherwise. At the history line, where its bracket opens.
 */
function historyConflictDiagnostics(prepared: PreparedText, structure: RawStructure): Diagnostic[] {
  const conflict = structure.historyConflict;
  if (!conflict) return [];
  const years = (h: readonly { readonly year: number }[]) => h.map((e) => e.year).join('-');
  return [
    {
      severity: 'warning',
      code: 'HISTORY_CONFLICT',
      message:
        `the header at line ${filePositionOf(prepared, conflict.header.start).line} gives the history ${years(conflict.headerHistory)} ` +
        `(${quoteFound(conflict.header.text)}), the history line below it ${years(structure.history)} ` +
        `(${quoteFound(conflict.line.text)}); the history line's is read`,
      ...filePositionOf(prepared, conflict.line.start),
    },
  ];
}

/**
 * An inline footnote body's opening as Word writes it, its number then its mark and a tab (`[1: 1<TAB>`, `[1:
 * *<TAB>`): one still in the prepared text is one no body was read from (its bracket never closed, or closed
 * where the reading of bodies does not reach).
 */
const FOOTNOTE_OPENING = /\[(\d{1,3}):[ \t\u00A0]{0,20}(?:\d{1,3}|\*{1,3}|[\u2020\u2021])[ \t\u00A0]/gu;

/** The inline footnote bodies on `lines` not read: their number, offset and first words. */
function unreadFootnotes(
  prepared: PreparedText,
  lines: readonly Line[],
): { number: string; offset: number; text: string }[] {
  const from = lines[0]?.start ?? 0;
  const last = lines.at(-1);
  const to = last ? last.start + last.text.length : 0;
  if (!prepared.clean.includes('[', from)) return [];
  const out: { number: string; offset: number; text: string }[] = [];
  for (const m of prepared.clean.slice(from, to).matchAll(FOOTNOTE_OPENING)) {
    const offset = from + m.index;
    const lineEnd = prepared.clean.indexOf('\n', offset);
    out.push({
      number: m[1] ?? '',
      offset,
      text: prepared.clean.slice(offset, lineEnd < 0 || lineEnd > to ? to : lineEnd).trim(),
    });
  }
  return out;
}

/** The footnotes on `lines` whose number no reference in the text gives. */
function unreferencedFootnotes(prepared: PreparedText, lines: readonly Line[]): Footnote[] {
  const from = lines[0]?.start ?? 0;
  const last = lines.at(-1);
  const to = last ? last.start + last.text.length : 0;
  // Footnotes below a rule are read only where referred to; inline ones, by number.
  const referenced = new Set(prepared.footnoteRefs.filter((r) => !r.footnote).map((r) => r.number));
  return prepared.footnotes.filter(
    (f) => !f.placed && f.span[0] >= from && f.span[0] < to && !referenced.has(f.number),
  );
}

function baseOf(input: Base): Pick<ParsedDocument, 'file' | 'language' | 'encoding' | 'checksum' | 'text'> {
  return {
    file: input.file,
    language: input.language,
    encoding: input.encoding,
    checksum: input.checksum,
    text: input.text,
  };
}

/**
 * The warning for an operative section that instructs, invites, … someone the lexicon does not know ("instructs the
 * regional offices"): the instruction is kept, with its items, but without addressees, and the reader should know
 * that its graph lacks them.
 */
function unaddressedDiagnostic(prepared: PreparedText, s: RawSection, heading: ParsedClause): Diagnostic {
  // The heading's span ends at its last word: the words after the marker start where the trimmed rest starts.
  const rest = prepared.clean.slice(Math.max(s.restStart, heading.span[0]), heading.span[1]).trimStart();
  const at = filePositionOf(prepared, heading.span[1] - rest.length);
  return {
    severity: 'warning',
    code: 'ADDRESSEE_UNRECOGNISED',
    message: rest
      ? `${s.key}: no addressee recognised in ${quoteFound(rest)}; the instruction is kept without addressees`
      : `${s.key}: the heading names no addressee; the instruction is kept without addressees`,
    line: at.line,
    column: at.column,
  };
}

function instructionOf(
  lex: CompiledLexicon,
  s: RawSection,
  heading: ParsedClause,
  items: readonly ParsedClause[],
  body: ParsedClause | null,
): ParsedInstruction {
  const marker = s.marker as OperativeKey;
  // Addressees are named before the first collaboration phrase, collaborators after it.
  const restStart = Math.max(s.restStart, heading.span[0]);
  const rest = heading.text.slice(restStart - heading.span[0]);
  const named = heading.mentions.filter((m) => PARTY_TYPES.has(m.entity.type));
  let split = Number.POSITIVE_INFINITY;
  for (const c of lex.anyCollaboration.test(rest) ? lex.collaboration : []) {
    const m = collaborationIn(c, rest);
    if (!m) continue;
    const from = restStart + m.index + m[0].length;
    if (!collaborates(c, rest.slice(m.index + m[0].length), outsideItu(named, from))) continue;
    split = Math.min(split, restStart + m.index);
  }
  const owner = owners(lex, heading, named);
  // "instructs the Secretary-General, in his capacity as Chair of the United Nations System Chief Executives Board,
  // …": what an addressee acts as names no party.
  // "instructs the Council Working Group on WSIS and SDGs": the subject words of a name name no party either.
  const capacities = [...capacitiesIn(lex, heading), ...subjectWordsIn(lex, heading, named)];
  const parties = named.filter((m) => m.span[0] >= restStart && !owner(m) && !within(capacities, m));
  // "requests that the Secretary-General report …": the heading names no one; the body's subject is addressed.
  let addressees = parties.filter((m) => m.span[0] < split);
  let collaborators = parties.filter((m) => m.span[0] >= split);
  if (!addressees.length && body && !items.length && marker !== 'resolves') {
    const subject = subjectsOf(lex, body);
    if (subject.addressees.length) {
      addressees = subject.addressees;
      collaborators = [...collaborators, ...subject.collaborators];
    }
  } else if (addressees.length && marker !== 'resolves' && body && !items.length) {
    // "pide al Secretario General que, en consulta con la OMS, presente un informe": the heading named the addressee,
    // the body names with whom. Not where no one is addressed ("resuelve que, en colaboración con la OMS, la UIT
    // siga trabajando": ITU's own resolve, no one's collaborators).
    collaborators = [...collaborators, ...collaboratorsAfterOpeners(lex, body)];
  }
  const itemList = items.length
    ? items.map((c) => ({ label: c.label, text: c.text, address: c.address }))
    : body
      ? [{ label: null, text: body.text, address: body.address }]
      : [];
  return {
    address: s.key,
    kind: INSTRUCTION_KIND[marker],
    marker,
    heading: heading.text,
    addressees: distinctEntities(addressees),
    collaborators: distinctEntities(collaborators),
    items: itemList,
    span: heading.span,
  };
}

/**
 * The mentions of a list whose entities serialise differently from those of all before them: each entity once, where
 * first named (see {@link sameEntity}, which tells most entities apart without serialising them).
 */
export function distinctEntities(ms: readonly Mention[]): Mention[] {
  // Of the elements kind of a list of objects even where it stays empty (see emptyList).
  const kept = emptyList<Mention>();
  for (const m of ms) if (!kept.some((k) => sameEntity(k.entity, m.entity))) kept.push(m);
  return kept;
}

/**
 * The first match of a collaboration phrase in `text`, or null. Exact: `c.bare` (the phrase without the boundaries and
 * prefix `re` adds) is part of every match of `c.re`, so where it is absent `c.re` cannot match; most texts hold no
 * such phrase, and the bare phrase is scanned for faster than `c.re`, whose look-behind is tried at every position.
 */
export function collaborationIn(c: CompiledLexicon['collaboration'][number], text: string): RegExpExecArray | null {
  return c.bare && !c.bare.test(text) ? null : c.re.exec(text);
}

/**
 * Whether a collaboration phrase names collaborators, given the text after it and whether a party it names before
 * an offset of that text is outside ITU (see {@link outsideItu}): a phrase the lexicon gives closings does where the
 * first closing after it is one of collaboration ("与世卫组织协作", with WHO), or one of joint action after a party
 * ITU does not address ("请秘书长与世卫组织一道", the Secretary-General together with WHO: WHO works with the
 * addressee, as in "instructs the Secretary-General, together with WHO"); not one of joint action after ITU's own or
 * its members ("与部门成员共同努力", and the Sector Members, together: parties as the first are).
 */
function collaborates(
  c: CompiledLexicon['collaboration'][number],
  after: string,
  outside: (to: number) => boolean,
): boolean {
  if (!c.closing) return true;
  const close = c.closing.exec(after);
  return close !== null && (!c.jointly.has(close[0]) || outside(close.index));
}

/**
 * For the parties of a clause, from an offset of the document: whether one of them, before the given number of
 * characters more, is outside ITU: neither its membership nor its own (see `addressable`).
 */
function outsideItu(parties: readonly Mention[], from: number): (to: number) => boolean {
  return (to) =>
    parties.some((p) => p.span[0] >= from && p.span[1] <= from + to && !addressable(p.entity, { ituItself: true }));
}

/**
 * Which of a clause's party mentions are ITU or a Sector named as whose another party is, and so no party
 * themselves: after a link word ("all groups of the three Sectors", "Sector Members of ITU-T"), or right next to that
 * party where a language joins them without one ("Членов Сектора МСЭ-Т", "ITU-T部门成员", "ITU Member States").
 */
function owners(lex: CompiledLexicon, clause: ParsedClause, named: readonly Mention[]): (m: Mention) => boolean {
  const ituOrSector = (m: Mention): boolean =>
    m.entity.type === 'Organization' && (m.entity.kind === 'itu' || m.entity.kind === 'itu-sector');
  return (m) =>
    ituOrSector(m) &&
    (lex.ownerLink.test(textBetween(clause, clause.span[0], m.span[0])) ||
      named.some(
        (p) =>
          !ituOrSector(p) &&
          ((p.span[1] <= m.span[0] && adjoining(lex, clause, p, m)) ||
            (m.span[1] <= p.span[0] && adjoining(lex, clause, m, p))),
      ));
}

/** A clause's text between two offsets of the document. */
function textBetween(clause: ParsedClause, from: number, to: number): string {
  return clause.text.slice(from - clause.span[0], to - clause.span[0]);
}

/** Nothing but white space between, and the second not joined to the first as the next of a list ("والهيئات"). */
function adjoining(lex: CompiledLexicon, clause: ParsedClause, first: Mention, second: Mention): boolean {
  return (
    ADJOINING.test(textBetween(clause, first.span[1], second.span[0])) &&
    !lex.lexicon.conjunctionPrefixes?.some((c) => second.quote.startsWith(c))
  );
}

/**
 * The parties a body opens with as its subject, after a subject opener and articles ("that the Secretary-General
 * report …", "que los Estados Miembros y los Miembros de Sector …"), with those a list joins to the first, and not
 * ITU or a Sector named as whose one of them is ("that ITU Member States and ITU-D Sector Members share …"); and,
 * where a collaboration phrase follows the subject ("that the Secretary-General, in collaboration with WHO and
 * WIPO, report …"), the parties that phrase names, as collaborators.
 */
function subjectsOf(lex: CompiledLexicon, body: ParsedClause): { addressees: Mention[]; collaborators: Mention[] } {
  const parties = body.mentions.filter((m) => PARTY_TYPES.has(m.entity.type));
  const first = subjectAt(
    lex,
    body.text,
    parties.map((m) => [m.span[0] - body.span[0], m.span[1] - body.span[0]]),
  );
  const owner = owners(lex, body, parties);
  const subject = first === null ? [] : listFrom(lex, body, parties, body.span[0] + first);
  const last = subject.at(-1);
  if (!last) return { addressees: [], collaborators: [] };
  return {
    addressees: subject.filter((m) => !owner(m)),
    collaborators: collaboratorsAfter(lex, body, parties, last.span[1]),
  };
}

/** The parties of a list that starts with the party at `start` (joined by list words, or adjoining). */
function listFrom(lex: CompiledLexicon, clause: ParsedClause, parties: readonly Mention[], start: number): Mention[] {
  const chain: Mention[] = [];
  for (const m of parties) {
    const last = chain.at(-1);
    if (!last) {
      if (m.span[0] === start) chain.push(m);
    } else if (
      m.span[0] === last.span[0] ||
      lex.listGap.test(textBetween(clause, last.span[1], m.span[0])) ||
      adjoining(lex, clause, last, m)
    ) {
      chain.push(m);
    } else break;
  }
  return chain;
}

/** A word that may open a body, after white space (sticky). */
const OPENING_WORD = /[\s\u00A0]*([\p{L}\p{M}]+['\u2019]?)/uy;
/** The most opening words before what the subject does: "a que" in "invita a los Estados Miembros a que, …". */
const MAX_OPENING_WORDS = 2;

/**
 * The parties a collaboration phrase names right after the words that open a body (subject or operative openers:
 * "que", "a que", "that"), where the heading named the addressee ("pide al Secretario General que, en consulta con
 * la OMS, presente un informe"): with whom the addressee is to act, as if the heading had named them.
 */
function collaboratorsAfterOpeners(lex: CompiledLexicon, body: ParsedClause): Mention[] {
  let end = 0;
  for (let k = 0; k < MAX_OPENING_WORDS; k++) {
    OPENING_WORD.lastIndex = end;
    const word = OPENING_WORD.exec(body.text);
    const opener = word?.[1] ? openerOf(word[1]) : '';
    if (!lex.subjectOpeners.has(opener) && !lex.operativeOpeners.has(opener)) break;
    end = OPENING_WORD.lastIndex;
  }
  if (end === 0) return [];
  const parties = body.mentions.filter((m) => PARTY_TYPES.has(m.entity.type));
  return collaboratorsAfter(lex, body, parties, body.span[0] + end);
}

/** What ends a phrase that says what a party acts as, where no word closes it: punctuation, of every script. */
const CAPACITY_END = /[,;:.，；：。،؛]/u;

/**
 * The stretches of a clause (offsets of the document) that say what a party acts as (`Lexicon.capacity`: "…, in his
 * capacity as Chair of the United Nations System Chief Executives Board, …"): from the phrase to the word that closes
 * it (以 … 身份); where no word does, to the next punctuation or collaboration phrase, or to the list joiner before
 * the next party of a kind the clause may address besides the first ("in his capacity as Chair of the Chief
 * Executives Board and the Directors of the three Bureaux", "в качестве секретариата и Директору Бюро развития
 * электросвязи", "作为焦点组秘书处和电信发展局主任": the Board is what the Secretary-General acts as, the Directors
 * are addressed with him); and where it stands before the party it describes, no party right before it, to the word
 * that ends it there (`modifierEnd`: "作为电子卫生牵头研究组的ITU-T第16研究组").
 */
function capacitiesIn(lex: CompiledLexicon, clause: ParsedClause): (readonly [number, number])[] {
  if (!lex.anyCapacity.test(clause.text)) return [];
  const spans: (readonly [number, number])[] = [];
  const parties = clause.mentions.filter((m) => PARTY_TYPES.has(m.entity.type));
  for (const c of lex.capacity) {
    for (const m of clause.text.matchAll(c.re)) {
      const start = clause.span[0] + m.index;
      const from = m.index + m[0].length;
      const rest = clause.text.slice(from);
      let until = CAPACITY_END.exec(rest)?.index ?? rest.length;
      if (c.closing) {
        const close = c.closing.exec(rest);
        if (!close || close.index > until) continue;
        until = close.index + close[0].length;
      } else {
        // Before the party it describes ("作为…的秘书长"), not after one ("秘书长作为…").
        const modifier = c.modifierEnd?.exec(rest);
        if (
          modifier &&
          modifier.index < until &&
          !parties.some((p) => p.span[1] <= start && BEFORE_COLLABORATION.test(textBetween(clause, p.span[1], start)))
        )
          until = modifier.index + modifier[0].length;
        const described = parties.filter((p) => p.span[1] <= start).at(-1);
        until = describingEnd(lex, clause, parties, clause.span[0] + from, until, described);
      }
      spans.push([start, clause.span[0] + from + until]);
    }
  }
  return spans;
}

/**
 * Where words that describe a party (`described`, where it stands before them), from `from` (an offset of the
 * document) and within `until` characters, end: at a collaboration phrase, or at the list joiner before the next
 * party the clause may address (see `nextOfList`).
 */
function describingEnd(
  lex: CompiledLexicon,
  clause: ParsedClause,
  parties: readonly Mention[],
  from: number,
  until: number,
  described?: Mention,
): number {
  const rest = clause.text.slice(from - clause.span[0]);
  let end = until;
  for (const k of lex.collaboration) {
    const w = collaborationIn(k, rest);
    if (w && w.index < end) end = w.index;
  }
  return Math.min(end, nextOfList(lex, clause, parties, from, end, described));
}

/**
 * The stretches of a clause (offsets of the document) that name the subject of a body named by it
 * (`EntityRecord.namedBySubject`: "the Council Working Group on WSIS and SDGs"): from the end of the body's name to
 * the next punctuation, collaboration phrase, or list joiner before a party the clause may address ("… on Child
 * Online Protection and the Secretary-General": the Secretary-General is addressed too).
 */
function subjectWordsIn(
  lex: CompiledLexicon,
  clause: ParsedClause,
  parties: readonly Mention[],
): (readonly [number, number])[] {
  return parties.flatMap((p) => {
    if (!('key' in p.entity) || !ENTITY_BY_KEY.get(p.entity.key)?.namedBySubject) return [];
    const rest = clause.text.slice(p.span[1] - clause.span[0]);
    const until = CAPACITY_END.exec(rest)?.index ?? rest.length;
    return [[p.span[1], p.span[1] + describingEnd(lex, clause, parties, p.span[1], until, p)] as const];
  });
}

/**
 * Where, in the `until` characters of a clause's text from `from` (an offset of the document), a list goes on with a
 * party the clause may address besides another (`addressable`): the offset from `from` of the list joiner before it
 * (" and the Director of TSB", a prefix "و" of its own word), or `until`. Not a party of the sort of one named
 * since `from` and of another sort than the party described (`described`): that list goes on naming what that party
 * acts for ("the Director of TSB, in his capacity as secretariat of the FG-AI4H and the IRG-AVA": two groups, and
 * the Director is no group); a party of the described one's sort is one more of its list ("Study Group 16 as lead
 * study group of the JCA and Study Group 20").
 */
function nextOfList(
  lex: CompiledLexicon,
  clause: ParsedClause,
  parties: readonly Mention[],
  from: number,
  until: number,
  described?: Mention,
): number {
  for (const p of parties) {
    if (p.span[0] <= from) continue;
    if (p.span[0] - from >= until) break;
    if (!addressable(p.entity, { ituItself: false })) continue;
    const sort = sortOf(p.entity);
    if (
      (!described || sortOf(described.entity) !== sort) &&
      parties.some((q) => q.span[0] >= from && q.span[1] <= p.span[0] && sortOf(q.entity) === sort)
    )
      continue;
    const before = textBetween(clause, from, p.span[0]);
    const joiner = lex.listEnd.exec(before);
    if (joiner) return joiner.index;
    // "ومدير مكتب تنمية الاتصالات": the joiner is the name's first letter.
    if (/[\s\u00A0]$/u.test(before) && lex.lexicon.conjunctionPrefixes?.some((c) => p.quote.startsWith(c)))
      return before.length;
  }
  return until;
}

/**
 * A party's sort, for telling whether two of a list name the same sort of party: a group of ITU (a study group, or
 * an organisation of kind `itu-group`), another kind of organisation, an official, a stakeholder group.
 */
function sortOf(e: Mention['entity']): string {
  switch (e.type) {
    case 'StudyGroup':
      return 'itu-group';
    case 'Organization':
      return e.kind;
    default:
      return e.type;
  }
}

/** Whether a mention lies within one of the spans. */
const within = (spans: readonly (readonly [number, number])[], m: Mention): boolean =>
  spans.some(([start, end]) => start <= m.span[0] && m.span[1] <= end);

/** Text that may stand between a subject and a collaboration phrase after it: white space and a comma. */
const BEFORE_COLLABORATION = /^[\s\u00A0]*(?:[,，،][\s\u00A0]*)?$/u;
/** What ends a phrase: the parties a collaboration phrase names come before it. */
const PHRASE_BREAK = /[,;:.，；：。()（）]/u;

/**
 * The parties named by a collaboration phrase right after `subjectEnd`, the end of a subject or of the words that
 * open a body ("…, in collaboration with the World Health Organization and WIPO, …"): the list that starts with the
 * first party after the phrase, in the same phrase, and not ITU or a Sector named as whose one of them is.
 */
function collaboratorsAfter(
  lex: CompiledLexicon,
  clause: ParsedClause,
  parties: readonly Mention[],
  subjectEnd: number,
): Mention[] {
  // Past what the subject acts as: "that the Secretary-General, in his capacity as …, in collaboration with …".
  const capacity = capacitiesIn(lex, clause).find(
    ([start]) => start >= subjectEnd && BEFORE_COLLABORATION.test(textBetween(clause, subjectEnd, start)),
  );
  const base = capacity?.[1] ?? subjectEnd;
  const after = clause.text.slice(base - clause.span[0]);
  if (!lex.anyCollaboration.test(after)) return [];
  for (const c of lex.collaboration) {
    const m = collaborationIn(c, after);
    if (!m || !BEFORE_COLLABORATION.test(after.slice(0, m.index))) continue;
    const from = base + m.index + m[0].length;
    if (!collaborates(c, after.slice(m.index + m[0].length), outsideItu(parties, from))) continue;
    const start = parties.find((p) => p.span[0] >= from && !PHRASE_BREAK.test(textBetween(clause, from, p.span[0])));
    if (!start) return [];
    const owner = owners(lex, clause, parties);
    return closedList(lex, clause, listFrom(lex, clause, parties, start.span[0])).filter((p) => !owner(p));
  }
  return [];
}

/**
 * A list without the parties that a bare comma joins after its last list word: "en colaboración con la OMS, la UIT
 * siga trabajando" names WHO; ITU, after the comma that closes the phrase, is the subject of what follows. A list
 * joined by commas goes on to a list word ("with WHO, WIPO and UNESCO", "con la OMS, la OMPI y la UNESCO").
 */
function closedList(lex: CompiledLexicon, clause: ParsedClause, list: readonly Mention[]): Mention[] {
  let end = list.length;
  while (end > 1) {
    const before = list[end - 2];
    const last = list[end - 1];
    if (!before || !last || !commaJoined(lex, textBetween(clause, before.span[1], last.span[0]), last)) break;
    end--;
  }
  return list.slice(0, end);
}

/** A comma of any script, the first thing that joins two parties of a list. */
const LIST_COMMA = /^[\s\u00A0]*[,，،]/u;

/**
 * Whether the text between two parties of a list joins them with a comma alone: no list word after it (", and",
 * ", y", "، و" with the conjunction written onto the name).
 */
function commaJoined(lex: CompiledLexicon, between: string, second: Mention): boolean {
  const comma = LIST_COMMA.exec(between);
  if (!comma) return false;
  const words = between.slice(comma[0].length).split(/[\s\u00A0]+/u);
  return (
    !words.some((w) => w && lex.lexicon.listJoiners.includes(w)) &&
    !lex.lexicon.conjunctionPrefixes?.some((c) => second.quote.startsWith(c))
  );
}

/** The longest line a page's title can be (characters). */
const MAX_TITLE_LENGTH = 100;
/** Share of a title line's words that a defined group's name must hold for the line to name it. */
const TITLE_WORD_SHARE = 2 / 3;

/** Words of a name or title, folded, of two letters or more. */
function titleWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]{2,}/gu) ?? [];
}

/**
 * The first of the page's opening lines whose words are mostly words of the name of a group the page names (by
 * its full name), with that group: a title may shorten the name ("AI" for "Artificial Intelligence").
 */
function titledGroup<L extends { readonly t: { readonly text: string } }>(
  lines: readonly L[],
  entities: readonly EntityRef[],
): { line: L; subject: EntityRef } | null {
  const groups = entities.filter(
    (e): e is Extract<EntityRef, { type: 'Organization' }> => e.type === 'Organization' && isGroupEntity(e),
  );
  for (const line of lines) {
    const words = titleWords(line.t.text);
    if (words.length < 2) continue;
    let best: { subject: EntityRef; share: number } | null = null;
    for (const g of groups) {
      const name = new Set(titleWords(g.name));
      const share = words.filter((w) => name.has(w)).length / words.length;
      if (share >= TITLE_WORD_SHARE && share > (best?.share ?? 0)) best = { subject: g, share };
    }
    if (best) return { line, subject: best.subject };
  }
  return null;
}

/** A Question with the title a page states for it. */
function withTitle(q: EntityRef, title: string | null): EntityRef {
  return q.type === 'Question' && title !== null ? { ...q, title } : q;
}

/** The title a page's paragraph states (see {@link titleOnLine}), with the paragraph. */
function titleOf<P extends PageLine>(p: P): { line: P; title: HeaderTitle } | null {
  const title = titleOnLine({
    address: p.address,
    line: p.line.number,
    text: p.t.text,
    start: p.t.start,
    mentions: p.mentions,
  });
  return title ? { line: p, title } : null;
}

/** A page's paragraph as {@link parsePage} reads it. */
interface PageLine {
  readonly address: string;
  readonly line: Line;
  readonly t: { readonly text: string; readonly start: number };
  readonly mentions: readonly Mention[];
}

function parsePage(input: Base): ParsedGroupPage {
  const { file, lex, prepared } = input;
  const ctx: MentionContext = { lex, homeSector: null, homeBody: null, self: null };
  const paragraphs = prepared.lines
    .map((l) => ({ line: l, t: trimSpan(l.text, l.start) }))
    .filter((p) => p.t.text.length > 0);
  const addressed = paragraphs.map((p, i) => ({ ...p, address: `page/p-${i + 1}` }));
  const texts = addressed.map((p) => ({ address: p.address, text: p.t.text, offset: p.t.start, source: input.text }));
  const mentions = findClauseMentions(ctx, texts);
  let found = addressed.map((p, i) => ({ ...p, mentions: mentions[i] ?? [] }));
  const all = found.flatMap((p) => p.mentions);
  // The subject is the group the page's title names: the first of the short lines without final punctuation that
  // open the page (a site's tagline, the title, a breadcrumb) to name one, or else the one to name a group that
  // the page defines with most of the line's words ("Focus Group on AI for Natural Disaster Management" for the
  // "Focus Group on Artificial Intelligence for Natural Disaster Management (FG-AI4NDM)" of the text). Failing
  // both, the group named most often, other than a group's parent.
  const running = found.findIndex((p) => p.t.text.length > MAX_TITLE_LENGTH || /[.。;:]$/u.test(p.t.text));
  const opening = found.slice(0, running < 0 ? found.length : running);
  // A Question's header line before the first line to name a group states the subject: a breadcrumb under it
  // ("Home > ITU-T > Study Groups > Study Group 16 > Question 28/16") names the Question's parents.
  const namedAt = opening.findIndex((p) => !!crumbGroup(p.t.text, p.mentions));
  const headerFirst = found
    .slice(0, namedAt < 0 ? Math.max(opening.length, 1) : namedAt)
    .some((p) => headerQuestion(p.t.text, p.t.start, p.mentions));
  const named = headerFirst ? undefined : opening[namedAt];
  const titled = named
    ? { line: named, subject: crumbGroup(named.t.text, named.mentions) }
    : headerFirst
      ? null
      : titledGroup(
          opening,
          all.map((m) => m.entity),
        );
  const relationsOf = (about: EntityRef | null): ParsedRelation[] =>
    found.flatMap((p) =>
      findRelations({
        lex,
        text: p.t.text,
        offset: p.t.start,
        clause: p.address,
        mentions: p.mentions,
        subject: about,
        source: input.text,
      }),
    );
  // A Sector is lent only by a study group the title states: "Question 1/20" on ITU-T Study Group 20's page is
  // ITU-T's. A study group the page only names most often is a guess, and lends none: a Question's terms of
  // reference name the groups to coordinate with more often than their own. Before the lent Sector, a Question
  // without one is of the Sector of the study group of its number that the page names, where it names one Sector's
  // ("QUESTION 2/2" on a page naming "ITU-D Study Group 2").
  const lent = titled?.subject?.type === 'StudyGroup' ? titled.subject.sector : null;
  const studyGroups = all.flatMap((m) => (m.entity.type === 'StudyGroup' ? [m.entity] : []));
  const within = lent || studyGroups.length ? { ...ctx, homeSector: lent, studyGroups } : ctx;
  if (within !== ctx) {
    const reread = findClauseMentions(within, texts);
    found = addressed.map((p, i) => ({ ...p, mentions: reread[i] ?? [] }));
  }
  // A page that opens with a Question's header line ("QUESTION 2/2") and names no group there is the Question's. Its
  // title is the one the header line states after a dash or colon, or else the next line's, where that line is
  // plainly a title (not "1<TAB>Statement of the situation or problem").
  const headerAt = titled
    ? -1
    : // The first line may be long: the header with its title ("Question 4/2 – Assistance to developing …").
      found.slice(0, Math.max(opening.length, 1)).findIndex((p) => headerQuestion(p.t.text, p.t.start, p.mentions));
  const headerLine = found[headerAt];
  const question = headerLine ? headerQuestion(headerLine.t.text, headerLine.t.start, headerLine.mentions) : null;
  const next = found[headerAt + 1];
  const questionTitle = !headerLine
    ? null
    : question?.title
      ? { line: headerLine, title: question.title }
      : next
        ? titleOf(next)
        : null;
  const header =
    headerLine && question
      ? { line: headerLine, subject: withTitle(question.entity, questionTitle?.title.text ?? null) }
      : null;
  const stated = titled ?? header;
  const titleLine = stated?.line;
  const subject =
    stated?.subject ??
    pageSubject(
      all,
      relationsOf(null)
        .filter((r) => r.type === 'REPORTS_TO')
        .map((r) => r.to),
    );
  if (!subject) {
    const first = paragraphs[0];
    const pos = first ? filePositionOf(prepared, first.t.start) : { line: 1, column: 1 };
    throw new LoaderError({
      code: 'STRUCTURE_UNRECOGNISED',
      file,
      ...pos,
      expected:
        'a resolution (a header like "RESOLUTION 78 (…)", an opening naming the assembly, section headings) or a page about an ITU group',
      found: first ? `text beginning ${quoteFound(first.t.text)} with neither` : 'no text',
    });
  }
  const clauses: ParsedClause[] = found.map((p) => ({
    address: p.address,
    part: 'page',
    section: 'page',
    role: 'paragraph',
    label: null,
    text: p.t.text,
    span: [p.t.start, p.t.end],
    line: p.line.number,
    footnotes: footnotesIn(prepared, p.t.start, p.t.end),
    mentions: p.mentions,
  }));
  // Relations and partners are a group's: a Question's page names none for the Question. Nor does a page whose title
  // names no group give them to a group it names once only: it is about what its title names, an initiative or a
  // programme no table knows ("Be He@lthy, Be Mobile"), and that group is one it mentions.
  const guessOnly = !stated && opening.length > 0 && all.filter((m) => sameEntity(m.entity, subject)).length < 2;
  const group = isGroupEntity(subject) && !guessOnly ? subject : null;
  const relations = [
    ...relationsOf(group),
    ...(!group
      ? []
      : partnerLists(
          lex,
          found.map((p) => ({
            address: p.address,
            line: p.line.number,
            text: p.t.text,
            start: p.t.start,
            mentions: p.mentions,
          })),
          group,
          input.text,
        )),
  ];
  // The footnotes' mentions and citations are their paragraphs' (a Word export's "[1: 1<TAB>See Resolution …]"), read
  // once the relations and partners are: a footnote gives none.
  withFootnoteMentions(within, prepared, input.text, clauses, (i) =>
    found[i] ? footnotesOf(prepared, found[i].t.start, found[i].t.end) : [],
  );
  if (questionTitle && question && header) {
    // The Question is named by its title where the page states it, which the title's line names as well: its
    // mentions and relations are the titled Question's.
    const titled = header.subject;
    const own = (e: EntityRef): EntityRef => (sameEntity(e, question.entity) ? titled : e);
    clauses.forEach((c, i) => {
      const mentions = c.mentions.map((m) => (m.entity === own(m.entity) ? m : { ...m, entity: titled }));
      if (c.address === questionTitle.line.address) {
        const { span } = questionTitle.title;
        mentions.push({ entity: titled, clause: c.address, span, quote: input.text.slice(span[0], span[1]) });
        mentions.sort((x, y) => x.span[0] - y.span[0] || y.span[1] - x.span[1]);
      }
      clauses[i] = { ...c, mentions };
    });
    relations.forEach((r, i) => {
      relations[i] = { ...r, from: own(r.from), to: own(r.to) };
    });
  }
  const diagnostics: Diagnostic[] = [];
  const page: ParsedGroupPage = {
    ...baseOf(input),
    kind: 'group-page',
    title: titleLine?.t.text ?? null,
    subject,
    clauses,
    relations,
    citations: clauses.flatMap((c) => c.mentions.filter((m) => CITATION_TYPES.has(m.entity.type))),
    diagnostics,
  };
  return toFilePositions(page, prepared.hyphenJoins, input.text);
}
