/**
 * ReDoS check of every regular expression the loaders build: the compiled lexicon of every language (every RegExp
 * in a CompiledLexicon, found generically) and every regex literal in the loaders' sources (found with the
 * TypeScript parser, so a new one cannot be forgotten). Each must be judged 'safe' by recheck's automaton checker.
 *
 * The automaton checker is exact but slow on long phrases joined by white-space loops and on long bounded
 * repetitions, and it does not support lookarounds; checked as written, the lexicons take many minutes. So each
 * regex is first reduced, by steps that never lower its worst-case backtracking degree. The argument is in terms of
 * the NFA's ambiguity, which is what the automaton checker decides: a super-linear regex needs two loops p ≠ q and
 * one string s that p reads, q reads, and that leads from p to q (or a loop with two cycles on one string).
 *
 * 1. Lookarounds of bounded length are removed: they only prune the search.
 * 2. Alternations outside loops are split, one regex per alternative (exact: a witness uses one alternative).
 * 3. A character is *blocking* when at most one loop can read it (counting, for an unanchored regex, the search's
 *    own loop over start positions, which reads everything). No witness string holds a blocking character.
 *    - Outside loops, a run of literal characters holding a blocking one becomes one blocking character (§).
 *    - Outside loops, a stretch between two blocking characters becomes one; each cell between consecutive
 *      blocking characters is checked on its own, since no witness crosses one.
 *    - Outside loops, a bounded repetition X{m,n} whose copies are fenced by blocking characters becomes X{0,1} or
 *      X{1}: every witness lies within one copy.
 * 4. When every loop reads single characters (X*, X+), a bounded repetition of one class outside loops becomes
 *    X{m,m+1}: a witness string is made of characters every loop on its path reads, so it crosses with m as well.
 *
 * Only if the reduced regex cannot be decided in time are long bounded repetitions relaxed to unbounded ones (more
 * paths: a safe verdict carries over), and then recheck's fuzzer run on the regex itself. The first group of tests
 * shows the reduction still finds the vulnerabilities it must.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkSync } from 'recheck';
import type { Diagnostics } from 'recheck';
import ts from 'typescript';
import { LEXICONS, lexiconFor } from './index';

// ---------------------------------------------------------------------------------------------------------------
// A small parser for the regex syntax the loaders use (ES2018+ with the u flag; no backreferences).

type Node =
  | { readonly t: 'lit'; readonly src: string; readonly ch: string }
  | { readonly t: 'set'; readonly src: string }
  | { readonly t: 'assert'; readonly src: string }
  | { readonly t: 'group'; readonly open: string; readonly alts: readonly Seq[] }
  | { readonly t: 'look'; readonly open: string; readonly alts: readonly Seq[] }
  | { readonly t: 'quant'; readonly body: Node; readonly min: number; readonly max: number; readonly lazy: boolean };
type Seq = readonly Node[];

const ESCAPED_CHARS: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v', '0': '\0' };

function decodeEscape(escape: string): string {
  const hex = /^\\(?:u\{([0-9a-fA-F]+)\}|u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2}))$/.exec(escape);
  if (hex) return String.fromCodePoint(parseInt(hex[1] ?? hex[2] ?? hex[3] ?? '0', 16));
  return ESCAPED_CHARS[escape.slice(1)] ?? escape.slice(1);
}

function parseRegex(source: string): Seq[] {
  let i = 0;
  const fail = (what: string): never => {
    throw new Error(`${what} at ${i} in /${source}/`);
  };
  const alternatives = (): Seq[] => {
    const out: Node[][] = [[]];
    while (i < source.length && source[i] !== ')') {
      if (source[i] === '|') {
        i++;
        out.push([]);
        continue;
      }
      out[out.length - 1]?.push(quantified(atom()));
    }
    return out;
  };
  const atom = (): Node => {
    const rest = source.slice(i);
    if (rest.startsWith('(')) {
      const open = /^\((?:\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>))?/.exec(rest)?.[0] ?? '(';
      i += open.length;
      const alts = alternatives();
      if (source[i] !== ')') fail('unclosed group');
      i++;
      return /^\(\?(?:=|!|<=|<!)/.test(open) ? { t: 'look', open, alts } : { t: 'group', open, alts };
    }
    if (rest.startsWith('[')) {
      let j = 1;
      while (j < rest.length && rest[j] !== ']') j += rest[j] === '\\' ? 2 : 1;
      if (j >= rest.length) fail('unclosed class');
      i += j + 1;
      return { t: 'set', src: rest.slice(0, j + 1) };
    }
    if (rest.startsWith('\\')) {
      const esc =
        /^\\(?:[pP]\{[^}]+\}|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z]|k<[^>]+>|\d+|.)/su.exec(
          rest,
        )?.[0] ?? fail('bad escape');
      i += esc.length;
      if (/^\\[dDwWsSpP]/.test(esc)) return { t: 'set', src: esc };
      if (/^\\[bB]$/.test(esc)) return { t: 'assert', src: esc };
      if (/^\\(?:k<|[1-9])/.test(esc)) fail('backreference');
      return { t: 'lit', src: esc, ch: decodeEscape(esc) };
    }
    if (rest.startsWith('.')) {
      i++;
      return { t: 'set', src: '.' };
    }
    if (rest.startsWith('^') || rest.startsWith('$')) {
      i++;
      return { t: 'assert', src: rest.charAt(0) };
    }
    if (/^[*+?{]/.test(rest) && !/^\{(?!\d)/.test(rest)) fail('nothing to repeat');
    const ch = String.fromCodePoint(rest.codePointAt(0) ?? 0);
    i += ch.length;
    return { t: 'lit', src: ch, ch };
  };
  const quantified = (body: Node): Node => {
    const m = /^(?:([*+?])|\{(\d+)(?:(,)(\d*))?\})(\?)?/.exec(source.slice(i));
    if (!m) return body;
    i += m[0].length;
    const [min, max] =
      m[1] === '*'
        ? [0, Infinity]
        : m[1] === '+'
          ? [1, Infinity]
          : m[1] === '?'
            ? [0, 1]
            : [Number(m[2]), m[3] ? (m[4] ? Number(m[4]) : Infinity) : Number(m[2])];
    return { t: 'quant', body, min, max, lazy: m[5] === '?' };
  };
  const result = alternatives();
  if (i < source.length) fail('unbalanced )');
  return result;
}

function print(alts: readonly Seq[]): string {
  return alts.map((seq) => seq.map(printNode).join('')).join('|');
}

function printNode(n: Node): string {
  switch (n.t) {
    case 'lit':
    case 'set':
    case 'assert':
      return n.src;
    case 'group':
    case 'look':
      return `${n.open}${print(n.alts)})`;
    case 'quant': {
      const q =
        n.max === Infinity
          ? n.min === 0
            ? '*'
            : n.min === 1
              ? '+'
              : `{${n.min},}`
          : n.min === 0 && n.max === 1
            ? '?'
            : n.min === n.max
              ? `{${n.min}}`
              : `{${n.min},${n.max}}`;
      return `${printNode(n.body)}${q}${n.lazy ? '?' : ''}`;
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Reductions (see the file comment for why each keeps the worst case).

const hasLoop = (n: Node): boolean =>
  n.t === 'quant'
    ? n.max === Infinity || hasLoop(n.body)
    : n.t === 'group' || n.t === 'look'
      ? n.alts.some((s) => s.some(hasLoop))
      : false;

function stripLookarounds(alts: readonly Seq[]): Seq[] {
  return alts.map((seq) =>
    seq.flatMap((n): Node[] => {
      if (n.t === 'look') {
        if (hasLoop(n)) throw new Error(`lookaround of unbounded length: ${printNode(n)}`);
        return [];
      }
      if (n.t === 'group') return [{ ...n, alts: stripLookarounds(n.alts) }];
      if (n.t === 'quant') {
        const [body] = stripLookarounds([[n.body]])[0] ?? [];
        return body ? [{ ...n, body }] : [];
      }
      return [n];
    }),
  );
}

function relax(alts: readonly Seq[], limit: number): Seq[] {
  return alts.map((seq) =>
    seq.map((n): Node => {
      if (n.t === 'group') return { ...n, alts: relax(n.alts, limit) };
      if (n.t !== 'quant') return n;
      const body = relax([[n.body]], limit)[0]?.[0] ?? n.body;
      return { ...n, body, max: n.max > limit ? Infinity : n.max };
    }),
  );
}

const setCache = new Map<string, RegExp>();
function matcher(src: string, flags: string): RegExp {
  const key = `${flags}/${src}`;
  let re = setCache.get(key);
  if (!re) {
    re = new RegExp(`^(?:${src})$`, flags.replace(/[gy]/g, ''));
    setCache.set(key, re);
  }
  return re;
}

/** The BMP members of a character class, or null if it has more than a few. */
const memberCache = new Map<string, string[] | null>();
function smallSetMembers(src: string, flags: string): string[] | null {
  const key = `${flags}/${src}`;
  if (!memberCache.has(key)) {
    const re = matcher(src, flags);
    const members: string[] = [];
    for (let c = 0; c < 0x10000 && members.length <= 64; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      if (re.test(ch)) members.push(ch);
    }
    memberCache.set(key, members.length <= 64 ? members : null);
  }
  return memberCache.get(key) ?? null;
}

