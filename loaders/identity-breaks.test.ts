/**
 * A line break inside the bracket of a header, history line, opening or citation, as a text whose lines are
 * paragraphs keeps one typed there (a Word document's manual line break): the break is the white space it stands
 * for, but right after a hyphen between letters, which it leaves in the name (`Буэнос-⏎Айрес`), and in a script
 * that writes no spaces, where it parts no words (`迪⏎拜`). Texts written for these tests.
 */
import { parseDocument } from '.';
import type { ParsedResolution } from '.';
import { citedResolutions, parseResolutionText } from '../test/support/resolution-mentions';
import { WTDC } from '../test/support/wtdc-texts';
import type { Language } from '../test/support/wtdc-texts';

const parse = (text: string): ParsedResolution =>
  parseDocument({ file: 'breaks.txt', content: Buffer.from(text, 'utf8') }) as ParsedResolution;

/** The ITU resolutions the document cites, as "BODY N (place year)". */
const cited = (text: string): string[] => citedResolutions(parseResolutionText(text, 'breaks.txt'));

/** Each language's header and opening lines in `WTDC`, and the opening without its place and year. */
const IDENTITY: Record<Exclude<Language, 'ar'>, { header: string; opening: string; bare: string }> = {
  en: {
    header: 'RESOLUTION 65 (Rev. Kigali, 2022)',
    opening: 'The World Telecommunication Development Conference (Kigali, 2022),',
    bare: 'The World Telecommunication Development Conference,',
  },
  fr: {
    header: 'RÉSOLUTION 65 (Rév. Kigali, 2022)',
    opening: 'La Conférence mondiale de développement des télécommunications (Kigali, 2022),',
    bare: 'La Conférence mondiale de développement des télécommunications,',
  },
  es: {
    header: 'RESOLUCIÓN 65 (Rev. Kigali, 2022)',
    opening: 'La Conferencia Mundial de Desarrollo de las Telecomunicaciones (Kigali, 2022),',
    bare: 'La Conferencia Mundial de Desarrollo de las Telecomunicaciones,',
  },
  ru: {
    header: 'РЕЗОЛЮЦИЯ 65 (Пересм. Кигали, 2022 г.)',
    opening: 'Всемирная конференция по развитию электросвязи (Кигали, 2022 г.),',
    bare: 'Всемирная конференция по развитию электросвязи,',
  },
  zh: {
    header: '第65号决议（2022年，基加利，修订版）',
    opening: '世界电信发展大会（2022年，基加利），',
    bare: '世界电信发展大会，',
  },
};

/** A WTDC text whose header is `header` and whose opening names no place or year: the header alone gives them. */
function withHeader(language: Exclude<Language, 'ar'>, header: string): ParsedResolution {
  const { header: was, opening, bare } = IDENTITY[language];
  return parse(WTDC[language]('a)\tthat telehealth matters.').replace(was, header).replace(opening, bare));
}

describe('a header broken inside its bracket', () => {
  it.each([
    ['ru', 'РЕЗОЛЮЦИЯ 65 (Пересм. Буэнос-\nАйрес, 2017 г.)', 'Buenos Aires', 2017],
    ['en', 'RESOLUTION 65 (Rev. Mar del\nPlata, 2017)', 'Mar del Plata', 2017],
    ['en', 'RESOLUTION 65 (Rev. Buenos\nAires, 2017)', 'Buenos Aires', 2017],
    ['en', 'RESOLUTION 65 (Rev.\nSharm el-Sheikh, 2017)', 'Sharm el-Sheikh', 2017],
    ['fr', 'RÉSOLUTION 65 (Rév. Buenos-\nAires, 2017)', 'Buenos Aires', 2017],
    ['es', 'RESOLUCIÓN 65 (Rev. Buenos-\nAires, 2017)', 'Buenos Aires', 2017],
    ['zh', '第65号决议（2018年，迪\n拜，修订版）', 'Dubai', 2018],
  ] as const)('%s: %j is read whole, the revision at its place', (language, header, place, year) => {
    const doc = withHeader(language, header);
    expect([doc.number.value, doc.place.value, doc.year.value]).toEqual(['65', place, year]);
    expect(doc.revisionLabel).toBe(`Rev. ${place}, ${year}`);
    expect(doc.title?.value).toBe(WTDC[language]('').split('\n')[1]);
    // The header's second line is no text of the resolution's.
    expect(doc.diagnostics.map((d) => d.code)).not.toContain('LINE_UNRECOGNISED');
  });

  it('keeps a name that the hyphen at the break is part of', () => {
    expect(withHeader('en', 'RESOLUTION 65 (Rev. Sharm el-\nSheikh, 2017)').place.value).toBe('Sharm el-Sheikh');
  });
});

