import { prepareText } from './text';

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