interface Reducer {
  readonly blocking: (ch: string) => boolean;
  readonly fence: string | null;
}

function reducerFor(alts: readonly Seq[], flags: string): Reducer {
  const loops: Node[][] = [];
  const collect = (seq: Seq, loop: Node[] | null): void => {
    for (const n of seq) {
      if (n.t === 'quant') {
        if (n.max === Infinity) {
          const atoms: Node[] = [];
          loops.push(atoms);
          collect([n.body], atoms);
          if (loop) collect([n.body], loop);
        } else collect([n.body], loop);
      } else if (n.t === 'group' || n.t === 'look') for (const s of n.alts) collect(s, loop);
      else if (loop && (n.t === 'lit' || n.t === 'set')) loop.push(n);
    }
  };
  for (const s of alts) collect(s, null);
  const anchored = !flags.includes('m') && alts.every((s) => s[0]?.t === 'assert' && s[0].src === '^');
  const allowed = anchored ? 1 : 0;
  const literal = (ch: string): string => ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const reads = (atom: Node, ch: string): boolean =>
    atom.t === 'lit'
      ? matcher(literal(atom.ch), flags).test(ch)
      : atom.t === 'set' && matcher(atom.src, flags).test(ch);
  const cache = new Map<string, boolean>();
  const blocking = (ch: string): boolean => {
    let b = cache.get(ch);
    if (b === undefined) {
      b = loops.filter((atoms) => atoms.some((a) => reads(a, ch))).length <= allowed;
      cache.set(ch, b);
    }
    return b;
  };
  return { blocking, fence: ['§', '¤', '¶', '†', '‡'].find(blocking) ?? null };
}

