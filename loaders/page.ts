/**
 * Pages about ITU groups (a focus group's or study group's web page): every paragraph is a clause; the page's
 * subject is the group it names most often; relationships come from the lexicon's relation patterns.
 */
import type { CompiledLexicon } from './lexicon';
import type { EntityRef, Mention, ParsedRelation } from './types';

/** Entities a page can be about. */
export function isGroupEntity(e: EntityRef): boolean {
  return e.type === 'StudyGroup' || (e.type === 'Organization' && (e.kind === 'itu-group' || e.kind === 'initiative'));
}

function keyOf(e: EntityRef): string {
  return JSON.stringify(e);
}

/**
 * The group most often named on the page (the earliest among equals), or null. Groups the page names as another
 * group's parent (`parents`: "… reports to Study Group 16") come last: a page names its subject's parent often,
 * and is seldom about it.
 */
export function pageSubject(mentions: readonly Mention[], parents: readonly EntityRef[] = []): EntityRef | null {
  const parent = new Set(parents.map(keyOf));
  const counts = new Map<string, { entity: EntityRef; count: number; first: number }>();
  for (const m of mentions) {
    if (!isGroupEntity(m.entity)) continue;
    const k = keyOf(m.entity);
    const c = counts.get(k);
    if (c) c.count++;
    else counts.set(k, { entity: m.entity, count: 1, first: m.span[0] });
  }
  const isParent = (e: EntityRef): number => (parent.has(keyOf(e)) ? 1 : 0);
  const ranked = [...counts.values()].sort(
    (a, b) => isParent(a.entity) - isParent(b.entity) || b.count - a.count || a.first - b.first,
  );
  return ranked[0]?.entity ?? null;
}

/** What parts a breadcrumb's crumbs: "Home > ITU-T > Study Groups > Study Group 16". */
const CRUMB_SEPARATOR = /[\s\u00A0][>\u203A\u00BB][\s\u00A0]/u;

/**
 * The group an opening line of a page names, or null: the first group it names; on a breadcrumb, the group of its
 * last crumb to name a group or a Question, each crumb being a section of the one before ("Home > ITU-T > Study
 * Groups > Study Group 16" is Study Group 16's page, not ITU's study groups'), and none where that is a Question
 * (the crumbs before it name the Question's parents).
 */
export function crumbGroup(text: string, mentions: readonly Mention[]): EntityRef | null {
  if (!CRUMB_SEPARATOR.test(text)) return mentions.find((m) => isGroupEntity(m.entity))?.entity ?? null;
  const last = mentions.filter((m) => isGroupEntity(m.entity) || m.entity.type === 'Question').at(-1);
  return last && isGroupEntity(last.entity) ? last.entity : null;
}

/** A paragraph of a page (one line of its text), as the page reader holds it. */
export interface PageParagraph {
  readonly address: string;
  /** The line's number in the text: paragraphs on consecutive lines have no blank line between them. */
  readonly line: number;
  readonly text: string;
  /** Where `text` starts in the document's text. */
  readonly start: number;
  readonly mentions: readonly Mention[];
}

/** Heading marks before a heading's words: Markdown `#`, bold or italic marks. */
const HEADING_LEAD = /^[#*_\s\u00A0]*/u;
/** Marks after a heading's words: bold or italic marks, a colon, white space. */
const HEADING_TAIL = new Set(['*', '_', ':', '：']);
/** A list's bullet or number that opens a line: "- ", "* ", "• ", "1. ". */
const LINE_MARK = /^(?:[-*+•·▪◦–—]|\d{1,3}[.)])[\s\u00A0]+/u;
/** What may end a line of a list after the name: a comma, a semicolon or a full stop. */
const LINE_END = new Set([',', ';', '.', '，', '；', '、', '。']);

/**
 * Where `text` ends without the characters of `marks` and white space at its end (at most `most` marks). Written as a
 * loop: a regex anchored at the end (`[…]*$`) is tried at every position, quadratic on a long run of spaces.
 */
