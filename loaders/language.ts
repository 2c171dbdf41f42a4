/**
 * Detects a text's language from its script and, for languages sharing a script, the lexicon's stopwords.
 * Only languages that have a lexicon table can be detected.
 */
import { LEXICONS } from './lexicon';
import type { Lexicon } from './lexicon';
import type { Language } from './types';

type Script = 'Latin' | 'Han' | 'Cyrillic' | 'Arabic';

const LETTER = /\p{L}/u;

/**
 * What the word scan needs to know of a BMP code unit, computed on first sight (0: not yet): its lower case, whether
 * it is a word character, whether its lower case is, and whether lowering it alone may differ from lowering it in
 * its text (a lower case of several units, Σ whose lower case depends on the next letter). Lowering the text as it is
 * read, and testing \p{L} with a table rather than a regex per character, save more than the rest of the scan costs.
 */
const UNIT_INFO = new Int32Array(0x10000);
const SELF_WORD = 1;
const LOWER_WORD = 2;
const NOT_ALONE = 4;

function isWordUnit(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    c === 0x27 ||
    c === 0x2019 ||
    (c >= 0x80 && !(c >= 0xd800 && c <= 0xdfff) && LETTER.test(String.fromCharCode(c)))
  );
}

function unitInfo(c: number): number {
  let info = UNIT_INFO[c] ?? 0;
  if (info === 0) {
    const lower = String.fromCharCode(c).toLowerCase();
    const l = lower.charCodeAt(0);
    const alone = lower.length === 1 && c !== 0x3a3 && !(c >= 0xd800 && c <= 0xdfff);
    info =
      ((l + 1) << 3) | (alone ? 0 : NOT_ALONE) | (isWordUnit(l) ? LOWER_WORD : 0) | (isWordUnit(c) ? SELF_WORD : 0);
    UNIT_INFO[c] = info;
  }
  return info;
}

/**
 * The stopwords of the candidates as a trie over code units: each word of the text is looked up while it is read,
 * without cutting it out of the text (most words leave the trie at their first or second character). Flat arrays
 * rather than a Map per node: a Map lookup per character cost a quarter of detection.
 */
interface StopwordTrie {
  /** The root's child for each code unit below {@link ROOT_UNITS} (-1: none). The root is node 0. */
  readonly root: Int32Array;
  /** The children of node n are `nodes[k]`, reached by `units[k]`, for k from `first[n]` to `first[n + 1]`. */
  readonly first: Int32Array;
  readonly units: Uint16Array;
  readonly nodes: Int32Array;
  /** Bit mask of the candidates (by index) whose stopwords end at each node; 0 if none. */
  readonly masks: Int32Array;
}

const ROOT_UNITS = 0x800;

function stopwordTrie(stopwords: ReadonlyMap<string, number>): StopwordTrie {
  const kids: Map<number, number>[] = [new Map()];
  const masks: number[] = [0];
  for (const [word, mask] of stopwords) {
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      let next = kids[node]?.get(c);
      if (next === undefined) {
        next = kids.length;
        kids.push(new Map());
        masks.push(0);
        kids[node]?.set(c, next);
      }
      node = next;
    }
    masks[node] = mask;
  }
  const root = new Int32Array(ROOT_UNITS).fill(-1);
  for (const [c, next] of kids[0] ?? []) if (c < ROOT_UNITS) root[c] = next;
  const first = new Int32Array(kids.length + 1);
  const units: number[] = [];
  const nodes: number[] = [];
  kids.forEach((k, n) => {
    first[n] = units.length;
    for (const [c, next] of k) {
      units.push(c);
      nodes.push(next);
    }
  });
  first[kids.length] = units.length;
  return { root, first, units: Uint16Array.from(units), nodes: Int32Array.from(nodes), masks: Int32Array.from(masks) };
}

/** The node reached from `node` by code unit `c`, or -1. */
function step(trie: StopwordTrie, node: number, c: number): number {
  if (node === 0 && c < ROOT_UNITS) return trie.root[c] ?? -1;
  const end = trie.first[node + 1] ?? 0;
  for (let k = trie.first[node] ?? 0; k < end; k++) if (trie.units[k] === c) return trie.nodes[k] ?? -1;
  return -1;
}

/**
 * Counts the words of the first `end` code units of `text` (runs of letters and apostrophes: the split the stopword
 * lists are written for) and, per candidate, the words that are among its stopwords. With `fold`, the text is read
 * as if lower-cased first, or -1 is returned if lowering it one code unit at a time could differ. A loop over code
 * units rather than a regex: the regex with a Unicode property class costs more than the rest of detection together.
 */