describe('a header broken before its revision bracket', () => {
  // Each language's header as WTDC writes it, broken before its bracket ("RESOLUCIÓN 65" / "(Rev. Kigali, 2022)").
  const BROKEN: readonly [Language, string, string][] = [
    ['en', 'RESOLUTION 65 (', 'RESOLUTION 65\n('],
    ['fr', 'RÉSOLUTION 65 (', 'RÉSOLUTION 65\n('],
    ['es', 'RESOLUCIÓN 65 (', 'RESOLUCIÓN 65\n('],
    ['ru', 'РЕЗОЛЮЦИЯ 65 (', 'РЕЗОЛЮЦИЯ 65\n('],
    ['zh', '第65号决议（', '第65号决议\n（'],
    ['ar', 'القرار 65 (', 'القرار 65\n('],
  ];
  const HISTORY = '(Hyderabad, 2010; Dubai, 2014; Kigali, 2022)';

  it.each(BROKEN)('%s: is the header, revised, its bracket no history', (language, was, broken) => {
    const doc = parse(WTDC[language]('a)\tthat telehealth matters.').replace(was, broken));
    expect([doc.number.value, doc.place.value, doc.year.value]).toEqual(['65', 'Kigali', 2022]);
    expect(doc.revisionLabel).toBe('Rev. Kigali, 2022');
    expect(doc.history.map(({ place, year }) => `${place} ${year}`)).toEqual(['Kigali 2022']);
    expect(doc.title?.value).toBe(WTDC[language]('').split('\n')[1]);
    expect(doc.identitySpans.header?.[1]).toBe(doc.text.search(/[)）]/u) + 1);
    expect(doc.diagnostics.map((d) => d.code)).not.toContain('LINE_UNRECOGNISED');
  });

  it('leaves the history to the history line below', () => {
    const text = WTDC.en('a)\tthat telehealth matters.')
      .replace('RESOLUTION 65 (', 'RESOLUTION 65\n(')
      .replace('Telehealth for all\n', `Telehealth for all\n${HISTORY}\n`);
    const doc = parse(text);
    expect(doc.revisionLabel).toBe('Rev. Kigali, 2022');
    expect(doc.history.map(({ place, year }) => `${place} ${year}`)).toEqual([
      'Hyderabad 2010',
      'Dubai 2014',
      'Kigali 2022',
    ]);
  });

  it('is no header of a history line of one version in brackets below it', () => {
    // "(Kigali, 2022)" names no revision: the history line of a first version, as before.
    const text = WTDC.en('a)\tthat telehealth matters.').replace(
      'RESOLUTION 65 (Rev. Kigali, 2022)',
      'RESOLUTION 65\n(Kigali, 2022)',
    );
    const doc = parse(text);
    expect(doc.revisionLabel).toBe('Kigali, 2022');
    expect(doc.identitySpans.history).not.toBeNull();
  });
});

describe('a history line broken in two', () => {
  const HISTORY = '(Hyderabad, 2010; Dubai, 2014; Buenos Aires, 2017)';
  const text = (history: string) =>
    WTDC.en('a)\tthat telehealth matters.').replace('Telehealth for all\n', `Telehealth for all\n${history}\n`);
  const expected = [
    { place: 'Hyderabad', year: 2010 },
    { place: 'Dubai', year: 2014 },
    { place: 'Buenos Aires', year: 2017 },
  ];

  it.each([
    ['after a separator', '(Hyderabad, 2010; Dubai, 2014;\nBuenos Aires, 2017)'],
    ['inside a place', '(Hyderabad, 2010; Dubai, 2014; Buenos\nAires, 2017)'],
    ['at a hyphen', '(Hyderabad, 2010; Dubai, 2014; Buenos-\nAires, 2017)'],
    ['before a year', '(Hyderabad, 2010; Dubai,\n2014; Buenos Aires, 2017)'],
  ])('is read whole, broken %s', (_where, history) => {
    expect(parse(text(HISTORY)).history.map(({ place, year }) => ({ place, year }))).toEqual(expected);
    expect(parse(text(history)).history.map(({ place, year }) => ({ place, year }))).toEqual(expected);
  });
});

describe('a citation broken at a hyphen inside its bracket', () => {
  it.each([
    ['ru', 'a)\tРезолюцию 130 (Пересм. Буэнос-\nАйрес, 2017 г.) Полномочной конференции;', 'Buenos Aires 2017'],
    [
      'fr',
      'a)\tla Résolution 130 (Rév. Buenos-\nAires, 2017) de la Conférence de plénipotentiaires;',
      'Buenos Aires 2017',
    ],
    [
      'es',
      'a)\tla Resolución 130 (Rev. Buenos-\nAires, 2017) de la Conferencia de Plenipotenciarios;',
      'Buenos Aires 2017',
    ],
    [
      'en',
      'a)\tResolution 130 (Rev. Sharm el-\nSheikh, 2017) of the Plenipotentiary Conference;',
      'Sharm el-Sheikh 2017',
    ],
    ['zh', 'a)\t全权代表大会第130号决议（2018年，迪\n拜，修订版）；', 'Dubai 2018'],
  ] as const)('%s: reads the revision at its place (%j)', (language, item, revision) => {
    expect(cited(WTDC[language](item))).toEqual([`PP 130 (${revision})`]);
  });
});