function endWithout(text: string, marks: ReadonlySet<string>, most = Infinity): number {
  let end = text.length;
  let count = 0;
  for (;;) {
    const c = text[end - 1];
    if (c === undefined) return end;
    if (/\s/u.test(c)) end--;
    else if (marks.has(c) && count < most) {
      end--;
      count++;
    } else return end;
  }
}
/** A Question's title as a page's header states it: its words, and where they are in the document's text. */
export interface HeaderTitle {
  readonly text: string;
  readonly span: readonly [number, number];
}

/** What parts a Question's number from its title on one line: "Question 4/2 – …", "Question 28/16: …". */
const TITLE_SEPARATOR = /^[\s\u00A0]*[-\u2013\u2014:\uFF1A][\s\u00A0]+/u;
/** A numbered heading or a list's item that opens a line: "1<TAB>Statement of …", "2. …", "a)<TAB>…", "- …". */
const NUMBERED_LINE = /^(?:[-*+•·▪◦–—]|\d{1,3}(?:\.\d{1,3}){0,3}[.)]?|\(?[a-z][.)])[\s\u00A0]/u;
/** White space only, some. */
const WHITE = /^[\s\u00A0]+$/u;
/** Emphasis marks around a title's words. */
const EMPHASIS = new Set(['*', '_']);
/** What ends a sentence or a lead-in, not a title: a full stop, a colon, a semicolon. */
const SENTENCE_CLOSE = /[.;:。；：]$/u;
/** Most characters a Question's title has: a longer line is prose. */
const MAX_QUESTION_TITLE = 250;

/**
 * The title a line states from `from` on (its heading or emphasis marks left out), or null where the words are no
 * title: a numbered heading or a list's item ("1<TAB>Statement of the situation"), a sentence or a lead-in (a full
 * stop, colon or semicolon at the end), no letter, or a line too long for a title.
 */
export function titleAt(text: string, start: number, from: number): HeaderTitle | null {
  const lead = from + (HEADING_LEAD.exec(text.slice(from))?.[0].length ?? 0);
  const end = endWithout(text, EMPHASIS);
  const words = text.slice(lead, end);
  if (end - lead > MAX_QUESTION_TITLE || !/\p{L}/u.test(words) || SENTENCE_CLOSE.test(words)) return null;
  if (NUMBERED_LINE.test(words)) return null;
  return { text: words, span: [start + lead, start + end] };
}

/**
 * The Question a page's header line states, or null: a line that holds nothing but one Question and heading marks
 * ("QUESTION 2/2", "## Question 14-3/2", "ITU-D Question 2/2": a Sector's code before it), as a Question's terms of
 * reference open; or one whose Question a dash or
 * a colon parts from the Question's title, which the line then states ("Question 4/2 – Assistance to …", "Question
 * 28/16: Multimedia framework …").
 */
export function headerQuestion(
  text: string,
  start: number,
  mentions: readonly Mention[],
): { readonly entity: EntityRef; readonly title: HeaderTitle | null } | null {
  const lead = HEADING_LEAD.exec(text)?.[0].length ?? 0;
  const end = endWithout(text, HEADING_TAIL);
  // The Question, perhaps after its Sector's code ("ITU-D Question 4/2 – …"), opens the line.
  const [first, second] = mentions;
  const sector =
    mentions.length === 2 &&
    first &&
    second &&
    isSector(first.entity) &&
    WHITE.test(text.slice(first.span[1] - start, second.span[0] - start))
      ? first
      : undefined;
  const only = mentions.length === 1 ? first : sector ? second : undefined;
  const opens = sector ?? only;
  if (!only || !opens || only.entity.type !== 'Question' || opens.span[0] - start !== lead) return null;
  const after = only.span[1] - start;
  if (after === end) return { entity: only.entity, title: null };
  const separator = TITLE_SEPARATOR.exec(text.slice(after));
  const title = separator ? titleAt(text, start, after + separator[0].length) : null;
  return title ? { entity: only.entity, title } : null;
}

