/**
 * Detects a text's language from its script and, for languages sharing a script, the lexicon's stopwords.
 * Only languages that have a lexicon table can be detected.
 */
import { LEXICONS } from './lexicon';
import type { Lexicon } from './lexicon';
import type { Language } from './types';

export type Script = 'Latin' | 'Han' | 'Cyrillic' | 'Arabic';

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
 * The stopwords of the candidates as a trie over code units, walked as a table while each word is read, without
 * cutting it out of the text. A code unit's class (`raw`, or `folded` for reading the text as if lower-cased) is its
 * column in the table: {@link NOT_WORD}, {@link OFF_TRIE} for a word unit no stopword holds, or a unit the stopwords
 * hold. Row {@link OUTSIDE}'s word columns are the root's children; row {@link OFF_TRIE} is a word that left the
 * trie, where it stays. Once off the trie (most words are after their first or second character) a word is only
 * read to its end, one class lookup per character: walking the trie node by node to the word's end cost a third of
 * detection.
 */
interface StopwordTrie {
  /** Columns per row. */
  readonly width: number;
  /** `next[state * width + class]`: the state reached. */
  readonly next: Int32Array;
  /** Bit mask of the candidates (by index) whose stopwords end at each state; 0 if none. */
  readonly masks: Int32Array;
  /** The class of each code unit in the text as it is ({@link UNKNOWN} until first seen). */
  readonly raw: Uint8Array;
  /** The class of each code unit's lower case, where lowering it alone is as lowering it in its text. */
  readonly folded: Uint8Array;
  /** The column of each code unit the stopwords hold (0: none). */
  readonly column: Uint8Array;
}

/** Class (and column) of a unit that is no word character. */
const NOT_WORD = 0;
/** Class of a word unit that no stopword holds; state of a word that left the trie. */
const OFF_TRIE = 1;
/** State between words. */
const OUTSIDE = 0;
/** Classes that stop the table walk, above those of units the stopwords hold. */
const PAIR = 0xfd; // a high surrogate: the pair is read as one character
const BAIL = 0xfe; // reading the text as lower-cased, a unit whose lower case depends on its context
const UNKNOWN = 0xff;

function stopwordTrie(stopwords: ReadonlyMap<string, number>): StopwordTrie {
  const column = new Uint8Array(0x10000);
  let width = 2;
  for (const word of stopwords.keys()) {
    for (let i = 0; i < word.length; i++) if (column[word.charCodeAt(i)] === 0) column[word.charCodeAt(i)] = width++;
  }
  // No candidates' stopwords (a few dozen short words) come near this many distinct units.
  if (width > PAIR) throw new Error('stopwords of too many distinct code units');
  // Rows 0 (between words) and 1 (a word off the trie); a new row for each trie node, the root being row 0's words.
  const rows: number[][] = [];
  const row = (): number => {
    rows.push(Array.from({ length: width }, (_, k) => (k === NOT_WORD ? OUTSIDE : OFF_TRIE)));
    return rows.length - 1;
  };
  row();
  row();
  const masks: number[] = [0, 0];
  for (const [word, mask] of stopwords) {
    let state = OUTSIDE;
    for (let i = 0; i < word.length; i++) {
      const k = column[word.charCodeAt(i)] ?? 0;
      let to = rows[state]?.[k] ?? OFF_TRIE;
      if (to === OFF_TRIE) {
        to = row();
        masks.push(0);
        (rows[state] as number[])[k] = to;
      }
      state = to;
    }
    masks[state] = mask;
  }
  return {
    width,
    next: Int32Array.from(rows.flat()),
    masks: Int32Array.from(masks),
    raw: new Uint8Array(0x10000).fill(UNKNOWN),
    folded: new Uint8Array(0x10000).fill(UNKNOWN),
    column,
  };
}

/** The class of a word unit: its column, or OFF_TRIE. */
function wordClass(trie: StopwordTrie, c: number): number {
  return trie.column[c] || OFF_TRIE;
}

