/**
 * An inline footnote body whose bracket is never closed (`[1: 1<TAB>text` with no `]` before the end of the text,
 * or before a clause or heading line). Before, no body was read and nothing said so: the note was lost from the
 * graph without a word. Now it gets the warning FOOTNOTE_UNCLOSED at the bracket, and the document still loads.
 * Texts written for these tests; the Arabic one starts as the Arabic fixture does.
 */
import type { ParsedResolution } from '.';
import { arabicStart, parseLines as parse, WTDC_HEAD } from '../test/support/resolution-lines';

const unclosed = (doc: ParsedResolution) =>
  doc.diagnostics
    .filter((d) => d.code === 'FOOTNOTE_UNCLOSED')
    .map((d) => ({
      severity: d.severity,
      line: d.line,
      column: d.column,
      found: /found '([^']*)'/u.exec(d.message)?.[1],
    }));

describe('an inline footnote body left open', () => {
  it('in English, before the end of the text, gets a warning at its bracket', () => {
    const doc = parse([
      ...WTDC_HEAD,
      'recalling',
      'a)\tResolution 7 (Rev. Kigali, 2022) of the World Telecommunication Development Conference,',
      'resolves',
      '1\tto continue the work on e-health[footnoteRef:1]1. [1: 1\tIncluding telemedicine.',
    ]);
    expect(unclosed(doc)).toEqual([
      {
        severity: 'warning',
        line: 7,
        column: 'to continue the work on e-health[footnoteRef:1]1. '.length + 3,
        found: '[1: 1\tIncluding telemedicine.',
      },
    ]);
    expect(doc.clauses.map((c) => c.address)).toContain('resolves-1/item-1');
  });

  it('in English, before a heading line, gets a warning; the heading is still read as one', () => {
    const doc = parse([
      ...WTDC_HEAD,
      'recalling',
      'a)\tthe work of ITU-D Study Group 2[footnoteRef:1]1 on telehealth, [1: 1\tQuestion 2/2',
      'resolves',
      '1\tto continue the work on e-health.',
    ]);
    expect(unclosed(doc)).toEqual([
      {
        severity: 'warning',
        line: 5,
        column: 'the work of ITU-D Study Group 2[footnoteRef:1]1 on telehealth, '.length + 4,
        found: '[1: 1\tQuestion 2/2',
      },
    ]);
    expect(doc.instructions.map((i) => i.kind)).toEqual(['RESOLVES']);
  });

  it('in English, closed on a later line, is read and gets no warning', () => {
    const doc = parse([
      ...WTDC_HEAD,
      'recalling',
      'a)\tthe work of ITU-D Study Group 2[footnoteRef:1]1 on telehealth, [1: 1\tQuestion 2/2',
      'of ITU-D.]',
      'resolves',
      '1\tto continue the work on e-health.',
    ]);
    expect(doc.clauses.find((c) => c.address === 'preamble/recalling/a')?.footnotes).toEqual([
      'Question 2/2 of ITU-D.',
    ]);
    expect(doc.diagnostics).toEqual([]);
  });

  it('in Arabic, before the next item, gets a warning at its bracket', () => {
    const lines = [
      ...arabicStart(),
      'تكلف مدير مكتب تقييس الاتصالات',
      '1\tبتنظيم ورش عمل لصالح البلدان النامية[footnoteRef:1]1؛ [1: 1\tبما في ذلك أقل البلدان نمواً',
      '2\tبتقديم تقرير إلى المجلس.',
    ];
    const doc = parse(lines);
    const at = lines.length - 1;
    expect(unclosed(doc)).toEqual([
      {
        severity: 'warning',
        line: at,
        column: (lines[at - 1] ?? '').indexOf('[1:') + 1,
        found: '[1: 1\tبما في ذلك أقل البلدان نمواً',
      },
    ]);
    expect(doc.instructions.find((i) => i.kind === 'INSTRUCTS')?.items).toHaveLength(2);
  });
});
