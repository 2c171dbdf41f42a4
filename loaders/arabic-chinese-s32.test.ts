/**
 * Arabic and Chinese texts the loaders misread. Texts written for these tests, starting as the Arabic and Chinese
 * fixtures do.
 */
import type { ParsedResolution } from '.';
import { arabicStart, fixtureLines, parseLines as parse } from '../test/support/resolution-lines';

/** The footnotes of the clause whose text holds `words`, and that text. */
const noted = (doc: ParsedResolution, words: string) => {
  const c = doc.clauses.find((x) => x.text.includes(words));
  return { text: c?.text.trim(), footnotes: c?.footnotes };
};

describe('an inline footnote whose body goes on over the next line', () => {
  it('is the whole note of its Arabic clause, and no part of the clause text', () => {
    const doc = parse([
      ...arabicStart(),
      'تكلف مدير مكتب تقييس الاتصالات',
      '1\tبتنظيم ورش عمل لصالح البلدان النامية[footnoteRef:1]1؛ [1: 1\tبما في ذلك أقل البلدان نمواً والدول الجزرية',
      'الصغيرة النامية والبلدان النامية غير الساحلية.] ',
      '2\tبتقديم تقرير إلى المجلس.',
    ]);
    expect(noted(doc, 'بتنظيم ورش عمل')).toEqual({
      text: expect.stringMatching(/^بتنظيم ورش عمل لصالح البلدان النامية\s+؛$/u),
      footnotes: ['بما في ذلك أقل البلدان نمواً والدول الجزرية الصغيرة النامية والبلدان النامية غير الساحلية.'],
    });
    const items = doc.instructions.find((i) => i.kind === 'INSTRUCTS')?.items.map((x) => x.text.trim());
    expect(items).toEqual([
      expect.stringMatching(/^بتنظيم ورش عمل لصالح البلدان النامية\s+؛$/u),
      'بتقديم تقرير إلى المجلس.',
    ]);
    expect(doc.diagnostics).toEqual([]);
  });

  it('joins a Chinese note broken between two characters without a space', () => {
    const lines = fixtureLines('zh-pp-resolution.txt').map((l) =>
      l.startsWith('1\t继续协助')
        ? '1\t继续协助发展中国家[footnoteRef:1]1制定国家电子卫生战略； [1: 1 \t其中包括最不发达国家、小岛屿发展中国家、\n内陆发展中国家和经济转型国家。] '
        : l,
    );
    const doc = parse(lines.join('\n').split('\n'));
    expect(noted(doc, '继续协助')).toEqual({
      text: expect.stringMatching(/^继续协助发展中国家\s+制定国家电子卫生战略；$/u),
      footnotes: ['其中包括最不发达国家、小岛屿发展中国家、内陆发展中国家和经济转型国家。'],
    });
    expect(doc.clauses.map((c) => c.text).join('\n')).not.toContain('内陆');
    // The line the note went on over keeps its number: the next item is where the file has it.
    const next = doc.clauses.find((c) => c.text.startsWith('促进与世界卫生组织'));
    expect(next?.line).toBe(lines.findIndex((l) => l.startsWith('2\t促进')) + 2);
  });

  it('is no footnote where no reference points to it', () => {
    const doc = parse([
      ...arabicStart(),
      'تكلف مدير مكتب تقييس الاتصالات',
      '1\tبتنظيم ورش عمل [1: 1\tنص',
      'آخر] لصالح البلدان النامية؛',
      '2\tبتقديم تقرير إلى المجلس.',
    ]);
    expect(doc.clauses.flatMap((c) => c.footnotes)).toEqual([]);
  });
});