/** Does every string the node matches start (or end) with a blocking character? */
function fenced(n: Node, side: 'start' | 'end', r: Reducer, flags: string): boolean {
  switch (n.t) {
    case 'lit':
      return r.blocking(n.ch);
    case 'set': {
      const members = smallSetMembers(n.src, flags);
      return members !== null && members.length > 0 && members.every(r.blocking);
    }
    case 'quant':
      return n.min >= 1 && fenced(n.body, side, r, flags);
    case 'group':
      return n.alts.every((seq) => {
        const consuming = seq.filter((x) => x.t !== 'assert');
        const edge = side === 'start' ? consuming[0] : consuming.at(-1);
        return edge !== undefined && fenced(edge, side, r, flags);
      });
    default:
      return false;
  }
}

function reduce(alts: readonly Seq[], r: Reducer, flags: string, cells: Seq[]): Seq[] {
  return alts.map((seq) => {
    const out: Node[] = [];
    let run: Extract<Node, { t: 'lit' }>[] = [];
    const flush = (): void => {
      const block = run.find((l) => r.blocking(l.ch));
      if (run.length >= 2 && block) out.push(r.fence ? { t: 'lit', src: r.fence, ch: r.fence } : block);
      else out.push(...run);
      run = [];
    };
    for (const n of seq) {
      if (n.t === 'lit') {
        run.push(n);
        continue;
      }
      flush();
      if (n.t === 'group') out.push({ ...n, alts: reduce(n.alts, r, flags, cells) });
      else if (n.t === 'quant' && n.max === Infinity)
        out.push(n); // inside loops nothing is reduced
      else if (n.t === 'quant') {
        const body = reduce([[n.body]], r, flags, cells)[0]?.[0] ?? n.body;
        const previous = out.filter((x) => x.t !== 'assert').at(-1);
        const isolated =
          n.max >= 2 &&
          fenced(body, 'end', r, flags) &&
          (fenced(body, 'start', r, flags) || (previous !== undefined && fenced(previous, 'end', r, flags)));
        out.push(isolated ? { ...n, body, min: Math.min(n.min, 1), max: 1 } : { ...n, body });
      } else out.push(n);
    }
    flush();
    // A stretch between two fences (blocking characters) becomes one fence; the cells between consecutive fences
    // are checked on their own, as no witness crosses a fence.
    const fences = out.flatMap((n, k) => ((n.t === 'lit' || n.t === 'set') && fenced(n, 'start', r, flags) ? [k] : []));
    const first = fences[0];
    const last = fences.at(-1);
    if (first !== undefined && last !== undefined && last > first) {
      fences.forEach((f, k) => {
        const cell = out.slice(f + 1, fences[k + 1] ?? f + 1);
        if (cell.some(hasLoop)) cells.push(cell);
      });
      out.splice(first, last - first + 1, r.fence ? { t: 'lit', src: r.fence, ch: r.fence } : (out[first] as Node));
    }
    return out;
  });
}

