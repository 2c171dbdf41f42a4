/**
 * Relationships stated in running text between entities the clause names: "the launch of GI-AI4H by ITU, WHO and
 * WIPO … transitioning from the FG-AI4H", "a collaborative initiative between WHO and ITU, that reports to
 * Study Group 16". The lexicon's relation patterns run over the clause text with every mention replaced by a
 * marker ⟦i⟧, so the patterns speak of entities, not of their spellings.
 */
import type { CompiledLexicon } from './lexicon';
import { ENTITY_BY_KEY, GROUP_NAME, openerOf } from './lexicon';
import type { EntityRef, Mention, ParsedRelation } from './types';

/** A marker ⟦i⟧ in the tagged text. */
const MARKER = /⟦(\d+)⟧/g;
/** Where a sentence ends: a full stop or semicolon before white space, or one of the scripts that need none. */
const SENTENCE_END = /[.;!?](?=[\s\u00A0])|[。；！？؛]/gu;
/**
 * What may stand at a sentence's start before its first word: white space, bullets, Markdown marks, quotes (not a
 * marker's bracket, in the tagged text).
 */
const SENTENCE_LEAD = /[^\p{L}\p{N}⟦]*/uy;
/** A comma, in any script: commas open and close an apposition. */
const COMMA = /[,，،]/u;
/** A marker at the end of a text. */
const LAST_MARKER = /⟦(\d+)⟧$/u;
/** The word a list's text follows in a match ("de" in "une initiative conjointe de l'UIT"). */
const WORD_BEFORE_LIST = /(?<![\p{L}\p{N}])(\p{L}{1,12})[\s\u00A0]+$/u;
/**
 * A list's member after it, each written with the word before the list again (" et de l'⟦2⟧", ", de la ⟦3⟧"): a
 * short gap that relations.ts checks is a list joiner, the word, and a word of at most four letters that it checks is
 * one of the table's `articles`. Bounded runs: the gap is lazy and short, the word and the article short.
 */
