/**
 * Finds the entities a clause names: study groups (sector-aware, plural and coordinated forms), Questions,
 * known organisations, offices and stakeholder groups, organisations the text defines with an acronym, and cited
 * instruments (ITU resolutions by body, number and revision; UN General Assembly and World Health Assembly
 * resolutions; SDGs; named strategies and plans). Overlapping candidates resolve to the longest.
 */
import type { AssemblyBody, CompiledLexicon, EntityRecord, PatternKey, TextSeries } from './lexicon';
import {
  addressableByItu,
  councilSessions,
  ENTITY_BY_KEY,
  fullYear,
  hasCase,
  ituKindAddressed,
  matchAtWordStarts,
  matchWords,
  sessionBody,
  slot,
  STUDY_GROUP_NUMBERS,
} from './lexicon';
import type { EntityRef, Mention, SectorCode } from './types';
import { emptyList } from './lists';
import { inOrder } from './in-order';
import { cuedMatches } from './cued-matches';
import type { CuedPattern } from './cued-matches';

/** What the clause's document tells us about context. */
export interface MentionContext {
  readonly lex: CompiledLexicon;
  /** Sector of the adopting assembly (WTSA: ITU-T), used when a study group's sector is not named. */
  readonly homeSector: SectorCode | null;
  /** Body of the adopting assembly, used when a cited resolution's body is not named. */
  readonly homeBody: AssemblyBody | null;
  /** The document's own resolution, so that "this resolution" citations are not taken as citations. */
  readonly self: { readonly body: AssemblyBody; readonly series: TextSeries; readonly number: string } | null;
  /**
   * Study groups the document names elsewhere, each with its Sector (a page's): a Question whose Sector its clause
   * does not tell is of the Sector of the study group of its number that the document names, where it names that
   * number of one Sector only ("Question 2/2" on a page that names "ITU-D Study Group 2"), before `homeSector`.
   */
  readonly studyGroups?: readonly { readonly sector: SectorCode; readonly number: number }[];
}

export interface ClauseText {
  readonly address: string;
  /** The clause text (clean: artefacts blanked). */
  readonly text: string;
  /** Offset of `text` in the document. */
  readonly offset: number;
  /**
   * The document's text, which quotes are taken from: the clause text differs from it where artefacts were blanked
   * or a wrapped line joined (default: quotes from the clause text).
   */
  readonly source?: string;
}

interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly entity: EntityRef;
  /** Lower wins on equal spans. */
  readonly rank: number;
}

/** The bodies that number decisions apart from their resolutions. */
const DECISION_BODIES: ReadonlySet<AssemblyBody> = new Set(['PP', 'COUNCIL']);

const HOME_SECTOR: Partial<Record<AssemblyBody, SectorCode>> = { WTSA: 'ITU-T', WTDC: 'ITU-D', RA: 'ITU-R' };

/** The Sector whose assembly this is (WTSA: ITU-T, WTDC: ITU-D, RA: ITU-R), or null for PP, Council, ... */
export function homeSectorOf(body: AssemblyBody | null): SectorCode | null {
  return body ? (HOME_SECTOR[body] ?? null) : null;
}

const SECTORS: readonly SectorCode[] = ['ITU-T', 'ITU-D', 'ITU-R'];

/**
 * The Sector of study groups (or of their Questions) a text numbers without naming one: the adopting assembly's,
 * unless it has no group of one of these numbers and exactly one other Sector has them all (see
 * {@link STUDY_GROUP_NUMBERS}); in a text of no Sector's assembly (PP, Council), the one Sector that has them all.
 */
function sectorOfNumbers(ctx: MentionContext, numbers: readonly number[]): SectorCode | null {
  const hasAll = (sector: SectorCode): boolean => numbers.every((n) => STUDY_GROUP_NUMBERS[sector].includes(n));
  if (ctx.homeSector && hasAll(ctx.homeSector)) return ctx.homeSector;
  const owners = SECTORS.filter((s) => s !== ctx.homeSector && hasAll(s));
  return owners.length === 1 ? (owners[0] ?? null) : ctx.homeSector;
}

/** The one Sector of which the document names a study group numbered `number` ({@link MentionContext.studyGroups}). */
function namedSectorOf(ctx: MentionContext, number: number): SectorCode | null {
  const sectors = new Set(ctx.studyGroups?.filter((g) => g.number === number).map((g) => g.sector));
  return sectors.size === 1 ? ([...sectors][0] ?? null) : null;
}

/**
 * The Sector named right before `at` ("ITU-T Study Group 20", "（ITU-D）第2研究组"), or null; none where the mention at
 * `at` starts with a conjunction (lexicon `conjunctionPrefixes`): the Sector is then another member of a list.
 */
function sectorBefore(ctx: MentionContext, text: string, at: number): { sector: SectorCode; start: number } | null {
  if (ctx.lex.lexicon.conjunctionPrefixes?.some((c) => text.startsWith(c, at))) return null;
  const windowStart = Math.max(0, at - 80);
  const window = text.slice(windowStart, at);
  let found: { sector: SectorCode; start: number } | null = null;
  for (const m of matchWords(ctx.lex.lexicon, ctx.lex.sector, window)) {
    const gap = window.slice(m.index + m[0].length);
    const sector = ctx.lex.sectorOf(m[0]);
    if (sector && /^[\s\u00A0)）]*$/u.test(gap)) found = { sector, start: windowStart + m.index };
  }
  return found;
}

/**
 * The last Sector the clause names before `at` in the same sentence part (no semicolon between, at most 200
 * characters back) that has a study group numbered `sg`, other than one naming a numbered study group (the spans
 * `groups`): "with the ITU-D study groups, in particular under Question 2/2", "with ITU-D, in particular under …".
 */
function sectorEarlier(
  ctx: MentionContext,
  text: string,
  at: number,
  sg: number,
  groups: readonly { start: number; end: number }[],
): SectorCode | null {
  const windowStart = Math.max(0, at - 200);
  const window = text.slice(windowStart, at);
  const from = Math.max(window.lastIndexOf(';'), window.lastIndexOf('；'), window.lastIndexOf('؛')) + 1;
  let found: SectorCode | null = null;
  for (const m of matchWords(ctx.lex.lexicon, ctx.lex.sector, window)) {
    const start = windowStart + m.index;
    const sector = ctx.lex.sectorOf(m[0]);
    if (m.index < from || !sector || groups.some((g) => g.start <= start && start < g.end)) continue;
    found = STUDY_GROUP_NUMBERS[sector].includes(sg) ? sector : null;
  }
  return found;
}

/**
 * The Sector named right after `at` (", of the ITU Telecommunication Development Sector"), or null. Where a weaker
 * link word names it (lexicon `sectorLinks`: Arabic في, "in"), the study groups `numbers` must all be that Sector's
 * ({@link STUDY_GROUP_NUMBERS}): "مشاركة لجنة الدراسات 17 في قطاع تنمية الاتصالات" is Study Group 17 taking part in
 * ITU-D, not ITU-D's Study Group 17, which does not exist.
 */
function sectorAfter(
  ctx: MentionContext,
  text: string,
  at: number,
  numbers: readonly number[] = [],
): { sector: SectorCode; end: number } | null {
  const m = ctx.lex.sectorAfter.exec(text.slice(at, at + 120));
  const name = m?.groups?.name;
  const sector = name ? ctx.lex.sectorOf(name) : null;
  if (!m || !sector) return null;
  if (m.groups?.weak !== undefined && !numbers.every((n) => STUDY_GROUP_NUMBERS[sector].includes(n))) return null;
  return { sector, end: at + m[0].length };
}

/**
 * The Sectors listed before the Sector `last` ("ITU-T, ITU-R and" before "ITU-D"), in the text's order, each joined
 * to the next by a list word alone.
 */
function sectorsListedBefore(
  ctx: MentionContext,
  text: string,
  last: { sector: SectorCode; start: number },
): { sector: SectorCode; start: number }[] {
  const listed: { sector: SectorCode; start: number }[] = [];
  for (let at = last.start; ;) {
    const windowStart = Math.max(0, at - 80);
    const window = text.slice(windowStart, at);
    let found: { sector: SectorCode; start: number } | null = null;
    for (const m of matchWords(ctx.lex.lexicon, ctx.lex.sector, window)) {
      const sector = ctx.lex.sectorOf(m[0]);
      if (sector && ctx.lex.listGap.test(window.slice(m.index + m[0].length))) {
        found = { sector, start: windowStart + m.index };
      }
    }
    if (!found || found.sector === last.sector || listed.some((l) => l.sector === found.sector)) break;
    listed.unshift(found);
    at = found.start;
  }
  return listed.length ? [...listed, last] : [];
}

/** The Sector that goes on a list at `at` (" and ITU-D", ", the ITU-R"), or null. */
function listedSector(ctx: MentionContext, text: string, at: number): { sector: SectorCode; end: number } | null {
  const window = text.slice(at, at + 120);
  // Without the head word the list shares (`sharedHeadNames`: "Секторов стандартизации электросвязи и развития
  // электросвязи").
  const shared = ctx.lex.sharedHeadAfter.exec(window);
  const name = shared?.groups?.name;
  const record = name
    ? ctx.lex
        .sharedHeadOf(name)
        ?.map((k) => ENTITY_BY_KEY.get(k))
        .find((r) => r?.kind === 'itu-sector')
    : undefined;
  if (shared && record?.sector) return { sector: record.sector, end: at + shared[0].length };
  for (const m of matchWords(ctx.lex.lexicon, ctx.lex.sector, window)) {
    const sector = ctx.lex.sectorOf(m[0]);
    return sector && ctx.lex.listGap.test(window.slice(0, m.index))
      ? { sector, end: at + m.index + m[0].length }
      : null;
  }
  return null;
}

/**
 * The study groups of a Sector taken together, as an organisation of ITU groups ("ITU-T study groups"): what "the
 * relevant study groups", "all ITU-D study groups" or "the study groups of ITU-T and ITU-D" name. The Sector is
 * the one named before or after (each of a list after: "of the … Sector and the … Sector"), else the assembly's
 * own; with neither (a Plenipotentiary text), the study groups of all Sectors.
 */
function studyGroupsOf(
  ctx: MentionContext,
  text: string,
  m: RegExpExecArray,
  before: { sector: SectorCode; start: number } | null,
  after: { sector: SectorCode; end: number } | null,
): Candidate[] {
  // Sectors listed before share the name ("ITU-T和ITU-D相关研究组", "the ITU-T and ITU-D study groups").
  const listed = before && !after ? sectorsListedBefore(ctx, text, before) : [];
  const start = listed[0]?.start ?? (before && !after ? before.start : m.index);
  const sectors: (SectorCode | null)[] = listed.map((l) => l.sector);
  let end = m.index + m[0].length;
  if (after) {
    sectors.push(after.sector);
    end = after.end;
    // More Sectors in a list after the first: "… of ITU-T and ITU-D", "… of the ITU-T, the ITU-R and the ITU-D".
    for (let next = listedSector(ctx, text, end); next && !sectors.includes(next.sector);) {
      sectors.push(next.sector);
      end = next.end;
      next = listedSector(ctx, text, end);
    }
  } else {
    // "the study groups of the three Sectors": of all Sectors.
    const all = ctx.lex.allSectorsAfter.exec(text.slice(end, end + 120));
    if (all) end += all[0].length;
    sectors.push(all ? null : (before?.sector ?? ctx.homeSector));
  }
  return sectors.map((sector) => ({
    start,
    end,
    entity: {
      type: 'Organization',
      key: sector ? `study-groups-${sector.toLowerCase()}` : 'study-groups',
      name: `${sector ?? 'ITU'} study groups`,
      acronym: null,
      kind: 'itu-group',
    },
    rank: 1,
  }));
}

