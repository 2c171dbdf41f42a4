/**
 * Characters a text holds that are not seen, and full-width forms of ASCII, as Word exports and web copies write
 * them: read as the reader sees the text, without moving the file's offsets where it can be helped.
 *
 * - Bidirectional marks and controls (U+200E, U+200F, U+061C, U+202A–U+202E, U+2066–U+2069), zero-width spaces and
 *   joiners that join no letters (U+200B, U+2060, U+FEFF) and the soft hyphen (U+00AD): invisible. Next to white
 *   space or a line's edge, each is read as a space ({@link foldInvisible}, no offset moves): `resolves.` with a mark
 *   after it ends with its full stop, `instructs` after a zero-width space opens with its heading word. Inside a
 *   word (a soft hyphen in `Telecommunication`), it is taken out and the word joined ({@link joinInvisibleInWords}),
 *   as a word hyphenated at a line end is (see `hyphenation.ts`): its rest moves back, a space after it, and the
 *   move is a `HyphenJoin`, so that spans and quotes are mapped back to the file's own characters. A soft hyphen at a line's end stays for `unwrapLines`,
 *   which joins a word a PDF broke there.
 * - Full-width digits, Latin letters, hyphen and slash (`第１９１号决议`, `ＩＴＵ－Ｔ`, `２/２`): read as their ASCII
 *   forms, one code unit for one, so that numbers and names read as the lexicons write them; quotes are cut from
 *   the file and keep its forms.
 *
 * Both run only on a text that holds such a character (one native search).
 */

import type { HyphenJoin } from './hyphenation';
import type { Line, PreparedText } from './text';

// The invisible characters read as nothing (see the module's comment), and the full-width forms read as ASCII
// (hyphen-minus, slash, digits, capital and small Latin letters), as literals: each class written out in each.
/** Any character either function reads: the cheap test before either does any work. */
const ANY =
  /[\u00AD\u061C\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF\uFF0D\uFF0F\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/u;
const INVISIBLE = /[\u00AD\u061C\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/u;
const INVISIBLE_RUNS = /[\u00AD\u061C\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]+/gu;
/** {@link INVISIBLE_RUNS} for the runs of one word, while the search over the text goes on. */
const RUNS_IN_WORD = /[\u00AD\u061C\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]+/gu;
const FULL_WIDTH = /[\uFF0D\uFF0F\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/gu;
/** White space, a line break among it; not U+FEFF, which `\s` holds and which is read as invisible here. */
const SPACE = /[ \t\n\v\f\r\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/u;
const SOFT_HYPHEN = '\u00AD';
/** What may follow a soft hyphen that ends a line: spaces, then the line break (or the text's end). */
const LINE_END_AFTER = /[ \t\u00A0]*(?:[\r\n\u2028\u2029]|$)/y;

function isSpaceAt(text: string, i: number): boolean {
  return i < 0 || i >= text.length || SPACE.test(text.charAt(i));
}

/**
 * `clean` with its invisible characters outside words read as spaces, and full-width ASCII forms as ASCII: the same
 * length, every offset the file's. Invisible characters inside a word are kept for {@link joinInvisibleInWords}; a
 * soft hyphen that ends a line after a word, for `unwrapLines`.
 */
export function foldInvisible(clean: string): string {
  if (!ANY.test(clean)) return clean;
  const folded = clean.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  return folded.replace(INVISIBLE_RUNS, (run: string, at: number) => {
    const end = at + run.length;
    if (!isSpaceAt(folded, at - 1)) {
      if (!isSpaceAt(folded, end)) return run;
      LINE_END_AFTER.lastIndex = end;
      if (run.endsWith(SOFT_HYPHEN) && LINE_END_AFTER.test(folded)) {
        return ' '.repeat(run.length - 1) + SOFT_HYPHEN;
      }
    }
    return ' '.repeat(run.length);
  });
}

/**
 * The prepared text with the invisible characters left inside words taken out, each word joined (`Telecommuni`, soft
 * hyphen, `cation` read `Telecommunication·`): its parts after each such character move back, the spaces after the
 * word, each move a {@link HyphenJoin} added to those of `unwrapLines`. A word that such a join already moved has its characters read
 * as spaces instead (one map back per offset); so has what remains outside words (a soft hyphen at the end of a line
 * no join took).
 */
export function joinInvisibleInWords(prepared: PreparedText): PreparedText {
  const { clean } = prepared;
  if (!INVISIBLE.test(clean)) return prepared;
  const moved = prepared.hyphenJoins;
  const parts: string[] = [];
  const joins: HyphenJoin[] = [];
  let copied = 0;
  INVISIBLE_RUNS.lastIndex = 0;
  for (let m = INVISIBLE_RUNS.exec(clean); m; m = INVISIBLE_RUNS.exec(clean)) {
    if (m.index < copied) continue;
    let start = m.index;
    while (!isSpaceAt(clean, start - 1)) start--;
    let end = m.index + m[0].length;
    while (!isSpaceAt(clean, end)) end++;
    parts.push(clean.slice(copied, start));
    copied = end;
    const word = clean.slice(start, end);
    const inside = !isSpaceAt(clean, m.index - 1) && !isSpaceAt(clean, m.index + m[0].length);
    if (!inside || moved.some((j) => j.at < end && j.at + j.length > start)) {
      parts.push(word.replace(RUNS_IN_WORD, (run) => ' '.repeat(run.length)));
      continue;
    }
    // The word's parts between its runs of invisible characters, each moved back by the runs before it.
    let removed = 0;
    let kept = '';
    let from = 0;
    for (const run of word.matchAll(RUNS_IN_WORD)) {
      const part = word.slice(from, run.index);
      if (removed && part) joins.push({ at: start + from - removed, shift: removed, length: part.length });
      kept += part;
      removed += run[0].length;
      from = run.index + run[0].length;
    }
    const last = word.slice(from);
    if (removed && last) joins.push({ at: start + from - removed, shift: removed, length: last.length });
    parts.push(kept, last, ' '.repeat(removed));
  }
  if (!parts.length) return prepared;
  parts.push(clean.slice(copied));
  const joined = parts.join('');
  const lines: Line[] = prepared.lines.map((l) => ({ ...l, text: joined.slice(l.start, l.start + l.text.length) }));
  const hyphenJoins = joins.length ? [...moved, ...joins].sort((a, b) => a.at - b.at) : moved;
  return { ...prepared, clean: joined, lines, hyphenJoins };
}