/** Finds and keeps the class of a code unit the first time it is seen. */
function classify(trie: StopwordTrie, fold: boolean, c: number): number {
  let k: number;
  if (c >= 0xd800 && c <= 0xdfff) k = fold ? BAIL : c <= 0xdbff ? PAIR : NOT_WORD;
  else {
    const info = unitInfo(c);
    if (!fold) k = info & SELF_WORD ? wordClass(trie, c) : NOT_WORD;
    else if (info & NOT_ALONE) k = BAIL;
    else k = info & LOWER_WORD ? wordClass(trie, (info >> 3) - 1) : NOT_WORD;
  }
  (fold ? trie.folded : trie.raw)[c] = k;
  return k;
}

/**
 * Counts the words of the first `end` code units of `text` (runs of letters and apostrophes: the split the stopword
 * lists are written for) and, per candidate, the words that are among its stopwords. With `fold`, the text is read
 * as if lower-cased first, or -1 is returned if lowering it one code unit at a time could differ. A loop over code
 * units rather than a regex: the regex with a Unicode property class costs more than the rest of detection together.
 */
function countWords(text: string, end: number, fold: boolean, trie: StopwordTrie, hits: number[]): number {
  const { next, width, masks, column } = trie;
  const classes = fold ? trie.folded : trie.raw;
  let total = 0;
  let i = 0;
  while (i < end) {
    let c = text.charCodeAt(i);
    let k = classes[c] as number;
    if (k === UNKNOWN) k = classify(trie, fold, c);
    // Between words; a pair of surrogates other than a letter is no word character either.
    if (k === NOT_WORD || (k === PAIR && !LETTER.test(text.slice(i, i + 2)))) {
      i++;
      continue;
    }
    // A word: followed through the trie while it is in it, then read to its end.
    let state = OUTSIDE;
    for (;;) {
      if (k >= PAIR) {
        if (k === BAIL) return -1;
        // A letter outside the BMP is a word character: both its units are read; any other pair is not.
        if (!LETTER.test(text.slice(i, i + 2))) break;
        state = next[state * width + (column[c] || OFF_TRIE)] as number;
        i++;
        k = column[text.charCodeAt(i)] || OFF_TRIE;
      }
      state = next[state * width + k] as number;
      if (++i >= end) break;
      c = text.charCodeAt(i);
      k = classes[c] as number;
      if (k === UNKNOWN) k = classify(trie, fold, c);
      if (k === NOT_WORD) break;
      if (state === OFF_TRIE && k < PAIR) {
        // Off the trie: only where the word ends matters.
        while (++i < end) {
          c = text.charCodeAt(i);
          k = classes[c] as number;
          if (k === NOT_WORD || k >= PAIR) break;
        }
        if (i >= end) break;
        if (k === UNKNOWN) k = classify(trie, fold, c);
        if (k === NOT_WORD) break;
      }
    }
    total++;
    const mask = masks[state] as number;
    if (mask !== 0) for (let j = 0; j < hits.length; j++) if (mask & (1 << j)) hits[j] = (hits[j] as number) + 1;
  }
  return total;
}

/**
 * The words of the first `end` code units of `text`, lower-cased, and per candidate (by index, of `count`) how many
 * of them are its stopwords; with the lower-cased sample where it had to be lowered as a whole.
 */
function stopwordHits(
  text: string,
  end: number,
  trie: StopwordTrie,
  count: number,
): { total: number; hits: number[]; lower: string | null } {
  const hits = new Array<number>(count).fill(0);
  const total = countWords(text, end, true, trie, hits);
  if (total >= 0) return { total, hits, lower: null };
  // Lowered as it is read unless the sample holds a character that must be lowered in context.
  const lower = text.slice(0, end).toLowerCase();
  hits.fill(0);
  return { total: countWords(lower, lower.length, false, trie, hits), hits, lower };
}

/**
 * For tests: the words of `text` and, per language of `script`'s lexicons (in {@link LEXICONS} order), how many are
 * its stopwords, as detection counts them.
 */
export function stopwordCounts(text: string, script: Script): { total: number; hits: number[] } {
  const { candidates, cues } = BY_SCRIPT.get(script) ?? { candidates: [], cues: cuesOf([]) };
  const { total, hits } = stopwordHits(text, text.length, cues.stopwords, candidates.length);
  return { total, hits };
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
  const words = stopwordHits(text, sample.length, cues.stopwords, candidates.length);
  const { hits } = words;
  let { lower } = words;
  const total = words.total || 1;
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