/**
 * Splits alternations outside loops (and optional groups, `(?:X)?` being `(?:X|)`) into one regex per
 * alternative: a search passes such a group once, down one alternative, so every ambiguity witness lies within one
 * alternative. Exact, and it lets each alternative's own loops decide which characters are blocking.
 */
function variants(alts: readonly Seq[], cap = 4000): Seq[] {
  const out: Seq[] = [];
  const stack: Seq[] = [...alts].reverse();
  const choices = (n: Node): Seq[] | null => {
    if (n.t === 'group') return [...n.alts];
    if (n.t === 'quant' && n.max === 1 && n.body.t === 'group')
      return n.min === 0 ? [...n.body.alts, []] : [...n.body.alts];
    return null;
  };
  while (stack.length) {
    const seq = stack.pop() ?? [];
    const at = seq.findIndex((n) => choices(n) !== null);
    const options = at >= 0 ? choices(seq[at] as Node) : null;
    if (!options || out.length + stack.length + options.length > cap) {
      out.push(seq);
      continue;
    }
    for (const alt of [...options].reverse()) stack.push([...seq.slice(0, at), ...alt, ...seq.slice(at + 1)]);
  }
  return out;
}

/**
 * When every loop reads single characters (X*, X+ for a class or character X), a bounded repetition of one class
 * outside loops can be shortened to {m,m+1}: a witness string is then made of characters every loop on its path
 * reads, so a witness that crossed the repetition with k characters crosses it with m as well.
 */
function shrinkCounters(alts: readonly Seq[]): Seq[] {
  const loopsAreSimple = (seq: Seq, inLoop: boolean): boolean =>
    seq.every((n) => {
      if (n.t === 'quant') {
        if (n.max === Infinity && (n.body.t === 'group' || n.body.t === 'quant')) return false;
        return loopsAreSimple([n.body], inLoop || n.max === Infinity);
      }
      return n.t === 'group' ? n.alts.every((s) => loopsAreSimple(s, inLoop)) : true;
    });
  if (!alts.every((s) => loopsAreSimple(s, false))) return [...alts];
  const shrink = (seq: Seq): Node[] =>
    seq.map((n): Node => {
      if (n.t === 'group') return { ...n, alts: n.alts.map(shrink) };
      if (n.t !== 'quant' || n.max === Infinity) return n;
      if (n.body.t === 'lit' || n.body.t === 'set') return { ...n, max: Math.min(n.max, n.min + 1) };
      return { ...n, body: shrink([n.body])[0] ?? n.body };
    });
  return alts.map(shrink);
}

/** The reduced regex, and the fenced cells cut out of it, each to be checked on its own (anchored at both ends). */
function simplify(alts: readonly Seq[], flags: string): string[] {
  // Reduce until nothing changes: a reduced literal run may fence a repetition that follows it.
  const cells: Seq[] = [];
  let current = print(alts);
  for (;;) {
    const tree = parseRegex(current);
    const next = print(reduce(tree, reducerFor(tree, flags), flags, cells));
    if (next === current) break;
    current = next;
  }
  return [current, ...cells.map((c) => `^(?:${print([c])})$`)];
}

