/**
 * Detects a text's language from its script and, for languages sharing a script, the lexicon's stopwords.
 * Only languages that have a lexicon table can be detected.
 */
import { LEXICONS } from './lexicon';
import type { Language } from './types';

type Script = 'Latin' | 'Han' | 'Cyrillic' | 'Arabic';

export interface LanguageGuess {
  readonly language: Language | null;
  /** What was seen, for error messages. */
  readonly evidence: string;
}

/** Guesses the language of a text from a sample of its letters and words. */
export function detectLanguage(text: string): LanguageGuess {
  const sample = text.length > 8_000 ? text.slice(0, 8_000) : text;
  // One pass over the code units, by Unicode block (the blocks of the six UN languages' scripts).
  const counts: Record<Script, number> = { Latin: 0, Han: 0, Cyrillic: 0, Arabic: 0 };
  let letters = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)) {
      counts.Latin++;
    } else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) {
      counts.Han++;
    } else if (c >= 0x400 && c <= 0x52f) {
      counts.Cyrillic++;
    } else if (
      (c >= 0x600 && c <= 0x6ff) ||
      (c >= 0x750 && c <= 0x77f) ||
      (c >= 0xfb50 && c <= 0xfdff) ||
      (c >= 0xfe70 && c <= 0xfeff)
    ) {
      counts.Arabic++;
    } else continue;
    letters++;
  }
  if (letters === 0) return { language: null, evidence: 'no letters' };
  // Chinese texts carry Latin acronyms (ITU-T, WHO); a modest Han share already decides.
  const ranked = (Object.entries(counts) as [Script, number][])
    .map(([script, n]) => [script, script === 'Han' ? n * 4 : n] as const)
    .sort((a, b) => b[1] - a[1]);
  const [script, weighted] = ranked[0] ?? ['Latin', 0];
  if (weighted < letters * 0.3) return { language: null, evidence: 'no dominant script' };
  const candidates = LEXICONS.filter((l) => l.script === script);
  if (candidates.length === 0) return { language: null, evidence: `${script} script, for which there is no lexicon` };
  if (candidates.length === 1) return { language: candidates[0]?.language ?? null, evidence: `${script} script` };

  const lower = sample.toLowerCase().replace(/[\s\u00A0]+/g, ' ');
  const words = lower.split(/[^\p{L}'’]+/u);
  const lines = new Set(sample.split(/\r?\n/).map((l) => l.trim().toLowerCase()));
  const scores = candidates.map((l) => {
    const stop = new Set(l.stopwords);
    let hits = 0;
    for (const w of words) if (stop.has(w)) hits++;
    // A section heading on its own line, or an assembly's name, is strong evidence of the language.
    for (const p of l.preamble) for (const ph of p.phrases) if (lines.has(ph.toLowerCase())) hits += 3;
    for (const b of l.bodies) for (const n of b.names) if (n.length >= 12 && lower.includes(n.toLowerCase())) hits += 3;
    return { language: l.language, hits };
  });
  scores.sort((a, b) => b.hits - a.hits);
  const [best, second] = scores;
  const total = words.length || 1;
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
