/**
 * Regex sources for property tests: what `fc.stringMatching` can generate texts for.
 */

/**
 * Regex source without its look-arounds, which `fc.stringMatching` cannot generate for: a superset of the texts
 * the source matches, which a test filters with the regex itself.
 */
export function withoutLookarounds(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    if (!/^\(\?<?[=!]/.test(source.slice(i, i + 4))) {
      const escaped = source.charAt(i) === '\\';
      out += source.slice(i, escaped ? i + 2 : i + 1);
      if (escaped) i++;
      continue;
    }
    // Skip to the look-around's closing bracket.
    for (let depth = 0, inClass = false; i < source.length; i++) {
      const c = source.charAt(i);
      if (c === '\\') i++;
      else if (inClass) inClass = c !== ']';
      else if (c === '[') inClass = true;
      else if (c === '(') depth++;
      else if (c === ')' && --depth === 0) break;
    }
  }
  return out;
}