function entityFromRecord(r: EntityRecord): EntityRef {
  switch (r.category) {
    case 'Organization':
      return { type: 'Organization', key: r.key, name: r.name, acronym: r.acronym, kind: r.kind ?? 'other' };
    case 'Office':
      return { type: 'Office', key: r.key, name: r.name };
    case 'Stakeholder':
      return { type: 'Stakeholder', key: r.key, name: r.name };
    case 'Instrument':
      return { type: 'Instrument', key: r.key, kind: r.kind ?? 'strategy', name: r.name, code: null };
  }
}

/**
 * Whether an ITU text may address the entity: a study group, a stakeholder (Member States, Sector Members …), or an
 * official, organ or group of ITU's own (see `addressableByItu`), never a body outside ITU (the CEB, WHO). Without
 * `ituItself`, not ITU itself or its Council either: as one of a list of addressees, those a heading names are what
 * an addressee is or acts as ("as Chair of the Chief Executives Board and …"), or whose a group is ("a joint group of
 * WHO and ITU").
 */
export function addressable(e: EntityRef, options: { readonly ituItself: boolean }): boolean {
  switch (e.type) {
    case 'StudyGroup':
    case 'Stakeholder':
      return true;
    case 'Office':
    case 'Organization': {
      const record = ENTITY_BY_KEY.get(e.key);
      if (record) return addressableByItu(record, options);
      // An organisation the text defines: of ITU where its kind, guessed from its head word, says so.
      return e.type === 'Organization' && ituKindAddressed(e.kind, options);
    }
    default:
      return false;
  }
}

const ITU_COUNCIL = 'itu-council';
const COUNCIL_WORKING_GROUP_RECORD = ENTITY_BY_KEY.get('council-working-group');
/** A working group of the Council, named by its subject (see `patterns.councilWorkingGroup`). */
const COUNCIL_WORKING_GROUP: EntityRef | null = COUNCIL_WORKING_GROUP_RECORD
  ? entityFromRecord(COUNCIL_WORKING_GROUP_RECORD)
  : null;

/**
 * The entities a collective name stands for at `start` in a clause: all its members, or for "the other two", the
 * members other than the one the clause named before it ("the Director of BDT, … the Directors of the other two
 * Bureaux"), else than the one of the Sector of what it named before ("the Director of BDT, … the other two
 * Sectors"), else than the one of the adopting assembly's Sector (`home`). None where that is not exactly one: who
 * is "other" is then unclear.
 */
function membersNamed(
  record: EntityRecord,
  start: number,
  before: readonly Candidate[],
  home: SectorCode | null,
): EntityRecord[] {
  const members = (record.members ?? []).flatMap((key) => ENTITY_BY_KEY.get(key) ?? []);
  if (!record.others) return members;
  const earlier = before.flatMap((c) => (c.start < start && 'key' in c.entity ? [c.entity.key] : []));
  const sectors = new Set(earlier.flatMap((key) => ENTITY_BY_KEY.get(key)?.sector ?? []));
  const named = [
    members.filter((e) => earlier.includes(e.key)),
    members.filter((e) => e.sector !== undefined && sectors.has(e.sector)),
    members.filter((e) => e.sector !== undefined && e.sector === home),
  ].find((list) => list.length > 0);
  return named?.length === 1 ? members.filter((e) => e !== named[0]) : [];
}

function normalizeCode(code: string): string {
  return code.replace(/[\u2010\u2011\u2012\u2013\u2212]/g, '-');
}

/** The matches of each document-wide pattern inside one clause, with indexes relative to the clause text. */
interface ClauseMatches {
  readonly studyGroup: readonly RegExpExecArray[];
  readonly question: readonly RegExpExecArray[];
  readonly unnumberedQuestion: readonly RegExpExecArray[];
  readonly entities: readonly RegExpExecArray[];
  readonly ituResolution: readonly RegExpExecArray[];
  readonly ituDecision: readonly RegExpExecArray[];
  readonly unResolution: readonly RegExpExecArray[];
  readonly whaResolution: readonly RegExpExecArray[];
  readonly sdg: readonly RegExpExecArray[];
  readonly recommendation: readonly RegExpExecArray[];
  readonly councilWorkingGroup: readonly RegExpExecArray[];
  readonly acronym: readonly RegExpExecArray[];
}

/** A clause's own {@link ClauseMatches}, filled in as its matches are found. */
type OwnMatches = { -readonly [F in keyof ClauseMatches]: RegExpExecArray[] };

/** Each code of a list of Question codes ("2/2 and 14-3/2"). */
const QUESTION_CODE = /\d{1,2}(?:[-\u2010\u2011\u2012\u2013\u2212]\d{1,2})?\/\d{1,2}/gu;
/** Each code of a list of United Nations resolutions ("55/63, 56/121 and 57/239"). */
const UN_CODE = /\d{1,3}\/\d{1,3}/gu;
/** A member of a list of World Health Assembly resolutions, with or without its symbol: "WHA58.28", "71.7". */
const WHA_MEMBER = /(?:WHA[ \t\u00A0\u2007\u202F\u3000]?)?(\d{1,2}\.\d{1,2})/gi;

/**
 * The resolutions of a list ("resolutions WHA58.28, WHA66.24 and WHA71.7", "resolutions 58.28 and 71.7 of the World
 * Health Assembly"), each quoted as its own words: the first with the words before the list, the last with the words
 * after it, and one alone with the whole match.
 */
function whaMembers(m: RegExpExecArray, list: string): { raw: string; start: number; end: number }[] {
  const at = m.index + m[0].indexOf(list);
  const found = [...list.matchAll(WHA_MEMBER)];
  return found.map((x, i) => ({
    raw: x[1] ?? '',
    start: i === 0 ? m.index : at + x.index,
    end: i === found.length - 1 ? m.index + m[0].length : at + x.index + x[0].length,
  }));
}

/**
 * One more member of a list of ITU resolutions with its own revision, right at `from` (see
 * `CompiledLexicon.resolutionMore`): the first template that reads a number and a year there, or null. Also the
 * revision alone after a body (`CompiledLexicon.revisionAfterBody`), where a Council session may give the year.
 */
function revisedMember(
  lex: CompiledLexicon,
  more: readonly RegExp[],
  text: string,
  from: number,
): RegExpExecArray | null {
  for (const re of more) {
    re.lastIndex = from;
    const next = re.exec(text);
    if (next && (slot(next, 'YEAR') || slot(next, 'SESSION'))) return next;
  }
  return memberWithoutComma(lex, more, text, from);
}

/**
 * {@link revisedMember} where the bracket writes no comma before the year (" and 123 (Rev. Dubai 2018)", " (Rev.
 * Bucharest 2022)" after a body): the text from `from` to the first bracket's end with a comma before the year,
 * matched by one of `more` as a whole, and kept as `revisionWithoutComma` keeps a citation's. The match is given the
 * text as written (index `from`, and its text without the comma), so that its end is the bracket's.
 */
function memberWithoutComma(
  lex: CompiledLexicon,
  more: readonly RegExp[],
  text: string,
  from: number,
): RegExpExecArray | null {
  const open = text.slice(from, from + 48).search(/[(（]/u);
  if (open < 0) return null;
  const inner = from + open + 1;
  const found = yearWithoutComma(text, inner);
  if (!found) return null;
  const { year, close } = found;
  const patched = `${text.slice(from, inner + year)},${text.slice(inner + year, inner + close + 1)}`;
  for (const re of more) {
    re.lastIndex = 0;
    const again = re.exec(patched);
    const place = again && slot(again, 'PLACE');
    if (!again || again[0].length !== patched.length || !slot(again, 'YEAR') || !place) continue;
    if (!lex.knownPlace(place) && !lex.revision.test(again[0].slice(open, again[0].lastIndexOf(place)))) continue;
    again[0] = text.slice(from, inner + close + 1);
    again.index = from;
    return again;
  }
  return null;
}

/**
 * The members of a list of resolutions after the first, which has its revision, from `from`, added to `members`; the
 * end of the last. Each has its own revision ("Resolutions 64 (Rev. Bucharest, 2022) and 123 (Rev. Dubai, 2018)"),
 * or its number alone where the body is named after it: "…, 130 (Rev. Dubai, 2018) and 90 of the Plenipotentiary
 * Conference" (Arabic "، و90 لمؤتمر المندوبين المفوضين") ends with PP 90, "… (Rev. Kigali, 2022) and 12 other
 * resolutions" with no resolution 12.
 */
function moreMembers(lex: CompiledLexicon, text: string, from: number, members: CitedMember[]): number {
  let end = from;
  let bare: CitedMember[] = [];
  let bareEnd = from;
  for (;;) {
    const next = revisedMember(lex, lex.resolutionMore, text, bareEnd);
    const number = next && slot(next, 'N');
    if (next && number) {
      members.push(...bare, memberOf(lex, next, number));
      bare = [];
      end = bareEnd = next.index + next[0].length;
      continue;
    }
    const plain = lex.resolutionNumberMore;
    if (!plain) break;
    plain.lastIndex = bareEnd;
    const alone = plain.exec(text)?.groups?.N;
    if (!alone) break;
    bare.push({ number: alone, revision: null });
    bareEnd = plain.lastIndex;
  }
  if (bare.length && lex.bodyAfter.test(text.slice(bareEnd, bareEnd + 120))) {
    members.push(...bare);
    end = bareEnd;
  }
  return end;
}

/**
 * How many numbers of a list of resolutions ({RNUMS}, `list`, in the match `m`) are members, and the end in the text
 * of the last, where the list ends before a number that counts: one a noun it counts follows
 * (`CompiledLexicon.countAfter`), after a conjunction that begins anew, one written with a comma or a second one
 * ("Resolutions 78 and 90, and 17 Member States have …", "las Resoluciones 78 y 90 y 17 Estados Miembros"; Arabic
 * joins every member so, where the count's own form tells it: "و17 دولة عضواً"). Null where every number is one. The
 * first two always are, and one after the list's only conjunction: "under Resolutions 78 and 90 Member States have
 * reported", "Resolutions 78, 90 and 95 Member States", "в Резолюции 90 администрациям …".
 */
function membersBeforeCount(
  lex: CompiledLexicon,
  text: string,
  m: RegExpExecArray,
  list: string,
): { kept: number; end: number } | null {
  const at = m.index + m[0].indexOf(list);
  const numbers = [...list.matchAll(/\d+/g)];
  let conjunctions = 0;
  for (let i = 1; i < numbers.length; i++) {
    const before = numbers[i - 1];
    const number = numbers[i];
    if (!before || !number) break;
    const joiner = list.slice(before.index + before[0].length, number.index);
    const conjunction = /\p{L}/u.test(joiner);
    const anew = conjunction && (conjunctions > 0 || /[,،，]/u.test(joiner));
    if (conjunction) conjunctions++;
    if (i < 2 || !anew) continue;
    lex.countAfter.lastIndex = at + number.index + number[0].length;
    if (lex.countAfter.test(text)) return { kept: i, end: at + before.index + before[0].length };
  }
  return null;
}

/**
 * Where a list of resolutions ({RNUMS}, `list`, in the match `m`) follows a head word in the dual (lexicon
 * `dualWords`: "بالقرارين 78 و90") and holds more numbers, two members and the end in the text of the second: the
 * dual names two, and a number after them opens a sentence of its own ("بالقرارين 78 و90، و17 منها …"). Null
 * otherwise.
 */
function membersOfDual(lex: CompiledLexicon, m: RegExpExecArray, list: string): { kept: number; end: number } | null {
  const duals = lex.lexicon.dualWords;
  if (!duals?.length) return null;
  const offset = m[0].indexOf(list);
  const head = m[0].slice(0, offset).trimEnd();
  if (!duals.some((d) => head.endsWith(d))) return null;
  const second = [...list.matchAll(/\d+/g)][1];
  return second ? { kept: 2, end: m.index + offset + second.index + second[0].length } : null;
}

/** A number that reads as a year: no numbering runs to one. */
const YEAR_LIKE = /^(?:19|20)\d\d$/;

/**
 * The revision in brackets right after the body a citation names (`CompiledLexicon.revisionAfterBody`), or null.
 * A bracket there is more often a remark ("(see Annex A, 2022)", "(as amended, 2022)"): it is a revision only where
 * it opens with the revision word ("(Rev. Bucharest, 2022)") or names a place the lexicon knows ("(Hammamet, 2016)");
 * a year alone or a session ("(modified 2019)", "(C19)") only after the Council, whose forms they are.
 */
function revisionAfter(
  lex: CompiledLexicon,
  series: TextSeries,
  body: AssemblyBody,
  text: string,
  from: number,
): RegExpExecArray | null {
  const m = revisedMember(lex, lex.revisionAfterBody[series], text, from);
  if (!m) return null;
  const place = slot(m, 'PLACE');
  if (!place) return body === 'COUNCIL' ? m : null;
  return lex.knownPlace(place) || lex.revision.test(m[0].slice(0, m[0].indexOf(place))) ? m : null;
}

/** A year after white space, no digit after it: where a revision bracket without its comma gives the year. */
const SPACED_YEAR = /[^\S\n](?:19|20)\d\d(?!\d)/u;

/**
 * In the bracket whose text starts at `inner`, a year after white space with no comma or digit before it, and the
 * bracket's end on the same line (offsets from `inner`): a revision that writes no comma before its year. Or null.
 */
function yearWithoutComma(text: string, inner: number): { year: number; close: number } | null {
  const rest = text.slice(inner, inner + 64);
  const close = rest.search(/[)）\n]/u);
  const year = close < 0 ? -1 : rest.slice(0, close).search(SPACED_YEAR);
  if (year < 0 || /[,،，\d]/u.test(rest.slice(0, year)) || !/[)）]/u.test(rest.charAt(close))) return null;
  return { year, close };
}