// ---------------------------------------------------------------------------------------------------------------
// Checking.

const AUTOMATON_TIMEOUT_MS = 1500;
const FUZZ_TIMEOUT_MS = 5000;
/** Bounded repetitions longer than this are relaxed to unbounded ones for the second try. */
const RELAX_ABOVE = 3;

interface Verdict {
  readonly safe: boolean;
  readonly how: string;
}

const verdicts = new Map<string, Diagnostics>();
function automaton(source: string, flags: string): Diagnostics {
  const key = `${flags}/${source}`;
  let d = verdicts.get(key);
  if (!d) {
    d = checkSync(source, flags, { checker: 'automaton', timeout: AUTOMATON_TIMEOUT_MS });
    verdicts.set(key, d);
  }
  return d;
}

const summary = (d: Diagnostics): string =>
  d.status === 'unknown'
    ? `unknown (${d.error.kind}${'message' in d.error ? `: ${d.error.message}` : ''})`
    : d.status === 'vulnerable'
      ? `vulnerable (${d.complexity.summary}; attack ${d.attack.pattern.slice(0, 80)})`
      : `safe (${d.complexity.summary})`;

/**
 * Safe if recheck's automaton checker proves every alternative of the reduced regex (and every cell cut out of it)
 * safe. A 'vulnerable' verdict is final. Only when the automaton checker cannot decide in time is the regex tried
 * with its long bounded repetitions relaxed, and then with recheck's fuzzer on the regex itself.
 */
function judge(source: string, flags: string): Verdict {
  new RegExp(source, flags); // the regex itself must compile
  const check = (sources: readonly string[]): Diagnostics | null => {
    for (const part of sources) {
      const d = automaton(part, flags);
      if (d.status !== 'safe') return d;
    }
    return null;
  };
  const problems: string[] = [];
  let undecided = false;
  for (const variant of variants(stripLookarounds(parseRegex(source)))) {
    const exact = check(simplify(shrinkCounters([variant]), flags));
    if (!exact) continue;
    const shown = `/${print([variant]).slice(0, 120)}/: ${summary(exact)}`;
    if (exact.status === 'vulnerable') return { safe: false, how: shown };
    const relaxed = check(simplify(relax([variant], RELAX_ABOVE), flags));
    if (!relaxed) continue;
    undecided = true;
    problems.push(`${shown}; relaxed: ${summary(relaxed)}`);
  }
  if (!undecided) return { safe: true, how: 'automaton' };
  const fuzz = checkSync(source, flags, { checker: 'fuzz', timeout: FUZZ_TIMEOUT_MS, randomSeed: 1 });
  if (fuzz.status === 'safe') return { safe: true, how: 'fuzz' };
  return { safe: false, how: `${problems.slice(0, 3).join(' | ')}; fuzz: ${summary(fuzz)}` };
}

// ---------------------------------------------------------------------------------------------------------------
// What to check.

interface Found {
  readonly where: string;
  readonly source: string;
  readonly flags: string;
}

/** Every RegExp in a compiled lexicon, found generically (plain values, arrays, `{ re }` rows, nested objects). */
function compiledRegexes(value: unknown, where: string, out: Found[] = []): Found[] {
  if (value instanceof RegExp) out.push({ where, source: value.source, flags: value.flags });
  else if (Array.isArray(value)) value.forEach((v, i) => compiledRegexes(v, `${where}[${i}]`, out));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) if (k !== 'lexicon') compiledRegexes(v, `${where}.${k}`, out);
  }
  return out;
}

const LOADERS = path.resolve(__dirname, '..');

function loaderSources(dir = LOADERS): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'fixtures' ? [] : loaderSources(full);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [full] : [];
  });
}

