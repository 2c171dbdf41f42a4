/**
 * A relation match's slots (A, B, AGENTS, LIST) are read by the group names each pattern writes, read once from its
 * source: the same groups as a plain pass over the match's groups finds, the first non-empty of each slot's, and
 * never another slot's that starts alike ("AGENTS0" for "A").
 */
import fc from 'fast-check';
import { LEXICONS, lexiconFor } from './lexicon';
import { slots } from './relations';
import { withoutLookarounds } from '../test/support/regex-sources';

/** The plain reading: the first non-empty group whose name is the slot's and a number. */
function plain(groups: Record<string, string | undefined>, slot: string): string | undefined {
  for (const k in groups) {
    const v = groups[k];
    if (v && k.startsWith(slot) && /\d/.test(k.charAt(slot.length))) return v;
  }
  return undefined;
}

describe('the slots of a relation match', () => {
  it('reads each slot, not another that starts alike', () => {
    const re = /(?<AGENTS0>x)?(?<A0>y)?(?<A1>z)?(?<LIST0>w)?(?<B0>v)?/u;
    expect(slots(re, { AGENTS0: 'x', A0: undefined, A1: 'z', LIST0: '', B0: 'v' })).toEqual({
      AGENTS: 'x',
      A: 'z',
      B: 'v',
    });
  });

  it.each(LEXICONS.map((l) => [l.language]))('are the groups a plain pass reads, for each %s pattern', (language) => {
    const lex = lexiconFor(language);
    const patterns = (lex?.relations ?? []).map((r) => r.re);
    fc.assert(
      fc.property(
        fc.oneof(
          ...patterns.map((re, i) =>
            fc
              .stringMatching(new RegExp(withoutLookarounds(re.source), 'u'))
              .map((text): [number, string] => [i, text]),
          ),
        ),
        ([i, text]) => {
          const re = patterns[i];
          if (!re) return;
          const m = new RegExp(re.source, re.flags.replace('g', '')).exec(text);
          const groups = m?.groups ?? {};
          const read = slots(re, groups);
          for (const slot of ['A', 'B', 'AGENTS', 'LIST'] as const) expect(read[slot]).toBe(plain(groups, slot));
        },
      ),
      { numRuns: 400 },
    );
  });
});