/**
 * The citation `m` read again with its revision bracket after it, where that bracket writes no comma between the
 * place and the year ("Resolution 183 (Rev. Bucharest 2022)", "(Rev. Dubai 2018)"): the text from the citation to the
 * bracket's end with a comma before the year, matched by the series' pattern as a whole (so the match is one
 * character longer than the text; its index is `m`'s). Only where `m` reads no year, the bracket holds no other comma
 * or digit before the year, and it writes the revision word or a place the lexicon knows, as `revisionAfter` asks.
 * A check here rather than an optional comma in the templates, which would make the place's words and the space
 * before the year ambiguous (see the ReDoS check).
 */
function revisionWithoutComma(
  lex: CompiledLexicon,
  series: TextSeries,
  text: string,
  m: RegExpExecArray,
): RegExpExecArray | null {
  if (slot(m, 'YEAR') || slot(m, 'YY') || slot(m, 'SESSION')) return null;
  BRACKET_OPEN.lastIndex = m.index + m[0].length;
  if (!BRACKET_OPEN.test(text)) return null;
  const from = BRACKET_OPEN.lastIndex;
  const found = yearWithoutComma(text, from);
  if (!found) return null;
  const { year, close } = found;
  const patched = `${text.slice(m.index, from + year)},${text.slice(from + year, from + close + 1)}`;
  const pattern = series === 'resolution' ? lex.patterns.ituResolution : lex.patterns.ituDecision;
  pattern.lastIndex = 0;
  const again = pattern.exec(patched);
  pattern.lastIndex = 0;
  const place = again && slot(again, 'PLACE');
  if (!again || again.index !== 0 || again[0].length !== patched.length || !slot(again, 'YEAR') || !place) return null;
  if (!lex.knownPlace(place) && !lex.revision.test(again[0].slice(from - m.index, again[0].lastIndexOf(place))))
    return null;
  again.index = m.index;
  return again;
}

/** The assembly of each Sector: "Resolution 65 of ITU-D" is the World Telecommunication Development Conference's. */
const SECTOR_ASSEMBLY: Readonly<Record<SectorCode, AssemblyBody>> = { 'ITU-T': 'WTSA', 'ITU-D': 'WTDC', 'ITU-R': 'RA' };

/**
 * The assembly of the Sector named right after a citation, by a link word ("Resolution 65 of ITU-D"), and the end of
 * its name; null where none is, or where a name goes on after it ("of ITU-D Study Group 1").
 */
function assemblySectorAfter(
  lex: CompiledLexicon,
  text: string,
  at: number,
): { body: AssemblyBody; end: number } | null {
  const m = lex.sectorAfter.exec(text.slice(at, at + 120));
  const sector = m?.groups?.name && m.groups.weak === undefined ? lex.sectorOf(m.groups.name) : null;
  if (!m || !sector) return null;
  const end = at + m[0].length;
  if (/^[^\S\n]+\p{Lu}/u.test(text.slice(end, end + 3))) return null;
  return { body: SECTOR_ASSEMBLY[sector], end };
}

/** The assembly of the Sector named right before a citation ("ITU-D Resolution 65"), from `from` on, and its start. */
function assemblySectorBefore(
  lex: CompiledLexicon,
  text: string,
  at: number,
  from: number,
): { body: AssemblyBody; start: number } | null {
  const window = text.slice(from, at);
  let last: { body: AssemblyBody; start: number } | null = null;
  for (const s of matchWords(lex.lexicon, lex.sector, window)) {
    const sector = lex.sectorOf(s[0]);
    if (sector && window.slice(s.index + s[0].length).trim().length <= 1)
      last = { body: SECTOR_ASSEMBLY[sector], start: from + s.index };
  }
  return last;
}

/** Whether a body is named right before `at` ("WTSA Resolution 78"), nothing but a space or a sign between. */
function bodyRightBefore(lex: CompiledLexicon, text: string, at: number): boolean {
  const window = text.slice(Math.max(0, at - 60), at);
  return (
    [...matchWords(lex.lexicon, lex.bodyName, window)].some(
      (b) => window.slice(b.index + b[0].length).trim().length <= 2,
    ) || ownBodyBefore(lex, text, at) !== null
  );
}

/**
 * Where the adopting assembly is named right before `at`, only white space between (lexicon `ownBodyNames`, in a
 * language that names the body first: "本次大会第175号决议", this conference's Resolution 175); else null.
 */
function ownBodyBefore(lex: CompiledLexicon, text: string, at: number): number | null {
  const names = lex.lexicon.ownBodyNames ?? [];
  if (!names.length) return null;
  const before = text.slice(Math.max(0, at - 40), at).trimEnd();
  const end = at - (Math.min(at, 40) - before.length);
  const name = names.find((n) => before.slice(-n.length).toLowerCase() === n.toLowerCase());
  return name === undefined ? null : end - name.length;
}

/** An opening bracket right after a citation, white space before it. */
const BRACKET_OPEN = /[^\S\n]*[(（]/uy;
/** A closing bracket, white space before it. */
const BRACKET_CLOSE = /[^\S\n]*[)）]/uy;

/**
 * A body named alone in a bracket right after a citation, as `bodyAfter` reads it (group `name`, or `own` for the
 * adopting assembly: "第175号决议（本次大会）", "第2号决议（WTDC-22）", "القرار 183 (PP-22)"), and the end of the
 * bracket; null where the bracket holds anything else. In a language that links the body by a word ("of"), a
 * bracket holds no such name.
 */
function bodyInBracket(lex: CompiledLexicon, text: string, at: number): { named: RegExpExecArray; end: number } | null {
  BRACKET_OPEN.lastIndex = at;
  if (!BRACKET_OPEN.test(text)) return null;
  const from = BRACKET_OPEN.lastIndex;
  const named = lex.bodyAfter.exec(text.slice(from, from + 80));
  if (!named) return null;
  BRACKET_CLOSE.lastIndex = from + named[0].length;
  return BRACKET_CLOSE.test(text) ? { named, end: BRACKET_CLOSE.lastIndex } : null;
}

/** A bracket right after a citation, on its line, and what it holds (`inner`). */
const BRACKET_AFTER = /[^\S\n]*[(（](?<inner>[^()（）\n]{1,80})[)）]/uy;

/**
 * The assembly a bracket right after a citation names, though no template read the bracket ("Resolution 646 (as
 * revised by WRC-19)", "Резолюция 646 (пересмотренная на ВКР-19)"), and the bracket's end: the citation's body rather
 * than the adopting assembly's, which a citation that names none is taken to be. Null where the bracket names no
 * assembly, or more than one.
 */
function bodyNamedInBracket(
  lex: CompiledLexicon,
  text: string,
  at: number,
): { body: AssemblyBody; end: number } | null {
  BRACKET_AFTER.lastIndex = at;
  const bracket = BRACKET_AFTER.exec(text);
  const inner = bracket?.groups?.inner;
  if (!bracket || !inner) return null;
  const bodies = new Set<AssemblyBody | null>();
  for (const b of matchWords(lex.lexicon, lex.bodyName, inner)) bodies.add(lex.body(b[0]));
  const [body] = bodies;
  return bodies.size === 1 && body ? { body, end: at + bracket[0].length } : null;
}

/** Punctuation or a line end after a list's last member (`endsBareList`). */
const LIST_END = /[^\S\n]*(?:$|\n|\p{P})/uy;

/**
 * Whether a list in a numbering that names the body ends at `at`: at punctuation, a line end, the end of the text, or
 * the name of the body that numbers it ("Resolutions ITU-R 1 and 2 of the Radiocommunication Assembly").
 */
function endsBareList(lex: CompiledLexicon, text: string, at: number, body: AssemblyBody | null): boolean {
  LIST_END.lastIndex = at;
  if (LIST_END.test(text)) return true;
  const name = lex.bodyAfter.exec(text.slice(at, at + 120))?.groups?.name;
  return body !== null && name !== undefined && lex.body(name) === body;
}

/** One resolution of a citation, with the revision written for it (or for the whole list). */
interface CitedMember {
  readonly number: string;
  readonly revision: { year: number; place: string | null; revised: boolean } | null;
}

/** The assembly whose session the member's revision names ("Rev. Bucharest, 2022": PP), if the table knows one. */
function memberSession(member: CitedMember): AssemblyBody | null {
  return member.revision ? sessionBody(member.revision.place, member.revision.year) : null;
}

function memberOf(lex: CompiledLexicon, m: RegExpExecArray, number: string): CitedMember {
  // A year in full, or after a conference's acronym ("Resolution 646 (Rev.WRC-19)": the version of 2019).
  const short = slot(m, 'YY');
  const year = slot(m, 'YEAR') ?? (short ? String(fullYear(short)) : undefined);
  const session = year ? null : councilSessions(slot(m, 'SESSION'));
  const place = slot(m, 'PLACE');
  return {
    number,
    revision:
      year || session
        ? {
            year: session?.year ?? Number(year),
            place: place ? lex.place(place) : null,
            revised: lex.revision.test(m[0]) || Boolean(session?.first),
          }
        : null,
  };
}

/** The shared empty match list (never pushed to), of the elements kind of the others (see {@link emptyList}). */
const NONE: never[] = emptyList<never>();

/** Matches with every list the shared empty one. */
function noMatches(): OwnMatches {
  return {
    studyGroup: NONE,
    question: NONE,
    unnumberedQuestion: NONE,
    entities: NONE,
    ituResolution: NONE,
    ituDecision: NONE,
    unResolution: NONE,
    whaResolution: NONE,
    sdg: NONE,
    recommendation: NONE,
    councilWorkingGroup: NONE,
    acronym: NONE,
  };
}