const REPEATED_MEMBER =
  /([^⟦⟧\n]{1,16}?)(?<![\p{L}\p{N}])(\p{L}{1,12})[\s\u00A0]+(?:(\p{L}{1,4})(?:[\s\u00A0]+|['’]))?⟦\d+⟧/uy;

/** The slots of relation templates a match reads. */
type Slot = 'A' | 'B' | 'AGENTS' | 'LIST';
const SLOTS: readonly Slot[] = ['A', 'B', 'AGENTS', 'LIST'];
/** Each relation pattern's groups by slot, in the order the pattern writes them, read once from its source. */
const SLOT_GROUPS = new WeakMap<RegExp, Record<Slot, readonly string[]>>();

/**
 * Each slot's first non-empty group in a match of `re` (A0, B0, LIST0 …: a slot's own groups, not another slot's
 * that starts alike, "AGENTS0" for "A"). By the group names the pattern writes, read once: enumerating a match's
 * `groups` costs more than the rest of reading most matches.
 */
export function slots(re: RegExp, groups: Record<string, string | undefined>): Partial<Record<Slot, string>> {
  let names = SLOT_GROUPS.get(re);
  if (!names) {
    const all = [...re.source.matchAll(GROUP_NAME)].map((m) => m[1] ?? '');
    const of = (slot: Slot): string[] => all.filter((n) => n.startsWith(slot) && /^\d/.test(n.slice(slot.length)));
    names = { A: of('A'), B: of('B'), AGENTS: of('AGENTS'), LIST: of('LIST') };
    SLOT_GROUPS.set(re, names);
  }
  const out: Partial<Record<Slot, string>> = {};
  for (const slot of SLOTS) {
    for (const n of names[slot]) {
      const v = groups[n];
      if (v) {
        out[slot] = v;
        break;
      }
    }
  }
  return out;
}

/** Whether each relation pattern writes a comma right after its {A} (see {@link relativeAfterA}), read once. */
const RELATIVE_AFTER_A = new WeakMap<RegExp, boolean>();
/** The compiled {A} slot: a marker in a named group ("(?<A0>⟦\\d+⟧)"). */
const A_GROUP = /\(\?<A\d+>⟦\\d\+⟧\)/u;

/**
 * Whether a relation pattern writes a comma after its {A}, perhaps after a bracket, that the pattern requires (not
 * `,?`): a clause set off after the name and about it, a relative clause (", which was established by …", ", qui a
 * été créé par …", ", que fue creado por …"). Its {A} is what the relation is from even where the name ends an
 * apposition ("FG-DT4H, the successor to FG-AI4H, which was established by …" is FG-AI4H's launch): the comma the
 * clause opens with does not close the apposition. Read off the pattern's source, once.
 */
export function relativeAfterA(re: RegExp): boolean {
  let known = RELATIVE_AFTER_A.get(re);
  if (known === undefined) {
    const m = A_GROUP.exec(re.source);
    let at = m ? m.index + m[0].length : -1;
    // An optional group right after the name (its bracket: "(?: \\([^()\\n]+\\))?"), skipped whole.
    if (at >= 0 && re.source.startsWith('(?:', at)) {
      let depth = 0;
      let k = at;
      for (; k < re.source.length; k++) {
        const c = re.source[k];
        if (c === '\\') k++;
        else if (c === '[') {
          // A class may hold brackets of its own: skip to its end.
          for (k++; k < re.source.length && re.source[k] !== ']'; k++) if (re.source[k] === '\\') k++;
        } else if (c === '(') depth++;
        else if (c === ')' && --depth === 0) break;
      }
      at = re.source[k + 1] === '?' ? k + 2 : -1;
    }
    known = at >= 0 && /^[,，،](?![?*])/u.test(re.source.slice(at, at + 2));
    RELATIVE_AFTER_A.set(re, known);
  }
  return known;
}

/** Entities that can be the implicit subject of a relation: groups and initiatives. */
function isGroupLike(e: EntityRef): boolean {
  return e.type === 'StudyGroup' || (e.type === 'Organization' && (e.kind === 'itu-group' || e.kind === 'initiative'));
}

/**
 * What a group may succeed: a group or an initiative that ends (a focus group, a Joint Coordination Activity, an
 * initiative). Not an organisation ("builds on the work of WHO"), nor a study group or an organ the Constitution or
 * Convention sets up (a Sector's advisory group, lexicon `standing`), which go on: "builds on the work of ITU-T Study
 * Group 16" or "of TSAG" is no succession.
 */
function succeedable(e: EntityRef): boolean {
  return e.type === 'Organization' && isGroupLike(e) && ENTITY_BY_KEY.get(e.key)?.standing !== true;
}

/** The kind of group a self-reference must name (lexicon `selfReferences`), or null for other entities. */
function groupKind(e: EntityRef): string | null {
  return e.type === 'StudyGroup' ? 'study-group' : e.type === 'Organization' ? e.kind : null;
}

/** Where sentences start in a clause's text: its start and after each sentence's end, past leading marks. */
function sentenceStarts(text: string): number[] {
  const starts = [0];
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) starts.push(m.index + m[0].length);
  return starts.map((at) => {
    SENTENCE_LEAD.lastIndex = at;
    return at + (SENTENCE_LEAD.exec(text)?.[0].length ?? 0);
  });
}

/** A name the relation patterns read, in the clause's text: a mention, or a self-reference (lexicon `selfReferences`). */
interface Named {
  readonly start: number;
  readonly end: number;
  /** Null for a self-reference to a group of another kind than the page's: a group the page does not name. */
  readonly entity: EntityRef | null;
  readonly quote: string;
  /** A pronoun opening a sentence ("It reports to …"): what it stands for is read from the sentence before. */
  readonly pronoun?: boolean;
  /** With `pronoun`: one that names the last group the sentence before names ("The latter …", "后者…"). */
  readonly latter?: boolean;
  /**
   * A self-reference inside a sentence ("ITU, WHO and WIPO launched the Initiative"): the page's subject only where
   * a relation's own words name it as what the relation is from ({A}), never what a sentence is about or what a
   * relation is to.
   */
  readonly objectOnly?: boolean;
}

/**
 * Self-references that open a sentence ("The Focus Group reports to …"), or follow the verb that opens it where the
 * language writes the verb first ("يرفع الفريق المتخصص تقاريره إلى …", lexicon `verbsBeforeSubject`), where nothing
 * else is named: the page's subject where it is of the phrase's kind, else a group the page does not name (entity
 * null); else a pronoun that opens the sentence ("It reports to …", lexicon `pronouns`), marked as one. For relations
 * only, not mentions of the page.
 */
function selfReferences(options: {
  lex: CompiledLexicon;
  text: string;
  offset: number;
  mentions: readonly Mention[];
  subject: EntityRef | null;
}): Named[] {
  const { lex, text, offset, mentions, subject } = options;
  if (!subject || (!lex.selfReferences.length && !lex.pronoun && !lex.latter)) return [];
  const kind = groupKind(subject);
  const out: Named[] = [];
  const starts = sentenceStarts(text);
  for (const sentence of starts) {
    let at = sentence;
    if (lex.verbBeforeSubject) {
      lex.verbBeforeSubject.lastIndex = sentence;
      at += lex.verbBeforeSubject.exec(text)?.[0].length ?? 0;
    }
    let best: Named | null = null;
    for (const r of lex.selfReferences) {
      r.re.lastIndex = at;
      const m = r.re.exec(text);
      if (!m || m[0].length <= (best ? best.end - best.start : 0)) continue;
      best = { start: at, end: at + m[0].length, entity: r.kind === kind ? subject : null, quote: m[0] };
    }
    if (!best && lex.pronoun) {
      lex.pronoun.lastIndex = sentence;
      const m = lex.pronoun.exec(text);
      if (m) best = { start: sentence, end: sentence + m[0].length, entity: null, quote: m[0], pronoun: true };
    }
    if (!best && lex.latter) {
      // After the verb where the language writes it first ("ويرفع الأخير تقاريره إلى …"), as a self-reference.
      lex.latter.lastIndex = at;
      const m = lex.latter.exec(text);
      if (m) best = { start: at, end: at + m[0].length, entity: null, quote: m[0], pronoun: true, latter: true };
    }
    if (best && !mentions.some((n) => n.span[0] - offset < (best?.end ?? 0) && n.span[1] - offset > at)) {
      out.push(best.entity && longerName(lex, text, best.end, offset, mentions) ? { ...best, entity: null } : best);
    }
  }
  // Inside a sentence, a self-reference of the page's subject's kind only, for what a relation names it as.
  const mid = lex.selfReferencesInside.find((r) => r.kind === kind)?.re;
  if (!mid || !subject) return out;
  const inside: Named[] = [];
  mid.lastIndex = 0;
  for (let m = mid.exec(text); m; m = mid.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (starts.includes(start) || out.some((o) => o.start < end && o.end > start)) continue;
    if (longerName(lex, text, end, offset, mentions)) continue;
    if (mentions.some((n) => n.span[0] - offset < end && n.span[1] - offset > start)) continue;
    inside.push({ start, end, entity: subject, quote: m[0], objectOnly: true });
  }
  return inside.length ? [...out, ...inside].sort((x, y) => x.start - y.start) : out;
}

/**
 * Whether a self-reference that ends at `end` is the start of a longer name, another body's: a word the lexicon's
 * `selfReferenceQualifiersAfter` matches follows ("اللجنة الاقتصادية لأوروبا", "الفريق العامل"), and no name the text
 * knows starts there ("تتبع اللجنة الفريق الاستشاري …", where TSAG is what the committee reports to).
 */
function longerName(
  lex: CompiledLexicon,
  text: string,
  end: number,
  offset: number,
  mentions: readonly Mention[],
): boolean {
  const q = lex.selfReferenceQualifier;
  if (!q) return false;
  q.lastIndex = end;
  const m = q.exec(text);
  if (!m) return false;
  const word = end + m[0].length - m[0].trimStart().length;
  return !mentions.some((n) => n.span[0] - offset === word);
}

/** Whether two entities serialise alike (the same entity). */
export function sameEntity(a: EntityRef, b: EntityRef): boolean {
  // Entities of different types, or with different keys, never serialise alike: most pairs are told apart without
  // serialising them.
  if (a === b) return true;
  if (a.type !== b.type || ('key' in a && 'key' in b && a.key !== b.key)) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The length of a conjunction prefix (lexicon `conjunctionPrefixes`) a quoted name starts with, where the name
 * without it is the same known name ("ومنظمة الصحة العالمية": "and the World Health Organization"); else 0 (a name
 * whose first letter is that of a conjunction: "فرقة العمل …", the IETF).
 */
function conjunctionOf(lex: CompiledLexicon, quote: string): number {
  const prefixes = lex.lexicon.conjunctionPrefixes ?? [];
  // Most languages write no conjunction joined to a name: nothing to read off the quote.
  if (!prefixes.length) return 0;
  // Without an acronym in brackets at its end ("… (WIPO)").
  const open = Math.max(quote.lastIndexOf('('), quote.lastIndexOf('（'));
  const name = open > 0 && /[)）]$/u.test(quote) ? quote.slice(0, open).trimEnd() : quote;
  for (const p of prefixes) {
    if (!name.startsWith(p)) continue;
    const bare = lex.entityOf(name.slice(p.length));
    if (bare && bare === lex.entityOf(name)) return p.length;
  }
  return 0;
}

/**
 * Finds relations in one clause. `mentions` are the clause's mentions in order; `offset` is the clause text's
 * offset in the document; `subject` is the page's subject, which a self-reference opening a sentence names ("The
 * Focus Group …") and which a pattern that names no subject falls back on (see `implicitSubject` below).
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
  // Most clauses write no word of any pattern: nothing to tag them for.
  if (lex.relationCue && !lex.relationCue.test(text)) return studiedBy(mentions, clause);
  // "The Focus Group …" opening a sentence is the page's subject, as its name would be.
  const self = selfReferences(options);
  const named: Named[] = mentions.map((m) => ({
    start: m.span[0] - offset,
    end: m.span[1] - offset,
    entity: m.entity,
    quote: m.quote,
  }));
  if (self.length) {
    named.push(...self);
    named.sort((x, y) => x.start - y.start);
  }
  // Tag the text: each distinct span becomes one marker; remember where tagged offsets fall in the original.
  const spans: {
    start: number;
    end: number;
    entities: EntityRef[];
    tagged: [number, number];
    pronoun: boolean;
    latter: boolean;
    objectOnly: boolean;
  }[] = [];
  for (const m of named) {
    // A conjunction written with the name ("ومنظمة الصحة العالمية": "and the World Health Organization") stays
    // outside the marker, where a list pattern reads it as the list's joiner.
    const start = m.start + conjunctionOf(lex, m.quote);
    const { end } = m;
    const entities = m.entity ? [m.entity] : [];
    const last = spans.at(-1);
    if (last && last.start === start && last.end === end) last.entities.push(...entities);
    else if (last && start < last.end)
      continue; // nested inside a citation: the citation stands for the span
    else
      spans.push({
        start,
        end,
        entities,
        tagged: [0, 0],
        pronoun: m.pronoun === true,
        latter: m.latter === true,
        objectOnly: m.objectOnly === true,
      });
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
    s.tagged = [tagged.length, tagged.length + marker.length];
    tagged += marker;
    at = s.end;
  });
  pieces.push({ tagged: tagged.length, length: text.length - at, original: at, span: null });
  tagged += text.slice(at);
  // Most clauses with a cue's word match no pattern once tagged: no relation but their Questions'.
  if (!lex.anyRelation.test(tagged)) return studiedBy(mentions, clause);
  const toOriginal = (t: number, isEnd: boolean): number => {
    const p = pieces.find((q) => t >= q.tagged && t < q.tagged + q.length) ?? pieces.at(-1);
    if (!p) return 0;
    if (p.span !== null) {
      const s = spans[p.span];
      return isEnd && t > p.tagged ? (s?.end ?? 0) : (s?.start ?? 0);
    }
    return p.original + Math.min(t - p.tagged, p.length) + (isEnd ? 1 : 0);
  };
  /** The spans a slot's text holds, by index. */
  const markerSpans = (s: string): number[] => {
    const out: number[] = [];
    MARKER.lastIndex = 0;
    for (let m = MARKER.exec(s); m; m = MARKER.exec(s)) out.push(Number(m[1]));
    return out;
  };
  /** A span's entities: a pronoun's is what it stands for, where the sentence before tells (see `pronounOf`). */
  const entitiesAt = (i: number): readonly EntityRef[] => {
    if (spans[i]?.objectOnly) return [];
    if (!spans[i]?.pronoun) return spans[i]?.entities ?? [];
    const meant = pronounOf(i);
    return meant ? [meant] : [];
  };
  const entitiesOf = (indexes: readonly number[]): EntityRef[] => indexes.flatMap(entitiesAt);
  const groupOf = (i: number): EntityRef | null => entitiesAt(i).find(isGroupLike) ?? null;

  // Sentences of the tagged text (a marker holds no punctuation): a subject is sought in its cue's sentence.
  const starts = sentenceStarts(tagged);
  const sentenceOf = (t: number): number => starts.filter((s) => s <= t).at(-1) ?? 0;
  const joiners = lex.lexicon.listJoiners.filter((j) => /\p{L}/u.test(j)).map((j) => j.toLowerCase());
  /** Whether a phrase after a comma opens with a list joiner: it goes on with the sentence, not about a name. */
  const joined = (phrase: string): boolean => {
    const p = phrase.trimStart().toLowerCase();
    return joiners.some((j) => p.startsWith(j) && !/[\p{L}\p{N}]/u.test(p.charAt(j.length)));
  };
  /** Whether a text opens with a relative pronoun (lexicon `relativePronouns`, `qualifiedRelatives`: "which"). */
  const relativeOpens = (phrase: string): boolean => {
    const opener = openerOf(phrase);
    return lex.relativePronouns.has(opener) || lex.qualifiedRelatives.has(opener);
  };
  /** The span whose name a comma at `comma` follows right away (an apposition's or relative clause's head), or -1. */
  const headBefore = (from: number, comma: number): number => {
    const m = LAST_MARKER.exec(tagged.slice(from, comma).trimEnd());
    return m && !joined(tagged.slice(comma + 1, comma + 40)) ? Number(m[1]) : -1;
  };
  /**
   * Whether span `i` stands in brackets or in an apposition ("FG-DH, the successor to FG-AI4H, reports to …") that
   * closes before `until`, in the sentence that starts at `from`: then it is not what the sentence is about.
   */
  const enclosed = (i: number, from: number, until: number): boolean => {
    const [start, end] = spans[i]?.tagged ?? [0, 0];
    let depth = 0;
    for (let k = from; k < start; k++) {
      const ch = tagged.charAt(k);
      if (ch === '(' || ch === '（') depth++;
      else if ((ch === ')' || ch === '）') && depth > 0) depth--;
    }
    for (let k = end, d = depth; k < until && depth > 0; k++) {
      const ch = tagged.charAt(k);
      if (ch === '(' || ch === '（') d++;
      else if (ch === ')' || ch === '）') if (--d < depth) return true;
    }
    let comma = -1;
    for (let k = start - 1; k >= from && comma < 0; k--) if (COMMA.test(tagged.charAt(k))) comma = k;
    // After a name, or after a relative pronoun whatever its head ("The Alliance for Digital Health, which reports
    // to TSAG, was launched by …": the head is a name no table knows, and TSAG is no subject of the sentence's).
    if (comma < 0 || (headBefore(from, comma) < 0 && !relativeOpens(tagged.slice(comma + 1, start)))) return false;
    for (let k = end; k < until; k++) if (COMMA.test(tagged.charAt(k))) return true;
    return false;
  };

  const relations: ParsedRelation[] = [];
  /** Spans named as what a relation is to, and those of them a list named: no sentence is about them. */
  const targets = new Set<number>();
  const listed = new Set<number>();
  /** The subject a relation's own words named last ({A}), with its sentence; and the last subject of the clause. */
  let ownSubject: { entity: EntityRef; sentence: number; span: number } | null = null;
  let latest: EntityRef | null = null;
  /** What each pronoun stands for, by span, once read: an entity, null for a group the page does not name. */
  const pronouns = new Map<number, EntityRef | null | undefined>();
  /**
   * What a pronoun that opens a sentence stands for, read from the sentence before once its relations are (they
   * tell which names are what a relation is to): the page's subject where that sentence names it, not in brackets or
   * an apposition nor as what a relation is to, though it names another group first or nearer ("FG-DH works with
   * Study Group 21, which reports to TSAG. It …"); a group the page does not name where that sentence opens with one
   * ("The Initiative …" on a focus group's page) or by an article and a capitalised name no table knows ("The
   * Alliance for Digital Health was launched by ITU. It …", see `namedPhraseOpens`); else undefined, and the pronoun
   * is read as if it were not there (the sentence before may name the page's group in words no table knows: "Study
   * Group 16 set up the group …").
   * "The latter" (`latter`) stands for the last group that sentence names, what a relation is to too.
   */
  function pronounOf(i: number): EntityRef | null | undefined {
    if (pronouns.has(i)) return pronouns.get(i);
    pronouns.set(i, undefined); // while it is read: a pronoun's sentence is never its own sentence before
    const at = spans[i]?.tagged[0] ?? 0;
    // The sentence before the pronoun's own, which it may open or, after a verb written first, stand in.
    const own = starts.filter((s) => s <= at).at(-1) ?? 0;
    const from = starts.filter((s) => s < own).at(-1);
    let meant: EntityRef | null | undefined;
    if (from !== undefined && spans[i]?.latter) {
      // "The latter": the last party that sentence names, what a relation is to as well, not in brackets. Where
      // that party is no group ("… works closely with WHO. The latter reports to …"), the relation is none of the
      // page's groups (null).
      for (let j = i - 1; j >= 0 && meant === undefined; j--) {
        const [start, end] = spans[j]?.tagged ?? [0, 0];
        if (start < from) break;
        if (end <= at && !enclosed(j, from, at)) meant = groupOf(j) ?? (entitiesAt(j).length ? null : undefined);
      }
    } else if (from !== undefined && subject) {
      const about = spans
        .map((_, j) => j)
        .filter((j) => {
          const [start, end] = spans[j]?.tagged ?? [0, 0];
          return start >= from && end <= at && !targets.has(j) && !enclosed(j, from, at);
        });
      if (about.some((j) => entitiesAt(j).some((e) => sameEntity(e, subject)))) meant = subject;
      else {
        const first = about[0];
        const opens = first !== undefined && spans[first]?.tagged[0] === from;
        if (opens && !spans[first]?.pronoun && !spans[first]?.entities.length) meant = null;
        else if (opens && spans[first]?.pronoun) meant = pronounOf(first);
        // A sentence about a party of its own that opens it by a name no table knows ("The Alliance for Digital
        // Health was launched by ITU. It reports to …"): none of the page's groups.
        else if (namedPhraseOpens(from, own)) meant = null;
      }
    }
    pronouns.set(i, meant);
    return meant;
  }
  /**
   * The span that opens the text from `at` to `cue`, after white space and an article at most, a Sector's name
   * right before a group's passed over ("the ITU-T Focus Group …"); -1 for none, or for a pronoun the sentence before
   * does not tell.
   */
  const clauseOpener = (at: number, cue: number): number => {
    let i = spans.findIndex((s) => s.tagged[0] >= at);
    const s = spans[i];
    if (!s || s.tagged[1] > cue || !openingGap(tagged.slice(at, s.tagged[0]))) return -1;
    if ((spans[i + 1]?.tagged[1] ?? Infinity) <= cue) i = pastSector(i);
    // A party's name that a longer name starts with ("the ITU Focus Group for …") is not what the clause opens with.
    const partOfName = !groupOf(i) && /^[\s\u00A0]+\p{Lu}/u.test(tagged.slice(spans[i]?.tagged[1] ?? 0));
    return partOfName || (spans[i]?.pronoun && pronounOf(i) === undefined) ? -1 : i;
  };
  /** Whether a text before a name holds nothing but white space, leading marks and one article. */
  const openingGap = (gap: string): boolean => {
    const rest = gap.replace(/^[^\p{L}\p{N}]*/u, '');
    return !rest || (/^\p{L}{1,6}(?:['’]|[\s\u00A0]+)$/u.test(rest) && lex.articles.has(openerOf(rest)));
  };
  /**
   * The span of the group a Sector's name stands right before ("the ITU-T ⟦Focus Group on … (FG-AI4H)⟧", whose
   * defined name starts after the Sector's), for span `i` of that Sector's name; else `i`.
   */
  const pastSector = (i: number): number => {
    const [s, next] = [spans[i], spans[i + 1]];
    const adjacent = s && next && /^[\s\u00A0]+$/u.test(tagged.slice(s.tagged[1], next.tagged[0]));
    return adjacent && sectorOnly(i) && groupOf(i + 1) ? i + 1 : i;
  };
  /** Whether span `i` names only an ITU Sector ("ITU-T" before "Focus Group on …"). */
  const sectorOnly = (i: number): boolean => {
    const es = spans[i]?.entities ?? [];
    return es.length > 0 && es.every((e) => e.type === 'Organization' && e.kind === 'itu-sector');
  };
  /**
   * Whether the sentence at `from` opens with an article and a capitalised name no table knows ("The Be He@lthy, Be
   * Mobile initiative is run by …"): a party of its own, not the page's group; unless the words before the cue at
   * `cue` hold a group's head word (lexicon `organizationHeads`: "The AI for Health Focus Group works with …").
   */
  const namedPhraseOpens = (from: number, cue: number): boolean => {
    const m = /^[^\p{L}\p{N}⟦]*(\p{L}{1,6})[\s\u00A0]+\p{Lu}/u.exec(tagged.slice(from, from + 40));
    if (m === null || !lex.articles.has(openerOf(m[1] ?? ''))) return false;
    const words = tagged.slice(from, cue);
    return !lex.lexicon.organizationHeads.some(
      (h) => (h.kind === 'itu-group' || h.kind === 'initiative') && words.includes(h.word),
    );
  };
  /**
   * The groups of a list that span `i` is a member of, before the cue at `cue` ("FG-AI4H and FG-DH report to …"):
   * those after it, joined by a list joiner and an article at most; and those before it where the list opens the
   * sentence at `from` ("FG-A, FG-B and FG-C report to …", not "Unlike FG-A, FG-B reports to …").
   */
  const listedWith = (i: number, from: number, cue: number): EntityRef[] => {
    const gap = (j: number): boolean => {
      const [a, b] = [spans[j - 1]?.tagged[1] ?? 0, spans[j]?.tagged[0] ?? 0];
      return lex.listGap.test(tagged.slice(a, b).replace(/['’]$/u, ' '));
    };
    let first = i;
    while (first > 0 && (spans[first - 1]?.tagged[0] ?? 0) >= from && gap(first) && groupOf(first - 1)) first--;
    if (first < i && !openingGap(tagged.slice(from, spans[first]?.tagged[0] ?? 0))) first = i;
    let last = i;
    while ((spans[last + 1]?.tagged[1] ?? Infinity) <= cue && gap(last + 1) && groupOf(last + 1)) last++;
    const out: EntityRef[] = [];
    for (let j = first; j <= last; j++) {
      const g = groupOf(j);
      if (g && !out.some((e) => sameEntity(e, g))) out.push(g);
    }
    return out;
  };
  /**
   * The subjects of a cue that names none: the name an apposition or relative clause holding the cue follows (", the
   * successor to …", ", which reports to …"), unless a group opens the clause after that comma ("As agreed by Study
   * Group 21, FG-DT4H reports to …"); else the subject the sentence's relations named; else the group that opens
   * the clause after that comma; else the first group the sentence (or that clause) names before the cue, not in
   * brackets or an apposition, nor named as what a relation is to; else none where the clause opens with a party that
   * is no group ("ITU and WHO are building on …"); else the clause's last subject; else the page's. A group comes
   * with the groups listed with it ("FG-AI4H and FG-DH report to …").
   */
  const implicitSubject = (cue: number): EntityRef[] => {
    const from = sentenceOf(cue);
    let comma = -1;
    for (let k = cue - 1; k >= from && comma < 0; k--) if (COMMA.test(tagged.charAt(k))) comma = k;
    // A name that opens the clause after that comma: the sentence's subject after an opening phrase ("As agreed by
    // Study Group 21, FG-DT4H reports to …"), and that comma closes the phrase, no apposition's head.
    const opener = comma >= 0 ? clauseOpener(comma + 1, cue) : -1;
    const head = comma >= 0 && opener < 0 ? headBefore(from, comma) : -1;
    // Not a name an apposition ends with: that comma closes the apposition ("…, the successor to FG-AI4H, reports"),
    // nor one a relation's list named ("… launched by ITU and WHO, and reports to …"), unless a relative pronoun
    // opens what follows it, a clause about that name ("…, the successor to FG-AI4H, which reported to …", "…
    // collaborates with Study Group 21, which reports to TSAG").
    const relative = head >= 0 && relativeOpens(tagged.slice(comma + 1, cue));
    const headGroup =
      head >= 0 && (!listed.has(head) || relative) && (!enclosed(head, from, cue) || relative) ? groupOf(head) : null;
    if (headGroup) return listedWith(head, from, cue);
    // Not one an apposition holds that closes before the cue ("FG-DT4H, the successor to FG-AI4H established by
    // Study Group 16, reports to …": the launch is FG-AI4H's, the report FG-DT4H's).
    if (ownSubject && ownSubject.sentence === from && !enclosed(ownSubject.span, from, cue)) return [ownSubject.entity];
    if (opener >= 0 && groupOf(opener)) return listedWith(opener, from, cue);
    // After an opening phrase whose clause opens with another party, a group of that clause only.
    const after = opener >= 0 ? comma + 1 : from;
    for (let i = 0; i < spans.length; i++) {
      const [start, end] = spans[i]?.tagged ?? [0, 0];
      if (start < after || targets.has(i) || spans[i]?.objectOnly) continue;
      if (end > cue) break;
      // A pronoun that the sentence before does not tell is read as if it were not there. "The latter" with a
      // party named between it and the cue is a determiner ("The latter meeting agreed that FG-DH reports to …").
      if (spans[i]?.pronoun && pronounOf(i) === undefined) continue;
      if (spans[i]?.latter && spans.some((s, k) => k > i && s.tagged[0] >= end && s.tagged[1] <= cue)) continue;
      // A self-reference to a group the page does not name opens the sentence: none that the page names.
      if (!entitiesAt(i).length) return [];
      const g = groupOf(i);
      if (g && !enclosed(i, from, cue)) return listedWith(i, from, cue);
    }
    // A clause that opens with a party of its own that is no group ("ITU and WHO are building on the work of …",
    // "The Be He@lthy, Be Mobile initiative is run by …"): the relation is none of a group's.
    const first = opener >= 0 ? opener : clauseOpener(from, cue);
    if (first >= 0 ? !groupOf(first) && entitiesAt(first).length > 0 : namedPhraseOpens(from, cue)) return [];
    const fallback = latest ?? subject;
    return fallback ? [fallback] : [];
  };

  const found: {
    index: number;
    type: ParsedRelation['type'];
    re: RegExp;
    groups: Record<string, string | undefined>;
    length: number;
  }[] = [];
  for (const { type, re, prefilter } of lex.relations) {
    // A pattern that writes something before its required word is run only where the word's part matches.
    if (prefilter && !prefilter.test(tagged)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(tagged); m; m = re.exec(tagged)) {
      found.push({ index: m.index, type, re, groups: m.groups ?? {}, length: m[0].length });
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  found.sort((a, b) => a.index - b.index);
  /**
   * The spans of an active template's agents ({AGENTS}: "ITU and WHO launched …"), where they are the sentence's
   * subject; else null, and the match names no relation:
   * - not after a word, a number or a name, whatever white space between ("noted that  ITU established …"), but
   *   for a date that opens the sentence (lexicon `sentenceDates`: "In July 2018 ITU established …");
   * - after a comma that follows a name, only the agents after the list's last comma: the names before it are a
   *   phrase's ("In collaboration with WHO, WIPO and UNICEF, ITU launched …" is ITU's launch; "In 2018, ITU, WHO and
   *   WIPO launched …" is all three's);
   * - after a first word that is no article of the lexicon's, the agents after the list's last comma ("With WHO, ITU
   *   established …"), or, with no comma, those after that word ("Both ITU and WHO launched …");
   * - what they set up ({A}) has no possessive after it ("… established FG-AI4H's successor").
   */
  const activeAgents = (at: number, length: number, agents: string): { spans: number[]; skip: number } | null => {
    let k = at - 1;
    while (k >= 0 && /\s/u.test(tagged.charAt(k))) k--;
    const before = k >= 0 ? tagged.charAt(k) : '';
    if (/[\p{L}\p{N}⟧'’]/u.test(before) && !lex.sentenceDate.test(tagged.slice(sentenceOf(at), at))) return null;
    let name = k - 1;
    while (name >= 0 && /\s/u.test(tagged.charAt(name))) name--;
    const afterName = COMMA.test(before) && tagged.charAt(name) === '⟧';
    const lead = /^\p{L}{1,4}(?:[\s\u00A0]+|['’])/u.exec(agents);
    const headless = lead !== null && !lex.articles.has(openerOf(lead[0]));
    let from = 0;
    if (headless || afterName) {
      let comma = -1;
      for (let i = agents.length - 1; i >= 0 && comma < 0; i--) if (COMMA.test(agents.charAt(i))) comma = i;
      from = comma >= 0 ? comma + 1 : headless && lead ? lead[0].length : 0;
    }
    if (/^['’]s(?![\p{L}\p{N}])/u.test(tagged.slice(at + length, at + length + 3))) return null;
    // The quote starts at the first agent kept (the list opens the match).
    while (from < agents.length && /[\s\u00A0]/u.test(agents.charAt(from))) from++;
    return { spans: markerSpans(agents.slice(from)), skip: from };
  };
  /**
   * How far a list that ends a match goes on past it where each member repeats the word before the first (" une
   * initiative conjointe de l'UIT et de l'OMS", "de la UIT y de la OMS", "of ITU and of WHO"): the {LIST} slot reads
   * members after a joiner and an article, not a joiner and that word. Members after a list joiner (lexicon
   * `listJoiners`), that same word and an article at most; 0 where there are none.
   */
  const repeatedMembers = (index: number, length: number, list: string): number => {
    // Most lists have no name right after them: nothing to read (a member is at most 40 characters away).
    const next = tagged.indexOf('⟦', index + length);
    if (next < 0 || next > index + length + 40) return 0;
    const matched = tagged.slice(index, index + length);
    if (!matched.endsWith(list)) return 0;
    const cut = matched.length - list.length;
    const word = WORD_BEFORE_LIST.exec(matched.slice(Math.max(0, cut - 24), cut))?.[1]?.toLowerCase();
    if (!word) return 0;
    let end = index + length;
    for (;;) {
      REPEATED_MEMBER.lastIndex = end;
      const m = REPEATED_MEMBER.exec(tagged);
      if (!m || m[2]?.toLowerCase() !== word || !lex.listJoinersLower.has((m[1] ?? '').trim().toLowerCase())) break;
      // The word between is an article, or nothing: "by then WHO" is no member.
      const article = m[3]?.toLowerCase();
      if (article !== undefined && !lex.articles.has(article) && !lex.articles.has(`${article}'`)) break;
      end += m[0].length;
    }
    return end - index - length;
  };
  /**
   * Whether the name an active template's agents set up ({A}, span `i`) is in a case no object has, where the
   * language marks it (lexicon `objectEndings`): its first word, unless in capitals (an acronym), ends with none of
   * them ("ВОИС запустила в 2019 году 16-й Исследовательской комиссией …").
   */
  const obliqueObject = (i: number): boolean => objectCase(i) === false;
  /**
   * Whether span `i`'s first word ends as an object does (lexicon `objectEndings`): true or false, or null where the
   * language marks no case or the word has none (an acronym in capitals, a number).
   */
  const objectCase = (i: number): boolean | null => {
    if (!lex.objectEndings.length) return null;
    const s = spans[i];
    const first = /^[\p{L}\p{N}-]+/u.exec(s ? text.slice(s.start, s.end) : '')?.[0] ?? '';
    if (!first || first === first.toUpperCase()) return null;
    const lower = first.toLowerCase();
    return lex.objectEndings.some((e) => lower.endsWith(e));
  };
  /**
   * Whether a study group an active template's agents set up ({A}) is followed by one of the lexicon's
   * `predicatives`: "TSAG established Study Group 16 as the lead study group" gives it a role, no launch (a focus
   * group or an initiative "established as an open platform" is launched).
   */
  const designated = (entity: EntityRef, end: number): boolean => {
    const next = /^[\s\u00A0]+(\p{Ll}+)/u.exec(tagged.slice(end, end + 40))?.[1];
    return entity.type === 'StudyGroup' && next !== undefined && lex.predicatives.has(next);
  };
  for (const f of found) {
    const { A: a, B: b, AGENTS: agents, LIST: slotList } = slots(f.re, f.groups);
    const active = agents === undefined ? null : activeAgents(f.index, f.length, agents);
    if (agents !== undefined && active === null) continue;
    // An agent in the object's case is what was set up, the sentence written object first ("Оперативную группу …
    // создала КГСЭ"): no agent of the template's.
    if (active?.spans.some((i) => objectCase(i) === true)) continue;
    const more = slotList ? repeatedMembers(f.index, f.length, slotList) : 0;
    const list = more ? slotList + tagged.slice(f.index + f.length, f.index + f.length + more) : slotList;
    const length = f.length + more;
    const sentence = sentenceOf(f.index);
    // A subject the cue names, unless it stands in an apposition that closes before the cue's verb.
    const named = a ? markerSpans(a)[0] : undefined;
    const own = named === undefined ? undefined : pastSector(named);
    const ownEntities =
      own !== undefined && spans[own]?.objectOnly ? (spans[own]?.entities ?? []) : entitiesOf([own ?? -1]);
    // A name a relative clause follows is what the clause is about, though it ends an apposition.
    let from: EntityRef | null =
      own !== undefined && (relativeAfterA(f.re) || !enclosed(own, sentence, f.index + f.length))
        ? (ownEntities[0] ?? null)
        : null;
    // What agents set up is a group or an initiative they name, not a Recommendation they wrote.
    if (
      active &&
      (!from || !isGroupLike(from) || designated(from, f.index + f.length) || (own !== undefined && obliqueObject(own)))
    )
      continue;
    let others: EntityRef[] = [];
    if (from && own !== undefined) ownSubject = { entity: from, sentence, span: own };
    // A subject it names but cannot give (enclosed, or a group the page does not name) is read as one it does not.
    else [from = null, ...others] = implicitSubject(own !== undefined ? (spans[own]?.tagged[1] ?? f.index) : f.index);
    const bSpans = b ? markerSpans(b).map(pastSector) : [];
    const listSpans = (active?.spans ?? (list ? markerSpans(list) : [])).map(pastSector);
    for (const i of [...bSpans, ...listSpans]) targets.add(i);
    for (const i of listSpans) listed.add(i);
    if (!from) continue;
    latest = from;
    const start = toOriginal(f.index + (active?.skip ?? 0), false);
    // To the end of a group a Sector's name before it stood for (`pastSector`), past the match.
    const reach = Math.max(f.index + length, ...[...bSpans, ...listSpans].map((i) => spans[i]?.tagged[1] ?? 0));
    const end = toOriginal(reach - 1, true);
    for (const by of [from, ...others])
      for (const to of entitiesOf([...bSpans, ...listSpans])) {
        if (sameEntity(by, to) || (f.type === 'SUCCEEDS' && !succeedable(to))) continue;
        // What is coordinated or led is a group or an initiative: not "ITU is led by the Secretary-General".
        if (f.type === 'COORDINATED_BY' && !isGroupLike(by)) continue;
        relations.push({
          type: f.type,
          from: by,
          to,
          clause,
          span: [offset + start, offset + end],
          quote: source?.slice(offset + start, offset + end) ?? text.slice(start, end),
        });
      }
  }

  relations.push(...studiedBy(mentions, clause));
  return relations;
}

/** A Question belongs to the study group that studies it. */
function studiedBy(mentions: readonly Mention[], clause: string): ParsedRelation[] {
  const relations: ParsedRelation[] = [];
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
