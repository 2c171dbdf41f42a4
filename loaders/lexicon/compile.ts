/**
 * Compiles a lexicon table into the regular expressions the parser uses. All language knowledge stays in the
 * tables; this file only knows the template syntax. Every pattern built here is linear in the input: slots are
 * bounded character classes, phrases are literals, and alternatives are tried in longest-first order
 * (the ReDoS check in redos.test.ts keeps it so).
 */
import { ENTITIES } from './entities';
import type { EntityRecord } from './entities';
import type { AssemblyBody, Lexicon, OperativeKey, PreambleKey, TextSeries } from './types';

/** Any hyphen-like character. */
export const HYPHEN_CLASS = '[-\\u2010\\u2011\\u2012\\u2013\\u2212]';
/** Horizontal white space, including no-break spaces. */
const WS = '[ \\t\\u00A0\\u2007\\u202F\\u3000]';
/**
 * List bullets at the start of a line, indentation like spaces: a web page's (•, ◦, ▪, ‣, ∙, ●, ○, ■, ➢) and
 * Markdown's list markers (-, *, +) and heading marks (#) followed by a space.
 */
const BULLET = '(?:[\\u2022\\u25E6\\u25AA\\u2023\\u2219\\u25CF\\u25CB\\u25A0\\u27A2]|[-*+][ \\t]|#{1,6}[ \\t])';
/** Most members a list slot ({NUMS}, {LIST}) reads after its first. */
const MAX_LIST = 12;
/**
 * A Recommendation's code: a series of one or two letters, a number, and perhaps parts ("H.810", "F.780.1",
 * "BT.500", "X.1080.0"); an ITU-R revision after a hyphen ("M.2083-0"). Not a Question's code ("Q.1/16").
 */
const RECOMMENDATION_CODE = '[A-Z]{1,2}\\.\\d{1,4}(?:\\.\\d{1,3}){0,3}(?:-\\d{1,2})?(?![\\d.]?\\d|/\\d)';
const LETTER_BOUNDARY_BEFORE = '(?<![\\p{L}\\p{N}])';
const LETTER_BOUNDARY_AFTER = `(?![\\p{L}\\p{N}]|${HYPHEN_CLASS}[\\p{L}\\p{N}])`;

function escapeLiteral(ch: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(ch) ? `\\${ch}` : ch;
}

/** A plain phrase as regex source: spaces match white space, hyphens match hyphen-likes. */
export function phraseSource(phrase: string): string {
  let out = '';
  for (const ch of phrase) {
    if (ch === ' ') out += `${WS}+`;
    else if (/[-\u2010\u2011]/.test(ch)) out += HYPHEN_CLASS;
    else if (ch === "'" || ch === '’') out += "['’]";
    else out += escapeLiteral(ch);
  }
  return out;
}

interface TrieNode {
  end: boolean;
  readonly kids: Map<string, TrieNode>;
}

/** The token a character stands for: every white space is one token, every hyphen-like another. */
function token(ch: string): string {
  if (/[\s\u00A0\u2007\u202F\u3000]/.test(ch)) return ' ';
  if (/[-\u2010\u2011\u2012\u2013\u2212]/.test(ch)) return '-';
  if (ch === '’') return "'";
  return ch;
}

function tokenSource(tok: string, space = `${WS}+`): string {
  if (tok === ' ') return space;
  if (tok === '-') return HYPHEN_CLASS;
  if (tok === "'") return "['’]";
  return escapeLiteral(tok);
}

/**
 * Phrases as one regex, factored into a trie ("Director of the (?:Telecommunication …|Radiocommunication …)"), so
 * matching tries one branch per distinct next character instead of every phrase at every position. A phrase that
 * is a prefix of another becomes an optional continuation, tried first: the longest phrase wins. `space` is what a
 * space of a phrase matches (white space on one line unless told).
 */
function alternation(phrases: readonly string[], space = `${WS}+`): string {
  const root: TrieNode = { end: false, kids: new Map() };
  for (const phrase of new Set(phrases)) {
    if (!phrase) continue;
    let node = root;
    let previous = '';
    for (const ch of phrase) {
      const tok = token(ch);
      if (tok === ' ' && previous === ' ') continue;
      previous = tok;
      let next = node.kids.get(tok);
      if (!next) {
        next = { end: false, kids: new Map() };
        node.kids.set(tok, next);
      }
      node = next;
    }
    node.end = true;
  }
  const emit = (node: TrieNode): string => {
    const alts = [...node.kids].map(([tok, kid]) => tokenSource(tok, space) + emit(kid));
    if (!alts.length) return '';
    const body = alts.length === 1 ? (alts[0] ?? '') : `(?:${alts.join('|')})`;
    return node.end ? `(?:${body})?` : body;
  };
  return emit(root);
}

/** Builds the regex source of a slot. */
/**
 * After a list joiner, the conjunction a language writes joined to the next member, as regex source (optional): Arabic
 * "183، و130" (183, and 130), "لجنة الدراسات 16، ومنظمة الصحة العالمية". Empty where the table has none.
 */
function joinedConjunction(lex: Lexicon): string {
  // White space may follow it, as in a text a PDF's conversion spaced: "، و 183".
  return lex.conjunctionPrefixes?.length ? `(?:(?:${alternation(lex.conjunctionPrefixes)})${WS}*)?` : '';
}

function slotSource(slot: string, lex: Lexicon): string {
  const joiners = alternation(lex.listJoiners);
  const prefix = lex.numberPrefixes.length ? `(?:${alternation(lex.numberPrefixes)}${WS}*)?` : '';
  // Bounded: a list that must be followed by more text (第11和第17研究组) is rescanned from each member when that
  // text is missing, so an unbounded list is quadratic. No ITU text names more than a dozen groups at once.
  const conjunction = joinedConjunction(lex);
  const list = (member: string, joined = joiners): string =>
    `${member}(?:${WS}*(?:${joined})${WS}*${conjunction}${prefix}${member}(?![\\d/])){0,${MAX_LIST}}`;
  const numberList = (digits: number): string => list(`\\d{1,${digits}}`);
  // Codes written with a slash ("70/1", "2/2") are never joined by one, and resolution numbers are not either:
  // "resolutions 55/63 and 56/121" are the United Nations', not ITU Resolutions 55 and 63.
  const unslashed = alternation(lex.listJoiners.filter((j) => j !== '/'));
  const question = `\\d{1,2}(?:${HYPHEN_CLASS}\\d{1,2})?/\\d{1,2}`;
  const unCode = '\\d{1,3}/\\d{1,3}';
  const whaCode = '\\d{1,2}\\.\\d{1,2}';
  switch (slot) {
    case 'N':
      return '\\d{1,4}';
    case 'NUMS':
      return numberList(3);
    case 'RNUMS':
      // Resolution numbers have up to four digits (Council resolutions).
      return list('\\d{1,4}', unslashed);
    case 'HBNUMS':
      // The first member of a list in a numbering that names the body, perhaps with a revision counted after a
      // hyphen ("1-8" in "Resolutions ITU-R 1-8 and ITU-R 2-8"); the others are read after the match
      // (`numberedMore`), one at a time: a list of such members in one regex is slow to prove safe.
      return `\\d{1,4}(?:${HYPHEN_CLASS}\\d{1,2})?`;
    case 'GOALS':
      return numberList(2);
    case 'QCODE':
      return question;
    case 'QCODES':
      return list(question, unslashed);
    case 'UNNUM':
      return unCode;
    case 'UNNUMS':
      return list(unCode, unslashed);
    case 'WHANUM':
      return whaCode;
    case 'WHACODES':
      // World Health Assembly resolutions by their WHO symbol, each written with it: "WHA58.28, WHA66.24 and WHA71.7"
      // (the symbol is the same in every language: "резолюции WHA58.28 и WHA71.7", "WHA58.28 وWHA71.7").
      return list(`WHA${WS}?${whaCode}`, unslashed);
    case 'WHANUMS':
      // Where the World Health Assembly is named beside the list, the symbol may be left out: "resolutions 58.28
      // and 71.7 of the World Health Assembly".
      return list(`(?:WHA${WS}?)?${whaCode}`, unslashed);
    case 'YEAR':
      return '(?:19|20)\\d{2}';
    // A conference's year after its acronym: "WRC-19", "WRC-97", "WRC-2000" (see `fullYear`).
    case 'YY':
      return '(?:(?:19|20)\\d\\d|\\d\\d)(?!\\d)';
    case 'SESSION': {
      // A Council session: "C19", "C01", "C-1985" (the Russian texts' letter is Cyrillic); after the first session,
      // where the text was amended since, in words of any language: "C-1985, last amended C19".
      const session = '[CС]-?(?:(?:19|20)\\d{2}|\\d{2})';
      return `(?:${session}[,،，]${WS}?\\p{L}[\\p{L}\\p{M} \\t\\u00A0\\u2007\\u202F\\u3000]{0,40}?)?${session}`;
    }
    case 'PLACE': {
      // A line break may part its words, as inside any bracket of a template (see `templateSource`): "(Rev. Buenos⏎Aires,
      // 2017)"; or fall right after a hyphen of its name ("Буэнос-⏎Айрес"), or inside one name in a script that writes
      // no spaces ("迪⏎拜"): `place` joins those without a space (see `joinPlaceLines`).
      const letters = "[\\p{L}\\p{M}'’. \\u00A0\\-\\u2010\\u2011\\u2012\\u2013]";
      return `\\p{L}(?:${letters}|\\n(?=\\p{L})){0,40}?`;
    }
    case 'TEXT':
      return '[^;；,，.。\\n]{3,200}';
    case 'WORDS': {
      // No marker (⟦i⟧: the words name no entity), no punctuation, no line break; words are bounded, and so is
      // their number, so that the verb's agent is still the next entity.
      const word = '[^\\s\\u00A0⟦⟧,;:.()（）。，；：、،؛]';
      return lex.script === 'Han' ? `${word}{1,12}` : `${word}{1,24}(?:${WS}+${word}{1,24}){0,3}`;
    }
    case 'A':
    case 'B':
      return '⟦\\d+⟧';
    case 'AGENTS':
      // The agents of an active template, who set up its {A}: a list read as {LIST} is; relations.ts checks that
      // it is the sentence's subject (see `activeAgents` there).
      return slotSource('LIST', lex);
    case 'LIST': {
      // Members may be preceded by a short article ("the", "la", "el"; elided: "l'"): any word of at most four
      // letters. The first one too in Latin script, whose languages write articles (par l'UIT, l'OMS et l'OMPI);
      // elsewhere a template may start with the list (Chinese "{LIST}之间的…"), and an optional word there would be
      // tried at every letter.
      const article = lex.script === 'Latin' ? `(?:\\p{L}{1,4}(?:${WS}+|['’]))?` : '';
      // After a comma, the conjunction a language writes joined to the name (Arabic "، ومنظمة الصحة العالمية"),
      // which the marker leaves out where the name without it is the same (see `conjunctionOf` in relations.ts).
      return `${article}⟦\\d+⟧(?:${WS}*(?:${joiners})${WS}*(?:\\p{L}{1,4}(?:${WS}+|['’]))?${conjunction}⟦\\d+⟧){0,${MAX_LIST}}`;
    }
    case 'BODY':
      return bodySource(lex);
    case 'SECTOR':
      // A Sector's code as the table writes it ("ITU-T", "UIT-T", "МСЭ-Т"): its names of one word.
      return `(?:${alternation(lex.sectors.flatMap((s) => [s.sector, ...s.names.filter((n) => /^[\p{L}\p{N}-]+$/u.test(n))]))})`;
    case 'RCODE':
      return RECOMMENDATION_CODE;
    case 'HEADERBODY':
      return `(?:${alternation(lex.bodies.flatMap((b) => b.headerNames ?? [])) || '(?!)'})`;
    // An acronym the texts write with the session's year after a hyphen (`datedNames`), the year left to {YY}:
    // "Resolution 646 (Rev.WRC-19)", "(Пересм. ВКР-19)", "(Rév.CMR-12)". Read back with `datedBody`.
    case 'DATED':
      return `(?:${alternation(lex.bodies.flatMap((b) => b.datedNames ?? [])) || '(?!)'})`;
    default:
      throw new Error(`Unknown template slot {${slot}}`);
  }
}

/** A compiled template's source with its named groups made non-capturing (`(?<N0>…)` as `(?:…)`). */
function uncaptured(source: string): string {
  return source.replace(/(?<!\\)\(\?<[A-Za-z][A-Za-z0-9]*>/g, '(?:');
}

/**
 * The bodies' names ({BODY}), and their acronyms with a year after a hyphen ("WTDC-22": `datedNames`), first, so that
 * a bounded match does not stop at the acronym alone.
 */
function bodySource(lex: Lexicon, space = `${WS}+`): string {
  const names = alternation(
    lex.bodies.flatMap((b) => b.names),
    space,
  );
  const dated = alternation(
    lex.bodies.flatMap((b) => b.datedNames ?? []),
    space,
  );
  return dated ? `(?:(?:${dated})${HYPHEN_CLASS}\\d\\d|${names})` : `(?:${names})`;
}

/** The year after a dated acronym ("-22" in "WTDC-22"). */
const DATED_SUFFIX = new RegExp(`${HYPHEN_CLASS}\\d\\d$`, 'u');

/**
 * White space inside a bracket a template writes (`\\(`…`\\)`): a line break may stand in it, once, a bracket being
 * no place where a paragraph ends ("Resolution 130 (Rev. Buenos⏎Aires, 2017) of the Plenipotentiary Conference", in a
 * text whose lines are paragraphs, or whose line a PDF's font ended short). Not two: clauses are read joined by a
 * blank line (see `matchClauses` in mentions.ts), which no match crosses.
 */
const BRACKET_WS = `(?:${WS}+(?:\\n${WS}*)?|\\n${WS}*)`;
const BRACKET_WS_OPTIONAL = `${WS}*(?:\\n${WS}*)?`;

/** A template's text that ends with a comma, or with an alternation of commas ("(?:،|,)"). */
const AFTER_COMMA = /[,،，](?:\))?$/u;

/**
 * Compiles a template: slots become named groups (`N0`, `N1`, `PLACE0`, ...), spaces match white space (inside a
 * bracket the template writes, a line break too: {@link BRACKET_WS}; none needed between a comma and a year),
 * hyphens outside character classes match hyphen-likes; other characters are regex syntax as written, a brace that opens digits a bounded repetition
 * ("{0,19}").
 */