const NO_MATCHES: ClauseMatches = noMatches();

/**
 * An acronym in brackets, for organisations the text defines ("… Health Alliance (XHA)"); its last part may join two
 * subjects with "&" ("… on WSIS and the SDGs (CWG-WSIS&SDG)").
 */
const ACRONYM =
  /[(（]([A-Z][A-Za-z0-9]{1,11}(?:[-\u2010\u2011/][A-Z0-9][A-Za-z0-9]{0,7})?(?:&[A-Z][A-Za-z0-9]{0,7})?)[)）]/uy;
/** {@link ACRONYM}, tried only at its brackets (see {@link cuedMatches}). */
export const ACRONYMS: readonly CuedPattern[] = [{ re: ACRONYM, cues: ['(', '（'] }];
/**
 * {@link ACRONYM} in a script with case of its own besides Latin: an acronym of Cyrillic capitals, or of both
 * ("ОГ‑ЦЗ", "КГСЭ", "ОГ‑ML5G").
 */
const ACRONYM_CYRILLIC =
  /[(（]([A-ZА-ЯЁ][A-Za-z0-9А-Яа-яЁё]{1,11}(?:[-\u2010\u2011/][A-ZА-ЯЁ0-9][A-Za-z0-9А-Яа-яЁё]{0,7})?(?:&[A-ZА-ЯЁ][A-Za-z0-9А-Яа-яЁё]{0,7})?)[)）]/uy;
/** The acronyms a text defines, by the script its lexicon declares: Latin ones in any script. */
const ACRONYMS_OF_SCRIPT: Readonly<Partial<Record<CompiledLexicon['lexicon']['script'], readonly CuedPattern[]>>> = {
  Cyrillic: [{ re: ACRONYM_CYRILLIC, cues: ['(', '（'] }],
};

/** How far before a known name a region that opens a longer name is looked for (lexicon `nameQualifiers`). */
const MAX_QUALIFIER = 8;
/** The word right before `at` (past white space), or right after `at`: a run of letters and marks. */
function wordNextTo(text: string, at: number, before: boolean): string {
  let i = at;
  if (before) {
    while (i > 0 && /\s/u.test(text.charAt(i - 1))) i--;
    const end = i;
    while (i > 0 && /[\p{L}\p{M}]/u.test(text.charAt(i - 1))) i--;
    return text.slice(i, end);
  }
  while (i < text.length && /\s/u.test(text.charAt(i))) i++;
  const start = i;
  while (i < text.length && /[\p{L}\p{M}]/u.test(text.charAt(i))) i++;
  return text.slice(start, i);
}

/** Whether a short name (lexicon `shortNames`) at `start`–`end` is part of another's name by the words next to it. */
function shortNameQualified(lex: CompiledLexicon, text: string, start: number, end: number): boolean {
  const before = wordNextTo(text, start, true);
  if (before && lex.shortNameBefore.test(before)) return true;
  const after = wordNextTo(text, end, false);
  return after !== '' && lex.shortNameAfter.test(after);
}

/** A known name that starts at a later word inside `start`–`end` (a short name's own match hid it), or null. */
function knownNameInside(lex: CompiledLexicon, text: string, start: number, end: number): RegExpExecArray | null {
  const re = lex.entityWords;
  for (let at = start + 1; at < end; at++) {
    if (!/[\p{L}\p{N}]/u.test(text.charAt(at)) || /[\p{L}\p{N}]/u.test(text.charAt(at - 1))) continue;
    re.lastIndex = at;
    const m = re.exec(text);
    re.lastIndex = 0;
    return m && m.index === at ? m : null;
  }
  return null;
}

/**
 * An acronym in brackets right after a known entity's name (sticky, read at the name's end: cutting the rest of the
 * clause out for an anchored regex cost more than the match).
 */
const ENTITY_ACRONYM = /[\s\u00A0]*[(（]([^()（）\n]{1,20})[)）]/uy;
/**
 * Whether {@link ENTITY_ACRONYM} may match at `at`: false where the first character after any spaces is neither a
 * bracket nor other white space (nor a character at or above U+1680, where the rarer white space is). Most names
 * are followed by a word, and looking costs less than the regex.
 */
function bracketMayFollow(text: string, at: number): boolean {
  let i = at;
  while (text.charCodeAt(i) === 0x20) i++;
  const c = text.charCodeAt(i);
  return c === 0x28 || c < 0x20 || c === 0xa0 || c >= 0x1680;
}
/** The goal's code in brackets right after a Sustainable Development Goal (sticky, like {@link ENTITY_ACRONYM}). */
const SDG_ACRONYM = /[\s\u00A0]*[(（]SDG[\s\u00A0]*\d{1,2}[)）]/uy;
/**
 * Whether a text holds a letter, a full stop and a digit, as every Recommendation's code does ("H.810"): most texts
 * cite none, and looking for the dots first costs a tenth of the scan for Sector names (its case-insensitive start
 * is tried at every "i", "r", "s" and "t").
 */
function holdsRecommendationCode(text: string): boolean {
  for (let at = text.indexOf('.', 1); at >= 0; at = text.indexOf('.', at + 1)) {
    const before = text.charCodeAt(at - 1) | 0x20; // lower case, for ASCII letters
    const after = text.charCodeAt(at + 1);
    if (before >= 0x61 && before <= 0x7a && after >= 0x30 && after <= 0x39) return true;
  }
  return false;
}

/** The Sustainable Development Goals the 2030 Agenda sets (UN General Assembly Resolution 70/1): 1 to 17. */
const SDG_COUNT = 17;
/** Whether a number names one of the Goals: "SDG 18" or "Goal 0 of the 2030 Agenda" names none. */
function isGoalNumber(n: string): boolean {
  const goal = Number(n);
  return goal >= 1 && goal <= SDG_COUNT;
}

/** The most Recommendations read in one list ("H.810, H.811 and H.812"). */
const MAX_RECOMMENDATIONS = 24;
/** The 2030 Agenda for Sustainable Development, which sets the Goals (lexicon/entities.ts). */
const AGENDA_2030 = 'agenda-2030';
/** How far after the Goals are named a goal named by number alone may stand ("…, in particular Goals 3 and 9"). */
const GOALS_WINDOW = 60;

/**
 * Whether goals named by number alone at `at` follow the Goals named at `namedAt` (-1: not named) closely, in the
 * same sentence: "Goals 1 and 2" elsewhere may be another plan's (the Connect 2030 Agenda has goals too).
 */
function goalsJustNamed(text: string, namedAt: number, at: number): boolean {
  return namedAt >= 0 && at - namedAt <= GOALS_WINDOW && !/[;；.。:：]/.test(text.slice(namedAt, at));
}

/** The patterns {@link matchClauses} reads, the Recommendations' last: they are left out of most texts. */
const PATTERN_KEYS_BUT_RECOMMENDATION: readonly PatternKey[] = [
  'studyGroup',
  'question',
  'unnumberedQuestion',
  'ituResolution',
  'ituDecision',
  'unResolution',
  'whaResolution',
  'sdg',
  'councilWorkingGroup',
];
const PATTERN_KEYS: readonly PatternKey[] = [...PATTERN_KEYS_BUT_RECOMMENDATION, 'recommendation'];

/**
 * Runs each pattern once over all clauses joined by blank lines, rather than once per clause: a document has
 * dozens of clauses, and starting a dozen regex scans for each cost more than the scanning. No pattern matches two
 * line breaks (white space in patterns is horizontal but for one line break inside a bracket; free-text slots stop at
 * one), so no match crosses from one clause into the next, and a line break before or after a clause reads as its
 * start or end does: the matches are exactly those of a scan per clause.
 */
function matchClauses(lex: CompiledLexicon, texts: readonly string[]): ClauseMatches[] {
  const starts: number[] = [];
  let at = 0;
  for (const t of texts) {
    starts.push(at);
    at += t.length + 2;
  }
  const joined = texts.join('\n\n');
  // Most clauses match none of the patterns: they share NO_MATCHES, and a clause gets matches of its own (each list
  // the shared empty one until it gets a match) at its first match; nothing is built per clause and pattern.
  const out: OwnMatches[] = new Array<OwnMatches>(texts.length).fill(NO_MATCHES as OwnMatches);
  const place = (field: keyof ClauseMatches, matches: readonly RegExpExecArray[]): void => {
    let k = 0;
    for (const m of matches) {
      while (k + 1 < starts.length && (starts[k + 1] ?? 0) <= m.index) k++;
      const start = starts[k] ?? 0;
      if (m.index + m[0].length > start + (texts[k]?.length ?? 0)) continue; // cannot happen; see above
      m.index -= start;
      let own = out[k];
      if (own === NO_MATCHES || own === undefined) {
        own = noMatches();
        out[k] = own;
      }
      const list = own[field];
      if (list === NONE) own[field] = [m];
      else list.push(m);
    }
  };
  // Each pattern's matches in one pass over the text where the lexicon tells where they may start (see
  // `matchAtWordStarts`); most texts cite no Recommendation, and are not looked at for one.
  const keys = holdsRecommendationCode(joined) ? PATTERN_KEYS : PATTERN_KEYS_BUT_RECOMMENDATION;
  // The entity names are tried in the same pass, only at words that may begin a name: most words begin none.
  const found = matchAtWordStarts(lex, keys, joined, true);
  // The lists come in the order of `keys`.
  keys.forEach((key, k) => place(key, found.patterns[k] ?? NONE));
  place('entities', found.entities);
  if (lex.lexicon.organizationHeads.length)
    place('acronym', cuedMatches(joined, ACRONYMS_OF_SCRIPT[lex.lexicon.script] ?? ACRONYMS)[0] ?? NONE);
  return out;
}

/**
 * Finds the mentions in each of a document's clauses. Returns, per clause, its mentions sorted by position,
 * without overlaps. Each clause is read on its own: nothing is found across a clause boundary.
 */
