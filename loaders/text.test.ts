import fc from 'fast-check';
import { lengthAtRank, prepareText, splitLines } from './text';

/** Lines as a regex over every kind of break reads them: the plain reading `splitLines` must agree with. */
function linesByRegex(text: string): { number: number; start: number; text: string }[] {
  const lines: { number: number; start: number; text: string }[] = [];
  let start = 0;
  for (const m of text.matchAll(/\r\n|[\n\r\u2028\u2029]/g)) {
    lines.push({ number: lines.length + 1, start, text: text.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  lines.push({ number: lines.length + 1, start, text: text.slice(start) });
  return lines;
}

describe('splitLines', () => {
  it('splits at every kind of line break as a regex over all of them does, with line feeds alone or not', () => {
    const piece = fc.constantFrom(
      'a',
      'Study Group 20',
      ' ',
      '\t',
      'é',
      '第2',
      '\n',
      '\n',
      '\r\n',
      '\r',
      '\u2028',
      '\u2029',
    );
    const onlyFeeds = fc.constantFrom('a', 'Study Group 20', ' ', 'é', '\n', '\n\n');
    fc.assert(
      fc.property(fc.oneof(fc.array(piece), fc.array(onlyFeeds)), (pieces) => {
        const text = pieces.join('');
        expect(splitLines(text)).toEqual(linesByRegex(text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('prepareText', () => {
  it('reads a footnote body that holds bracketed text, and blanks all of it in place', () => {
    const original = [
      'a)\tResolution 183 (Rev. Busan, 2014)[footnoteRef:1]1;',
      '[1: 1\tSee Recommendation [ITU-T H.810] and [bookmark: _Ref1]the Guidelines.]',
      'b)\tnext item;',
    ].join('\n');
    const prepared = prepareText(original);
    expect(prepared.footnotes).toEqual([
      {
        number: '1',
        text: 'See Recommendation [ITU-T H.810] and the Guidelines.',
        span: [original.indexOf('[1:'), original.indexOf('.]') + 2],
      },
    ]);
    expect(prepared.footnoteRefs).toEqual([{ number: '1', offset: original.indexOf('[footnoteRef') }]);
    expect(prepared.clean).toHaveLength(original.length);
    expect(prepared.clean).not.toContain('H.810');
    expect(prepared.clean).not.toContain('footnoteRef');
    expect(prepared.clean.split('\n')[2]).toBe('b)\tnext item;');
  });

  it('does not take a line that merely starts with a bracketed number for a footnote when it is not closed', () => {
    const original = '[1: 1\tan unterminated note [with a bracket]\nb)\ttext]';
    const prepared = prepareText(original);
    expect(prepared.footnotes).toEqual([]);
    expect(prepared.clean).toBe(original);
  });
});

describe('lengthAtRank', () => {
  it('gives the length at a rank as sorting the lengths does, up to the widest width; above it, a length above it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: 25, max: 210 }), fc.integer({ min: 0, max: 5000 })), { minLength: 1 }),
        fc.nat(),
        (lengths, r) => {
          const rank = r % lengths.length;
          const sorted = [...lengths].sort((a, b) => a - b);
          const plain = sorted[rank] ?? 0;
          const counted = lengthAtRank(lengths, rank);
          if (plain <= 200) expect(counted).toBe(plain);
          else expect(counted).toBeGreaterThan(200);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