export function templateSource(template: string, lex: Lexicon): string {
  const counters = new Map<string, number>();
  let out = '';
  let inClass = false;
  let brackets = 0;
  for (let i = 0; i < template.length; i++) {
    const ch = template.charAt(i);
    if (ch === '\\') {
      if (!inClass && template.charAt(i + 1) === '(') brackets++;
      if (!inClass && template.charAt(i + 1) === ')') brackets = Math.max(0, brackets - 1);
      out += template.slice(i, i + 2);
      i++;
      continue;
    }
    if (inClass) {
      out += ch;
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') {
      inClass = true;
      out += ch;
      continue;
    }
    // A bounded repetition ("{0,19}"), not a slot: slots are named in capitals.
    if (ch === '{' && /\d/.test(template.charAt(i + 1))) {
      const end = template.indexOf('}', i);
      out += template.slice(i, end + 1);
      i = end;
      continue;
    }
    if (ch === '{') {
      const end = template.indexOf('}', i);
      const slot = template.slice(i + 1, end);
      const n = counters.get(slot) ?? 0;
      counters.set(slot, n + 1);
      out += `(?<${slot}${n}>${slotSource(slot, lex)})`;
      i = end;
      continue;
    }
    if (ch === ' ' && template.charAt(i + 1) === '?') {
      out += brackets ? BRACKET_WS_OPTIONAL : `${WS}*`;
      i++;
    } else if (ch === ' ' && template.startsWith('{YEAR}', i + 1) && AFTER_COMMA.test(template.slice(0, i)))
      // "(Rev. Bucharest,2022)", "Dubai,2018": a PDF's text often drops the space after the comma before a year.
      out += brackets ? BRACKET_WS_OPTIONAL : `${WS}*`;
    else if (ch === ' ') out += brackets ? BRACKET_WS : `${WS}+`;
    else if (/[\u2010\u2011-]/.test(ch)) out += HYPHEN_CLASS;
    else if (ch === "'" || ch === '’') out += "['’]";
    else out += ch;
  }
  return out;
}

/**
 * Like {@link bounded} but without the leading look-behind, which stops the regex engine from scanning quickly for
 * the first characters of a large alternation (six times slower on the entity list). Matches must be filtered with
 * {@link matchWords}, which checks the character before each match instead.
 */