export function findClauseMentions(ctx: MentionContext, clauses: readonly ClauseText[]): Mention[][] {
  const matches = matchClauses(
    ctx.lex,
    clauses.map((c) => c.text),
  );
  const found = clauses.map((c, i) => mentionsIn(ctx, c, matches[i] ?? NO_MATCHES));
  return withDefinedAcronyms(ctx, clauses, found);
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * Whether text[start, end) is a word of its own: no letter or digit next to it, nor one joined to it by a hyphen or
 * a slash ("FG-X" is not in "FG-X-2" or "ITU/FG-X").
 */
function standsAlone(text: string, start: number, end: number): boolean {
  const before = text.charAt(start - 1);
  const after = text.charAt(end);
  if (WORD_CHARACTER.test(before) || WORD_CHARACTER.test(after)) return false;
  if ((before === '-' || before === '/') && WORD_CHARACTER.test(text.charAt(start - 2))) return false;
  if ((after === '-' || after === '/') && WORD_CHARACTER.test(text.charAt(end + 1))) return false;
  return true;
}

/**
 * The length of a conjunction prefix (lexicon `conjunctionPrefixes`) written joined to text[at…] and starting a word
 * of its own, as Arabic writes "و" (and) before a defined acronym ("WHO وJCA-AHF"); else 0.
 */
function conjunctionBefore(ctx: MentionContext, text: string, at: number): number {
  for (const c of ctx.lex.lexicon.conjunctionPrefixes ?? []) {
    const from = at - c.length;
    if (from >= 0 && text.startsWith(c, from) && !WORD_CHARACTER.test(text.charAt(from - 1))) return c.length;
  }
  return 0;
}

const SPACE = /[\s\u00A0\u2007\u202F\u3000]/u;

/**
 * The end of `name` written in `text` at `at`, any run of white space for each of its spaces (a name as
 * {@link definedOrganizations} gives it, single-spaced), or -1.
 */
function nameEndAt(text: string, name: string, at: number): number {
  let i = at;
  for (let k = 0; k < name.length; k++) {
    if (name.charAt(k) === ' ') {
      if (!SPACE.test(text.charAt(i))) return -1;
      while (SPACE.test(text.charAt(i))) i++;
    } else if (text.charAt(i++) !== name.charAt(k)) return -1;
  }
  return i;
}

/**
 * Where else the clause writes the name of an organisation the document defines, without its acronym ("to report
 * to the Council Working Group on Child Online Protection" after "… Protection (CWG-COP)"): a mention of that
 * organisation there, in place of the mentions the name holds ("Council Working Group"). Not where a mention
 * reaches across the name's start or end, nor within a mention of the organisation already (its definition).
 */
function definedNamesIn(clause: ClauseText, list: Mention[], entity: EntityRef): Mention[] {
  if (entity.type !== 'Organization') return list;
  const { name, key } = entity;
  const first = name.split(' ')[0] ?? name;
  const same = (x: Mention): boolean => x.entity.type === 'Organization' && x.entity.key === key;
  let out = list;
  for (let at = clause.text.indexOf(first); at >= 0; at = clause.text.indexOf(first, at + 1)) {
    const endAt = nameEndAt(clause.text, name, at);
    if (endAt < 0 || !standsAlone(clause.text, at, endAt)) continue;
    const start = clause.offset + at;
    const end = clause.offset + endAt;
    const held = out.filter((x) => x.span[0] < end && x.span[1] > start);
    if (held.some((x) => x.span[0] < start || x.span[1] > end || same(x))) continue;
    out = out.filter((x) => !held.includes(x));
    out.push({ entity, clause: clause.address, span: [start, end], quote: clause.source?.slice(start, end) ?? name });
    out.sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1]);
  }
  return out;
}

/** The acronym in brackets a mention's quote ends with, in capitals: "… здравоохранения (ОГ-ИИЗ)". */
const DEFINED_ACRONYM = /[(\uFF08](\p{Lu}[\p{Lu}\p{N}&/-]{1,19})[)\uFF09]$/u;

/**
 * An acronym the document defines ("… Focus Group on … (FG-AI4NDM)", see {@link definedOrganizations}) names the
 * organisation wherever else the document writes it, before the definition or after: "FG-AI4NDM reports to …"; so
 * does the name it defines, written without the acronym ({@link definedNamesIn}). The first definition of an acronym
 * counts; an acronym a table knows is never redefined.
 */
function withDefinedAcronyms(ctx: MentionContext, clauses: readonly ClauseText[], found: Mention[][]): Mention[][] {
  const defined = new Map<string, EntityRef>();
  for (const list of found) {
    for (const { entity, quote } of list) {
      if (entity.type !== 'Organization' || !entity.acronym) continue;
      // A known organisation's name with an acronym of the text's language ("… (ОГ-ИИЗ)"): that acronym is the
      // organisation's in the rest of the document.
      const own = quote.endsWith(')') ? DEFINED_ACRONYM.exec(quote)?.[1] : undefined;
      for (const acronym of own && own !== entity.acronym ? [entity.acronym, own] : [entity.acronym]) {
        if (!defined.has(acronym) && !ctx.lex.entityOf(acronym)) defined.set(acronym, entity);
      }
    }
  }
  if (!defined.size) return found;
  return clauses.map((clause, i) => {
    let list = found[i] ?? [];
    for (const entity of defined.values()) list = definedNamesIn(clause, list, entity);
    const added: Mention[] = [];
    for (const [acronym, entity] of defined) {
      for (let at = clause.text.indexOf(acronym); at >= 0; at = clause.text.indexOf(acronym, at + 1)) {
        // With the conjunction joined to it, as the language writes its names: "وJCA-AHF" (and JCA-AHF).
        const alone = standsAlone(clause.text, at, at + acronym.length);
        const joined = alone ? 0 : conjunctionBefore(ctx, clause.text, at);
        if (!alone && !(joined && standsAlone(clause.text, at - joined, at + acronym.length))) continue;
        const start = clause.offset + at - joined;
        const end = clause.offset + at + acronym.length;
        // A name the acronym holds is part of it ("WSIS" in "CWG-WSIS&SDG"); one that reaches across it is not.
        const held = (x: Mention): boolean => x.span[0] < end && x.span[1] > start;
        if (added.some(held) || list.some((x) => held(x) && (x.span[0] < start || x.span[1] > end))) continue;
        list = list.filter((x) => !held(x));
        added.push({
          entity,
          clause: clause.address,
          span: [start, end],
          quote: clause.source?.slice(start, end) ?? acronym,
        });
      }
    }
    if (!added.length) return list;
    return [...list, ...added].sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1]);
  });
}

/** Finds the mentions in one clause. Returns them sorted by position, without overlaps. */
export function findMentions(ctx: MentionContext, clause: ClauseText): Mention[] {
  return findClauseMentions(ctx, [clause])[0] ?? [];
}

