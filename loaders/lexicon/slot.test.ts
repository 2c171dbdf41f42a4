/**
 * `slot` reads a slot's value from a match of a combined regex: the first group, in the regex's order, named
 * `${slot}${n}_…` that matched. It compares the names in parts rather than building the prefix: the same groups.
 */
import fc from 'fast-check';
import { slot } from './index';

/** A match with the given groups, in order. */
function matchWith(groups: readonly (readonly [string, string | undefined])[]): RegExpExecArray {
  const m = Object.assign([''], { index: 0, input: '' }) as unknown as RegExpExecArray;
  const object = Object.create(null) as Record<string, string | undefined>;
  for (const [k, v] of groups) object[k] = v;
  m.groups = object as Record<string, string>;
  return m;
}

/** The plain reading: the first group named with the whole prefix that has a value. */
function reference(groups: readonly (readonly [string, string | undefined])[], name: string, n: number) {
  return groups.find(([k, v]) => v !== undefined && k.startsWith(`${name}${n}_`))?.[1];
}

describe('slot', () => {
  it('reads the first matched group named as the slot, whatever other names start alike', () => {
    const names = ['N', 'NUMS', 'YEAR', 'Y', 'HBODY'];
    const groupName = fc
      .tuple(fc.constantFrom(...names), fc.nat(12), fc.constantFrom('_', ''), fc.nat(30))
      .map(([name, n, sep, i]) => `${name}${n}${sep}${i}`);
    const groups = fc.uniqueArray(
      fc.tuple(groupName, fc.option(fc.constantFrom('7', '', 'Geneva'), { nil: undefined })),
      {
        selector: ([k]) => k,
        maxLength: 12,
      },
    );
    fc.assert(
      fc.property(groups, fc.constantFrom(...names), fc.nat(12), (gs, name, n) => {
        expect(slot(matchWith(gs), name, n)).toBe(reference(gs, name, n));
      }),
      { numRuns: 3000 },
    );
  });

  it('tells N0_ from N10_ and NUMS0_, and takes the first of several', () => {
    const m = matchWith([
      ['NUMS0_0', '1 and 2'],
      ['N10_1', '10'],
      ['N0_2', undefined],
      ['N0_3', '3'],
      ['N0_4', '4'],
    ]);
    expect(slot(m, 'N')).toBe('3');
    expect(slot(m, 'N', 10)).toBe('10');
    expect(slot(m, 'NUMS')).toBe('1 and 2');
    expect(slot(m, 'YEAR')).toBeUndefined();
  });
});
