/**
 * Relationships stated in running text between entities the clause names: "the launch of GI-AI4H by ITU, WHO and
 * WIPO … transitioning from the FG-AI4H", "a collaborative initiative between WHO and ITU, that reports to
 * Study Group 16". The lexicon's relation patterns run over the clause text with every mention replaced by a
 * marker ⟦i⟧, so the patterns speak of entities, not of their spellings.
 */
import type { CompiledLexicon } from './lexicon';
import type { EntityRef, Mention, ParsedRelation } from './types';

/** A marker ⟦i⟧ in the tagged text. */
const MARKER = /⟦(\d+)⟧/g;

/** The first non-empty group whose name starts with `prefix` (the slots of relation templates: A0, B0, LIST0 …). */
function group(groups: Record<string, string | undefined>, prefix: string): string | undefined {
  for (const k in groups) {
    const v = groups[k];
    if (v && k.startsWith(prefix)) return v;
  }
  return undefined;
}

/** Entities that can be the implicit subject of a relation: groups and initiatives. */
function isGroupLike(e: EntityRef): boolean {
  return e.type === 'StudyGroup' || (e.type === 'Organization' && (e.kind === 'itu-group' || e.kind === 'initiative'));
}

function sameEntity(a: EntityRef, b: EntityRef): boolean {
  // Entities of different types never serialise alike: most pairs are told apart without serialising them.
  return a === b || (a.type === b.type && JSON.stringify(a) === JSON.stringify(b));
}

/**
 * The length of a conjunction prefix (lexicon `conjunctionPrefixes`) a quoted name starts with, where the name
 * without it is the same known name ("ومنظمة الصحة العالمية": "and the World Health Organization"); else 0 (a name
 * whose first letter is that of a conjunction: "فرقة العمل …", the IETF).
 */
function conjunctionOf(lex: CompiledLexicon, quote: string): number {
  // Without an acronym in brackets at its end ("… (WIPO)").
  const open = Math.max(quote.lastIndexOf('('), quote.lastIndexOf('（'));
  const name = open > 0 && /[)）]$/u.test(quote) ? quote.slice(0, open).trimEnd() : quote;
  for (const p of lex.lexicon.conjunctionPrefixes ?? []) {
    if (!name.startsWith(p)) continue;
    const bare = lex.entityOf(name.slice(p.length));
    if (bare && bare === lex.entityOf(name)) return p.length;
  }
  return 0;
}

/**
 * Finds relations in one clause. `mentions` are the clause's mentions in order; `offset` is the clause text's
 * offset in the document; `subject` is the page's subject, used when a pattern names no subject.
 */
export function findRelations(options: {
  lex: CompiledLexicon;
  text: string;
  offset: number;
  clause: string;
  mentions: readonly Mention[];
  subject: EntityRef | null;
  /** The document's text, which quotes are taken from (as `ClauseText.source`; default: `text`). */
  source?: string;
}): ParsedRelation[] {
  const { lex, text, offset, clause, mentions, subject, source } = options;
  if (!mentions.length) return [];
  // Tag the text: each distinct span becomes one marker; remember where tagged offsets fall in the original.
  const spans: { start: number; end: number; entities: EntityRef[] }[] = [];
  for (const m of mentions) {
    // A conjunction written with the name ("ومنظمة الصحة العالمية": "and the World Health Organization") stays
    // outside the marker, where a list pattern reads it as the list's joiner.
    const prefix = conjunctionOf(lex, m.quote);
    const start = m.span[0] - offset + prefix;
    const end = m.span[1] - offset;
    const last = spans.at(-1);
    if (last && last.start === start && last.end === end) last.entities.push(m.entity);
    else if (last && start < last.end)
      continue; // nested inside a citation: the citation stands for the span
    else spans.push({ start, end, entities: [m.entity] });
  }
  // Pieces of the tagged text: plain runs map offset-for-offset; a marker maps to its whole span.
  const pieces: { tagged: number; length: number; original: number; span: number | null }[] = [];
  let tagged = '';
  let at = 0;
  spans.forEach((s, i) => {
    pieces.push({ tagged: tagged.length, length: s.start - at, original: at, span: null });
    tagged += text.slice(at, s.start);
    const marker = `⟦${i}⟧`;
    pieces.push({ tagged: tagged.length, length: marker.length, original: s.start, span: i });
    tagged += marker;
    at = s.end;
  });
  pieces.push({ tagged: tagged.length, length: text.length - at, original: at, span: null });
  tagged += text.slice(at);
  const toOriginal = (t: number, isEnd: boolean): number => {
    const p = pieces.find((q) => t >= q.tagged && t < q.tagged + q.length) ?? pieces.at(-1);
    if (!p) return 0;
    if (p.span !== null) {
      const s = spans[p.span];
      return isEnd && t > p.tagged ? (s?.end ?? 0) : (s?.start ?? 0);
    }
    return p.original + Math.min(t - p.tagged, p.length) + (isEnd ? 1 : 0);
  };
  const markerEntities = (s: string): EntityRef[] => {
    const out: EntityRef[] = [];
    MARKER.lastIndex = 0;
    for (let m = MARKER.exec(s); m; m = MARKER.exec(s)) out.push(...(spans[Number(m[1])]?.entities ?? []));
    return out;
  };

  const relations: ParsedRelation[] = [];
  let focus: EntityRef | null = null;
  const found: {
    index: number;
    type: ParsedRelation['type'];
    groups: Record<string, string | undefined>;
    length: number;
  }[] = [];
  if (lex.anyRelation.test(tagged)) {
    for (const { type, re } of lex.relations) {
      re.lastIndex = 0;
      for (let m = re.exec(tagged); m; m = re.exec(tagged)) {
        found.push({ index: m.index, type, groups: m.groups ?? {}, length: m[0].length });
        if (m[0].length === 0) re.lastIndex++;
      }
    }
  }
  found.sort((a, b) => a.index - b.index);
  for (const f of found) {
    const a = group(f.groups, 'A');
    const b = group(f.groups, 'B');
    const list = group(f.groups, 'LIST');
    let from: EntityRef | null = a ? (markerEntities(a)[0] ?? null) : null;
    if (from) focus ??= from;
    if (!from) {
      // Implicit subject: the clause's focus, else the nearest group named before the cue, else the page subject.
      const before = spans.filter((s) => toOriginal(f.index, false) >= s.end).flatMap((s) => s.entities);
      from = focus ?? [...before].reverse().find(isGroupLike) ?? subject;
    }
    if (!from) continue;
    const targets = [...(b ? markerEntities(b) : []), ...(list ? markerEntities(list) : [])];
    const start = toOriginal(f.index, false);
    const end = toOriginal(f.index + f.length - 1, true);
    for (const to of targets) {
      if (sameEntity(from, to)) continue;
      relations.push({
        type: f.type,
        from,
        to,
        clause,
        span: [offset + start, offset + end],
        quote: source?.slice(offset + start, offset + end) ?? text.slice(start, end),
      });
    }
  }

  // A Question belongs to the study group that studies it.
  for (const m of mentions) {
    if (m.entity.type !== 'Question') continue;
    relations.push({
      type: 'STUDIED_BY',
      from: m.entity,
      to: { type: 'StudyGroup', sector: m.entity.sector, number: m.entity.studyGroup },
      clause,
      span: m.span,
      quote: m.quote,
    });
  }
  return relations;
}
