/**
 * The scans tried only at their cue characters find what a global scan for the same patterns finds.
 */
import fc from 'fast-check';
import { cuedMatches } from './cued-matches';
import type { CuedPattern } from './cued-matches';
import { ACRONYMS } from './mentions';
import { ARTEFACTS } from './text';

/** The plain scan: each pattern as a global regex over the whole text. */
function scanned(text: string, patterns: readonly CuedPattern[]): { index: number; groups: string[] }[][] {
  return patterns.map((p) =>
    [...text.matchAll(new RegExp(p.re.source, `${p.re.flags.replace('y', '')}g`))].map((m) => ({
      index: m.index,
      groups: [...m].map((g) => g ?? '<none>'),
    })),
  );
}

function cued(text: string, patterns: readonly CuedPattern[]): { index: number; groups: string[] }[][] {
  return cuedMatches(text, patterns).map((list) =>
    list.map((m) => ({ index: m.index, groups: [...m].map((g) => g ?? '<none>') })),
  );
}

/** Texts made of the pieces the patterns are about, and of what stands around them. */
const text = fc
  .array(
    fc.constantFrom(
      '[bookmark: _Toc104459697]',
      '[footnoteRef:1]1',
      '[1: 1\tThese include the least developed countries.]',
      '[2: see [ITU-T H.810]]',
      '[',
      ']',
      '[1:',
      '*',
      '**',
      '_',
      '__',
      '\\',
      'considering',
      'snake_case',
      'RESOLUTION 78',
      ' ',
      '  ',
      '\t',
      '\n',
      '\u00A0',
      '(',
      ')',
      '（',
      '）',
      '(WHO)',
      'Focus Group (FG-AI4H)',
      '(CWG-WSIS&SDG)',
      'XHA',
      'FG-X',
      '&',
      '/',
      '-',
      '7',
      'e\u2011health',
      '\u{1D400}',
      '第2研究组',
    ),
    { maxLength: 40 },
  )
  .map((pieces) => pieces.join(''));

describe('cuedMatches', () => {
  it.each([
    ['the artefacts of prepareText', ARTEFACTS],
    ['the acronyms of matchClauses', ACRONYMS],
  ])('finds what a global scan finds: %s', (_name, patterns) => {
    fc.assert(
      fc.property(text, (t) => {
        expect(cued(t, patterns)).toEqual(scanned(t, patterns));
      }),
      { numRuns: 3000 },
    );
  });

  it('goes on after the end of a match of a pattern, not at the cues inside it', () => {
    // The footnote "[1: see [2: x]]" holds "[2: x]", which opens no footnote of its own; the bookmark holds a
    // footnote reference, another pattern's match.
    const t = '**a** *b* [1: see [2: x]] [bookmark: x [footnoteRef:2]2]';
    expect(cued(t, ARTEFACTS)).toEqual(scanned(t, ARTEFACTS));
    expect(cued(t, ARTEFACTS).map((l) => l.map((m) => m.index))).toEqual([[26], [39], [0, 6], [10]]);
  });
});