function mentionsIn(ctx: MentionContext, clause: ClauseText, found: ClauseMatches): Mention[] {
  // Every mention starts at a match of one of the patterns; many clauses have none.
  if (
    !found.studyGroup.length &&
    !found.question.length &&
    !found.unnumberedQuestion.length &&
    !found.entities.length &&
    !found.ituResolution.length &&
    !found.ituDecision.length &&
    !found.unResolution.length &&
    !found.whaResolution.length &&
    !found.sdg.length &&
    !found.recommendation.length &&
    !found.councilWorkingGroup.length &&
    !found.acronym.length
  ) {
    return emptyList<Mention>();
  }
  const { lex } = ctx;
  const { text } = clause;
  const candidates: Candidate[] = [];

  // Study groups, with the Sector named before ("ITU-T Study Group 20", "（ITU-D）第2研究组") or after
  // ("Study Groups 11 and 17, of the ITU Telecommunication Standardization Sector").
  const studyGroups: { start: number; end: number; sector: SectorCode; numbers: number[] }[] = [];
  for (const m of found.studyGroup) {
    const nums = (slot(m, 'NUMS') ?? slot(m, 'N') ?? '').match(/\d+/g)?.map(Number) ?? [];
    const before = sectorBefore(ctx, text, m.index);
    const after = sectorAfter(ctx, text, m.index + m[0].length, nums);
    if (!nums.length) {
      candidates.push(...studyGroupsOf(ctx, text, m, before, after));
      continue;
    }
    const previous = studyGroups.at(-1);
    const sector = after?.sector ?? before?.sector ?? sectorOfNumbers(ctx, nums) ?? previous?.sector ?? null;
    if (!sector) continue;
    const start = before && !after ? before.start : m.index;
    const end = after ? after.end : m.index + m[0].length;
    studyGroups.push({ start, end, sector, numbers: nums });
    for (const n of nums) candidates.push({ start, end, entity: { type: 'StudyGroup', sector, number: n }, rank: 0 });
  }

  // Numbered Questions: "Question 14-3/2" belongs to study group 2 of the Sector named nearby.
  for (const m of found.question) {
    const end = m.index + m[0].length;
    for (const written of (slot(m, 'QCODES') ?? slot(m, 'QCODE') ?? '').match(QUESTION_CODE) ?? []) {
      const code = normalizeCode(written);
      const sg = Number(code.split('/')[1]);
      if (!Number.isFinite(sg)) continue;
      // Named after: "Question 2/2 of ITU-D Study Group 2", "la Question 2/2 de l'UIT-D"; or before.
      const groupAfter = studyGroups.find(
        (g) => g.start >= end && g.numbers.includes(sg) && lex.linkOnly.test(text.slice(end, g.start)),
      );
      const owner = [...studyGroups].reverse().find((g) => g.start < m.index && g.numbers.includes(sg));
      const sector =
        groupAfter?.sector ??
        sectorAfter(ctx, text, end, [sg])?.sector ??
        owner?.sector ??
        sectorBefore(ctx, text, m.index)?.sector ??
        sectorEarlier(ctx, text, m.index, sg, studyGroups) ??
        namedSectorOf(ctx, sg) ??
        sectorOfNumbers(ctx, [sg]);
      if (!sector) continue;
      candidates.push({
        start: m.index,
        end,
        entity: { type: 'Question', sector, studyGroup: sg, code, title: null },
        rank: 0,
      });
    }
  }
  // Questions named by subject: "its Question on multimedia framework ..." belongs to the group named before.
  for (const m of found.unnumberedQuestion) {
    const title = (slot(m, 'TEXT') ?? '').trim().replace(/\s+/g, ' ');
    const owner = [...studyGroups].reverse().find((g) => g.start < m.index);
    if (!title || !owner || owner.numbers.length !== 1) continue;
    candidates.push({
      start: m.index,
      end: m.index + m[0].length,
      entity: { type: 'Question', sector: owner.sector, studyGroup: owner.numbers[0] ?? 0, code: null, title },
      rank: 0,
    });
  }

  // Known entities, each extended over an acronym in brackets that names the same entity.
  const entityMatches = found.entities.slice();
  for (const m of entityMatches) {
    const record = lex.entityOf(m[0]);
    if (!record) continue;
    // "非洲地区知识产权组织": the end of another organisation's name, which a region opens (no space tells them apart);
    // not "非洲地区成员国", the region's Member States, nor "非洲地区国际电联成员国": no other name ends with 国际电联.
    if (
      record.category === 'Organization' &&
      lex.lexicon.nameQualifiers?.length &&
      lex.qualifiedBefore.test(text.slice(Math.max(0, m.index - MAX_QUALIFIER), m.index)) &&
      lex.qualifiable(m[0])
    )
      continue;
    // "the Union", "l'Union", "الاتحاد": ITU, where no word before or after makes it another's name ("l'Union
    // européenne", "Европейского Союза"); then a known name may start inside it ("la Unión Internacional de …").
    if (
      lex.lexicon.shortNames?.[record.key] &&
      lex.shortName(m[0]) &&
      shortNameQualified(lex, text, m.index, m.index + m[0].length)
    ) {
      const inner = knownNameInside(lex, text, m.index, m.index + m[0].length);
      if (inner) entityMatches.push(inner);
      continue;
    }
    if (record.members) {
      for (const member of membersNamed(record, m.index, candidates, ctx.homeSector)) {
        candidates.push({ start: m.index, end: m.index + m[0].length, entity: entityFromRecord(member), rank: 1 });
      }
      continue;
    }
    let end = m.index + m[0].length;
    ENTITY_ACRONYM.lastIndex = end;
    const acr = bracketMayFollow(text, end) ? ENTITY_ACRONYM.exec(text) : null;
    if (acr?.[1] && lex.entityOf(acr[1])?.key === record.key) end += acr[0].length;
    candidates.push({ start: m.index, end, entity: entityFromRecord(record), rank: 1 });
  }
  // A working group of the Council ("the Council Working Group on Child Online Protection", "Working Group of the
  // Council on …"): a body of its own, not the Council, where the Council it names is the ITU Council as the known
  // names read it (not "du Conseil des droits de l'homme", not "совета экспертов"). It takes in the Council's name
  // ("Groupe de travail du Conseil de l'UIT"). Not where a party of its own stands inside the words
  // ("向理事会提交ITU-T第16研究组工作组的报告": to the Council, the report of SG16's working party): a subject names
  // no study group, official or Bureau.
  for (const m of found.councilWorkingGroup) {
    const end = m.index + m[0].length;
    const council = candidates.find(
      (c) => c.entity.type === 'Organization' && c.entity.key === ITU_COUNCIL && c.start >= m.index && c.start < end,
    );
    if (!council || !COUNCIL_WORKING_GROUP) continue;
    if (
      candidates.some(
        (c) => c.start >= m.index && c.start < end && c !== council && addressable(c.entity, { ituItself: false }),
      )
    )
      continue;
    candidates.push({ start: m.index, end: Math.max(end, council.end), entity: COUNCIL_WORKING_GROUP, rank: 1 });
  }

  // Cited ITU resolutions: the body is named after ("of the Plenipotentiary Conference"), before
  // ("WTSA Resolution 1", "全权代表大会……第130号决议"), or it is the adopting assembly's own. A list names the body
  // once, after its last member: "Resolutions 78 and 90 (Rev. Geneva, 2022) of the World Telecommunication
  // Standardization Assembly", "Resolution 139 (…) and Resolution 71 (…) of the Plenipotentiary Conference".
  // Decisions are read alike, in their own series ("Decision 482 of the Council"), in text order with the resolutions
  // so that a list names its body once for both ("Resolution 1408 and Decision 482 of the Council").
  const cited: {
    m: RegExpExecArray;
    series: TextSeries;
    members: CitedMember[];
    end: number;
    body: AssemblyBody | null;
  }[] = [];
  // Made by pushing to an empty list of objects: a list mapped from an empty one is of another kind (see emptyList).
  const citedMatches = emptyList<{ m: RegExpExecArray; series: TextSeries }>();
  for (const m of found.ituResolution) citedMatches.push({ m, series: 'resolution' });
  for (const m of found.ituDecision) citedMatches.push({ m, series: 'decision' });
  if (found.ituDecision.length) citedMatches.sort((a, b) => a.m.index - b.m.index);
  for (const cue of citedMatches) {
    const { series } = cue;
    // "(Rev. Bucharest 2022)": the revision read as if the comma stood before the year; the match is the longer by it.
    const unpunctuated = revisionWithoutComma(lex, series, text, cue.m);
    const m = unpunctuated ?? cue.m;
    const one = slot(m, 'N');
    const numbered = one ? undefined : slot(m, 'HBNUMS');
    const numbers = one
      ? [one]
      : numbered
        ? [numbered.replace(/\D.*$/su, '')]
        : (slot(m, 'RNUMS')?.match(/\d+/g) ?? []);
    if (!numbers.length) continue;
    let endOfMatch = m.index + m[0].length - (unpunctuated ? 1 : 0);
    // "Resolutions 78 and 90, and 17 Member States have …": 17 counts, and the list ends before it; after a dual
    // ("بالقرارين 78 و90، و17 …"), the list ends after the second.
    const listed = numbers.length > 2 ? slot(m, 'RNUMS') : undefined;
    const counted =
      listed === undefined ? null : (membersOfDual(lex, m, listed) ?? membersBeforeCount(lex, text, m, listed));
    if (counted) {
      numbers.length = counted.kept;
      endOfMatch = counted.end;
    }
    // "Resolutions ITU-R 1-8 and ITU-R 2-8": the members after the first.
    if (numbered) {
      // The run of bare members last read ("15, 19 and 22"): where it starts in `numbers`, and the end before it.
      let bareFrom = -1;
      let endBeforeBare = endOfMatch;
      for (;;) {
        lex.numberedMore.lastIndex = endOfMatch;
        const next = lex.numberedMore.exec(text);
        const bare = next && slot(next, 'BARE');
        const number = next && (slot(next, 'N') ?? bare);
        // No numbering runs to a year: the list ends before one ("ITU-R 1-8 and ITU-R 2-8, 2023 edition").
        if (!next || !number || YEAR_LIKE.test(number)) break;
        if (!bare) bareFrom = -1;
        else if (bareFrom < 0) [bareFrom, endBeforeBare] = [numbers.length, endOfMatch];
        numbers.push(number);
        endOfMatch = next.index + next[0].length;
      }
      // Bare numbers are the list's last members only where nothing more is said of them: a run that ends with a word
      // ("and 2 other resolutions", ", 5 and 6 of the Plenipotentiary Conference") is no member of it, but one that
      // ends at punctuation, the end of a line or the assembly's own name is ("Resolutions ITU-R 15, 19 and 22;").
      if (bareFrom >= 0 && !endsBareList(lex, text, endOfMatch, lex.body(slot(m, 'HEADERBODY') ?? ''))) {
        numbers.length = bareFrom;
        endOfMatch = endBeforeBare;
      }
    }
    // 70/1, 58.28, a UNFCCC decision 1/CP.21: not ITU numbering.
    if (/^(?:[/.]\d|\/\p{L})/u.test(text.slice(endOfMatch, endOfMatch + 2))) continue;
    let members = numbers.map((number) => memberOf(lex, m, number));
    // "Resolutions 64 (Rev. Bucharest, 2022) and 123 (Rev. Dubai, 2018)": more members, each with its revision.
    if (slot(m, 'YEAR')) endOfMatch = moreMembers(lex, text, endOfMatch, members);
    const written = lex.bodyAfter.exec(text.slice(endOfMatch, endOfMatch + 120));
    // "第175号决议（本次大会）", "القرار 183 (PP-22)": the body alone in a bracket after the citation.
    const bracketed = written ? null : bodyInBracket(lex, text, endOfMatch);
    const after = written ?? bracketed?.named ?? null;
    // "Resolution ITU-R 69": the numbering names the assembly ({HEADERBODY}); so does an Arabic construct, the body
    // between the word and the number ("قرار المجلس 1305").
    const numbering = slot(m, 'HEADERBODY');
    // "Resolution 646 (Rev.WRC-19)": the acronym of the revision bracket names it too, before any body named after.
    const dated = slot(m, 'DATED');
    // No numbering runs to a year: "قرار المجلس 2019" is the Council's decision of 2019, not a resolution numbered so.
    if (numbering && numbers.some((n) => YEAR_LIKE.test(n))) continue;
    // "… and 175 of this conference": the adopting assembly's own (lexicon `ownBodyNames`).
    const own = after?.groups?.own !== undefined ? ctx.homeBody : null;
    // "Resolution 65 of ITU-D": the Sector's assembly.
    const sector = after || numbering || dated ? null : assemblySectorAfter(lex, text, endOfMatch);
    const named: AssemblyBody | null =
      (numbering ? lex.body(numbering) : null) ??
      (dated ? lex.datedBody(dated) : null) ??
      (after?.groups?.name ? lex.body(after.groups.name) : null) ??
      own ??
      sector?.body ??
      // Only the Council numbers its sessions: "Resolution 1305 (C09)" is the Council's.
      (slot(m, 'SESSION') ? 'COUNCIL' : null);
    // A bracket no template read, which names an assembly: that one, not the adopting assembly.
    const inBracket = named || after ? null : bodyNamedInBracket(lex, text, endOfMatch);
    const body = named ?? inBracket?.body ?? null;
    let end =
      bracketed && body
        ? bracketed.end
        : after && body
          ? endOfMatch + after[0].length
          : sector
            ? sector.end
            : (inBracket?.end ?? endOfMatch);
    if (written && body) {
      // "… de l'Assemblée mondiale de normalisation des télécommunications (AMNT)": the acronym is the body's too.
      ENTITY_ACRONYM.lastIndex = end;
      const acronym = ENTITY_ACRONYM.exec(text);
      if (acronym?.[1] && lex.body(acronym[1]) === body) end += acronym[0].length;
      // "Resolution 183 of the Plenipotentiary Conference (Rev. Bucharest, 2022)": the revision after the body is
      // that of the members that wrote none, as it is written before it; only after the body that numbers them
      // ("Resolution ITU-R 69 of the Plenipotentiary Conference (Rev. …)" names another's revision).
      const revision =
        members.some((x) => !x.revision) && lex.body(written.groups?.name ?? '') === body
          ? revisionAfter(lex, series, body, text, end)
          : null;
      if (revision) {
        members = members.map((x) => (x.revision ? x : memberOf(lex, revision, x.number)));
        end = revision.index + revision[0].length;
      }
    }
    cited.push({ m, series, members, end, body });
  }
  for (let i = cited.length - 2; i >= 0; i--) {
    const c = cited[i];
    const next = cited[i + 1];
    // Not where a body is written right before it ("WTSA Resolution 78, of Resolution 183 … of the Plenipotentiary
    // Conference").
    if (
      c &&
      next &&
      !c.body &&
      next.body &&
      lex.listGap.test(text.slice(c.end, next.m.index)) &&
      !bodyRightBefore(lex, text, c.m.index) &&
      // Nor where its revision names another assembly's session ("Resolution 54 (Rev. Kigali, 2022) and Resolution
      // 183 (…) of the Plenipotentiary Conference": WTDC 54).
      !c.members.some((x) => memberSession(x) !== (next.body ?? null) && memberSession(x) !== null)
    )
      c.body = next.body;
  }
  let citedUntil = 0;
  for (const { m, series, members, end, body: named } of cited) {
    let body = named;
    let start = m.index;
    if (!body) {
      // A body before the citation, in the same clause segment and not named after the citation before it.
      const windowStart = Math.max(0, m.index - 60, citedUntil);
      const window = text.slice(windowStart, m.index);
      // "本次大会第175号决议": the adopting assembly, named right before.
      const own = ctx.homeBody ? ownBodyBefore(lex, text, m.index) : null;
      let last: RegExpExecArray | null = null;
      if (own === null) {
        for (const b of matchWords(lex.lexicon, lex.bodyName, window)) {
          if (!/[;；。]/.test(window.slice(b.index + b[0].length))) last = b;
        }
      }
      if (own !== null) [body, start] = [ctx.homeBody, own];
      else if (last) {
        body = lex.body(last[0]);
        if (window.slice(last.index + last[0].length).trim().length <= 2) start = windowStart + last.index;
      } else {
        // "ITU-D Resolution 65": the Sector's assembly, the Sector written right before.
        const sector = assemblySectorBefore(lex, text, m.index, windowStart);
        if (sector) [body, start] = [sector.body, sector.start];
      }
    }
    // A body named after a citation is that citation's ("… of the Plenipotentiary Conference and Resolution 78").
    if (named) citedUntil = end;
    const written = body;
    for (const member of members) {
      const { number, revision } = member;
      // Failing a body written, the session its revision names, else the adopting assembly.
      const its = written ?? memberSession(member) ?? ctx.homeBody;
      // Only the Plenipotentiary Conference and the Council number decisions: "Decision 482" in a WTSA text that names
      // no body is not WTSA's.
      if (!its || (series === 'decision' && !DECISION_BODIES.has(its))) continue;
      if (ctx.self && ctx.self.body === its && ctx.self.series === series && ctx.self.number === number) continue;
      candidates.push({
        start,
        end,
        entity: { type: 'ItuResolution', body: its, series, number, revision },
        rank: 2,
      });
    }
  }

  for (const m of found.unResolution) {
    for (const code of (slot(m, 'UNNUMS') ?? slot(m, 'UNNUM') ?? '').match(UN_CODE) ?? []) {
      candidates.push({
        start: m.index,
        end: m.index + m[0].length,
        entity: {
          type: 'Instrument',
          key: `unga-${code}`,
          kind: 'un-resolution',
          name: `UN General Assembly Resolution ${code}`,
          code,
        },
        rank: 0,
      });
    }
  }
  for (const m of found.whaResolution) {
    const list = slot(m, 'WHACODES') ?? slot(m, 'WHANUMS');
    // "WHA58.28" and "58/28 of the World Health Assembly" are the same resolution.
    const single = slot(m, 'WHANUM') ?? slot(m, 'UNNUM');
    const members =
      list === undefined ? [{ raw: single ?? '', start: m.index, end: m.index + m[0].length }] : whaMembers(m, list);
    for (const { raw, start, end } of members) {
      const code = `WHA${raw.replace('/', '.')}`;
      candidates.push({
        start,
        end,
        entity: {
          type: 'Instrument',
          key: code.toLowerCase(),
          kind: 'wha-resolution',
          name: `World Health Assembly Resolution ${code}`,
          code,
        },
        rank: 0,
      });
    }
  }
  // Sustainable Development Goals: "SDG 3", "SDGs 3 and 9", and goals named by number alone right after the clause
  // has named the Goals ("the Sustainable Development Goals (SDGs), in particular Goals 3 and 9").
  let goalsNamedAt = -1;
  // "the 2030 Agenda for Sustainable Development, in particular Goals 3 and 9": the Agenda that sets the Goals names
  // them as they do.
  const agendaEnds = found.sdg.length
    ? candidates.flatMap((c) => (c.entity.type === 'Instrument' && c.entity.key === AGENDA_2030 ? [c.end] : []))
    : [];
  for (const m of found.sdg) {
    const short = slot(m, 'GOALS');
    const list = short ?? slot(m, 'NUMS') ?? slot(m, 'N');
    let end = m.index + m[0].length;
    if (list === undefined) {
      goalsNamedAt = end; // the Goals as a whole: no mention
      continue;
    }
    if (short !== undefined) {
      const agendaAt = agendaEnds.filter((e) => e <= m.index).pop() ?? -1;
      if (!goalsJustNamed(text, Math.max(goalsNamedAt, agendaAt), m.index)) continue;
    }
    const numbers = list.match(/\d+/g) ?? [];
    if (numbers.length === 1) {
      SDG_ACRONYM.lastIndex = end;
      const acr = SDG_ACRONYM.exec(text);
      if (acr) end += acr[0].length;
    }
    goalsNamedAt = end;
    for (const n of numbers) {
      if (!isGoalNumber(n)) continue;
      candidates.push({
        start: m.index,
        end,
        entity: {
          type: 'Instrument',
          key: `sdg-${n}`,
          kind: 'sdg',
          name: `Sustainable Development Goal ${n}`,
          code: `SDG ${n}`,
        },
        rank: 0,
      });
    }
  }

  // ITU Recommendations, each of the Sector named with it: "Recommendation ITU-T H.810", "ITU-T Recommendations
  // F.780.1 and F.780.2", "ITU-R BT.500", "ITU-T H.810建议书".
  for (const m of found.recommendation) {
    const sector = lex.sectorOf(slot(m, 'SECTOR') ?? '');
    const first = slot(m, 'RCODE');
    if (!sector || !first) continue;
    // The list goes on after the match, one code at a time: ", F.780.2", " and H.811".
    const written = [first];
    let end = m.index + m[0].length;
    const more = lex.recommendationMore;
    more.lastIndex = end;
    for (let next = more.exec(text); next && written.length < MAX_RECOMMENDATIONS; next = more.exec(text)) {
      written.push(next.groups?.code ?? '');
      end = more.lastIndex;
    }
    for (const one of written) {
      // An ITU-R revision ("M.2083-0") is left out: the Recommendation is the same.
      const code = `${sector} ${one.replace(/-\d+$/, '').toUpperCase()}`;
      candidates.push({
        start: m.index,
        end,
        entity: {
          type: 'Instrument',
          key: `rec-${code.replace(' ', '-').toLowerCase()}`,
          kind: 'recommendation',
          name: `Recommendation ${code}`,
          code,
        },
        rank: 0,
      });
    }
  }

  candidates.push(...definedOrganizations(ctx, text, found.acronym, candidates));
  // None kept: a list mapped from an empty one would be of another kind than the others (see emptyList).
  if (!candidates.length) return emptyList<Mention>();

  // A study group whose Sector is named just before it by the Sector's full name and code
  // ("国际电联电信发展部门（ITU-D）第2研究组") takes in the whole name.
  const sectorNames = candidates.some(isSector) ? candidates.filter(isSector) : null;
  const widened = !sectorNames
    ? candidates
    : candidates.map((c) => {
        if (c.entity.type !== 'StudyGroup') return c;
        const name = sectorNames.find((o) => o.start < c.start && o.end > c.start);
        return name ? { ...c, start: name.start } : c;
      });

  // A citation names its issuing body too ("United Nations General Assembly Resolution 70/1"): known entities
  // inside a citation's span are kept as mentions of their own.
  const kept = directorsNamed(lex, text, sharedHeads(lex, text, resolveOverlaps(widened)));
  const citations = kept.filter((c) => c.entity.type === 'Instrument' || c.entity.type === 'ItuResolution');
  const nested = !citations.length
    ? []
    : widened.filter(
        (c) => c.rank === 1 && !kept.includes(c) && citations.some((k) => k.start <= c.start && c.end <= k.end),
      );
  const mentions = emptyList<Mention>();
  for (const c of sectorsOwning(lex, text, byPosition(nested.length ? [...kept, ...nested] : kept))) {
    mentions.push({
      entity: c.entity,
      clause: clause.address,
      span: [clause.offset + c.start, clause.offset + c.end] as const,
      quote: clause.source?.slice(clause.offset + c.start, clause.offset + c.end) ?? text.slice(c.start, c.end),
    });
  }
  return mentions;
}

