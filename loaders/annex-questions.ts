/**
 * Questions a resolution's annex lists with their titles, as WTDC and WTSA Resolution 2 list the Questions they
 * entrust to each study group: "Question 1/1: Strategies and policies for the deployment of broadband in developing
 * countries", "Question 4/2<TAB>Assistance to developing countries for …" (a table's row), "Question 1/1 :
 * Stratégies …", "Cuestión 1/1: …", "第1/1号课题：…". Such a line gives the Question its title; the Question's
 * mention there quotes the line's words up to the title's end, which gives the title its provenance (the annex's
 * clause, and the quoted words).
 */
import { isGroupEntity, isSector, titleAt } from './page';
import type { HeaderTitle } from './page';
import type { EntityRef, Mention, ParsedClause, ParsedRelation } from './types';

/** Heading or emphasis marks before a line's words. */
const LEAD = /^[#*_\s\u00A0]*/u;
/**
 * What parts a Question's number from its title in a list: a dash or a colon and white space ("Question 1/1: …",
 * "Question 1/1 : …", "Question 4/2 – …"), a full-width colon ("第1/1号课题：…"), or a tab, a table's next cell
 * ("Question 4/2<TAB>…").
 */
const SEPARATOR = /^(?:[ \u00A0]*[-\u2013\u2014:][\s\u00A0]+|[ \u00A0]*\uFF1A[ \u00A0]*|[ \u00A0]*\t[\s\u00A0]*)/u;
/**
 * A title opens with a capital letter, or a letter of a script without case (Chinese, Arabic): "Question 2/2: to
 * study …" goes on a sentence.
 */
const TITLE_START = /^[\p{Lu}\p{Lo}]/u;

type Question = Extract<EntityRef, { type: 'Question' }>;

/** A Question an annex's line lists, and the title the line states for it. */
interface ListedQuestion {
  readonly question: Question;
  readonly title: HeaderTitle;
}

/**
 * The Question a line of an annex opens with (after its Sector's code, perhaps: "ITU-D Question 4/2 – …") and the
 * title the line states after it; null where the line is no such list line: the Question does not open it (a
 * Question cited in running text), no separator follows it, the words after it are no title (a sentence, a
 * numbered item, no capital), or they name a group or another Question. A title ends at a tab: a table's row may
 * have more cells, which may name other things (a Bureau).
 */
export function listedQuestion(text: string, start: number, mentions: readonly Mention[]): ListedQuestion | null {
  const [first, second] = mentions;
  if (!first) return null;
  const lead = LEAD.exec(text)?.[0].length ?? 0;
  if (first.span[0] - start !== lead) return null;
  const sector = isSector(first.entity) && second ? first : null;
  const named = sector ? second : first;
  if (!named || named.entity.type !== 'Question' || named.entity.code === null) return null;
  if (sector && !/^[\s\u00A0]+$/u.test(text.slice(sector.span[1] - start, named.span[0] - start))) return null;
  const after = named.span[1] - start;
  const separator = SEPARATOR.exec(text.slice(after));
  if (!separator) return null;
  const from = after + separator[0].length;
  const tab = text.indexOf('\t', from);
  const title = titleAt(tab < 0 ? text : text.slice(0, tab), start, from);
  if (!title || !TITLE_START.test(title.text)) return null;
  // The title names no group or other Question; a table's later cells may name what they will (a Bureau), but no
  // other Question: a line that names two is no list line of one.
  const cells = tab < 0 ? Infinity : start + tab;
  const others = mentions.filter((m) => m !== named && m !== sector);
  const namesOther = (m: Mention): boolean =>
    m.entity.type === 'Question' || (m.span[0] < cells && (isGroupEntity(m.entity) || m.span[0] < title.span[0]));
  if (others.some(namesOther)) return null;
  return { question: named.entity, title };
}

function questionKey(q: Question): string {
  return `${q.sector} ${q.code ?? ''}`;
}

/** A resolution's clauses and the relations read from them. */
interface Read {
  readonly clauses: readonly ParsedClause[];
  readonly relations: readonly ParsedRelation[];
}

/**
 * The clauses and relations with the titles an annex's list lines state for its Questions, or null where no line
 * states one: each such Question, wherever the document names it, carries its title (the first line's, where two
 * lines title it differently: a Question has one title in a document), and its mention on the line quotes its number
 * and its title. `source` is the document's text, which quotes are taken from.
 */
export function withAnnexQuestionTitles(
  read: Read & { readonly source: string },
): { clauses: ParsedClause[]; relations: ParsedRelation[] } | null {
  const titles = new Map<string, Question>();
  const quoted = new Map<string, HeaderTitle>();
  for (const c of read.clauses) {
    // Only an annex's paragraphs list Questions; most have no Question first.
    if (c.part !== 'annex' || c.role !== 'paragraph' || !c.mentions.length) continue;
    const listed = listedQuestion(c.text, c.span[0], c.mentions);
    if (!listed) continue;
    const key = questionKey(listed.question);
    if (titles.has(key)) continue;
    titles.set(key, { ...listed.question, title: listed.title.text });
    quoted.set(c.address, listed.title);
  }
  if (!titles.size) return null;
  const titled = (e: EntityRef): EntityRef =>
    e.type === 'Question' && e.code !== null && e.title === null ? (titles.get(questionKey(e)) ?? e) : e;
  const clauses = read.clauses.map((c) => {
    const mentions = c.mentions.map((m) => {
      const entity = titled(m.entity);
      return entity === m.entity ? m : { ...m, entity };
    });
    // The listed Question's mention reaches to its title's end: the quote holds both ("Question 1/1: Strategies
    // and policies …"), the title's provenance. Any mention inside the title stays.
    const title = quoted.get(c.address);
    const at = title ? mentions.findIndex((m) => m.entity.type === 'Question') : -1;
    const listed = mentions[at];
    if (title && listed) {
      const span: [number, number] = [listed.span[0], title.span[1]];
      mentions[at] = { ...listed, span, quote: read.source.slice(span[0], span[1]) };
    }
    return { ...c, mentions };
  });
  const relations = read.relations.map((r) => {
    const from = titled(r.from);
    const to = titled(r.to);
    return from === r.from && to === r.to ? r : { ...r, from, to };
  });
  return { clauses, relations };
}
