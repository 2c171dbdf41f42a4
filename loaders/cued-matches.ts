/**
 * Scans for patterns whose every match opens with one of a few characters (an artefact's "[", an acronym's bracket):
 * each pattern is tried, sticky, only where such a character stands, found with `indexOf`. A regex scan over the
 * whole text tries it at every position, and where the pattern opens with a class or a lookbehind the engine cannot
 * skip ahead to the few places a match may start: that costs more than the native search for the character.
 */

/** A pattern and the characters its matches may open with. */
export interface CuedPattern {
  /** Sticky (`y`), so that it is tried at one position. */
  readonly re: RegExp;
  /** Single characters (one code unit each) of which every match of `re` opens with one. */
  readonly cues: readonly string[];
}

/**
 * The matches of each pattern in `text`, as a global scan for it finds them (`text.matchAll`): in order, each the
 * leftmost match from the end of the one before. That is the match at the first place from there where a cue
 * stands and the pattern matches: a match can start nowhere else. No pattern may match the empty string.
 */
export function cuedMatches(text: string, patterns: readonly CuedPattern[]): RegExpExecArray[][] {
  const out = patterns.map((): RegExpExecArray[] => []);
  /** Per pattern, where its last match ended: no match of it starts before. */
  const until = patterns.map(() => 0);
  const cues = [...new Set(patterns.flatMap((p) => p.cues))];
  const next = cues.map((c) => text.indexOf(c));
  for (;;) {
    // The nearest cue, then the one after it of the same character.
    let k = -1;
    let at = -1;
    for (let j = 0; j < next.length; j++) {
      const p = next[j] ?? -1;
      if (p >= 0 && (at < 0 || p < at)) {
        at = p;
        k = j;
      }
    }
    if (k < 0) return out;
    next[k] = text.indexOf(cues[k] ?? '', at + 1);
    const cue = cues[k] ?? '';
    for (let i = 0; i < patterns.length; i++) {
      const p = patterns[i];
      if (!p || at < (until[i] ?? 0) || !p.cues.includes(cue)) continue;
      p.re.lastIndex = at;
      const m = p.re.exec(text);
      if (!m) continue;
      out[i]?.push(m);
      until[i] = at + m[0].length;
    }
  }
}