/**
 * The title of a Question whose header line states none, on the page's next line ("QUESTION 2/2" / "Enabling
 * technologies for e-services and applications, …"): that line's words, where it names no group or Question and is
 * a title (see {@link titleAt}: not "1<TAB>Statement of the situation or problem"); else null.
 */
export function titleOnLine(p: PageParagraph): HeaderTitle | null {
  if (p.mentions.some((m) => m.entity.type === 'Question' || isGroupEntity(m.entity))) return null;
  return titleAt(p.text, p.start, 0);
}

/** A heading that is no partners' heading: a Markdown heading, or a line (trimmed) that ends with a colon. */
const OTHER_HEADING = /^#|[:：]$/u;
/** A Markdown heading: "## FG-AI4H". */
const MARKDOWN_HEADING = /^[\s\u00A0]{0,3}#/u;
/** Punctuation a prose line ends with. */
const FINAL_PUNCTUATION = /[.!?。！？؟]$/u;
/** A word, to count a line's: a run of letters or digits; each Han character by itself, the script writing no spaces. */
const WORD = /\p{Script=Han}|[\p{L}\p{M}\p{N}]+/gu;
/**
 * Fewest words besides its names that make a line ending with a full stop a sentence, not a list's line with a remark
 * ("- World Health Organization (WHO), Geneva."): "Many organizations such as UNICEF contribute to our work.".
 */
const PROSE_WORDS = 4;

/**
 * Whether a line under a partners' heading that lists no organisation is a sentence of prose: it ends with a full
 * stop (or "!", "?") and holds {@link PROSE_WORDS} words or more outside the names it holds.
 */
function isProse(p: PageParagraph): boolean {
  const text = p.text.trim();
  if (!FINAL_PUNCTUATION.test(text)) return false;
  let words = 0;
  let at = p.start;
  const count = (from: number, to: number): void => {
    if (to > from) words += p.text.slice(from - p.start, to - p.start).match(WORD)?.length ?? 0;
  };
  for (const m of [...p.mentions].sort((a, b) => a.span[0] - b.span[0])) {
    count(at, m.span[0]);
    at = Math.max(at, m.span[1]);
  }
  count(at, p.start + p.text.length);
  return words >= PROSE_WORDS;
}

/** Whether a line, without its heading marks and case ignored, is one of the lexicon's partners' headings. */
function isPartnerHeading(text: string, headings: ReadonlySet<string>): boolean {
  const lead = HEADING_LEAD.exec(text)?.[0].length ?? 0;
  return headings.has(text.slice(lead, Math.max(lead, endWithout(text, HEADING_TAIL))).toLowerCase());
}

/** Whether an entity is an ITU Sector, whose code a group's name may open with ("ITU-T Study Group 16"). */
export function isSector(e: EntityRef): boolean {
  return e.type === 'Organization' && e.kind === 'itu-sector';
}

/**
 * The one organisation a line of a list names, with nothing else on it but its bullet, an article (lexicon
 * `articles`) and a final comma, semicolon or full stop: "- World Health Organization (WHO)", "the Digital Health
 * Alliance (DHA);". A Sector's code and a name after it with only spaces between are one name's parts ("ITU-T" and
 * "Focus Group on … (FG-X)"): the longest is the organisation. Null for a line of prose, or one naming several
 * ("WHO<tab>ITU", "WIPO UNICEF").
 */
