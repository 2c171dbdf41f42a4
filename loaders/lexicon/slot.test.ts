/**
 * `slot` reads a slot's value from a match of a compiled lexicon's regex: the first group, in the regex's order,
 * named `${slot}${n}_…` that matched. It looks the groups up by the names the lexicons' regexes give them
 * (`slotGroups`) rather than walking the match's groups: that must read what the walk reads, for every regex of every
 * lexicon.
 */
import fc from 'fast-check';
import type { CompiledLexicon } from './index';
import { LEXICONS, lexiconFor, slot } from './index';
import { slotGroups } from './compile';
import { lexiconTexts } from '../../test/support/lexicon-texts';

/** The plain reading: the first group, in the match's order, named with the whole prefix, that has a value. */
function reference(m: RegExpExecArray, name: string, n: number): string | undefined {
  return Object.entries(m.groups ?? {}).find(([k, v]) => v !== undefined && k.startsWith(`${name}${n}_`))?.[1];
}

/** Every regex a compiled lexicon holds (in lists, maps, objects). */
function regexesOf(value: unknown, out: RegExp[] = [], seen = new Set<object>()): RegExp[] {
  if (typeof value !== 'object' || value === null || seen.has(value) || ArrayBuffer.isView(value)) return out;
  seen.add(value);
  if (value instanceof RegExp) out.push(value);
  else for (const v of value instanceof Map ? value.values() : Object.values(value)) regexesOf(v, out, seen);
  return out;
}

/** The names of a regex's named groups, in its order. */
const groupNames = (re: RegExp): string[] => [...re.source.matchAll(/\(\?<([^>=!]+)>/gu)].map((m) => m[1] ?? '');

/** Each slot name and number a group's name may be read by (`${name}${n}_…`: "N10_0" by N and 10, and N1 and 0). */
function readings(group: string): [string, number][] {
  const out: [string, number][] = [];
  for (let at = 1; at < group.length; at++) {
    const digits = /^(\d+)_/u.exec(group.slice(at))?.[1];
    if (digits !== undefined && String(Number(digits)) === digits) out.push([group.slice(0, at), Number(digits)]);
  }
  return out;
}

/** Values for a template's slots, as texts write them. */
const SLOT_VALUES: Readonly<Record<string, string>> = {
  N: '17',
  NUMS: '11, 13 and 17',
  RNUMS: '78 and 90',
  HBNUMS: '1-8 and 2-8',
  GOALS: '3 and 9',
  QCODE: '2/2',
  QCODES: '2/2 and 14-3/2',
  UNNUM: '70/1',
  UNNUMS: '70/1 and 71/2',
  WHANUM: '58.28',
  WHACODES: 'WHA58.28, WHA66.24 and WHA71.7',
  WHANUMS: '58.28 and 71.7',
  YEAR: '2022',
  YY: '19',
  PLACE: 'Geneva',
  SESSION: 'C19',
  TEXT: 'digital health',
  RCODE: 'H.810',
};

/** A text a template may match, roughly: its slots filled, its regex syntax left out. */
function writtenOut(template: string, lex: CompiledLexicon['lexicon']): string {
  return template
    .replace(/\{([A-Z]+)\}/gu, (_, s: string) =>
      s === 'SECTOR'
        ? (lex.sectors[0]?.sector ?? '')
        : s === 'HEADERBODY'
          ? (lex.bodies.find((b) => b.headerNames?.length)?.headerNames?.[0] ?? '')
          : s === 'BODY'
            ? (lex.bodies[0]?.names[0] ?? '')
            : (SLOT_VALUES[s] ?? ''),
    )
    .replace(/\\([().])/gu, '$1')
    .replace(/\(\?(?:<!|<=|=|!)[^)]*\)|\(\?:|\)\??|[?*+|]|\[[^\]]*\]|\\[a-z]/gu, '');
}

const compiled = LEXICONS.map((l) => lexiconFor(l.language)).filter((l): l is CompiledLexicon => Boolean(l));

describe('slot', () => {
  it('knows every named group of every lexicon regex, in the order of each regex', () => {
    let checked = 0;
    for (const lex of compiled) {
      for (const re of regexesOf(lex)) {
        const names = groupNames(re);
        for (const [name, n] of names.flatMap(readings)) {
          const own = [...new Set(names.filter((g) => g.startsWith(`${name}${n}_`)))];
          expect(slotGroups(name, n).filter((g) => own.includes(g))).toEqual(own);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('reads what a walk over the match groups reads, for every lexicon regex', () => {
    const runs: [CompiledLexicon, RegExp, string[]][] = [];
    for (const lex of compiled) {
      for (const re of regexesOf(lex)) {
        const names = groupNames(re);
        if (names.length) runs.push([lex, new RegExp(re.source, re.flags.replace(/[gy]/gu, '') + 'g'), names]);
      }
    }
    let read = 0;
    let values = 0;
    for (const lex of [...new Set(runs.map(([l]) => l))]) {
      const own = runs.filter(([l]) => l === lex);
      // Texts of the lexicon's templates written out, whole and word by word, with other words the slots read.
      const written = Object.values(lex.lexicon.patterns).flatMap((ts: readonly string[]) =>
        ts.map((t) => writtenOut(t, lex.lexicon)),
      );
      const words = [
        ...written,
        ...written.flatMap((w) => w.split(/\s+/u)),
        ...lex.lexicon.listJoiners,
        ...lex.lexicon.bodies.flatMap((b) => [...b.names, ...(b.headerNames ?? [])]),
        ...Object.values(lex.lexicon.places).flat(),
        ...['17', '2', '1-8', '2/2', '70/1', '58.28', 'WHA71.7', '2022', '(Rev. Geneva, 2022)', '(C19)', '(2019)'],
      ];
      const texts = lexiconTexts(words, { maxLength: 8, separators: [' ', ' ', ' ', '', ', ', '\n'] });
      fc.assert(
        fc.property(texts, fc.nat(), (text, pick) => {
          for (const [, re, names] of own) {
            for (const m of text.matchAll(re)) {
              const asked = names.flatMap(readings);
              // And a name no group is read by, or of another regex.
              asked.push(['YEAR', 0], ['N', 1 + (pick % 11)], ['NUMS', 0], ['X', 0]);
              for (const [name, n] of asked) {
                const value = reference(m, name, n);
                expect(slot(m, name, n)).toBe(value);
                read++;
                if (value !== undefined) values++;
              }
            }
          }
        }),
        { numRuns: 40 },
      );
    }
    expect(read).toBeGreaterThan(1000);
    expect(values).toBeGreaterThan(100);
  });
});
