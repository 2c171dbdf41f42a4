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
 * Calls `visit` with each word of `text`: a run of letters and apostrophes (the split the stopword lists are
 * written for). A loop over code units rather than a regex: the regex with a Unicode property class costs more
 * than the rest of detection together; non-ASCII code units still get the exact \p{L} test.
 */
function forEachWord(text: string, visit: (word: string) => void): void {
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0x20;
    const inWord =
      (c >= 0x61 && c <= 0x7a) ||
      (c >= 0x41 && c <= 0x5a) ||
      c === 0x27 ||
      c === 0x2019 ||
      (c >= 0x80 && !(c >= 0xd800 && c <= 0xdfff) && LETTER.test(text.charAt(i))) ||
      (c >= 0xd800 && c <= 0xdbff && LETTER.test(text.slice(i, i + 2)));
    if (inWord) {
      if (start < 0) start = i;
      if (c >= 0xd800 && c <= 0xdbff) i++;
    } else if (start >= 0) {
      visit(text.slice(start, i));
      start = -1;
    }
  }
}

/** What detection looks for in each candidate language, prepared once per set of candidates. */
interface Cues {
  /** Stopword → bit mask of the candidates (by index) that list it. */
  readonly stopwords: ReadonlyMap<string, number>;
  /** Preamble heading phrases, lower case, per candidate. */
  readonly headings: readonly (readonly string[])[];
  /** Assembly names of at least 12 characters, lower case, per candidate. */
  readonly longNames: readonly (readonly string[])[];
}

function cuesOf(candidates: readonly Lexicon[]): Cues {
  const stopwords = new Map<string, number>();
  candidates.forEach((l, i) => {
    for (const w of l.stopwords) stopwords.set(w, (stopwords.get(w) ?? 0) | (1 << i));
  });
  return {
    stopwords,
    headings: candidates.map((l) => l.preamble.flatMap((p) => p.phrases.map((ph) => ph.toLowerCase()))),
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

/** Letters of each script in the first {@link SAMPLE} code units, by Unicode block (the six UN languages'). */
function countScripts(text: string): { counts: Record<Script, number>; letters: number } {
  let latin = 0;
  let han = 0;
  let cyrillic = 0;
  let arabic = 0;
  const end = Math.min(text.length, SAMPLE);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)) {
      latin++;
    } else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) {
      han++;
    } else if (c >= 0x400 && c <= 0x52f) {
      cyrillic++;
    } else if (
      (c >= 0x600 && c <= 0x6ff) ||
      (c >= 0x750 && c <= 0x77f) ||
      (c >= 0xfb50 && c <= 0xfdff) ||
      (c >= 0xfe70 && c <= 0xfeff)
    ) {
      arabic++;
    }
  }
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

  const lower = sample.toLowerCase();
  // One pass over the words: each word adds a hit to every candidate language whose stopwords hold it.
  const hits = new Array<number>(candidates.length).fill(0);
  let total = 0;
  forEachWord(lower, (word) => {
    total++;
    const mask = cues.stopwords.get(word);
    if (mask === undefined) return;
    for (let i = 0; i < candidates.length; i++) if (mask & (1 << i)) hits[i] = (hits[i] ?? 0) + 1;
  });
  total ||= 1;
  // Headings and assembly names add at most 3 each; when no candidate could catch up with the leader even with all
  // of them, the function words have decided and the text need not be searched for them.
  const lead = hits.indexOf(Math.max(...hits));
  const bonus = (i: number): number => 3 * ((cues.headings[i]?.length ?? 0) + (cues.longNames[i]?.length ?? 0));
  const leading = hits[lead] ?? 0;
  if (leading >= Math.max(3, total * 0.05) && hits.every((h, i) => i === lead || (h + bonus(i)) * 1.5 <= leading)) {
    const language = candidates[lead]?.language ?? null;
    return { language, evidence: `${script} script, ${leading} ${language ?? ''} function words` };
  }
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