function countWords(text: string, end: number, fold: boolean, trie: StopwordTrie, hits: number[]): number {
  let total = 0;
  let inWordBefore = false;
  // The trie node of the word read so far; -1 once it has left the trie.
  let node = 0;
  for (let i = 0; i <= end; i++) {
    let c = i < end ? text.charCodeAt(i) : 0x20;
    let inWord: boolean;
    let high = false;
    if (c >= 0xd800 && c <= 0xdfff) {
      if (fold) return -1;
      high = c <= 0xdbff;
      inWord = high && LETTER.test(text.slice(i, i + 2));
    } else {
      const info = unitInfo(c);
      if (fold) {
        if (info & NOT_ALONE) return -1;
        c = (info >> 3) - 1;
        inWord = (info & LOWER_WORD) !== 0;
      } else {
        inWord = (info & SELF_WORD) !== 0;
      }
    }
    if (inWord) {
      if (!inWordBefore) {
        inWordBefore = true;
        node = 0;
      }
      if (node >= 0) node = step(trie, node, c);
      if (high) {
        i++;
        if (node >= 0) node = step(trie, node, text.charCodeAt(i));
      }
    } else if (inWordBefore) {
      inWordBefore = false;
      total++;
      const mask = node >= 0 ? (trie.masks[node] ?? 0) : 0;
      if (mask !== 0) for (let k = 0; k < hits.length; k++) if (mask & (1 << k)) hits[k] = (hits[k] ?? 0) + 1;
    }
  }
  return total;
}

/** What detection looks for in each candidate language, prepared once per set of candidates. */
interface Cues {
  /** Stopwords, with the bit mask of the candidates (by index) that list each. */
  readonly stopwords: StopwordTrie;
  /** Preamble heading phrases, lower case, per candidate. */
  readonly headings: readonly (readonly string[])[];
  /** Assembly names of at least 12 characters, lower case, per candidate. */
  readonly longNames: readonly (readonly string[])[];
  /** The length of the longest heading phrase. */
  readonly longestHeading: number;
}

/** White space as String.prototype.trim removes it (other than the line feed). */
function isSpace(c: number): boolean {
  return (
    c <= 0x20 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** How many lines of `text`, without the white space around them, are `max` characters long at most (not empty). */
function shortLines(text: string, max: number): number {
  let n = 0;
  for (let start = 0; start <= text.length;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let a = start;
    let b = end;
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    if (b > a && b - a <= max) n++;
    start = end + 1;
  }
  return n;
}

function cuesOf(candidates: readonly Lexicon[]): Cues {
  const stopwords = new Map<string, number>();
  candidates.forEach((l, i) => {
    for (const w of l.stopwords) stopwords.set(w, (stopwords.get(w) ?? 0) | (1 << i));
  });
  const headings = candidates.map((l) => l.preamble.flatMap((p) => p.phrases.map((ph) => ph.toLowerCase())));
  return {
    stopwords: stopwordTrie(stopwords),
    headings,
    longestHeading: Math.max(0, ...headings.flat().map((h) => h.length)),
    longNames: candidates.map((l) =>
      l.bodies.flatMap((b) => b.names.filter((n) => n.length >= 12).map((n) => n.toLowerCase())),
    ),
  };
}

/** The lexicons of each script, and what detection looks for among them: built once, from the static tables. */
const BY_SCRIPT: ReadonlyMap<Script, { readonly candidates: readonly Lexicon[]; readonly cues: Cues }> = new Map(
  (['Latin', 'Han', 'Cyrillic', 'Arabic'] as const).map((script) => {
    const candidates = LEXICONS.filter((l) => l.script === script);
    return [script, { candidates, cues: cuesOf(candidates) }];
  }),
);

export interface LanguageGuess {
  readonly language: Language | null;
  /** What was seen, for error messages. */
  readonly evidence: string;
}

/** How much of a text detection reads. */
const SAMPLE = 8_000;

const SCRIPTS = ['Latin', 'Han', 'Cyrillic', 'Arabic'] as const;

/** The script of a BMP code unit, by Unicode block (the six UN languages'): its index in {@link SCRIPTS}, or -1. */
function scriptOf(c: number): number {
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)) {
    return 0;
  }
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) return 1;
  if (c >= 0x400 && c <= 0x52f) return 2;
  if (
    (c >= 0x600 && c <= 0x6ff) ||
    (c >= 0x750 && c <= 0x77f) ||
    (c >= 0xfb50 && c <= 0xfdff) ||
    (c >= 0xfe70 && c <= 0xfeff)
  ) {
    return 3;
  }
  return -1;
}

/**
 * {@link scriptOf} for every code unit, plus one (0: no script), looked up once per character: the chain of range
 * tests cost twice as much as the table.
 */
const SCRIPT_OF_UNIT = (() => {
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < table.length; c++) table[c] = scriptOf(c) + 1;
  return table;
})();