const isSector = (c: Candidate): boolean => c.entity.type === 'Organization' && c.entity.kind === 'itu-sector';

/**
 * Candidates by position (start, then end), as a stable sort orders them: the list itself where it is in that order
 * already (as the kept candidates of a clause mostly are), rather than a sorted copy.
 */
function byPosition(list: Candidate[]): Candidate[] {
  for (let i = 1; i < list.length; i++) {
    const a = list[i - 1];
    const b = list[i];
    if (a && b && (a.start > b.start || (a.start === b.start && a.end > b.end))) {
      return [...list].sort((x, y) => x.start - y.start || x.end - y.end);
    }
  }
  return list;
}

/** Whether the Sector `kept[k]` stands right before a group of `EntityRecord.ofSector` (after the others of its span). */
function ownsNext(text: string, kept: readonly Candidate[], k: number): boolean {
  const sector = kept[k];
  let next = k + 1;
  while (sector && kept[next]?.start === sector.start) next++;
  const group = kept[next];
  const record = group?.entity.type === 'Stakeholder' ? ENTITY_BY_KEY.get(group.entity.key) : undefined;
  return !!sector && !!group && !!record?.ofSector && WHITE_GAP.test(text.slice(sector.end, group.start));
}

/**
 * Sectors named as whose a stakeholder group is (`EntityRecord.ofSector`): right before it ("ITU-D Sector Members",
 * "ITU-T部门成员"), with those a list joins to that one ("ITU-T, ITU-R and ITU-D Sector Members"), or after it with
 * at most a link word ("Sector Members of ITU-T and ITU-D", "Membres de Secteur de l'UIT-T", "Членов Сектора
 * МСЭ-Т"), with those a list joins. They are part of the group's name, which takes them in, and no mention of their
 * own: such a clause speaks of Sector Members, not of the Sectors. Not a Sector on a list the group is the next
 * member of ("ITU-T and Sector Members", Arabic "قطاع تقييس الاتصالات وأعضاء القطاع").
 */
function sectorsOwning(lex: CompiledLexicon, text: string, kept: Candidate[]): Candidate[] {
  if (!kept.some(isSector)) return kept;
  const owned = new Set<Candidate>();
  const out = kept.map((c, i) => {
    const record = c.entity.type === 'Stakeholder' ? ENTITY_BY_KEY.get(c.entity.key) : undefined;
    if (!record?.ofSector) return c;
    let start = c.start;
    let end = c.end;
    // Before: the first right before, nothing but white space between; then each a list joins to the one after it.
    // Those of one span ("the three Sectors") go together.
    const listed = lex.lexicon.conjunctionPrefixes?.some((p) => text.startsWith(p, c.start)) === true;
    let span: [number, number] | null = null;
    for (let k = i - 1; k >= 0 && !listed; k--) {
      const s = kept[k];
      if (!s || !isSector(s) || owned.has(s)) break;
      const gap = text.slice(s.end, start);
      const joined = span
        ? (s.start === span[0] && s.end === span[1]) || (s.end <= start && lex.bureauGap.test(gap))
        : s.end <= start && WHITE_GAP.test(gap);
      if (!joined) break;
      owned.add(s);
      span = [s.start, s.end];
      start = s.start;
    }
    // After: the first with at most a link word between; then each a list joins to the one before it, not one that
    // is the next group's ("Associates of ITU-T and ITU-D Academia").
    span = null;
    for (let k = i + 1; k < kept.length; k++) {
      const s = kept[k];
      if (!s || !isSector(s) || ownsNext(text, kept, k)) break;
      const gap = text.slice(end, s.start);
      const joined = span
        ? (s.start === span[0] && s.end === span[1]) || (s.start >= end && lex.bureauGap.test(gap))
        : s.start >= end && lex.linkOnly.test(gap);
      if (!joined) break;
      owned.add(s);
      span = [s.start, s.end];
      end = s.end;
    }
    return start === c.start && end === c.end ? c : { ...c, start, end };
  });
  return owned.size ? out.filter((c) => !owned.has(c)) : out;
}

/** The Director of each Bureau, by the Bureau's key: the Office of the Bureau's Sector. */
const DIRECTOR_OF: ReadonlyMap<string, EntityRef> = new Map(
  [...ENTITY_BY_KEY.values()].flatMap((bureau) => {
    if (bureau.kind !== 'itu-bureau' || !bureau.sector) return [];
    const director = [...ENTITY_BY_KEY.values()].find(
      (o) => o.category === 'Office' && o.sector === bureau.sector && !o.members,
    );
    return director ? [[bureau.key, entityFromRecord(director)] as const] : [];
  }),
);
const WHITE_GAP = /^[\s\u00A0]*$/u;
/** How far before a Bureau's name the words that make it its Director are looked for (characters). */
const DIRECTORS_WINDOW = 40;

/**
 * Bureaux named after words for their Directors ("the Directors of the Telecommunication Development Bureau and the
 * Radiocommunication Bureau", "les Directeurs du Bureau … et du Bureau …"): each Bureau of that list is read as its
 * Director, the first quoting those words too.
 */
function directorsNamed(lex: CompiledLexicon, text: string, kept: Candidate[]): Candidate[] {
  let last: Candidate | null = null;
  const named = kept.map((c) => {
    const key = c.entity.type === 'Organization' ? c.entity.key : '';
    const director = DIRECTOR_OF.get(key);
    if (!director) return c;
    const before = lex.directorsBefore.exec(text.slice(Math.max(0, c.start - DIRECTORS_WINDOW), c.start));
    if (before) {
      last = { ...c, start: c.start - (before.input.length - before.index), entity: director };
      return last;
    }
    // Joined by a list word, or by a conjunction the name is written with ("ومكتب …": "and the Bureau …").
    const gap = last ? text.slice(last.end, c.start) : '';
    const prefixed = lex.lexicon.conjunctionPrefixes?.some((p) => text.startsWith(p, c.start)) === true;
    if (last && (lex.bureauGap.test(gap) || (prefixed && WHITE_GAP.test(gap)))) {
      last = { ...c, entity: director };
      return last;
    }
    return c;
  });
  return lex.lexicon.directorsAfterList ? directorsAfterList(lex, text, named) : named;
}

/**
 * Sectors and Bureaux a list names without their head word, which they share with the name before
 * (`sharedHeadNames`: "Бюро стандартизации электросвязи и развития электросвязи"): each a mention of the entity of the
 * same kind, after a Director the next Bureau's Director.
 */