function listedOrganization(
  p: PageParagraph,
  articles: ReadonlySet<string>,
): { entity: EntityRef; from: number; to: number } | null {
  const lead = LINE_MARK.exec(p.text)?.[0].length ?? 0;
  const end = endWithout(p.text, LINE_END, 1);
  const spans = p.mentions
    .filter((m) => m.entity.type === 'Organization' || m.entity.type === 'StudyGroup')
    .map((m) => ({ entity: m.entity, from: m.span[0] - p.start, to: m.span[1] - p.start }))
    .sort((a, b) => a.from - b.from || b.to - a.to);
  if (!spans.length) return null;
  let at = lead;
  const first = spans[0];
  if (first && first.from > at) {
    // An article before the name: "the Digital Health Alliance (DHA)".
    const before = p.text.slice(at, first.from).trim();
    if (!articles.has(before.replace('\u2019', "'").toLowerCase())) return null;
    at = first.from;
  }
  let longest = first;
  let previous = first;
  for (const s of spans) {
    if (s.to <= at) continue;
    if (s.from > at) {
      const gap = p.text.slice(at, s.from);
      if (gap.trim() !== '') return null;
      // Two names with white space between are one name only where the first is a Sector's code before its
      // group ("ITU-T Focus Group on … (FG-X)"); two whole names ("WHO<tab>ITU", "WIPO UNICEF") are two partners
      // on one line, which a line of a list does not hold.
      if (!previous || !isSector(previous.entity) || gap.includes('\t')) return null;
    }
    if (!longest || s.to - s.from > longest.to - longest.from) longest = s;
    previous = s;
    at = s.to;
  }
  if (!longest || p.text.slice(at, end).trim() !== '') return null;
  return { entity: longest.entity, from: lead, to: end };
}

/**
 * A page's lists of partners: a heading the lexicon lists (`partnerHeadings`: "Partners", "Partners:",
 * "Partenaires"), then one organisation a line, up to a blank line, the next heading (a Markdown heading, a line
 * ending with a colon, or a line that names nothing and ends with no full stop) or a sentence of prose. Each line
 * that names one organisation, known to the lexicon or defined with an acronym, and nothing else is the page's
 * group's partner, the line's words its quote; a line of prose under the heading names none, and ends the list.
 */
export function partnerLists(
  lex: CompiledLexicon,
  paragraphs: readonly PageParagraph[],
  subject: EntityRef,
  source: string,
): ParsedRelation[] {
  const headings = new Set((lex.lexicon.partnerHeadings ?? []).map((h) => h.toLowerCase()));
  if (!headings.size) return [];
  const out: ParsedRelation[] = [];
  const self = keyOf(subject);
  for (let i = 0; i < paragraphs.length; i++) {
    const heading = paragraphs[i];
    if (!heading) continue;
    // A Markdown section about another group ("## FG-AI4H") opens the part of the page about that group: its
    // partners, and those of any section after it, are not the page's group's.
    if (
      MARKDOWN_HEADING.test(heading.text) &&
      heading.mentions.some((m) => isGroupEntity(m.entity) && keyOf(m.entity) !== self)
    )
      break;
    if (!isPartnerHeading(heading.text, headings)) continue;
    let line = heading.line;
    for (let j = i + 1; j < paragraphs.length; j++) {
      const p = paragraphs[j];
      if (!p || p.line !== line + 1) break;
      if (OTHER_HEADING.test(p.text) || isPartnerHeading(p.text, headings)) break;
      line = p.line;
      const listed = listedOrganization(p, lex.articles);
      if (!listed) {
        // A line that names nothing and ends with no full stop is the next heading ("Contact"); a sentence ends the
        // list too ("Many organizations such as UNICEF contribute to our work."): the page's prose goes on under it,
        // and a name on a line of its own after it is no partner the heading lists. A line naming several ("ITU and
        // WHO") or one with a remark lists none, and the list goes on.
        if ((!p.mentions.length && !FINAL_PUNCTUATION.test(p.text.trim())) || isProse(p)) break;
        continue;
      }
      if (keyOf(listed.entity) === self) continue;
      const span: [number, number] = [p.start + listed.from, p.start + listed.to];
      out.push({
        type: 'PARTNER_OF',
        from: subject,
        to: listed.entity,
        clause: p.address,
        span,
        quote: source.slice(span[0], span[1]),
      });
    }
  }
  return out;
}