/** Regex literals, `RegExp('literal')` calls, and the `RegExp` calls whose pattern is computed. */
function sourceRegexes(): { literals: Found[]; computed: string[] } {
  const literals: Found[] = [];
  const computed: string[] = [];
  for (const file of loaderSources()) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    const where = (n: ts.Node): string =>
      `${path.relative(LOADERS, file)}:${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1}`;
    const visit = (n: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(n)) {
        const slash = n.text.lastIndexOf('/');
        literals.push({ where: where(n), source: n.text.slice(1, slash), flags: n.text.slice(slash + 1) });
      } else if ((ts.isNewExpression(n) || ts.isCallExpression(n)) && n.expression.getText(sf) === 'RegExp') {
        const [pattern, flags] = n.arguments ?? [];
        if (pattern && ts.isStringLiteralLike(pattern) && (!flags || ts.isStringLiteralLike(flags))) {
          literals.push({ where: where(n), source: pattern.text, flags: flags?.text ?? '' });
        } else computed.push(where(n));
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return { literals, computed };
}

function unsafe(found: readonly Found[]): string[] {
  return found.flatMap((f) => {
    const v = judge(f.source, f.flags);
    const shown = f.source.length > 160 ? `${f.source.slice(0, 160)}…` : f.source;
    return v.safe ? [] : [`${f.where}: /${shown}/${f.flags}: ${v.how}`];
  });
}

// ---------------------------------------------------------------------------------------------------------------

describe('the reduction keeps what makes a regex vulnerable', () => {
  const WS = '[ \\t\\u00A0\\u2007\\u202F\\u3000]';
  it.each([
    ['nested loops', '^(a+)+$', ''],
    ['an unanchored loop before a required character', 'a*b', ''],
    ['trailing white space, unanchored', '[\\s\\u00A0]*$', 'u'],
    ['a heading followed by two white-space loops', `^${WS}*recalling${WS}*[:：]?${WS}*$`, 'iu'],
    ['an optional comma between two white-space loops', `^${WS}*,?${WS}*(?:of${WS}+the|of)${WS}+Council`, 'iu'],
    [
      'an unbounded list before a required word',
      `第\\d{1,3}(?:${WS}*(?:和|、)${WS}*(?:第)?\\d{1,3}(?![\\d/]))*研究组`,
      'gu',
    ],
    ['a long phrase before an ambiguous tail', `(?<![\\p{L}])Study${WS}+Groups?${WS}+\\d+(?:\\d|${WS})*x`, 'giu'],
    [
      'two white-space loops between the words of a phrase',
      `(?<![\\p{L}])in${WS}*${WS}*collaboration(?![\\p{L}])`,
      'giu',
    ],
    ['an ambiguity inside each copy of a bounded list', `x(?:${WS}*${WS}*y){0,12}z`, 'gu'],
    [
      'the footnote pattern before its fix',
      '\\[(\\d{1,3}):[ \\t\\u00A0]*(?:\\d{1,3})?[ \\t\\u00A0]*([^\\]\\n]{0,4000})\\]',
      'g',
    ],
  ])('%s', (_, source, flags) => {
    expect(judge(source, flags).safe).toBe(false);
  });

  it.each([
    ['a bounded list fenced by its markers', `⟦\\d+⟧(?:${WS}*(?:和|、)${WS}*⟦\\d+⟧){0,12}之间`, 'gu'],
    ['a phrase with word boundaries', `(?<![\\p{L}\\p{N}])(?:in${WS}+collaboration${WS}+with)(?![\\p{L}\\p{N}])`, 'iu'],
    ['a heading with an optional colon', `^${WS}*recalling${WS}*(?:[:：]${WS}*)?$`, 'iu'],
  ])('%s is proved safe', (_, source, flags) => {
    expect(judge(source, flags)).toMatchObject({ safe: true });
  });
});

describe('every regex the loaders build is safe from catastrophic backtracking', () => {
  it.each(LEXICONS.map((l) => [l.language]))('the compiled %s lexicon', (language) => {
    const compiled = lexiconFor(language);
    expect(compiled).toBeDefined();
    const found = compiledRegexes(compiled, language);
    expect(found.length).toBeGreaterThan(20);
    expect(unsafe(found)).toEqual([]);
  });

  const { literals, computed } = sourceRegexes();

  it('the regex literals in the loaders’ sources', () => {
    expect(literals.length).toBeGreaterThan(20);
    expect(unsafe(literals)).toEqual([]);
  });

  it('builds computed patterns only in the lexicon compiler, whose output is checked above', () => {
    expect(computed.filter((where) => !where.startsWith(path.join('lexicon', 'compile.ts')))).toEqual([]);
  });
});