function boundedAfter(source: string, lex: Lexicon): string {
  return lex.script === 'Han' ? source : `(?:${source})${LETTER_BOUNDARY_AFTER}`;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Like {@link boundedAfter}, for a large alternation whose first characters are most letters (the entity list, its
 * multi-word names in lower case too): a cheap look-behind for an ASCII letter or digit before the match, a subset of
 * the letters and digits {@link matchWords} rejects a match after, so the matches it gives are the same. Without it
 * the engine tries the whole alternation at every letter inside a word; with it, at word starts only (a third faster
 * on English texts). The full `\p{L}` look-behind would be slower than none (see {@link boundedAfter}).
 */
function boundedWordStart(source: string, lex: Lexicon): string {
  return lex.script === 'Han' ? source : `(?<![A-Za-z0-9])${boundedAfter(source, lex)}`;
}

/**
 * The longest run of letters and spaces a template writes outside any group, bracket or slot, that every match of
 * it holds as written (a letter or space a quantifier makes optional left out: "Working Groups?" holds "Working
 * Group"); null where there is none, or where the template is an alternation at its top level. Letters become
 * themselves in {@link templateSource} and spaces white space, so a regex of the run with the template's flags
 * matches wherever the template's run does.
 */
export function requiredWord(template: string): string | null {
  return requiredRun(template)?.word ?? null;
}

/** {@link requiredWord}, with where the template writes it. */
function requiredRun(template: string): { readonly word: string; readonly at: number } | null {
  let best = '';
  let bestAt = 0;
  let run = '';
  let runAt = 0;
  let depth = 0;
  let inClass = false;
  const end = (): void => {
    const word = run.trim();
    if (word.length > best.length) {
      best = word;
      bestAt = runAt + run.length - run.trimStart().length;
    }
    run = '';
  };
  for (let i = 0; i < template.length; i++) {
    const ch = template.charAt(i);
    if (ch === '\\') {
      end();
      i++;
    } else if (inClass) {
      if (ch === ']') inClass = false;
    } else if (ch === '[') {
      end();
      inClass = true;
    } else if (ch === '(') {
      end();
      depth++;
    } else if (ch === ')') {
      end();
      depth--;
    } else if (ch === '|' && depth === 0) return null;
    else if (ch === '{' && !/\d/.test(template.charAt(i + 1))) {
      // A slot: its words are the lexicon's, not the template's.
      end();
      i = template.indexOf('}', i);
      if (i < 0) return null;
    } else if (depth === 0 && (ch === ' ' || /\p{L}/u.test(ch))) {
      const next = template.charAt(i + 1);
      // A letter or space a quantifier may leave out ("s?", " ?", "e{0,1}") ends the run without it.
      if (next === '?' || next === '*' || (next === '{' && /\d/.test(template.charAt(i + 2)))) end();
      else {
        if (!run) runAt = i;
        run += ch;
      }
    } else end();
  }
  end();
  return best ? { word: best, at: bestAt } : null;
}

/**
 * The part of a template from its required word (see {@link requiredWord}) to its end, where the template opens
 * with no character the regex engine can skip to; else null. A template that opens with a letter or an entity's
 * marker ({A}, {B}: "⟦") is scanned quickly as it is; one that opens with a look-behind, an optional word or a
 * list whose first member may have an article ("(?<!…){LIST} established {A}") is tried at every position of the
 * text. Its part from the word opens with that word, and every text the template matches holds a match of it (the
 * word stands at the template's top level, so the part is a template of its own): a quick prefilter.
 */
export function fromRequiredWord(template: string): string | null {
  if (/^(?:\p{L}|\{[AB]\})/u.test(template)) return null;
  const run = requiredRun(template);
  return run && run.at > 0 ? template.slice(run.at) : null;
}

/** Regex source with its named groups made plain ones, where only whether it matches counts. */
function ungrouped(source: string): string {
  return source.replace(/\(\?<[A-Za-z]\w*>/g, '(?:');
}

/**
 * V8 gives up optimising a regular expression whose source is longer than 20 KiB (`kRegExpTooLargeToOptimize`):
 * past it, a union of alternatives is no longer scanned by the characters they open with but tried at every
 * position, several times slower. A union of many patterns is therefore cut into regexes under this size.
 */
export const UNION_PART_LIMIT = 16 * 1024;

/** Whether any of several patterns matches a text: their union, in regexes each under {@link UNION_PART_LIMIT}. */
export interface AnyOf {
  readonly parts: readonly RegExp[];
  test(text: string): boolean;
}

/** {@link AnyOf} of regex sources (each a whole alternative, as `(?:…)`), in their order, with the given flags. */
export function anyOf(sources: readonly string[], flags: string): AnyOf {
  const groups: string[][] = [];
  let size = Infinity;
  for (const source of sources) {
    if (size + source.length + 1 > UNION_PART_LIMIT) {
      groups.push([]);
      size = 0;
    }
    groups.at(-1)?.push(source);
    size += source.length + 1;
  }
  const parts = groups.length ? groups.map((g) => new RegExp(g.join('|'), flags)) : [/(?!)/u];
  return { parts, test: (text) => parts.some((re) => re.test(text)) };
}

/** The letters and spaces an alternative opens with, as {@link requiredRun} reads a run ("créée?" opens with "créé"). */
function leadingRun(alternative: string): string {
  const run = /^[\p{L} ]*/u.exec(alternative)?.[0] ?? '';
  const next = alternative.charAt(run.length);
  const optional = next === '?' || next === '*' || (next === '{' && /\d/.test(alternative.charAt(run.length + 1)));
  return (optional ? run.slice(0, -1) : run).trim();
}

/**
 * The words a group of alternatives at a template's top level opens with, where the group is required (no quantifier
 * after it) and each of its alternatives opens with letters ("(?:established|created|set up)", "(?:设立|发起|创建|成立)",
 * "(?:запуск(?:а|ом|е)?|создани(?:е|я|ем))" opens with "запуск" or "создани"): every match of the template holds one
 * of them as written. Of several such groups, the one whose shortest word is the longest; null where there is none,
 * or where the template is an alternation at its top level.
 */
export function requiredChoice(template: string): string[] | null {
  const shortest = (words: readonly string[]): number => Math.min(...words.map((w) => w.length));
  let best: string[] | null = null;
  let inClass = false;
  for (let i = 0; i < template.length; i++) {
    const ch = template.charAt(i);
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '|') return null;
    else if (ch === '(') {
      // A top-level group, read to its end: its alternatives, split where they stand at its own level.
      const { close: k, bars } = groupAt(template, i);
      const alternatives = [i + 2, ...bars].map((from, n) => template.slice(from + 1, bars[n] ?? k));
      const after = template.charAt(k + 1);
      const optional = after === '?' || after === '*' || (after === '{' && /\d/.test(template.charAt(k + 2)));
      const words = alternatives.map(leadingRun);
      if (template.startsWith('(?:', i) && !optional && words.every((w) => w)) {
        if (!best || shortest(words) > shortest(best)) best = words;
      }
      i = k;
    }
  }
  return best;
}

/**
 * The group a template opens at `open` (its "("): where it closes (the template's length if it does not), and where
 * a "|" stands at its own level, brackets and escapes passed over.
 */
function groupAt(template: string, open: number): { close: number; bars: number[] } {
  const bars: number[] = [];
  let depth = 0;
  let k = open + 1;
  for (let cls = false; k < template.length; k++) {
    const c = template.charAt(k);
    if (c === '\\') k++;
    else if (cls) cls = c !== ']';
    else if (c === '[') cls = true;
    else if (c === '(') depth++;
    else if (c === ')' && depth-- === 0) break;
    else if (c === '|' && depth === 0) bars.push(k);
  }
  return { close: k, bars };
}

/**
 * A regex, with `flags`, that matches every text some template matches in (see {@link requiredWord}): where it
 * finds nothing, no template matches. A template's words are its required word, or those of a group it requires
 * (see {@link requiredChoice}) where that word is shorter than each of them or it has none ("by" in "{A} …
 * (?:established|created|set up) … by {LIST}", which most clauses hold). Null where a template has neither.
 */
function cueOf(templates: readonly string[], flags: string): RegExp | null {
  const guarded: string[] = [];
  const words = templates.map((t): readonly string[] | null => {
    const behind = guardedWord(t);
    if (behind) {
      guarded.push(behind);
      return [];
    }
    const word = requiredWord(t);
    const choice = requiredChoice(t);
    if (choice && (word === null || Math.min(...choice.map((w) => w.length)) > word.length)) return choice;
    return word === null ? null : [spacedWord(t)];
  });
  if (!words.length || words.some((w) => w === null)) return null;
  // A space of a template matches a run of white space, as in the trie. The trie, rather than the words joined one
  // after another, because every clause is tested: a plain list tried each word at every letter of the clause.
  const trie = alternation(words.flatMap((w) => w ?? []));
  return new RegExp([...(trie ? [trie] : []), ...guarded].join('|') || '(?!)', flags);
}

/**
 * A template's {@link requiredWord} with the space the template requires right after it ("informa (?:a la |al |a
 * )?{B}" gives "informa ", which "información" does not hold), so that a word that opens longer words is no cue of
 * them. A space that may match a line break (inside brackets the template writes) or none (before a year after a
 * comma) is left out, as is one a quantifier makes optional. Not one before it: white space that opens a regex
 * tried at every position is tried again from each of its characters (quadratic on a long run of spaces).
 */
function spacedWord(template: string): string {
  const run = requiredRun(template);
  if (!run) return '';
  const { word, at } = run;
  const before = template.slice(0, at);
  // Spaces inside "\(…\)" match line breaks too (see templateSource), which the cue's white space does not.
  if ((before.match(/\\\(/g) ?? []).length > (before.match(/\\\)/g) ?? []).length) return word;
  const end = at + word.length;
  const next = template.slice(end + 1, end + 3);
  const optional = /^(?:[?*]|\{\d)/u.test(next) || template.startsWith('{YEAR}', end + 1);
  const trail = template.charAt(end) === ' ' && !optional ? ' ' : '';
  return word + trail;
}

/**
 * The cue of a template that opens with a negative look-behind right before its required word, as regex source: the
 * look-behind and the word ("(?<!(?:to|would)[\s])report to {B}" gives "(?<!(?:to|would)[\s])report[\s…]+to"), so
 * that a clause holding the word only where the look-behind rules it out ("to report to") is no cue of it. Null for
 * any other template, or a look-behind with a space or a slot (which {@link templateSource} would rewrite).
 */
function guardedWord(template: string): string | null {
  if (!template.startsWith('(?<!')) return null;
  const { close } = groupAt(template, 0);
  const behind = close < template.length ? template.slice(0, close + 1) : '';
  const run = requiredRun(template);
  if (!behind || /[ {]/u.test(behind) || run?.at !== close + 1) return null;
  return behind + alternation([run.word]);
}

/**
 * The longest piece without spaces of each template's {@link requiredWord}, as one regex: every match of a template
 * holds its piece as written (letters only: no white space can match it). Null where a template has no such word.
 */
function headerCueOf(templates: readonly string[], flags: string): RegExp | null {
  const pieces = templates.map((t) =>
    (requiredWord(t) ?? '').split(' ').reduce((a, b) => (b.length > a.length ? b : a), ''),
  );
  if (!pieces.length || pieces.some((p) => !p)) return null;
  return new RegExp(alternation(pieces), flags);
}

/** Matches of a regex built with {@link boundedAfter} that start a word (every match, for Chinese). */
export function* matchWords(lex: Lexicon, re: RegExp, text: string): Generator<RegExpExecArray> {
  // Reuse the compiled regex (compiling the entity list again per call cost more than matching with it).
  if (!re.global) throw new Error('matchWords needs a global regex');
  const scan = re;
  scan.lastIndex = 0;
  for (let m = scan.exec(text); m; m = scan.exec(text)) {
    if (lex.script !== 'Han' && m.index > 0 && WORD_CHAR.test(text.charAt(m.index - 1))) {
      scan.lastIndex = m.index + 1;
      continue;
    }
    yield m;
    if (m[0].length === 0) scan.lastIndex++;
  }
}

/** Whether the language's script has letter case (Latin, Cyrillic), which tells a heading or a name apart. */
export const hasCase = (lex: Lexicon): boolean => lex.script === 'Latin' || lex.script === 'Cyrillic';

/** Word boundaries where the script has words separated by spaces; none for Chinese. */
function bounded(source: string, lex: Lexicon): string {
  return lex.script === 'Han' ? source : `${LETTER_BOUNDARY_BEFORE}(?:${source})${LETTER_BOUNDARY_AFTER}`;
}

/**
 * A phrase that opens a part of a clause (a collaboration phrase, a capacity), as regex source: a word of its own where the
 * script has words, after a conjunction the language writes as a prefix ("وبالتعاون مع": "and in collaboration with").
 */
function clausePhrase(phrase: string, lex: Lexicon): string {
  if (lex.script === 'Han') return phraseSource(phrase);
  const conjunction = lex.conjunctionPrefixes?.length ? `(?:${alternation(lex.conjunctionPrefixes)})?` : '';
  return bounded(conjunction + phraseSource(phrase), lex);
}

/** A hyphen between letters and a line break right after it, with the white space around it. */
const HYPHEN_AND_BREAK = /(?<=\p{L})[-\u2010\u2011\u2012\u2013][ \t\u00A0]*\n[ \t\u00A0]*(?=\p{L})/gu;
const ENDS_LETTER_HYPHEN = /\p{L}[-\u2010\u2011\u2012\u2013]$/u;
const ENDS_LETTER = /\p{L}$/u;
const STARTS_LETTER = /^\p{L}/u;

/**
 * A place's name as written over a line break, on one line: a break right after a hyphen between letters was the
 * name's hyphen ("Буэнос-⏎Айрес" is "Буэнос-Айрес"), and in a script that writes no spaces (`noSpaces`) a break
 * between letters parts no words ("迪⏎拜" is "迪拜"): both join without a space. Any other break is white space.
 */
export function joinPlaceLines(text: string, noSpaces: boolean): string {
  if (!text.includes('\n')) return text;
  const [first = '', ...rest] = text.split('\n');
  const ends = noSpaces ? ENDS_LETTER : ENDS_LETTER_HYPHEN;
  let out = first;
  for (const line of rest) {
    const before = out.trimEnd();
    const after = line.trimStart();
    out = ends.test(before) && STARTS_LETTER.test(after) ? before + after : `${out}\n${line}`;
  }
  return out;
}

/** Folds a matched name to its lookup key: case (where the script has it), white space, hyphens, apostrophes. */
export function foldName(text: string): string {
  return text
    .replace(/[\s\u00A0\u2007\u202F\u3000]+/g, ' ')
    .replace(/[\u2010\u2011\u2012\u2013\u2212]/g, '-')
    .replace(/’/g, "'")
    .trim()
    .toLowerCase();
}

/**
 * A lookup by folded name, remembering what it answered for each written form: a document repeats the same few
 * names dozens of times, and folding costs four regex replacements. Bounded, since texts are not.
 */
function foldedLookup<V>(table: ReadonlyMap<string, V>): (written: string) => V | null {
  const seen = new Map<string, V | null>();
  return (written) => {
    let v = seen.get(written);
    if (v === undefined) {
      v = table.get(foldName(written)) ?? null;
      if (seen.size >= 4096) seen.clear();
      seen.set(written, v);
    }
    return v;
  };
}

export interface CompiledLexicon {
  readonly lexicon: Lexicon;
  /** Preamble heading lines. */
  readonly preamble: readonly { readonly key: PreambleKey; readonly re: RegExp }[];
  /** Operative heading starts; group `rest` is the text after the marker. */
  readonly operative: readonly {
    readonly key: OperativeKey;
    readonly re: RegExp;
    readonly towardsItu?: OperativeKey;
  }[];
  /** A line that starts like any preamble or operative heading: one test before trying them one by one. */
  readonly headingStart: RegExp;
  /**
   * Header lines ("RESOLUTION 78 (Rev. New Delhi, 2024)"), which the Final Acts may open with a margin symbol
   * ({@link MARGIN_SYMBOLS}) and a web page with the assembly's name ("PP RESOLUTION 183 (…)", group `HBODY`).
   */
  readonly header: readonly RegExp[];
  /** A note in brackets on the header line that is no part of the identity (lexicon `headerNote`), or null. */
  readonly headerNote: RegExp | null;
  /**
   * A word every header template writes (the longest piece without spaces of its {@link requiredWord}), as one
   * regex; null where a template has none. A line without any matches no header, with or without its note: the word
   * is letters only, so it cannot span the space that stands where the note was.
   */
  readonly headerCue: RegExp | null;
  /** The series each of {@link header} names: a resolution's header, or a decision's (`decisionHeader`). */
  readonly headerSeries: readonly TextSeries[];
  /** A line that holds nothing but a margin symbol (the Final Acts print it beside the header). */
  readonly marginSymbol: RegExp;
  /** A line that starts an annex (the whole line). */
  readonly annex: RegExp;
  /** The revision marker ("Rev.") of a header or a citation, in any case ("REV. BUSAN, 2014" in the Final Acts). */
  readonly revision: RegExp;
  readonly historyLine: RegExp;
  readonly historyEntry: readonly RegExp[];
  /** Splits a history line's entries. */
  readonly historySeparator: RegExp;
  readonly opening: readonly RegExp[];
  readonly body: (name: string) => AssemblyBody | null;
  /** The body of an acronym written with a year (`datedNames`, slot {DATED}), the year left out: "ВКР" (WRC). */
  readonly datedBody: (acronym: string) => AssemblyBody | null;
  /** A body name alone, for citation context. */
  readonly bodyName: RegExp;
  /** A body named after a citation (group `name`), or the adopting assembly by `ownBodyNames` (group `own`). */
  readonly bodyAfter: RegExp;
  /** Only a list joiner (", ", " and ", "、"), perhaps with an article (" et la "): between two members of a list. */
  readonly listGap: RegExp;
  /**
   * A list joiner at the end of a text, with articles after it (" and the ", " et l'", "和各"): the next member of a
   * list starts where the text ends.
   */
  readonly listEnd: RegExp;
  readonly patterns: {
    readonly studyGroup: RegExp;
    readonly question: RegExp;
    readonly unnumberedQuestion: RegExp;
    readonly ituResolution: RegExp;
    readonly ituDecision: RegExp;
    readonly unResolution: RegExp;
    readonly whaResolution: RegExp;
    readonly sdg: RegExp;
    readonly recommendation: RegExp;
    readonly councilWorkingGroup: RegExp;
  };
  /** The patterns read from where their starts stand, and how (see {@link matchPatterns}); null for Chinese. */
  readonly patternStarts: PatternStarts | null;
  /**
   * One more Recommendation of a list, right after one (sticky; group `code`): ", F.780.2", " and H.811". Read in a
   * loop rather than as a list in `patterns.recommendation`, which would make that too large to check for ReDoS.
   */
  readonly recommendationMore: RegExp;
  /**
   * One more member of a list of ITU resolutions, each with its own revision, read right after a citation (sticky):
   * " and 123 (Rev. Dubai, 2018)" after "Resolutions 64 (Rev. Bucharest, 2022)". Slots N, PLACE and YEAR. One
   * regex per citation template, each tried in turn: in one alternation, a template whose revision is optional (and
   * of another form, "المعدَّل 2016") would end its match at the number and hide the next template, which reads the
   * revision ("و123 (المراجَع في دبي، 2018)"). Empty where the language repeats the whole citation for each member
   * (Chinese).
   */
  readonly resolutionMore: readonly RegExp[];
  /**
   * After a member of a list of resolutions with its own revision, one more by its number alone, sticky: a list
   * joiner and the number ("…, 130 (Rev. Dubai, 2018) and 90 of the Plenipotentiary Conference", Arabic "، و90"),
   * group `N`. A member so read is the list's only where the body is named after it (see mentions.ts). Null where
   * the language repeats the whole citation for each member (Chinese).
   */
  readonly resolutionNumberMore: RegExp | null;
  /**
   * Right after a number (sticky): white space and a noun it counts, a stakeholder's name or one of
   * `Lexicon.countNouns` ("17 Member States", "17 Государств-Членов", "17 دولة عضواً", "17个成员国").
   */
  readonly countAfter: RegExp;
  /**
   * One more member of a list in a numbering that names the body, right after the one before ({HBNUMS}): " and
   * ITU-R 2-8" after "Resolutions ITU-R 1-8". Slot N, or slot BARE for a member that neither names the body again
   * nor counts its revision ("15, 19 and 22"; the loader keeps a run of those only where it ends the list: not "1-8
   * and 2 other resolutions", "2-8, 5 and 6 of the Plenipotentiary Conference"). The revision counted after the number
   * is not read. Not a member followed by more digits, a slash or a letter ("2-8/2": no backtracking to "2").
   */
  readonly numberedMore: RegExp;
  /**
   * A cited resolution's revision in brackets right after the body named after it: " (Rev. Bucharest, 2022)" after
   * "Resolution 183 of the Plenipotentiary Conference", " (modified 2019)" after "Resolution 1380 of the Council".
   * Slots PLACE, YEAR, SESSION. One regex per citation template that may give a revision, its form after the number,
   * from the resolution templates for resolutions and from the decision templates for decisions ("Решение 482
   * Совета (изменено в 2020 г.)"); tried in turn as {@link resolutionMore} (a match without a YEAR or SESSION is
   * none). Empty where the body comes before the number (Chinese).
   */
  readonly revisionAfterBody: Readonly<Record<'resolution' | 'decision', readonly RegExp[]>>;
  /** Sector names and neutral sector codes, with the sector they mean. */
  readonly sector: RegExp;
  readonly sectorOf: (matched: string) => 'ITU-T' | 'ITU-D' | 'ITU-R' | null;
  /**
   * A sector named right after a mention: ", of the ITU Telecommunication Development Sector (ITU-D)"; group `name`,
   * and group `weak` where one of `Lexicon.sectorLinks` links it.
   */
  readonly sectorAfter: RegExp;
  /** The three Sectors together right after a mention: " of the three Sectors" (entity `itu-sectors`). */
  readonly allSectorsAfter: RegExp;
  /**
   * Text that ends with a link word ("… groups of the ", "… Members of "): what follows names whose the thing
   * before is. Never matches in a language without link words.
   */
  readonly ownerLink: RegExp;
  /** White space and at most one link word ("of the", "de l'"): what may stand between a name and its owner's. */
  readonly linkOnly: RegExp;
  /** `Lexicon.directorsOf` at the end of a text; never matches where the language lists none. */
  readonly directorsBefore: RegExp;
  /** What may stand between two Bureaux of a list: a list joiner and up to two short words ("y de la"). */
  readonly bureauGap: RegExp;
  /** A list word and a name of `Lexicon.sharedHeadNames` (group `name`) at the start of a text; never matches where none. */
  readonly sharedHeadAfter: RegExp;
  /** The keys of the entities a matched shared-head name may be. */
  readonly sharedHeadOf: (matched: string) => readonly string[] | null;
  /** Known entity names (case-sensitive, longest first) and the lookup from a folded match to its record. */
  readonly entities: RegExp;
  /**
   * `entities` where only word starts are tried (see `boundedWordStart`), for {@link matchWords}, which gives the
   * same matches with either; `entities` gives mid-word matches to a plain scan.
   */
  readonly entityWords: RegExp;
  /** The entity names looked for only at words that may begin one (see {@link matchEntities}); null for Chinese. */
  readonly entityStarts: EntityStarts | null;
  readonly entityOf: (matched: string) => EntityRecord | null;
  /**
   * `Lexicon.nameQualifiers` at the end of a text: a known name right after is the end of another's name, if it is
   * one of `qualifiedNames` (`qualifiable`, folded).
   */
  readonly qualifiedBefore: RegExp;
  readonly qualifiable: (matched: string) => boolean;
  /**
   * `Lexicon.shortNames`: whether a matched name is one (`shortName`, folded), and the patterns of the whole word
   * before (`shortNameBefore`) and after (`shortNameAfter`) one that make it part of a longer name; never matching
   * where the lexicon lists none.
   */
  readonly shortName: (matched: string) => boolean;
  readonly shortNameBefore: RegExp;
  readonly shortNameAfter: RegExp;
  readonly place: (written: string) => string;
  /** Whether a place name is one the lexicon's `places` table knows (a name in it, or a canonical name). */
  readonly knownPlace: (written: string) => boolean;
  /**
   * `Lexicon.collaboration`: `closing` finds the first of its closings, of collaboration or of joint action, and
   * `jointly` holds those of joint action.
   */
  readonly collaboration: readonly {
    readonly re: RegExp;
    /**
     * The phrase alone, without the word boundaries and conjunction prefix `re` adds (null where `re` adds none):
     * part of every match of `re`, and quicker to scan for than `re`'s look-behind at every position. Where it is
     * not in a text, `re` does not match there either.
     */
    readonly bare: RegExp | null;
    readonly closing: RegExp | null;
    readonly jointly: ReadonlySet<string>;
  }[];
  /**
   * The collaboration phrases alone, as one trie without the word boundaries their `re` checks: a superset, tested
   * once where none may be in a text, rather than each phrase's look-behind at every position.
   */
  readonly anyCollaboration: RegExp;
  /** `Lexicon.capacity`: each phrase (global), what closes it, if anything does, and what ends it as a modifier. */
  readonly capacity: readonly {
    readonly re: RegExp;
    readonly closing: RegExp | null;
    readonly modifierEnd: RegExp | null;
  }[];
  /** Any of `capacity`'s phrases: most clauses have none, and one test of this spares a scan per phrase. */
  readonly anyCapacity: RegExp;
  /** The lexicon's organisation head words, each split at its spaces once here rather than per acronym read. */
  readonly organizationHeads: readonly { readonly words: readonly string[]; readonly kind: string }[];
  /** `organizationHeads` by their first word, each list in the table's order. */
  readonly organizationHeadsByFirst: ReadonlyMap<
    string,
    readonly { readonly words: readonly string[]; readonly kind: string }[]
  >;
  /** `Lexicon.listJoiners` in lower case. */
  readonly listJoinersLower: ReadonlySet<string>;
  /**
   * Each relation pattern (global), and its part from its required word on (see {@link fromRequiredWord}), tested
   * before the pattern is run where the pattern writes something before that word; else null.
   */
  readonly relations: readonly {
    readonly type: Lexicon['relations'][number]['type'];
    readonly re: RegExp;
    readonly prefilter: RegExp | null;
  }[];
  /**
   * Any relation pattern at all, without groups, each from its required word on where it has one: one scan that
   * tells whether a clause needs the patterns one by one (most clauses state no relation). From the word, so that
   * the scan skips to the words the patterns write rather than try a look-behind or a list at every position.
   */
  readonly anyRelation: AnyOf;
  /**
   * A word each relation pattern writes (see {@link requiredWord}), tested on a clause's own text before it is
   * tagged: a clause without any states no relation. Null where a pattern has none.
   */
  readonly relationCue: RegExp | null;
  /**
   * `Lexicon.selfReferences`, by kind, each sticky: tried where a sentence opens, to read the page's subject there
   * ("The Focus Group reports to …").
   */
  readonly selfReferences: readonly {
    readonly kind: NonNullable<Lexicon['selfReferences']>[number]['kind'];
    readonly re: RegExp;
  }[];
  /**
   * `Lexicon.selfReferenceQualifiersAfter`, sticky: white space and a whole word that makes a self-reference before
   * it part of another's name. Null where the table has none.
   */
  readonly selfReferenceQualifier: RegExp | null;
  /**
   * `Lexicon.selfReferences` of each kind, global, case kept ("the Initiative", not "the initiative"), each a word of
   * its own, longest first: read inside a sentence, where a relation names what was set up ("ITU, WHO and WIPO
   * launched the Initiative"). None in a script that writes no spaces, whose phrases would be read inside other words.
   */
  readonly selfReferencesInside: readonly {
    readonly kind: NonNullable<Lexicon['selfReferences']>[number]['kind'];
    readonly re: RegExp;
  }[];
  /** `Lexicon.verbsBeforeSubject` with a conjunction prefix or none, and the white space after, sticky. */
  readonly verbBeforeSubject: RegExp | null;
  /** `Lexicon.pronouns`, sticky, case kept: tried where a sentence opens. */
  readonly pronoun: RegExp | null;
  /** `Lexicon.latter`, sticky, case kept: tried where a sentence opens. */
  readonly latter: RegExp | null;
  /** Indentation, bullets and Markdown marks at the start of a line ("  • ", "## "), to leave out of a title. */
  readonly lineMarks: RegExp;
  readonly itemLabel: RegExp;
  /**
   * A number, spaces and a lower-case word ("1 to continue…"; in a script without case, any word: "1 继续…",
   * "1 مواصلة…"): an item label whose tab a PDF or web export turned into spaces. Ambiguous on its own (a wrapped
   * line may start with a number), so the structure reader takes it only where the next item is due.
   */
  readonly spacedNumber: RegExp;
  readonly terminators: RegExp;
  /** `Lexicon.operativeOpeners`, as {@link openerOf} gives them. */
  readonly operativeOpeners: ReadonlySet<string>;
  /** `Lexicon.relativePronouns`, as {@link openerOf} gives them. */
  readonly relativePronouns: ReadonlySet<string>;
  /**
   * `Lexicon.addresseeQualifiers`, as {@link openerOf} gives them, alone and after each of
   * `Lexicon.conjunctionPrefixes` ("والراغبة").
   */
  readonly addresseeQualifiers: ReadonlySet<string>;
  /** `Lexicon.qualifierPronouns`, as {@link openerOf} gives them. */
  readonly qualifierPronouns: ReadonlySet<string>;
  /** `Lexicon.qualifiedRelatives`, as {@link openerOf} gives them. */
  readonly qualifiedRelatives: ReadonlySet<string>;
  /** `Lexicon.subjectOpeners`, as {@link openerOf} gives them. */
  readonly subjectOpeners: ReadonlySet<string>;
  /**
   * Whether a word is one of `Lexicon.bodyProclitics` joined to a noun of more than two letters without a joined
   * article (`Lexicon.joinedArticles`): "بتقديم", "بمواصلة", not "بالاتحاد", "بين". Never, where the lexicon has none.
   */
  readonly bodyProclitic: (word: string) => boolean;
  /** A word that ends as `Lexicon.bodyVerbEndings` do (whole words; never matches where the lexicon has none). */
  readonly bodyVerb: RegExp;
  /** A word that ends as `Lexicon.bodyAdverbEndings` do (whole words; never matches where the lexicon has none). */
  readonly bodyAdverb: RegExp;
  /** `Lexicon.bodyAdverbs`. */
  readonly bodyAdverbWords: ReadonlySet<string>;
  /** `Lexicon.articles`, as {@link openerOf} gives them. */
  readonly articles: ReadonlySet<string>;
  /** `Lexicon.openWords`. */
  readonly openWords: ReadonlySet<string>;
  /** `Lexicon.suspendingWords`. */
  readonly suspendingWords: ReadonlySet<string>;
  /** `Lexicon.predicatives`. */
  readonly predicatives: ReadonlySet<string>;
  /** `Lexicon.objectEndings`. */
  readonly objectEndings: readonly string[];
  /** Whether a text is one of `Lexicon.sentenceDates`, white space after it. */
  readonly sentenceDate: RegExp;
  /** Whether `text` at `at` opens with one of `Lexicon.prepositionalPhrases` (case ignored, whole words). */
  readonly prepositionalPhraseAt: (text: string, at: number) => boolean;
  /**
   * Whether a name of the lexicon (a known entity's, a Sector's, an assembly's, a place's) writes a hyphen between
   * these two parts of a word, case ignored: `ITU` and `T` in `ITU-T`, `Шарм` and `эль` or `эль` and `Шейх` in
   * `Шарм-эль-Шейх`. A hyphen a PDF's line end keeps there is the name's own (see hyphenation.ts).
   */
  readonly writesHyphen: (before: string, after: string) => boolean;
  /**
   * The first words of `Lexicon.citationBodyLinks` ("of", "de", "du", "del"), as {@link openerOf} gives them, an
   * elided form ("d'") written out ("de"): words that join a name to what follows it ("Membres de l'UIT").
   */
  readonly linkWords: ReadonlySet<string>;
  /** `Lexicon.stopwords`: the language's most frequent function words, lower case. */
  readonly stopwords: ReadonlySet<string>;
  /**
   * The series of an item label (numbers, or the letters of one script in `itemLetters`), its place in the series
   * (1 for "1", "a", "а", "أ"; a label with "bis" or "ter" has the place of the label it follows) and whether it is
   * the series' first: where a section's items start again, a heading stood between them.
   */
  readonly itemSeries: (label: string) => {
    readonly series: string;
    readonly first: boolean;
    readonly place: number;
    /** "bis", "ter", or "". */
    readonly suffix: string;
  };
  /**
   * Roman numerals in order, `i` to `xxx`, that texts in every language number a list's items with where they do
   * ("i)", "ii)", "iii)"): {@link ITEM_NUMERALS}.
   */
  readonly itemNumerals: readonly string[];
  /**
   * A line that opens with a roman numeral of several letters as `itemLabel` reads a label ("ii)", "(iv)", "xi.",
   * "iii<TAB>"). Ambiguous on its own (a wrapped line may start "(ii) and (iii) of paragraph 2"), so the structure
   * reader takes it only where the numeral before it ends the list above; `itemLabel` reads numerals of one letter
   * ("i", "v", "x") as the letters they are.
   */
  readonly numeralLabel: RegExp;
}

/** Roman numerals, as ITU texts write them in lower case, up to the largest a list's items are numbered with. */
function romanNumerals(count: number): string[] {
  const units = ['', 'i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix'];
  return Array.from({ length: count }, (_, k) => 'x'.repeat(Math.floor((k + 1) / 10)) + (units[(k + 1) % 10] ?? ''));
}

/**
 * The roman numerals that may number a list's items, `i` to `xxx`: ITU texts in French, Spanish, Russian and Chinese
 * write them as English ones do ("i)", "ii)"), so the series is no lexicon's.
 */
export const ITEM_NUMERALS: readonly string[] = romanNumerals(30);

const LABEL_SCRIPTS = ['Latin', 'Cyrillic', 'Arabic', 'Greek'].map((name) => ({
  name,
  re: new RegExp(`\\p{Script=${name}}`, 'u'),
}));

/** {@link CompiledLexicon.itemSeries} for a lexicon's item letters. */
function itemSeries(letters: string): CompiledLexicon['itemSeries'] {
  const letterOf = new Map<string, { series: string; place: number }>();
  let before = '';
  let place = 0;
  for (const c of letters) {
    const series = LABEL_SCRIPTS.find((s) => s.re.test(c))?.name ?? 'other';
    place = series === before ? place + 1 : 1;
    letterOf.set(c, { series, place });
    before = series;
  }
  return (label) => {
    const [, base = label, suffix = ''] = /^(.*?)(bis|ter)?$/u.exec(label) ?? [];
    const letter = letterOf.get(base);
    const { series, place } = /^\d+$/u.test(base)
      ? { series: 'number', place: Number(base) }
      : { series: letter?.series ?? 'other', place: letter?.place ?? 0 };
    return { series, place, suffix, first: place === 1 && !suffix };
  };
}

/** {@link CompiledLexicon.prepositionalPhraseAt} for `phrases`. */
function phrasesAt(phrases: readonly string[]): CompiledLexicon['prepositionalPhraseAt'] {
  if (phrases.length === 0) return () => false;
  const re = new RegExp(`(?:${alternation(phrases)})(?![\\p{L}\\p{M}\\p{N}])`, 'iuy');
  return (text, at) => {
    re.lastIndex = at;
    return re.test(text);
  };
}

/** A character of a word's part between hyphens: a letter, a mark or a digit. */
const WORD_PART_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** {@link CompiledLexicon.writesHyphen} for the names a lexicon writes. */
function writesHyphen(names: readonly string[]): CompiledLexicon['writesHyphen'] {
  const pairs = new Set<string>();
  for (const name of names) {
    const n = foldName(name);
    for (let i = n.indexOf('-'); i >= 0; i = n.indexOf('-', i + 1)) {
      let start = i;
      while (start > 0 && WORD_PART_CHAR.test(n.charAt(start - 1))) start--;
      let end = i + 1;
      while (end < n.length && WORD_PART_CHAR.test(n.charAt(end))) end++;
      if (start < i && end > i + 1) pairs.add(n.slice(start, end));
    }
  }
  return (before, after) => pairs.has(`${before}-${after}`.toLowerCase());
}

/** An elided word written out: "d'" is "de", "qu'" is "que" (as the lexicons' link words are written). */
export function unelided(word: string): string {
  return word.replace(/['\u2019]$/u, 'e');
}

/** The most letters of a word a proclitic joins that make a function word ("بين", "بما", "به"), not a verbal noun. */
const FUNCTION_WORD_LETTERS = 2;

/** See `CompiledLexicon.bodyProclitic`. */
function bodyProclitic(lex: Lexicon): (word: string) => boolean {
  const proclitics = lex.bodyProclitics ?? [];
  const articles = lex.joinedArticles ?? [];
  const adverbs = new Set(lex.procliticAdverbs ?? []);
  if (!proclitics.length) return () => false;
  return (word) =>
    !adverbs.has(word) &&
    proclitics.some((p) => {
      if (!word.startsWith(p)) return false;
      const noun = word.slice(p.length);
      if (articles.some((a) => noun.startsWith(a))) return false;
      return (noun.match(/\p{L}/gu)?.length ?? 0) > FUNCTION_WORD_LETTERS;
    });
}

/**
 * The word that opens a line, as operative openers are compared: lower case, an elided article or preposition with
 * its apostrophe ("d'" of "d'étudier"), without leading white space.
 */
export function openerOf(text: string): string {
  const m = /^[\s\u00A0]*([\p{L}\p{M}]+['\u2019]?)/u.exec(text);
  return m?.[1] ? m[1].replace('\u2019', "'").toLowerCase() : '';
}

/**
 * The symbols the Final Acts of a conference print in the margin of a text it added, modified or suppressed ("MOD",
 * beside "RESOLUTION 130 (REV. BUSAN, 2014)"). They are the same in every language's edition, and upper case.
 */
/** A year written in two digits ("WRC-19", "C97") or four: two digits from 50 on are of the 1900s. */
export function fullYear(digits: string): number {
  const n = Number(digits);
  return digits.length === 4 ? n : n >= 50 ? 1900 + n : 2000 + n;
}

/**
 * The Council sessions a {SESSION} slot names: the year of the text ("C19": 2019), and of the first version where
 * the text names it as well ("C-1985, last amended C19": 1985, then 2019).
 */
export function councilSessions(code: string | undefined): { year: number; first: number | null } | null {
  const years = code?.match(/\d+/g)?.map(fullYear) ?? [];
  const year = years.at(-1);
  return year === undefined ? null : { year, first: years.length > 1 ? (years[0] ?? null) : null };
}

export const MARGIN_SYMBOLS = ['ADD', 'MOD', 'SUP'] as const;

/** "BUENOS AIRES" → "Buenos Aires", "SHARM EL-SHEIKH" → "Sharm El-Sheikh": each word's first letter kept. */
function titleCase(name: string): string {
  return name
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_m, before: string, first: string) => before + first.toUpperCase());
}

/** The most starts (see {@link matchStarts}) of one pattern: past it, the pattern is scanned for as it is. */
const MAX_STARTS = 96;
/** The most tokens of a start: enough to tell most words apart (a start cut short is still one every match has). */
const MAX_START_TOKENS = 12;

/** A token of a start: regex source that reads one character or more, and the source of its first character. */
interface StartToken {
  readonly src: string;
  readonly first: string;
  /** Whether `first` is one literal character (not a class or an escape for one). */
  readonly literal: boolean;
}

interface Start {
  readonly tokens: readonly StartToken[];
  /** Whether what follows in the pattern may still be added to the start. */
  readonly open: boolean;
}

/** Thrown by {@link matchStarts}' parser where it cannot tell a pattern's starts. */
const UNTOLD = new Error('no starts');

/**
 * The starts of every match of a regex source (with the u flag): token sequences such that every match begins
 * with a match of one of them. A lookaround or a word boundary is passed over (a superset: what it tests is left to
 * the pattern), and a start ends where the next character cannot be told: at an anchor, after a repetition that may
 * go on, or, with `literalOnly`, at anything but a literal character (for a pattern whose case flag differs from
 * that of the scan for the starts, where a class might not read alike; a literal with `i` reads a superset). Null
 * where some match may start with nothing told, where a start opens with no literal character, or where the starts
 * are more than {@link MAX_STARTS}.
 */
export function matchStarts(source: string, literalOnly = false): (readonly StartToken[])[] | null {
  let i = 0;
  const none = (): Start[] => [{ tokens: [], open: true }];
  const stop: Start[] = [{ tokens: [], open: false }];
  const distinct = (starts: Start[]): Start[] => {
    const seen = new Map<string, Start>();
    for (const s of starts) seen.set(`${s.open ? 1 : 0}${s.tokens.map((t) => t.src).join('\u0000')}`, s);
    if (seen.size > MAX_STARTS) throw UNTOLD;
    return [...seen.values()];
  };
  const closed = (starts: Start[]): Start[] => starts.map((s) => ({ tokens: s.tokens, open: false }));
  const concat = (before: Start[], next: Start[]): Start[] =>
    distinct(
      before.flatMap((a) =>
        a.open
          ? next.map((n) => {
              const tokens = [...a.tokens, ...n.tokens];
              return tokens.length >= MAX_START_TOKENS
                ? { tokens: tokens.slice(0, MAX_START_TOKENS), open: false }
                : { tokens, open: n.open };
            })
          : [a],
      ),
    );
  const token = (src: string, literal: boolean): { starts: Start[]; single: StartToken | null } => {
    if (literalOnly && !literal) return { starts: stop, single: null };
    const t = { src, first: src, literal };
    return { starts: [{ tokens: [t], open: true }], single: t };
  };
  const disjunction = (): Start[] => {
    let out = alternative();
    while (source[i] === '|') {
      i++;
      out = distinct([...out, ...alternative()]);
    }
    return out;
  };
  const alternative = (): Start[] => {
    let acc = none();
    while (i < source.length && source[i] !== '|' && source[i] !== ')') acc = concat(acc, term());
    return acc;
  };
  const atom = (): { starts: Start[]; single: StartToken | null } => {
    const ch = source.charAt(i);
    if (ch === '(') {
      const open = /^\((?:\?(?::|=|!|<=|<!|<[^>]+>))?/u.exec(source.slice(i))?.[0] ?? '(';
      // Any other group syntax (inline modifiers such as `(?i:`): not read, so the pattern keeps its own scan.
      if (open === '(' && source[i + 1] === '?') throw UNTOLD;
      i += open.length;
      const inner = disjunction();
      if (source[i] !== ')') throw UNTOLD;
      i++;
      return { starts: /^\(\?(?:=|!|<=|<!)/u.test(open) ? none() : inner, single: null };
    }
    if (ch === '[') {
      let j = i + 1;
      if (source[j] === '^') j++;
      while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      if (j >= source.length) throw UNTOLD;
      const src = source.slice(i, j + 1);
      i = j + 1;
      return token(src, false);
    }
    if (ch === '\\') {
      const e = source.charAt(i + 1);
      if (e === 'b' || e === 'B') {
        i += 2;
        return { starts: none(), single: null };
      }
      if (e === 'p' || e === 'P') {
        const end = source.indexOf('}', i);
        if (end < 0) throw UNTOLD;
        const src = source.slice(i, end + 1);
        i = end + 1;
        return token(src, false);
      }
      const hex = /^\\(?:u\{[0-9A-Fa-f]+\}|u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2})/u.exec(source.slice(i))?.[0];
      if (hex) {
        // A surrogate written as an escape is half of a pair: not a token of its own.
        if (/^\\u[dD][89a-fA-F]/u.test(hex)) throw UNTOLD;
        i += hex.length;
        return token(hex, true);
      }
      i += 2;
      if ('dDsSwW'.includes(e)) return token(`\\${e}`, false);
      if ('tnrfv'.includes(e) || /[^\p{L}\p{N}]/u.test(e)) return token(`\\${e}`, true);
      throw UNTOLD; // a back-reference, a control letter
    }
    if (ch === '.') {
      i++;
      return token('.', false);
    }
    if (ch === '^' || ch === '$') {
      i++;
      return { starts: stop, single: null };
    }
    const literal = String.fromCodePoint(source.codePointAt(i) ?? 0);
    i += literal.length;
    return token(literal, true);
  };
  const term = (): Start[] => {
    const { starts, single } = atom();
    const q = /^(?:[?*+]|\{(\d+)(,(\d*))?\})/u.exec(source.slice(i));
    if (!q) return starts;
    i += q[0].length;
    if (source[i] === '?') i++; // lazy: the same characters may match
    const min = q[0] === '+' ? 1 : q[0] === '?' || q[0] === '*' ? 0 : Number(q[1]);
    const max = q[0] === '?' ? 1 : q[0].startsWith('{') && q[2] === undefined ? min : q[3] ? Number(q[3]) : Infinity;
    if (min === 0) return distinct([...none(), ...(max === 1 ? starts : closed(starts))]);
    // One token repeated: a token of its own ("[ \t…]+": a run of white space), after which the start goes on.
    if (single) return [{ tokens: [{ ...single, src: `(?:${single.src})${q[0]}` }], open: true }];
    return max === 1 ? starts : closed(starts);
  };
  try {
    const starts = disjunction();
    if (i !== source.length) return null;
    if (starts.some((s) => !s.tokens[0]?.literal)) return null;
    return starts.map((s) => s.tokens);
  } catch (e) {
    if (e === UNTOLD) return null;
    throw e;
  }
}

/** Token sequences as one regex source, factored into a trie as {@link alternation} does phrases. */
export function tokenTrie(starts: readonly (readonly StartToken[])[]): string {
  interface Node {
    end: boolean;
    readonly kids: Map<string, Node>;
  }
  const root: Node = { end: false, kids: new Map() };
  for (const tokens of starts) {
    let node = root;
    for (const t of tokens) {
      let next = node.kids.get(t.src);
      if (!next) {
        next = { end: false, kids: new Map() };
        node.kids.set(t.src, next);
      }
      node = next;
    }
    node.end = true;
  }
  const emit = (node: Node): string => {
    const alts = [...node.kids].map(([src, kid]) => src + emit(kid));
    if (!alts.length) return '';
    const body = alts.length === 1 ? (alts[0] ?? '') : `(?:${alts.join('|')})`;
    return node.end ? `(?:${body})?` : body;
  };
  return emit(root);
}

/** The keys of {@link CompiledLexicon.patterns}. */
export type PatternKey = keyof CompiledLexicon['patterns'];

/** Characters below this code have an entry in {@link PatternStarts.firstChars}; any above may start any pattern. */
const FIRST_CHAR_CODES = 0x2000;

/**
 * The patterns (`CompiledLexicon.patterns`) looked for only where one of their starts ({@link matchStarts}) is
 * found: one scan for the starts of all of them, rather than one scan of the text per pattern.
 */
export interface PatternStarts {
  /** A start of any of `sticky`'s patterns (sticky: tried only where {@link mayStart} says one may stand). */
  readonly scan: RegExp;
  /** The first characters of the starts, to tell most places where none stands without `scan`. */
  readonly prefixes: StartPrefixes;
  /** Each pattern read from the starts, sticky, by its bit in `firstChars`. */
  readonly sticky: readonly { readonly key: PatternKey; readonly re: RegExp }[];
  /**
   * For each character code below {@link FIRST_CHAR_CODES}, the bits of the patterns of `sticky` a match of which
   * may start with that character (the pattern's own flags decide: a case-insensitive one with either case).
   */
  readonly firstChars: Uint16Array;
}

/** {@link CompiledLexicon.patternStarts}: for the patterns whose starts can be told; null for a script without spaces. */
function patternStarts(lex: Lexicon, patterns: CompiledLexicon['patterns'], ci: string): PatternStarts | null {
  if (lex.script === 'Han') return null;
  const told: { key: PatternKey; re: RegExp; starts: (readonly StartToken[])[] }[] = [];
  for (const key of Object.keys(patterns) as PatternKey[]) {
    const re = patterns[key];
    // A pattern that ignores case where the scan does not would match what the scan misses: its own scan.
    if (re.flags.includes('i') && !ci.includes('i')) continue;
    const caseAlike = re.flags.includes('i') === ci.includes('i');
    const starts = lex.patterns[key].map((t) => matchStarts(templateSource(t, lex), !caseAlike));
    if (!starts.length || starts.some((s) => s === null)) continue;
    // One bit each in `firstChars`.
    // (Past 16 patterns, the others keep their own scans.)
    if (told.length < 16) told.push({ key, re, starts: starts.flatMap((s) => s ?? []) });
  }
  if (!told.length) return null;
  const firstChars = new Uint16Array(FIRST_CHAR_CODES);
  told.forEach(({ re, starts }, bit) => {
    const flags = re.flags.replace(/[gy]/gu, '');
    const first = new RegExp(`^(?:${[...new Set(starts.map((s) => s[0]?.first ?? ''))].join('|')})`, flags);
    for (let code = 0; code < FIRST_CHAR_CODES; code++) {
      if (first.test(String.fromCharCode(code))) firstChars[code] = (firstChars[code] ?? 0) | (1 << bit);
    }
  });
  const all = told.flatMap((t) => t.starts);
  return {
    scan: new RegExp(tokenTrie(all), `y${ci}`),
    prefixes: startPrefixes(all, ci),
    sticky: told.map(({ key, re }) => ({ key, re: new RegExp(re.source, re.flags.replace('g', 'y')) })),
    firstChars,
  };
}

/** The most characters of a start that {@link StartPrefixes} tells. */
const PREFIX_UNITS = 3;
/** Bits of a bucket of {@link StartPrefixes.buckets}, for each prefix length. */
const PREFIX_BITS = 16;
const PREFIX_BUCKETS = 1 << PREFIX_BITS;

/**
 * The first characters of a set of starts ({@link matchStarts}), as classes of code units: each start's leading
 * tokens that read one literal character (up to {@link PREFIX_UNITS}, the last of which may be repeated), each as
 * the class of the code units below {@link FIRST_CHAR_CODES} it reads under the scan's flags (under a case flag,
 * the cases of a letter are one class: a code unit reads alike as every literal of its class).
 */
export interface StartPrefixes {
  /** Each code unit below {@link FIRST_CHAR_CODES}: the class (from 1) of the literals of a prefix that read it, or 0. */
  readonly unitClass: Uint16Array;
  /**
   * 1 in the bucket of the classes' hash of every prefix: {@link PREFIX_BUCKETS} of them for each length, from one
   * unit on (`(length - 1) << PREFIX_BITS | hash`).
   */
  readonly buckets: Uint8Array;
}

export function startPrefixes(starts: readonly (readonly StartToken[])[], ci: string): StartPrefixes {
  const unitClass = new Uint16Array(FIRST_CHAR_CODES);
  const units = String.fromCharCode(...Array.from({ length: FIRST_CHAR_CODES }, (_, c) => c));
  let classes = 0;
  const classOfSource = new Map<string, number>();
  /** A literal's class, 0 where it reads no code unit below FIRST_CHAR_CODES. */
  const classOf = (src: string): number => {
    const known = classOfSource.get(src);
    if (known !== undefined) return known;
    let id = 0;
    const read: number[] = [];
    for (const m of units.matchAll(new RegExp(src, `g${ci}`))) {
      if (m[0].length !== 1) continue;
      read.push(m.index);
      id ||= unitClass[m.index] ?? 0;
    }
    // Units that read alike as one literal read alike as any literal that reads one of them: one class.
    if (read.length && !id) id = ++classes;
    for (const c of read) unitClass[c] = id;
    classOfSource.set(src, id);
    return id;
  };
  const buckets = new Uint8Array(PREFIX_UNITS << PREFIX_BITS);
  for (const tokens of starts) {
    let h = 0;
    let k = 0;
    for (const t of tokens) {
      const id = t.literal ? classOf(t.first) : 0;
      if (!id) break;
      h = hashStep(h, id);
      k++;
      // A repeated token may read more than one unit: what follows it is not told by position.
      if (k === PREFIX_UNITS || t.src !== t.first) break;
    }
    // A start none of whose units is told (its first literal reads no unit below FIRST_CHAR_CODES) stands only where
    // a unit at or above it does, which is not looked up.
    if (k) buckets[((k - 1) << PREFIX_BITS) | (h & (PREFIX_BUCKETS - 1))] = 1;
  }
  return { unitClass, buckets };
}

/**
 * Whether a start of `prefixes` may stand at `at` in `text`: false only where none does. Every start begins with its
 * prefix, each of whose literals reads one code unit: where the units there are below {@link FIRST_CHAR_CODES}, their
 * classes tell every prefix they may be; any other unit may be read by any literal.
 */
export function mayStart(prefixes: StartPrefixes, text: string, at: number): boolean {
  const { unitClass, buckets } = prefixes;
  const n = Math.min(text.length, at + PREFIX_UNITS);
  let h = 0;
  for (let i = at; i < n; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= FIRST_CHAR_CODES) return true;
    const id = unitClass[unit] as number;
    if (id === 0) return false;
    h = hashStep(h, id);
    if (buckets[((i - at) << PREFIX_BITS) | (h & (PREFIX_BUCKETS - 1))] === 1) return true;
  }
  return false;
}

/**
 * Each UTF-16 code unit's word class as `matchWords` tells it (one code unit at a time): -1 for a letter or digit,
 * else 0. Built on first use (some milliseconds), then never changed.
 */
let wordUnits: Int32Array | null = null;
function wordUnitTable(): Int32Array {
  if (wordUnits) return wordUnits;
  const table = new Int32Array(0x10000);
  for (const [from, to] of [
    [0, 0xd800],
    [0xe000, 0x10000],
  ] as const) {
    let units = '';
    for (let c = from; c < to; c++) units += String.fromCharCode(c);
    for (const m of units.matchAll(/[\p{L}\p{N}]+/gu)) table.fill(-1, from + m.index, from + m.index + m[0].length);
  }
  wordUnits = table;
  return table;
}

/** Buckets of {@link EntityStarts.firstWords} and {@link EntityStarts.nextUnits}: a power of two. */
const FIRST_WORD_BUCKETS = 1 << 16;
/** {@link EntityStarts.firstWords}: a name may end with its first word, or go on with a letter or digit no table tells. */
const ANY_NEXT = 1;
/** {@link EntityStarts.firstWords}: every name with a first word of the bucket goes on to a letter or digit after it. */
const SOME_NEXT = 2;

/** Hash of a run of code units, step by step: `h = ((h * 31 + unit + 1) | 0)`; its bucket is `h & (BUCKETS - 1)`. */
const hashStep = (h: number, unit: number): number => (Math.imul(h, 31) + unit + 1) | 0;

/** {@link CompiledLexicon.entityStarts}. */
export interface EntityStarts {
  /**
   * In the bucket of the first word (its first run of letters and digits) of every entity name: {@link ANY_NEXT}
   * where some name with a first word of that bucket has no letter or digit after it, else {@link SOME_NEXT}.
   */
  readonly firstWords: Uint8Array;
  /**
   * 1 in the bucket of the first word's hash taken one step further, with the first letter or digit after it, of
   * every name that has one: a name's next word follows its first after characters that are no letters or digits
   * (white space, hyphens, apostrophes, punctuation, each read by a regex of such characters), so in a text the name
   * is written in, the first letter or digit after its first word is the name's.
   */
  readonly nextUnits: Uint8Array;
  /** 1 for the first code unit of every entity name. */
  readonly firstUnits: Uint8Array;
  /** `entityWords`, sticky. */
  readonly sticky: RegExp;
  /**
   * `sticky` for the names that open with each code unit, by that unit: a match at a word opens with the word's
   * first unit (the names are matched letter for letter), so only those names can match there. Each is a fraction
   * of the whole: V8 optimises no regex whose source is over 20 KB (`kRegExpTooLargeToOptimize`), which the names of
   * most tables are, and tried at thousands of words a text, the whole one cost a tenth more than its parts.
   */
  readonly byUnit: ReadonlyMap<number, RegExp>;
}

/**
 * {@link CompiledLexicon.entityStarts}; null for a script without spaces, or where a name does not open with a
 * letter or digit (it could start where no word does).
 */
function entityStarts(names: readonly string[], sticky: RegExp, lex: Lexicon): EntityStarts | null {
  if (lex.script === 'Han' || sticky.flags.includes('i')) return null;
  const units = wordUnitTable();
  const firstWords = new Uint8Array(FIRST_WORD_BUCKETS);
  const nextUnits = new Uint8Array(FIRST_WORD_BUCKETS);
  const firstUnits = new Uint8Array(0x10000);
  const groups = new Map<number, string[]>();
  for (const name of names) {
    const first = name.charCodeAt(0);
    if (!units[first]) return null;
    firstUnits[first] = 1;
    let h = 0;
    let i = 0;
    for (; i < name.length && units[name.charCodeAt(i)]; i++) h = hashStep(h, name.charCodeAt(i));
    const bucket = h & (FIRST_WORD_BUCKETS - 1);
    while (i < name.length && !units[name.charCodeAt(i)]) i++;
    if (i < name.length) {
      nextUnits[hashStep(h, name.charCodeAt(i)) & (FIRST_WORD_BUCKETS - 1)] = 1;
      if (firstWords[bucket] !== ANY_NEXT) firstWords[bucket] = SOME_NEXT;
    } else firstWords[bucket] = ANY_NEXT;
    const group = groups.get(first);
    if (group) group.push(name);
    else groups.set(first, [name]);
  }
  const byUnit = new Map<number, RegExp>();
  for (const [unit, group] of groups) byUnit.set(unit, new RegExp(boundedWordStart(alternation(group), lex), 'yu'));
  return { firstWords, nextUnits, firstUnits, sticky, byUnit };
}

/** Pattern starts for a text none of whose patterns is looked for this way: no character opens one. */
const NO_PATTERN_STARTS: PatternStarts = {
  scan: /(?!)/y,
  prefixes: { unitClass: new Uint16Array(FIRST_CHAR_CODES), buckets: new Uint8Array(0) },
  sticky: [],
  firstChars: new Uint16Array(FIRST_CHAR_CODES),
};

/** What {@link matchAtWordStarts} finds. */
export interface WordStartMatches {
  /** The matches of each of the patterns asked for, in their order, as {@link matchPatterns} gives them. */
  readonly patterns: RegExpExecArray[][];
  /** The matches of the entity names, as {@link matchEntities} gives them (none where not asked for). */
  readonly entities: RegExpExecArray[];
}

/**
 * The matches of each of `keys`' patterns in `text`, each as {@link matchWords} gives them, and with `entities`
 * those {@link matchWords} gives of `lex.entityWords`: in one pass over the places where a word starts (no letter or
 * digit before them), which every match starts at (matchWords' rule).
 *
 * A pattern of `lex.patternStarts` is tried, sticky, only at such a place where its first character stands, the
 * prefixes tell that a start of some pattern may ({@link mayStart}), and the scan for all starts (sticky) finds one:
 * every match starts with one of its starts (see {@link matchStarts}); and it is tried at each such place from the end
 * of its last match on, in the order of the text, as a global scan finds the leftmost match from there: the same
 * matches.
 *
 * The entity names are tried (sticky) only at the words whose run of letters and digits is the first run of some name
 * (by hash, of the runs whose first unit opens some name; a collision costs one try). That is every place a match can
 * start: a match starts a word with a name, which the regex matches letter for letter (no case folding), so with the
 * name's first unit; the name's first run is followed by a character that is no letter or digit (white space, hyphen
 * and apostrophe classes are none either), or by the boundary the regex requires after a name; so the text's run there
 * is the name's first run. Tried at each such word from the end of the last match on, as for the patterns. Where
 * every name of the word's bucket goes on past its first run, the word is tried only when the next letter or digit
 * after it opens the second run of one of them: what stands between a name's runs is never a letter or digit, and
 * the regex reads it only with classes that hold none (see {@link EntityStarts}).
 */
export function matchAtWordStarts(
  lex: CompiledLexicon,
  keys: readonly PatternKey[],
  text: string,
  entities: boolean,
): WordStartMatches {
  const pstarts = lex.patternStarts;
  const patterns: RegExpExecArray[][] = [];
  /** By bit in `pstarts.sticky`: where in `keys` the pattern's matches go, -1 where not asked for. */
  const slotOf: number[] = pstarts ? pstarts.sticky.map(() => -1) : [];
  let wanted = 0;
  for (const [k, key] of keys.entries()) {
    const bit = pstarts ? pstarts.sticky.findIndex((s) => s.key === key) : -1;
    if (bit >= 0) {
      slotOf[bit] = k;
      wanted |= 1 << bit;
      patterns.push([]);
    } else patterns.push([...matchWords(lex.lexicon, lex.patterns[key], text)]);
  }
  const estarts = entities ? lex.entityStarts : null;
  const names: RegExpExecArray[] = entities && !estarts ? [...matchWords(lex.lexicon, lex.entityWords, text)] : [];
  if ((!pstarts || !wanted) && !estarts) return { patterns, entities: names };
  const units = wordUnitTable();
  const until = slotOf.map(() => 0);
  let namesUntil = 0;
  const n = text.length;
  const { firstChars, prefixes, scan, sticky } = pstarts && wanted ? pstarts : NO_PATTERN_STARTS;
  // `at` is a place where a word starts, left to right: past a letter or digit, the rest of its run and the
  // character after it are no such place.
  for (let at = 0; at < n;) {
    let unit = text.charCodeAt(at);
    let may = unit < FIRST_CHAR_CODES ? (firstChars[unit] as number) & wanted : wanted;
    // Not inside a pair of surrogates, where a scan with the u flag would read from the pair's start.
    if (may && unit >= 0xdc00 && unit <= 0xdfff && (text.charCodeAt(at - 1) & 0xfc00) === 0xd800) may = 0;
    if (may && mayStart(prefixes, text, at)) {
      scan.lastIndex = at;
      if (!scan.test(text)) may = 0;
      for (let bit = 0; may >> bit; bit++) {
        if (!((may >> bit) & 1) || at < (until[bit] ?? 0)) continue;
        const re = sticky[bit]?.re;
        if (!re) continue;
        re.lastIndex = at;
        const found = re.exec(text);
        if (!found) continue;
        patterns[slotOf[bit] ?? 0]?.push(found);
        until[bit] = at + (found[0].length || 1);
      }
    }
    if (!units[unit]) {
      at++;
      continue;
    }
    // A run of letters and digits. Where no name opens with its first unit, none opens with the run: it is only
    // read to its end (most runs are so); else it is hashed on the way.
    const start = at;
    if (!estarts || !estarts.firstUnits[unit]) {
      while (++at < n && units[text.charCodeAt(at)]);
      at++;
      continue;
    }
    let h = 0;
    do {
      h = hashStep(h, unit);
      unit = text.charCodeAt(++at);
    } while (at < n && units[unit]);
    at++;
    const firstWord = estarts.firstWords[h & (FIRST_WORD_BUCKETS - 1)];
    if (!firstWord || start < namesUntil) continue;
    // Where every name with this first word goes on, the first letter or digit after the word must be one of theirs
    // (a common word such as "health" opens a name, "health Level Seven", that texts seldom write).
    if (firstWord === SOME_NEXT) {
      let next = at - 1;
      while (next < n && !units[text.charCodeAt(next)]) next++;
      if (next >= n || !estarts.nextUnits[hashStep(h, text.charCodeAt(next)) & (FIRST_WORD_BUCKETS - 1)]) continue;
    }
    const name = estarts.byUnit.get(text.charCodeAt(start));
    if (!name) continue;
    name.lastIndex = start;
    const found = name.exec(text);
    if (!found) continue;
    names.push(found);
    namesUntil = start + found[0].length;
  }
  return { patterns, entities: names };
}

/** The matches of each of `keys`' patterns in `text`, each as {@link matchWords} gives them (see {@link matchAtWordStarts}). */
export function matchPatterns(lex: CompiledLexicon, keys: readonly PatternKey[], text: string): RegExpExecArray[][] {
  return matchAtWordStarts(lex, keys, text, false).patterns;
}

/** The matches {@link matchWords} gives of `lex.entityWords` in `text`, in order (see {@link matchAtWordStarts}). */
export function matchEntities(lex: CompiledLexicon, text: string): RegExpExecArray[] {
  return matchAtWordStarts(lex, [], text, true).entities;
}

function combine(templates: readonly string[], lex: Lexicon, flags: string): RegExp {
  // Named groups may repeat across alternatives only in separate regexes, so each template is tried in order by
  // the caller when it needs groups; here they are joined as one alternation with renamed groups.
  const sources = templates.map((t, i) => templateSource(t, lex).replace(/\(\?<([A-Z]+)(\d+)>/g, `(?<$1$2_${i}>`));
  // Without the leading look-behind, which would stop the engine's quick scan for the first characters (see
  // boundedAfter): matches must be read with matchWords.
  return new RegExp(boundedAfter(sources.map((s) => `(?:${s})`).join('|'), lex), flags);
}

/**
 * {@link CompiledLexicon.resolutionMore}: for each citation template that may give a revision, a list joiner and
 * the template from its number on ("{N}(?: \\((?:Rev\\. )?{PLACE}, {YEAR}\\))?"), its groups named as {@link combine}
 * names a first template's.
 */
function resolutionMore(lex: Lexicon, ci: string): RegExp[] {
  // Only templates that may give a revision: a further member is read only with its own.
  const members = lex.patterns.ituResolution
    .filter((t) => t.includes('{N}') && t.includes('{YEAR}'))
    .map((t) => t.slice(t.indexOf('{N}')));
  if (lex.script === 'Han') return [];
  const joiners = alternation(lex.listJoiners.filter((j) => j !== '/'));
  const prefix = lex.numberPrefixes.length ? `(?:${alternation(lex.numberPrefixes)}${WS}*)?` : '';
  return members.map(
    (t) =>
      new RegExp(
        `${WS}*(?:${joiners})${WS}*${joinedConjunction(lex)}${prefix}(?:${templateSource(t, lex).replace(/\(\?<([A-Z]+)(\d+)>/g, '(?<$1$2_0>')})${LETTER_BOUNDARY_AFTER}`,
        `y${ci}`,
      ),
  );
}

/** {@link CompiledLexicon.revisionAfterBody}: each citation template's revision, from after its number on. */
function revisionAfterBody(lex: Lexicon, ci: string): CompiledLexicon['revisionAfterBody'] {
  return {
    resolution: revisionsAfter(lex.patterns.ituResolution, lex, ci),
    decision: revisionsAfter(lex.patterns.ituDecision, lex, ci),
  };
}

/** The revisions after the number in `templates` (a series' citation templates), from after the number on. */
function revisionsAfter(templates: readonly string[], lex: Lexicon, ci: string): RegExp[] {
  if (lex.script === 'Han') return [];
  return (
    templates
      // Not a numbering that names the body itself ("Resolution ITU-R 69"): no body follows it.
      .filter((t) => t.includes('{N}') && !t.includes('{HEADERBODY}'))
      .map((t) => t.slice(t.indexOf('{N}') + '{N}'.length))
      .filter((rest) => rest.includes('{YEAR}') || rest.includes('{SESSION}'))
      .map(
        (rest) =>
          new RegExp(`(?:${templateSource(rest, lex).replace(/\(\?<([A-Z]+)(\d+)>/g, '(?<$1$2_0>')})`, `y${ci}`),
      )
  );
}

/**
 * The named groups of every compiled lexicon's regexes, by the slot and number {@link slot} reads them by: a group
 * `${name}${n}_…` under `name`, at `n`, once for each way its name splits so ("N10_0": N and 10, N1 and 0), in the
 * order every regex names them (a test checks it).
 */
const SLOT_GROUPS = new Map<string, string[][]>();

/** The name of each named group a regex source opens (not a look-behind: "(?<=", "(?<!"). */
export const GROUP_NAME = /\(\?<([A-Za-z_$][\w$]*)>/g;
/** A slot's number and the underscore after it, at the start of what is left of a group's name. */
const SLOT_NUMBER = /^(\d+)_/;

/** Adds the named groups of every regex `value` holds (in lists, maps, objects) to {@link SLOT_GROUPS}. */
function registerSlotGroups(value: unknown, seen = new Set<object>()): void {
  if (typeof value !== 'object' || value === null || seen.has(value) || ArrayBuffer.isView(value)) return;
  seen.add(value);
  if (value instanceof RegExp) {
    for (const [, group = ''] of value.source.matchAll(GROUP_NAME)) {
      for (let at = 1; at < group.length; at++) {
        const digits = SLOT_NUMBER.exec(group.slice(at))?.[1];
        if (digits === undefined || String(Number(digits)) !== digits) continue;
        const name = group.slice(0, at);
        let byNumber = SLOT_GROUPS.get(name);
        if (!byNumber) SLOT_GROUPS.set(name, (byNumber = []));
        const groups = (byNumber[Number(digits)] ??= []);
        if (groups.includes(group)) continue;
        groups.push(group);
        // By what follows the number, the template's index where `combine` named the groups: the order of every
        // regex (one regex may name only some of the templates another names).
        const rest = (g: string): number => Number(g.slice(at + digits.length + 1));
        groups.sort((a, b) => rest(a) - rest(b) || (a < b ? -1 : a > b ? 1 : 0));
      }
    }
    return;
  }
  for (const v of value instanceof Map ? value.values() : Object.values(value)) registerSlotGroups(v, seen);
}

/** The group names {@link slot} reads for a slot and number, in order (for tests). */
export function slotGroups(name: string, n = 0): readonly string[] {
  return SLOT_GROUPS.get(name)?.[n] ?? [];
}

/**
 * Reads a slot's value from a match of a compiled lexicon's regex (a regex built by {@link combine} names a
 * template's groups `${slot}${n}_${template}`): the first group, in the regex's order, named `${name}${n}_…` that
 * matched.
 *
 * It reads the groups by the names the lexicons' regexes give them ({@link SLOT_GROUPS}), not by walking the match's
 * groups: V8 keeps a match's groups as a dictionary, and listing its names for each slot read cost several times
 * the look-ups (a mention reads several slots).
 */
export function slot(match: RegExpExecArray, name: string, n = 0): string | undefined {
  const groups = match.groups;
  const names = groups && SLOT_GROUPS.get(name)?.[n];
  if (!names) return undefined;
  for (let i = 0; i < names.length; i++) {
    const v = groups[names[i] as string];
    if (v !== undefined) return v;
  }
  return undefined;
}

/** Compiles a lexicon once; the result is cached by the lexicon object. */
export function compileLexicon(lex: Lexicon): CompiledLexicon {
  const ci = hasCase(lex) ? 'iu' : 'u';
  // Names without their head word: as written, and by folded name the keys they may be.
  const sharedHeadNames = new Map<string, string[]>();
  for (const [key, names] of Object.entries(lex.sharedHeadNames ?? {})) {
    for (const n of names) sharedHeadNames.set(n, [...(sharedHeadNames.get(n) ?? []), key]);
  }
  const sharedHeadKeys = new Map([...sharedHeadNames].map(([n, keys]) => [foldName(n), keys] as const));
  /** The list joiners that are words ("and", "et", "и", "和"). */
  const listWords = `(?:${alternation(lex.listJoiners.filter((j) => /^\p{L}+$/u.test(j))) || '(?!)'})`;
  // Indentation, and the bullets a web page's lists become in plain text ("  • considering", "    • a) …").
  const lineStart = `^(?:${WS}|${BULLET})*`;
  const preamble = lex.preamble.flatMap((p) =>
    p.phrases.map((ph) => ({
      key: p.key,
      len: ph.length,
      // `${WS}*[:：]?${WS}*$` would be quadratic on a heading followed by many spaces and a stray character.
      re: new RegExp(`${lineStart}${phraseSource(ph)}${WS}*(?:[:：]${WS}*)?$`, ci),
    })),
  );
  preamble.sort((a, b) => b.len - a.len);
  const operative = lex.operative.flatMap((o) =>
    o.phrases.map((ph) => ({
      key: o.key,
      towardsItu: o.towardsItu,
      len: ph.length,
      re: new RegExp(
        `${lineStart}(?:${phraseSource(ph)})${lex.script === 'Han' ? '' : LETTER_BOUNDARY_AFTER}(?<rest>.*)$`,
        ci,
      ),
    })),
  );
  operative.sort((a, b) => b.len - a.len);

  const margin = `(?:${MARGIN_SYMBOLS.join('|')})`;
  const notes = lex.templates.headerNote ?? [];
  const bodyByName = new Map<string, AssemblyBody>();
  for (const b of lex.bodies)
    for (const n of [...b.names, ...(b.headerNames ?? [])]) bodyByName.set(foldName(n), b.body);
  const datedByName = new Map<string, AssemblyBody>();
  for (const b of lex.bodies) for (const n of b.datedNames ?? []) datedByName.set(foldName(n), b.body);
  const namedBody = foldedLookup(bodyByName);
  const datedBody = foldedLookup(datedByName);
  const bodyAlt = bodySource(lex);
  // After a citation, a line may end between any two words of the link and the body ("… (Rev. Busan, 2014) de⏎la
  // Conferencia de Plenipotenciarios"), once at each space (see BRACKET_WS).
  const ownBodies = lex.ownBodyNames?.length ? `|(?<own>${alternation(lex.ownBodyNames, BRACKET_WS)})` : '';
  const links = lex.citationBodyLinks.length
    ? `(?:${alternation(lex.citationBodyLinks, BRACKET_WS)})${BRACKET_WS}`
    : '';
  // Before a Sector, a link word is needed where the language writes one before a body ("of"); where it writes none
  // (Arabic joins ل to the name: "لجنة الدراسات 2 لقطاع تنمية الاتصالات"), one of `sectorLinks` may stand there.
  // A `sectorLinks` word is captured as `weak`: "in" a Sector need not be "of" it (see mentions.ts `sectorAfter`).
  const toSector = [
    ...(lex.sectorLinks?.length ? [`(?<weak>${alternation(lex.sectorLinks)})`] : []),
    ...(lex.citationBodyLinks.length ? [`(?:${alternation(lex.citationBodyLinks)})`] : []),
  ];
  const sectorLinks = toSector.length
    ? `(?:(?:${toSector.join('|')})${WS}+)${lex.citationBodyLinks.length ? '' : '?'}`
    : '';

  const sectorByName = new Map<string, 'ITU-T' | 'ITU-D' | 'ITU-R'>();
  const sectorNames: string[] = [];
  for (const s of lex.sectors) {
    for (const n of [...s.names, s.sector]) {
      sectorByName.set(foldName(n), s.sector);
      sectorNames.push(n);
    }
  }

  const entityByName = new Map<string, EntityRecord>();
  const entityNames: string[] = [];
  for (const e of ENTITIES) {
    // The names every language writes ("WHO", "ITU-T") take the conjunction a language joins to the next word, as its
    // own names do: Arabic "WHO، وWIPO" (and WIPO).
    const joined = e.neutral.flatMap((n) => (lex.conjunctionPrefixes ?? []).map((c) => c + n));
    const names = [...e.neutral, ...joined, ...(lex.entityNames[e.key] ?? []), ...(lex.shortNames?.[e.key] ?? [])];
    for (const n of names) {
      entityByName.set(foldName(n), e);
      entityNames.push(n);
      // Sentence-initial capitals and lower-case running text both occur ("academia", "Academia"). Not for a name
      // of one word, which in lower case is a common noun ("council", "bureaux", "associates").
      if (hasCase(lex) && n !== n.toUpperCase() && /\s/u.test(n)) {
        const first = n.charAt(0);
        const flipped = (first === first.toUpperCase() ? first.toLowerCase() : first.toUpperCase()) + n.slice(1);
        entityNames.push(flipped);
      }
    }
  }

  const entityAlternation = alternation(entityNames);
  // The stakeholders' names as the language writes them: a number they follow counts them ("17 Member States").
  const stakeholderNames = ENTITIES.filter((e) => e.category === 'Stakeholder').flatMap(
    (e) => lex.entityNames[e.key] ?? [],
  );

  // An abbreviated revision word written against the place, no space between ("(Rev.Bucharest, 2022)", "(Пересм.Бухарест,
  // 2022 г.)"): the templates' "Rev. " wants the space, so the word is read as the place's; the place is the name after it.
  const abbreviations = lex.templates.revision.filter((r) => r.endsWith('.'));
  const revisionLead = new RegExp(`^(?:${alternation(abbreviations) || '(?!)'})(?=\\p{L})`, ci);
  const unrevised = (written: string): string => written.replace(revisionLead, '');
  const placeByName = new Map<string, string>();
  const qualifiedNames = new Set((lex.qualifiedNames ?? []).map(foldName));
  const shortNames = new Set(Object.values(lex.shortNames ?? {}).flatMap((names) => names.map(foldName)));
  const knownCanonical = new Set<string>();
  for (const [canonical, names] of Object.entries(lex.places)) {
    knownCanonical.add(foldName(canonical));
    for (const n of names) placeByName.set(foldName(n), canonical);
  }

  const patterns: CompiledLexicon['patterns'] = {
    studyGroup: combine(lex.patterns.studyGroup, lex, `g${ci}`),
    question: combine(lex.patterns.question, lex, `g${ci}`),
    unnumberedQuestion: combine(lex.patterns.unnumberedQuestion, lex, `g${ci}`),
    ituResolution: combine(lex.patterns.ituResolution, lex, `g${ci}`),
    // As written: a decision is cited with a capital ("Decision 482"); "the decision 2 of …", "решения 2019 года" are no citation.
    ituDecision: combine(lex.patterns.ituDecision, lex, 'gu'),
    unResolution: combine(lex.patterns.unResolution, lex, `g${ci}`),
    whaResolution: combine(lex.patterns.whaResolution, lex, `g${ci}`),
    sdg: combine(lex.patterns.sdg, lex, `g${ci}`),
    recommendation: combine(lex.patterns.recommendation, lex, `g${ci}`),
    councilWorkingGroup: combine(lex.patterns.councilWorkingGroup, lex, `g${ci}`),
  };

  const organizationHeads = lex.organizationHeads.map((h) => ({ words: h.word.split(' '), kind: h.kind }));
  const organizationHeadsByFirst = new Map<string, (typeof organizationHeads)[number][]>();
  for (const h of organizationHeads) {
    const first = h.words[0] ?? '';
    organizationHeadsByFirst.set(first, [...(organizationHeadsByFirst.get(first) ?? []), h]);
  }

  const compiled: CompiledLexicon = {
    lexicon: lex,
    preamble,
    operative,
    headingStart: new RegExp(
      `${lineStart}(?:${alternation([...lex.preamble, ...lex.operative].flatMap((h) => h.phrases))})`,
      ci,
    ),
    header: [...lex.templates.header, ...lex.templates.decisionHeader].map(
      (t) =>
        new RegExp(
          // A margin symbol may follow in brackets, as Council texts put it ("RESOLUTION 1305 (MOD)"), and a
          // footnote's mark after it all ("RESOLUTION ITU-R 71-2*", "… (Rev. New Delhi, 2024)*": a note on the text
          // as a whole; Word's export of its reference is blanked in text.ts): right after it or after a space, as a
          // PDF sets it off ("…, 2024) *"), or escaped as Markdown writes a literal asterisk ("…, 2024)\*"). Not a
          // number: after the bracket it is as often a page's in a table of contents or a running header.
          `${lineStart}(?:${margin}${WS}+)?(?:(?<HBODY>${bodyAlt})${WS}+)?${templateSource(t, lex)}(?:${WS}*[(（]${margin}[)）])?(?:${WS}*(?:(?:\\\\?\\*){1,3}|[†‡]))?${WS}*$`,
          ci,
        ),
    ),
    // Found anywhere in the line, apart from the header templates: inside them, its free text after the optional
    // groups of a template made the patterns slow to fail (quadratic in a line of blanks).
    headerNote: notes.length
      ? new RegExp(`[(（](?:${notes.map((n) => `(?:${templateSource(n, lex)})`).join('|')})[)）]`, ci)
      : null,
    headerCue: headerCueOf([...lex.templates.header, ...lex.templates.decisionHeader], ci),
    headerSeries: [
      ...lex.templates.header.map((): TextSeries => 'resolution'),
      ...lex.templates.decisionHeader.map((): TextSeries => 'decision'),
    ],
    marginSymbol: new RegExp(`${lineStart}${margin}${WS}*$`, 'u'),
    // Only tested, never read: the templates' groups are left uncaptured, so that their names (N0, YEAR0) may repeat.
    annex: new RegExp(
      `${lineStart}(?:${lex.templates.annex.map((t) => `(?:${uncaptured(templateSource(t, lex))})`).join('|')})${WS}*(?:[.:：]${WS}*)?$`,
      ci,
    ),
    revision: new RegExp(alternation(lex.templates.revision), ci),
    historyLine: new RegExp(`${lineStart}[(（](?<inner>[^()（）]{4,400})[)）]${WS}*$`, 'u'),
    historyEntry: lex.templates.historyEntry.map((t) => new RegExp(`^${WS}*${templateSource(t, lex)}${WS}*$`, ci)),
    historySeparator: new RegExp(
      lex.templates.historySeparators.map((sep) => [...sep].map(escapeLiteral).join('')).join('|'),
      'u',
    ),
    opening: lex.templates.opening.map((t) => new RegExp(`${lineStart}${templateSource(t, lex)}${WS}*$`, ci)),
    body: (written) =>
      namedBody(written) ?? (DATED_SUFFIX.test(written) ? datedBody(written.replace(DATED_SUFFIX, '')) : null),
    datedBody,
    bodyName: new RegExp(boundedAfter(bodyAlt, lex), `g${ci}`),
    listGap: new RegExp(`^${WS}*(?:${alternation(lex.listJoiners)})${WS}*(?:\\p{L}{1,4}${WS}+)?$`, ci),
    listEnd: new RegExp(
      `${lex.script === 'Han' ? '' : LETTER_BOUNDARY_BEFORE}(?:${alternation(lex.listJoiners)})${WS}*` +
        `${lex.articles?.length ? `(?:(?:${alternation(lex.articles)})${WS}*){0,2}` : ''}$`,
      ci,
    ),
    // A line break of the clause may come before the body ("(Rev. Hammamet, 2016)⏎of the World …"), where a PDF's
    // line ends after the bracket.
    bodyAfter: new RegExp(
      `^${WS}*(?:,${WS}*)?(?:\\n${WS}*)?${links}(?:(?<name>${bodySource(lex, BRACKET_WS)})${ownBodies})${lex.script === 'Han' ? '' : LETTER_BOUNDARY_AFTER}`,
      ci,
    ),
    patterns,
    patternStarts: patternStarts(lex, patterns, ci),
    resolutionMore: resolutionMore(lex, ci),
    resolutionNumberMore:
      lex.script === 'Han'
        ? null
        : new RegExp(
            `${WS}*(?:${alternation(lex.listJoiners.filter((j) => j !== '/'))})${WS}*${joinedConjunction(lex)}${lex.numberPrefixes.length ? `(?:${alternation(lex.numberPrefixes)}${WS}*)?` : ''}(?<N>\\d{1,4})(?![\\d/]|[.,]\\d)${LETTER_BOUNDARY_AFTER}`,
            `y${ci}`,
          ),
    countAfter: new RegExp(
      `${WS}*(?:${alternation([...stakeholderNames, ...(lex.countNouns ?? [])])})${lex.script === 'Han' ? '' : LETTER_BOUNDARY_AFTER}`,
      `y${ci}`,
    ),
    revisionAfterBody: revisionAfterBody(lex, ci),
    numberedMore: new RegExp(
      `${WS}*(?:${alternation(lex.listJoiners.filter((j) => j !== '/'))})${WS}*` +
        `(?:(?:${alternation(lex.bodies.flatMap((b) => b.headerNames ?? [])) || '(?!)'})${WS}+` +
        `(?<N0_0>\\d{1,4})(?:${HYPHEN_CLASS}\\d{1,2})?|(?<N0_1>\\d{1,4})${HYPHEN_CLASS}\\d{1,2}|(?<BARE0_0>\\d{1,4}))` +
        `(?!${HYPHEN_CLASS}?\\d|\\/|\\p{L})`,
      `y${ci}`,
    ),
    recommendationMore: new RegExp(
      `${WS}*(?:${alternation(lex.listJoiners)})${WS}*(?<code>${RECOMMENDATION_CODE})${lex.script === 'Han' ? '' : LETTER_BOUNDARY_AFTER}`,
      `y${ci}`,
    ),
    sector: new RegExp(boundedAfter(alternation(sectorNames), lex), `g${ci}`),
    sectorOf: foldedLookup(sectorByName),
    sectorAfter: new RegExp(
      `^${WS}*(?:,${WS}*)?${sectorLinks}(?<name>${alternation(sectorNames)})(?:${WS}*[(（][^()（）\\n]{1,12}[)）])?`,
      ci,
    ),
    allSectorsAfter: new RegExp(
      `^${WS}*(?:,${WS}*)?${sectorLinks}(?:${alternation(lex.entityNames['itu-sectors'] ?? []) || '(?!)'})${lex.script === 'Han' ? '' : LETTER_BOUNDARY_AFTER}`,
      'u',
    ),
    ownerLink: lex.citationBodyLinks.length
      ? new RegExp(`(?:^|${WS})(?:${alternation(lex.citationBodyLinks)})${WS}+$`, ci)
      : /(?!)/u,
    linkOnly: new RegExp(
      `^${WS}*${lex.citationBodyLinks.length ? `(?:(?:${alternation(lex.citationBodyLinks)})${WS}*(?:\\p{L}['’])?)?` : ''}$`,
      ci,
    ),
    directorsBefore: lex.directorsOf?.length
      ? new RegExp(`${LETTER_BOUNDARY_BEFORE}(?:${alternation(lex.directorsOf)})${WS}*$`, ci)
      : /(?!)/u,
    bureauGap: new RegExp(`^${WS}*(?:${alternation(lex.listJoiners)})${WS}*(?:\\p{L}{1,4}(?:${WS}+|['’])){0,2}$`, ci),
    sharedHeadAfter: sharedHeadNames.size
      ? new RegExp(
          `^${WS}*(?:${alternation(lex.listJoiners)})${WS}*(?<name>${alternation([...sharedHeadNames.keys()])})${lex.script === 'Han' ? '' : LETTER_BOUNDARY_AFTER}`,
          ci,
        )
      : /(?!)/u,
    sharedHeadOf: foldedLookup(sharedHeadKeys),
    entities: new RegExp(boundedAfter(entityAlternation, lex), 'gu'),
    entityWords: new RegExp(boundedWordStart(entityAlternation, lex), 'gu'),
    entityStarts: entityStarts(entityNames, new RegExp(boundedWordStart(entityAlternation, lex), 'yu'), lex),
    entityOf: foldedLookup(entityByName),
    qualifiedBefore: lex.nameQualifiers?.length ? new RegExp(`(?:${alternation(lex.nameQualifiers)})$`, 'u') : /(?!)/u,
    // Folding costs more than the lookup: none at all where the lexicon lists no such name.
    qualifiable: qualifiedNames.size ? (matched) => qualifiedNames.has(foldName(matched)) : () => false,
    shortName: shortNames.size ? (matched) => shortNames.has(foldName(matched)) : () => false,
    shortNameBefore: lex.shortNameQualifiersBefore?.length
      ? new RegExp(`^(?:${lex.shortNameQualifiersBefore.join('|')})$`, ci)
      : /(?!)/u,
    shortNameAfter: lex.shortNameQualifiersAfter?.length
      ? new RegExp(`^(?:${lex.shortNameQualifiersAfter.join('|')})$`, ci)
      : /(?!)/u,
    place: (text) => {
      const joined = joinPlaceLines(text, lex.script === 'Han');
      const written = unrevised(joined);
      // A hyphen at the break where the places table writes a space ("Buenos-⏎Aires", French "Buenos Aires"): one
      // the break itself was given, the name known without it.
      const known =
        placeByName.get(foldName(written)) ??
        (joined === text ? undefined : placeByName.get(foldName(unrevised(text.replace(HYPHEN_AND_BREAK, ' ')))));
      if (known) return known;
      const name = written.replace(/[\s\u00A0\u2007\u202F]+/gu, ' ').trim();
      // The Final Acts write places in capitals ("REV. BUENOS AIRES, 2017"): the same place as in running text.
      return hasCase(lex) && !/\p{Ll}/u.test(name) ? titleCase(name) : name;
    },
    knownPlace: (place) => {
      const written = unrevised(place);
      return placeByName.has(foldName(written)) || knownCanonical.has(foldName(written));
    },
    collaboration: lex.collaboration.map((c) => ({
      re: new RegExp(clausePhrase(c.phrase, lex), ci),
      bare: lex.script === 'Han' ? null : new RegExp(phraseSource(c.phrase), ci),
      closing:
        c.closing?.length || c.jointly?.length
          ? new RegExp(alternation([...(c.closing ?? []), ...(c.jointly ?? [])]), 'u')
          : null,
      jointly: new Set(c.jointly ?? []),
    })),
    anyCollaboration: lex.collaboration.length
      ? new RegExp(alternation(lex.collaboration.map((c) => c.phrase)), ci)
      : /(?!)/u,
    capacity: (lex.capacity ?? []).map((c) => ({
      re: new RegExp(clausePhrase(c.phrase, lex), `g${ci}`),
      closing: c.closing?.length ? new RegExp(alternation(c.closing), 'u') : null,
      modifierEnd: c.modifierEnd?.length ? new RegExp(alternation(c.modifierEnd), 'u') : null,
    })),
    // The phrases alone, without the word boundaries `re` checks: a superset, and a plain alternation is quick to scan.
    anyCapacity: lex.capacity?.length ? new RegExp(alternation(lex.capacity.map((c) => c.phrase)), ci) : /(?!)/u,
    organizationHeads,
    organizationHeadsByFirst,
    listJoinersLower: new Set(lex.listJoiners.map((j) => j.toLowerCase())),
    relations: lex.relations.flatMap((r) =>
      r.patterns.map((p) => {
        const part = fromRequiredWord(p);
        return {
          type: r.type,
          re: new RegExp(templateSource(p, lex), `g${ci}`),
          prefilter: part === null ? null : new RegExp(ungrouped(templateSource(part, lex)), ci),
        };
      }),
    ),
    anyRelation: anyOf(
      lex.relations
        .flatMap((r) => r.patterns)
        // White space as `\s`, a superset of the templates' (it also takes line breaks): the scan only tells which
        // clauses the patterns must be run on, and the shorter source keeps a language's union in one regex.
        .map((p) => `(?:${ungrouped(templateSource(fromRequiredWord(p) ?? p, lex)).replaceAll(WS, '\\s')})`),
      ci,
    ),
    relationCue: cueOf(
      lex.relations.flatMap((r) => r.patterns),
      ci,
    ),
    selfReferences: (lex.selfReferences ?? []).map((r) => ({
      kind: r.kind,
      re: new RegExp(boundedAfter(alternation(r.phrases), lex), `y${ci}`),
    })),
    selfReferenceQualifier: lex.selfReferenceQualifiersAfter?.length
      ? new RegExp(`${WS}+(?:${lex.selfReferenceQualifiersAfter.join('|')})(?![\\p{L}\\p{M}\\p{N}])`, `y${ci}`)
      : null,
    selfReferencesInside:
      lex.script === 'Han'
        ? []
        : (lex.selfReferences ?? []).map((r) => ({
            kind: r.kind,
            re: new RegExp(bounded(alternation(r.phrases), lex), 'gu'),
          })),
    verbBeforeSubject: lex.verbsBeforeSubject?.length
      ? new RegExp(
          `(?:${alternation(lex.conjunctionPrefixes ?? []) || '(?!)'})?(?:${alternation(lex.verbsBeforeSubject)})${WS}+`,
          `y${ci}`,
        )
      : null,
    pronoun: lex.pronouns?.length
      ? new RegExp(boundedAfter(lex.pronouns.map((p) => `(?:${templateSource(p, lex)})`).join('|'), lex), 'yu')
      : null,
    latter: lex.latter?.length
      ? new RegExp(boundedAfter(lex.latter.map((p) => `(?:${templateSource(p, lex)})`).join('|'), lex), 'yu')
      : null,
    lineMarks: new RegExp(lineStart, 'u'),
    // "a)", "1<TAB>", "1. ", "(a)" as some web pages write it, and "أ )" with a space before the parenthesis, as
    // right-to-left texts and PDF extractions may have it.
    itemLabel: new RegExp(
      `${lineStart}\\(?(?<label>\\d{1,2}(?:${WS}?(?:bis|ter))?|[${lex.itemLetters}]\\u0640?(?:${WS}?(?:bis|ter))?)(?:${WS}?\\)|\\.(?=${WS})|(?=\\t))${WS}*`,
      'u',
    ),
    numeralLabel: new RegExp(
      `${lineStart}\\(?(?<label>${alternation(ITEM_NUMERALS.filter((n) => n.length > 1))})(?:${WS}?\\)|\\.(?=${WS})|(?=\\t))${WS}*`,
      'u',
    ),
    // Not a number a list goes on from ("Resolutions 3," / "9 and 17 (…)", Arabic "9 و17": the width broke the
    // list, not an item).
    spacedNumber: new RegExp(
      `${lineStart}(?<label>\\d{1,2})[ \\u00A0]+(?!${listWords}(?:${WS}|$|\\d))(?=${hasCase(lex) ? '\\p{Ll}' : '\\p{Lo}'})`,
      'u',
    ),
    terminators: new RegExp(`[${lex.terminators.map((t) => escapeLiteral(t)).join('')}]${WS}*$`, 'u'),
    operativeOpeners: new Set((lex.operativeOpeners ?? []).map(openerOf)),
    relativePronouns: new Set((lex.relativePronouns ?? []).map(openerOf)),
    addresseeQualifiers: new Set(
      (lex.addresseeQualifiers ?? []).flatMap((q) =>
        ['', ...(lex.conjunctionPrefixes ?? [])].map((c) => openerOf(c + q)),
      ),
    ),
    qualifierPronouns: new Set((lex.qualifierPronouns ?? []).map(openerOf)),
    qualifiedRelatives: new Set((lex.qualifiedRelatives ?? []).map(openerOf)),
    subjectOpeners: new Set((lex.subjectOpeners ?? []).map(openerOf)),
    bodyProclitic: bodyProclitic(lex),
    bodyVerb: lex.bodyVerbEndings?.length
      ? new RegExp(`^\\p{Ll}[\\p{L}\\p{M}]*(?:${alternation(lex.bodyVerbEndings)})$`, 'u')
      : /(?!)/u,
    bodyAdverb: lex.bodyAdverbEndings?.length
      ? new RegExp(`^\\p{Ll}[\\p{L}\\p{M}]*(?:${alternation(lex.bodyAdverbEndings)})$`, 'u')
      : /(?!)/u,
    bodyAdverbWords: new Set(lex.bodyAdverbs ?? []),
    articles: new Set((lex.articles ?? []).map(openerOf)),
    openWords: new Set(lex.openWords ?? []),
    suspendingWords: new Set(lex.suspendingWords ?? []),
    predicatives: new Set(lex.predicatives ?? []),
    objectEndings: lex.objectEndings ?? [],
    sentenceDate: lex.sentenceDates?.length
      ? new RegExp(`^(?:${lex.sentenceDates.map((d) => templateSource(d, lex)).join('|')})[\\s\\u00A0]+$`, ci)
      : /(?!)/u,
    prepositionalPhraseAt: phrasesAt(lex.prepositionalPhrases ?? []),
    writesHyphen: writesHyphen([
      ...entityNames,
      ...sectorNames,
      ...lex.bodies.flatMap((b) => [...b.names, ...(b.headerNames ?? [])]),
      ...Object.values(lex.places).flat(),
    ]),
    linkWords: new Set(lex.citationBodyLinks.map((l) => unelided(openerOf(l)))),
    stopwords: new Set(lex.stopwords.map((w) => w.toLowerCase())),
    itemSeries: itemSeries(lex.itemLetters),
    itemNumerals: ITEM_NUMERALS,
  };
  registerSlotGroups(compiled);
  return compiled;
}
