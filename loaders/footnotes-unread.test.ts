/**
 * An inline footnote body the loader does not read: its bracket never closed (`[1: 1<TAB>text` with no `]` before
 * the end of the text, or before a clause or heading line), or closed where the reading of bodies does not reach
 * (brackets nested two deep). Before, nothing said so: the note was lost from the graph without a word. Now it gets
 * the warning FOOTNOTE_UNREAD at the bracket, and the document still loads.
 * Texts written for these tests; the Arabic one starts as the Arabic fixture does.
 */
import type { ParsedResolution } from '.';
import { arabicStart, parseLines as parse, WTDC_HEAD } from '../test/support/resolution-lines';

const unread = (doc: ParsedResolution) =>
  doc.diagnostics
    .filter((d) => d.code === 'FOOTNOTE_UNREAD')
    .map((d) => ({
      severity: d.severity,
      line: d.line,
      column: d.column,
      found: /found '([^']*)'/u.exec(d.message)?.[1],
    }));

describe('an inline footnote body the loader does not read', () => {
  it('in English, before the end of the text, gets a warning at its bracket', () => {
    const doc = parse([
      ...WTDC_HEAD,
      'recalling',
      'a)\tResolution 7 (Rev. Kigali, 2022) of the World Telecommunication Development Conference,',
      'resolves',
      '1\tto continue the work on e-health[footnoteRef:1]1. [1: 1\tIncluding telemedicine.',
    ]);
    expect(unread(doc)).toEqual([
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
    expect(unread(doc)).toEqual([
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

  it('in English, closed but with brackets nested two deep, gets a warning that does not call it open', () => {
    const doc = parse([
      ...WTDC_HEAD,
      'recalling',
      'a)\tthe work of ITU-D Study Group 2[footnoteRef:1]1 [1: 1\tSee [ITU-T [H.810]] here.]',
      'resolves',
      '1\tto continue the work on e-health.',
    ]);
    const [warning, ...more] = doc.diagnostics.filter((d) => d.code === 'FOOTNOTE_UNREAD');
    expect(more).toEqual([]);
    expect(warning?.line).toBe(5);
    expect(warning?.message).not.toMatch(/left open/u);
    expect(warning?.message).toMatch(/not read/u);
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
    expect(unread(doc)).toEqual([
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