/**
 * Code units of each script (by {@link SCRIPT_OF_UNIT}) in the first {@link SAMPLE} of `text`. A function of its own,
 * the loop alone: V8 optimises the loop while it runs the first time (on stack), with no type feedback yet for the
 * code after it, and enters that code again at every later text, bailing out of it each time where the code after
 * the loop would be.
 */
function unitsByScript(text: string): Int32Array {
  const n = new Int32Array(SCRIPTS.length + 1);
  const end = Math.min(text.length, SAMPLE);
  for (let i = 0; i < end; i++) {
    const k = SCRIPT_OF_UNIT[text.charCodeAt(i)] ?? 0;
    n[k] = (n[k] ?? 0) + 1;
  }
  return n;
}

/** Letters of each script in the first {@link SAMPLE} code units. */
function countScripts(text: string): { counts: Record<Script, number>; letters: number } {
  const [, latin = 0, han = 0, cyrillic = 0, arabic = 0] = unitsByScript(text);
  return {
    counts: { Latin: latin, Han: han, Cyrillic: cyrillic, Arabic: arabic },
    letters: latin + han + cyrillic + arabic,
  };
}

/** Guesses the language of a text from a sample of its letters and words. */
export function detectLanguage(text: string): LanguageGuess {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const { counts, letters } = countScripts(text);
  if (letters === 0) return { language: null, evidence: 'no letters' };
  // Chinese texts carry Latin acronyms (ITU-T, WHO); a modest Han share already decides.
  const ranked = (Object.entries(counts) as [Script, number][])
    .map(([script, n]) => [script, script === 'Han' ? n * 4 : n] as const)
    .sort((a, b) => b[1] - a[1]);
  const [script, weighted] = ranked[0] ?? ['Latin', 0];
  if (weighted < letters * 0.3) return { language: null, evidence: 'no dominant script' };
  const { candidates, cues } = BY_SCRIPT.get(script) ?? { candidates: [], cues: cuesOf([]) };
  if (candidates.length === 0) return { language: null, evidence: `${script} script, for which there is no lexicon` };
  if (candidates.length === 1) return { language: candidates[0]?.language ?? null, evidence: `${script} script` };

  // One pass over the words of the lower-cased sample: each word adds a hit to every candidate language whose
  // stopwords hold it. The sample is lowered as it is read, unless it holds a character that must be lowered in
  // context.
  const hits = new Array<number>(candidates.length).fill(0);
  let lower: string | null = null;
  let total = countWords(text, sample.length, true, cues.stopwords, hits);
  if (total < 0) {
    lower = sample.toLowerCase();
    hits.fill(0);
    total = countWords(lower, lower.length, false, cues.stopwords, hits);
  }
  total ||= 1;
  // Headings and assembly names add at most 3 each; when no candidate could catch up with the leader even with all
  // of them, the function words have decided and the text need not be searched for them.
  const lead = hits.indexOf(Math.max(...hits));
  // A heading counts only as a line of its own: no more of them than the sample has lines short enough (counted
  // only where the table's count of headings does not decide already).
  let short = Number.POSITIVE_INFINITY;
  const bonus = (i: number): number =>
    3 * (Math.min(cues.headings[i]?.length ?? 0, short) + (cues.longNames[i]?.length ?? 0));
  const leading = hits[lead] ?? 0;
  const decided = (): boolean => hits.every((h, i) => i === lead || (h + bonus(i)) * 1.5 <= leading);
  if (
    leading >= Math.max(3, total * 0.05) &&
    (decided() || ((short = shortLines(sample, cues.longestHeading)), decided()))
  ) {
    const language = candidates[lead]?.language ?? null;
    return { language, evidence: `${script} script, ${leading} ${language ?? ''} function words` };
  }
  lower ??= sample.toLowerCase();
  const lines = new Set<string>();
  for (const l of lower.split('\n')) lines.add(l.trim());
  const spaced = lower.replace(/[\s\u00A0]+/g, ' ');
  const scores = candidates.map((l, i) => {
    let h = hits[i] ?? 0;
    // A section heading on its own line, or an assembly's name, is strong evidence of the language.
    for (const ph of cues.headings[i] ?? []) if (lines.has(ph)) h += 3;
    for (const n of cues.longNames[i] ?? []) if (spaced.includes(n)) h += 3;
    return { language: l.language, hits: h };
  });
  scores.sort((a, b) => b.hits - a.hits);
  const [best, second] = scores;
  if (!best || best.hits < Math.max(3, total * 0.05) || (second && best.hits < second.hits * 1.5)) {
    return {
      language: null,
      evidence: `${script} script with too few ${candidates.map((c) => c.language).join('/')} function words (${scores
        .map((s) => `${s.language}:${s.hits}`)
        .join(', ')} of ${total} words)`,
    };
  }
  return { language: best.language, evidence: `${script} script, ${best.hits} ${best.language} function words` };
}
