/**
 * Arabic and Chinese texts the loaders misread. Texts written for these tests, starting as the Arabic and Chinese
 * fixtures do.
 */
import type { ParsedResolution } from '.';
import { wrappedFootnoteBodies } from './text';
import {
  arabicStart,
  fixtureLines,
  instructionParts as read,
  parseLines as parse,
  partyKeys,
} from '../test/support/resolution-lines';
import { WTDC } from '../test/support/wtdc-texts';

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

  it.each([
    ['an item', ['2\tبتقديم تقرير إلى المجلس؛', '3\tبالتعاون مع منظمة الصحة العالمية (انظر الملحق أ])،']],
    ['a heading', ['تكلف الأمين العام', 'بالتعاون مع منظمة الصحة العالمية (انظر الملحق أ])،']],
  ])('takes in no line that opens %s, where its closing bracket is missing', (_, after) => {
    const lines = [
      ...arabicStart(),
      'تكلف مدير مكتب تقييس الاتصالات',
      '1\tبتنظيم ورش عمل لصالح البلدان النامية[footnoteRef:1]1؛ [1: 1\tبما في ذلك أقل البلدان نمواً',
      ...after,
      '4\tبنشر النتائج.',
    ];
    const doc = parse(lines);
    expect(doc.clauses.flatMap((c) => c.footnotes)).toEqual([]);
    // Every line after the bracket left open is read: an item where the file has it, a heading as a heading.
    for (const line of after) {
      const words = line.replace(/^\d\t/u, '');
      const at = lines.indexOf(line) + 1;
      const read = [
        ...doc.clauses.filter((c) => c.line === at).map((c) => c.text.trim()),
        ...doc.instructions.map((i) => i.heading.trim()),
      ];
      expect(read).toContain(words);
    }
  });

  it.each([
    ['many references to one bracket left open', 'x[footnoteRef:1]1 '.repeat(5000) + '[1: 1\tnote\nmore', 1],
    ['many references and no body', 'x[footnoteRef:1]1 '.repeat(5000), 0],
    ['a bracket left open after each reference', 'x[footnoteRef:7]7 [7: 7\tnote\n'.repeat(500), 500],
  ])('reads each opening once, however many references point to it: %s', (_, text, reads) => {
    const refs = [...text.matchAll(/\[footnoteRef:(\d{1,3})\]/g)] as RegExpExecArray[];
    let calls = 0;
    const bodies = wrappedFootnoteBodies(text, refs, [], undefined, () => {
      calls++;
      return null;
    });
    expect(bodies).toEqual([]);
    expect(calls).toBe(reads);
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

describe('the places of ITU assemblies and conferences', () => {
  /** A fixture with another history line (its third): the places it reads, in order. */
  const history = (file: string, line: string): (string | null)[] => {
    const lines = fixtureLines(file);
    lines[2] = line;
    return parse(lines).history.map((h) => h.place);
  };
  const PLACES = ['Helsinki', 'Valletta', 'Nice', 'Malaga-Torremolinos', 'Melbourne', 'Montreal', 'Hyderabad'];

  it.each([
    [
      'zh-pp-resolution.txt',
      '（1993年，赫尔辛基；1998年，瓦莱塔；1989年，尼斯；1992年，马拉加-托雷莫利诺斯；1988年，墨尔本；2000年，蒙特利尔；2010年，海德拉巴）',
    ],
    [
      'ar-resolution.txt',
      '(هلسنكي، 1993؛ فاليتا، 1998؛ نيس، 1989؛ ملقة-توريمولينوس، 1992؛ ملبورن، 1988؛ مونتريال، 2000؛ حيدر آباد، 2010)',
    ],
    [
      'fr-resolution.txt',
      '(Helsinki, 1993; La Valette, 1998; Nice, 1989; Malaga-Torremolinos, 1992; Melbourne, 1988; Montréal, 2000; Hyderabad, 2010)',
    ],
    [
      'es-resolution.txt',
      '(Helsinki, 1993; La Valetta, 1998; Niza, 1989; Málaga-Torremolinos, 1992; Melbourne, 1988; Montreal, 2000; Hyderabad, 2010)',
    ],
    [
      'ru-resolution.txt',
      '(Хельсинки, 1993 г.; Валлетта, 1998 г.; Ницца, 1989 г.; Малага-Торремолинос, 1992 г.; Мельбурн, 1988 г.; Монреаль, 2000 г.; Хайдарабад, 2010 г.)',
    ],
  ])('reads each place of %s by its English name', (file, line) => {
    expect(history(file, line)).toEqual(PLACES);
  });

  it('reads the Chinese 海德拉巴 of a WTDC header and opening as Hyderabad, as 海得拉巴', () => {
    for (const written of ['海德拉巴', '海得拉巴']) {
      const doc = parse([
        `第65号决议（2010年，${written}，修订版）`,
        '改善获取远程医疗服务的途径',
        `（2006年，多哈；2010年，${written}）`,
        `世界电信发展大会（2010年，${written}），`,
        '考虑到',
        'a)\t世界电信标准化全会第78号决议（2000年，蒙特利尔）；',
        'b)\t世界电信标准化全会第2号决议（1993年，赫尔辛基），',
        '做出决议',
        '继续开展电子卫生工作。',
      ]);
      expect([doc.body.value, doc.place.value, doc.history.map((h) => h.place)]).toEqual([
        'WTDC',
        'Hyderabad',
        ['Doha', 'Hyderabad'],
      ]);
      expect(doc.citations.map((c) => ('revision' in c.entity ? c.entity.revision?.place : null))).toEqual([
        'Montreal',
        'Helsinki',
      ]);
    }
  });
});

describe('an Arabic list member written with و joined to a Latin acronym', () => {
  it('reads "وWIPO" and "وITU-D" after "WHO،" as members of the list', () => {
    const doc = parse([...arabicStart(), 'تكلف الأمين العام بالتعاون مع WHO، وWIPO، وITU-D بتقديم تقرير إلى المجلس.']);
    expect(read(doc, 'INSTRUCTS')).toEqual([
      ['secretary-general'],
      ['itu-d', 'who', 'wipo'],
      ['بتقديم تقرير إلى المجلس.'],
    ]);
  });

  it('reads a defined acronym with و joined to it ("وJCA-AHF") as a member of the list', () => {
    const doc = parse([
      ...arabicStart(),
      'تكلف مدير مكتب تقييس الاتصالات، بالتعاون مع نشاط التنسيق المشترك المعني بإمكانية النفاذ والعوامل البشرية (JCA-AHF)',
      'بتنظيم ورش عمل،',
      'تكلف الأمين العام، بالتعاون مع منظمة الصحة العالمية وJCA-AHF',
      'بتقديم تقرير إلى المجلس.',
    ]);
    const jca = doc.instructions.map((i) => partyKeys(i, 'collaborators'));
    expect(jca).toEqual([[], ['jca-ahf'], ['jca-ahf', 'who']]);
  });
});

describe('an Arabic list of a relation joined with "، و"', () => {
  it('relates each member, not the first alone', () => {
    const lines = fixtureLines('ar-resolution.txt');
    const at = lines.findIndex((l) => l.startsWith('وإذ تلاحظ')) + 1;
    lines.splice(
      at,
      0,
      'أ)\tأن المبادرة العالمية بشأن الذكاء الاصطناعي من أجل الصحة هي شراكة بين الاتحاد الدولي للاتصالات، ومنظمة الصحة العالمية، والمنظمة العالمية للملكية الفكرية؛',
    );
    const doc = parse(lines);
    const partners = doc.relations
      .filter((r) => r.type === 'PARTNER_OF')
      .map((r) => `${'key' in r.from ? r.from.key : r.from.type} ${'key' in r.to ? r.to.key : r.to.type}`);
    expect(partners).toEqual(['gi-ai4h itu', 'gi-ai4h who', 'gi-ai4h wipo']);
  });
});

describe('an Arabic list of cited resolutions joined with "، و"', () => {
  it.each([
    [
      'with their revisions',
      'بالقرارات 183 (المراجَع في بوسان، 2014)، و130 (المراجَع في دبي، 2018)، و90 (المراجَع في جنيف، 2022)',
    ],
    ['by number alone', 'بالقرارات 183، و130، و90'],
  ])('cites each member, %s, of the body named after the list', (_, list) => {
    const lines = fixtureLines('ar-resolution.txt');
    const at = lines.findIndex((l) => l.startsWith('وإذ تلاحظ')) + 1;
    lines.splice(at, 0, `أ)\t${list} لمؤتمر المندوبين المفوضين؛`);
    const cited = parse(lines)
      .citations.filter((c) => c.clause === 'preamble/noting/أ')
      .map((c) => (c.entity.type === 'ItuResolution' ? `${c.entity.body} ${c.entity.number}` : c.entity.type));
    expect(cited).toEqual(['PP 183', 'PP 130', 'PP 90']);
  });
});

/** The ITU resolutions a WTDC text cites, as "BODY N (place year)". */
const citedIn = (text: string): string[] =>
  parse(text.split('\n')).citations.map((c) =>
    c.entity.type === 'ItuResolution'
      ? `${c.entity.body} ${c.entity.number}${c.entity.revision ? ` (${c.entity.revision.place} ${c.entity.revision.year})` : ''}`
      : c.entity.type,
  );

describe('a member by its number alone after members with their revisions', () => {
  it.each([
    ['en', 'a)\tResolutions 183 (Rev. Busan, 2014), 130 (Rev. Dubai, 2018) and 90 of the Plenipotentiary Conference,'],
    ['ar', 'أ )\tبالقرارات 183 (المراجَع في بوسان، 2014)، و130 (المراجَع في دبي، 2018)، و90 لمؤتمر المندوبين المفوضين،'],
  ] as const)('%s: is a member where the body is named after it, the body of all', (language, item) => {
    expect(citedIn(WTDC[language](item))).toEqual(['PP 183 (Busan 2014)', 'PP 130 (Dubai 2018)', 'PP 90']);
  });

  it.each([
    ['en', 'a)\tResolutions 183 (Rev. Busan, 2014), 130 (Rev. Dubai, 2018) and 90 adopted since,'],
    ['ar', 'أ )\tبالقرار 183 (المراجَع في بوسان، 2014)، و5 من البلدان النامية تشارك،'],
  ] as const)('%s: is none where the body is not named after it', (language, item) => {
    // Busan 2014 was the Plenipotentiary Conference's session (lexicon/entities.ts sessions).
    expect(citedIn(WTDC[language](item))[0]).toBe('PP 183 (Busan 2014)');
    expect(citedIn(WTDC[language](item)).some((c) => /^[A-Z]+ (?:90|5)\b/u.test(c))).toBe(false);
  });
});