function sharedHeads(lex: CompiledLexicon, text: string, kept: Candidate[]): Candidate[] {
  if (!lex.lexicon.sharedHeadNames) return kept;
  const out: Candidate[] = [];
  for (const [i, c] of kept.entries()) {
    out.push(c);
    const director = c.entity.type === 'Office' && DIRECTOR_KEYS.has(c.entity.key);
    const kind = director ? 'itu-bureau' : c.entity.type === 'Organization' ? c.entity.kind : null;
    if (kind !== 'itu-sector' && kind !== 'itu-bureau') continue;
    const until = kept[i + 1]?.start ?? text.length;
    for (let end = c.end; ;) {
      const m = lex.sharedHeadAfter.exec(text.slice(end, until));
      const name = m?.groups?.name;
      const key = name ? lex.sharedHeadOf(name)?.find((k) => ENTITY_BY_KEY.get(k)?.kind === kind) : undefined;
      const record = key ? ENTITY_BY_KEY.get(key) : undefined;
      if (!m || !name || !key || !record) break;
      const entity = director ? DIRECTOR_OF.get(key) : entityFromRecord(record);
      if (!entity) break;
      out.push({ start: end + m[0].length - name.length, end: end + m[0].length, entity, rank: 0 });
      end += m[0].length;
    }
  }
  return out;
}

/** The keys of the Bureaux' Directors. */
const DIRECTOR_KEYS: ReadonlySet<string> = new Set(
  [...DIRECTOR_OF.values()].flatMap((d) => (d.type === 'Office' ? [d.key] : [])),
);

/**
 * Bureaux listed right before a Director, in a language that writes the title after the name and shares it
 * (`directorsAfterList`: "电信标准化局、无线电通信局和电信发展局主任"): each is read as its Director. A collaboration phrase
 * between them parts them.
 */
function directorsAfterList(lex: CompiledLexicon, text: string, kept: Candidate[]): Candidate[] {
  const out = [...kept];
  for (let i = out.length - 2; i >= 0; i--) {
    const c = out[i];
    const next = out[i + 1];
    const director = c?.entity.type === 'Organization' ? DIRECTOR_OF.get(c.entity.key) : undefined;
    if (!c || !director || !next || next.entity.type !== 'Office' || !DIRECTOR_KEYS.has(next.entity.key)) continue;
    const gap = text.slice(c.end, next.start);
    if (lex.bureauGap.test(gap) && !lex.collaboration.some((k) => k.re.test(gap))) out[i] = { ...c, entity: director };
  }
  return out;
}

/**
 * Words of an organisation's name between its head word and the bracket ("Focus Group on … Management (FG-X)"); a
 * Council working group's subject takes 13 ("Working Group on the World Summit on the Information Society and the
 * Sustainable Development Goals (CWG-WSIS&SDG)").
 */
const MAX_WORDS_AFTER_HEAD = 16;
/** How far back from the bracket a defined name may start (characters). */
const NAME_WINDOW = 200;
/** An elided article or preposition before a word ("l'", "d'"). */
const ELIDED = /^\p{L}['\u2019](?=\p{L})/u;
/** Where a phrase ends: a name never reaches back across one. */
const PHRASE_END = /[.;:,()（）。；：，]/gu;

/** Whether a candidate is an ITU Sector ("ITU-T", "UIT-T", "МСЭ-Т"). */
function isSectorCandidate(c: Candidate): boolean {
  return c.entity.type === 'Organization' && c.entity.kind === 'itu-sector';
}

/**
 * The known organisation whose name `text` writes from `start` to `end`, as it is or without the Sectors named inside
 * it (`known`: "Оперативной группы МСЭ-Т по искусственному интеллекту для здравоохранения" is the table's
 * "Оперативной группы по …"), or null.
 */
function knownOrganizationNamed(
  ctx: MentionContext,
  text: string,
  start: number,
  end: number,
  known: readonly Candidate[],
): EntityRef | null {
  let name = '';
  let at = start;
  for (const k of known) {
    if (k.start < start || k.end > end || !isSectorCandidate(k)) continue;
    name += text.slice(at, k.start);
    at = k.end;
  }
  name = (name + text.slice(at, end)).replace(/[\s\u00A0]+/gu, ' ');
  const record = ctx.lex.entityOf(name);
  return record?.category === 'Organization' ? entityFromRecord(record) : null;
}

/**
 * Organisations the text defines with an acronym that no table knows: "the Xyz Health Alliance (XHA)", head word
 * last, or "the ITU-T Focus Group on Artificial Intelligence for Natural Disaster Management (FG-AI4NDM)", head word
 * first. The name runs from the capitalised words before the nearest head word of the language (written with its
 * capital, at most {@link MAX_WORDS_AFTER_HEAD} words before the bracket) to the bracket; it starts at the first of
 * those words whose initial is the acronym's, and at the head word at the latest. In scripts without letter case
 * every word before the head counts as capitalised.
 */
function definedOrganizations(
  ctx: MentionContext,
  text: string,
  acronyms: readonly RegExpExecArray[],
  known: readonly Candidate[],
): Candidate[] {
  const heads = ctx.lex.organizationHeads;
  if (!heads.length) return [];
  const cased = hasCase(ctx.lex.lexicon);
  const capitalised = (w: string): boolean => !cased || /^\p{Lu}/u.test(w);
  const joiners = ctx.lex.listJoinersLower;
  /** Whether a word ends another name: a known one's, or an acronym's (capitals alone, in a script with case). */
  const endsName = (w: { word: string; start: number } | undefined): boolean =>
    !!w && (known.some((c) => c.end === w.start + w.word.length) || (cased && /^\p{Lu}[\p{Lu}\p{N}-]+$/u.test(w.word)));
  /** The name before the bracket at `at` that `acr` stands for: its first and last words and its head; or null. */
  const nameBefore = (at: number, acr: string) => {
    // The phrase before the bracket, as words with their offsets in the text.
    const windowStart = Math.max(0, at - NAME_WINDOW);
    let from = windowStart;
    for (const p of text.slice(windowStart, at).matchAll(PHRASE_END)) from = windowStart + p.index + 1;
    // Without an elided article ("l'Organisation …": the name starts at its head word).
    const words = [...text.slice(from, at).matchAll(/[^\s\u00A0]+/gu)].map((w) => {
      const elided = ELIDED.exec(w[0])?.[0].length ?? 0;
      return { word: w[0].slice(elided), start: from + w.index + elided };
    });
    // The nearest head word, as written, with its own words.
    let headAt = -1;
    let head: (typeof heads)[number] | undefined;
    for (let i = words.length - 1; i >= Math.max(0, words.length - 1 - MAX_WORDS_AFTER_HEAD); i--) {
      // The heads that open with this word, in the table's order: the first of them that matches, as of all heads.
      head = ctx.lex.organizationHeadsByFirst
        .get(words[i]?.word ?? '')
        ?.find((h) => h.words.every((w, k) => words[i + k]?.word === w));
      if (head) {
        headAt = i;
        break;
      }
    }
    if (!head) return null;
    // Back over capitalised words and short connectors ("of", "for", "the") before the head, not over a list
    // joiner after another name ("UNEP and the Universal Postal Union (UPU)": the name is the last of the list).
    let first = headAt;
    for (let i = headAt - 1; i >= 0 && headAt - i <= MAX_WORDS_AFTER_HEAD; i--) {
      const w = words[i]?.word ?? '';
      if (joiners.has(w.toLowerCase()) && endsName(words[i - 1])) break;
      if (capitalised(w)) first = i;
      else if (!/^\p{Ll}{1,3}$/u.test(w)) break;
    }
    // From the first word with the acronym's initial; else, where no word up to the bracket has it, from the head
    // word: a name in one language may have an acronym from another ("Groupe spécialisé de l'UIT-T sur la santé
    // numérique (FG-DH)").
    const initial = acr.charAt(0).toUpperCase();
    const initialOf = (w: { word: string }): boolean => w.word.charAt(0).toUpperCase() === initial;
    const initialled = words.slice(first, headAt + 1).findIndex(initialOf);
    if (initialled >= 0) first += initialled;
    else if (words.slice(headAt + 1).some(initialOf)) return null;
    else first = headAt;
    const opening = words[first];
    const last = words.at(-1);
    return opening && last && first !== words.length - 1 ? { opening, last, head } : null;
  };
  const out: Candidate[] = [];
  for (const m of acronyms) {
    if (known.some((c) => c.start <= m.index && c.end > m.index)) continue;
    const acr = m[1] ?? '';
    if (ctx.lex.entityOf(acr)) continue;
    const named = nameBefore(m.index, acr);
    if (!named) continue;
    const { opening, last, head } = named;
    const end = last.start + last.word.length;
    // A name a table knows, perhaps with the group's Sector inside it ("Оперативной группы МСЭ-Т по … (ОГ-ИИЗ)"), is
    // that organisation's, under an acronym of the text's language: no new organisation.
    const known_ = knownOrganizationNamed(ctx, text, opening.start, end, known);
    out.push({
      start: opening.start,
      end: m.index + m[0].length,
      entity: known_ ?? {
        type: 'Organization',
        key: acr.toLowerCase(),
        name: text.slice(opening.start, end).replace(/[\s\u00A0]+/gu, ' '),
        acronym: acr,
        kind: head.kind,
      },
      rank: 3,
    });
  }
  // A known organisation's acronym in brackets after a name no table writes ("the Joint Coordination Activity on
  // e-health (JCA-eHealth)"): the name is that organisation's, one mention with its bracket, where no other entity
  // is named in it.
  for (const c of known) {
    if (c.entity.type !== 'Organization' || !c.entity.acronym) continue;
    if (!'(（'.includes(text.charAt(c.start - 1) || '-') || !')）'.includes(text.charAt(c.end) || '-')) continue;
    // A name a table knows that reaches past the start of the word before the bracket ("World Health Organization
    // (WHO)") overlaps any name read before it, which the test below rejects: skip the reading, which costs most
    // where such names are common.
    let lastWord = c.start - 1;
    while (lastWord > 0 && /[\s\u00A0]/u.test(text.charAt(lastWord - 1))) lastWord--;
    while (lastWord > 0 && !/[\s\u00A0]/u.test(text.charAt(lastWord - 1))) lastWord--;
    if (known.some((k) => k.start < c.start && k.end > lastWord)) continue;
    const named = nameBefore(c.start - 1, c.entity.acronym);
    // The group's Sector may be written inside its name: "Groupe spécialisé de l'UIT-T sur … (FG-AI4H)".
    const other = (k: Candidate): boolean => !named || k.start < named.opening.start || !isSectorCandidate(k);
    if (!named || known.some((k) => k.start < c.start && k.end > named.opening.start && other(k))) continue;
    out.push({ start: named.opening.start, end: c.end + 1, entity: c.entity, rank: c.rank });
  }
  return out;
}

/** The order {@link resolveOverlaps} reads candidates in: by start, the longer first, then by rank. */
const overlapOrder = (a: Candidate, b: Candidate): number =>
  a.start - b.start || b.end - b.start - (a.end - a.start) || a.rank - b.rank;

function resolveOverlaps(candidates: readonly Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  let lastStart = -1;
  let lastEnd = -1;
  for (const c of inOrder(candidates, overlapOrder)) {
    // Several entities may share one span ("Study Groups 20 and 21" is two groups).
    if (c.start === lastStart && c.end === lastEnd && c.entity.type === kept.at(-1)?.entity.type) {
      kept.push(c);
      continue;
    }
    if (c.start < lastEnd) continue;
    kept.push(c);
    lastStart = c.start;
    lastEnd = c.end;
  }
  return kept;
}
