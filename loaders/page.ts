/**
 * Pages about ITU groups (a focus group's or study group's web page): every paragraph is a clause; the page's
 * subject is the group it names most often; relationships come from the lexicon's relation patterns.
 */
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

/** A page's line, as parsePage reads it: its address, text, offset in the document, line number and mentions. */
export interface PageLine {
  readonly address: string;
  readonly text: string;
  readonly start: number;
  readonly line: number;
  readonly mentions: readonly Mention[];
}

/** What may stand beside the names on a line that is one name: white space and the brackets of its acronym. */
const NAME_LINE_REST = /^[\s\u00A0()（）]*$/u;

/**
 * The partners a page lists under a heading of its own (lexicon `partnerHeadings`: "Partners", "合作伙伴"), each a
 * partner of the page's group (PARTNER_OF), as "Parent group: X" names its parent: the lines right after the heading,
 * none blank between, that are each one name and nothing else (an organisation or a study group, its acronym in
 * brackets at most: "World Health Organization (WHO)"), up to the first line that is not.
 */
export function listedPartners(options: {
  headings: readonly string[];
  lines: readonly PageLine[];
  subject: EntityRef;
  /** The document's text, which quotes are taken from. */
  source: string;
}): ParsedRelation[] {
  const { lines, subject, source } = options;
  const headings = new Set(options.headings.map((h) => h.toLowerCase()));
  const relations: ParsedRelation[] = [];
  lines.forEach((heading, i) => {
    if (
      !headings.has(
        heading.text
          .replace(/[:：]$/u, '')
          .trimEnd()
          .toLowerCase(),
      )
    )
      return;
    for (let j = i + 1, last = heading.line; j < lines.length; j++, last++) {
      const l = lines[j];
      const to = l && l.line === last + 1 ? nameOf(l) : null;
      if (!l || !to) break;
      if (JSON.stringify(to) === keyOf(subject)) continue;
      relations.push({
        type: 'PARTNER_OF',
        from: subject,
        to,
        clause: l.address,
        span: [l.start, l.start + l.text.length],
        quote: source.slice(l.start, l.start + l.text.length),
      });
    }
  });
  return relations;
}

/** The entity a line names where it is one name and nothing else, of an organisation or a study group; else null. */
function nameOf(l: PageLine): EntityRef | null {
  const first = l.mentions[0]?.entity;
  if (!first || (first.type !== 'Organization' && first.type !== 'StudyGroup')) return null;
  if (l.mentions.some((m) => keyOf(m.entity) !== keyOf(first))) return null;
  let rest = '';
  let at = l.start;
  for (const m of l.mentions) {
    rest += l.text.slice(Math.max(0, at - l.start), Math.max(0, m.span[0] - l.start));
    at = Math.max(at, m.span[1]);
  }
  rest += l.text.slice(at - l.start);
  return NAME_LINE_REST.test(rest) ? first : null;
}
