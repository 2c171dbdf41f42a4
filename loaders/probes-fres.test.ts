/**
 * What French, Spanish and Arabic resolutions write that the fixtures do not: found by reading texts written in the
 * style of ITU's official French, Spanish and Arabic Plenipotentiary, WTDC and WTSA resolutions on e-health, and
 * comparing what the loaders read with what the texts say. Texts written for these tests.
 */
import { parseDocument } from '.';
import type { ParsedResolution } from '.';
import { citedResolutions, parseResolutionText } from '../test/support/resolution-mentions';
import { WTDC } from '../test/support/wtdc-texts';

const parse = (text: string): ParsedResolution =>
  parseDocument({ file: 'probe.txt', content: Buffer.from(text, 'utf8') }) as ParsedResolution;

/** The ITU resolutions the document cites, as "BODY N (place year)". */
const cited = (text: string): string[] => citedResolutions(parseResolutionText(text, 'probe.txt'));

describe('an Arabic list of resolutions, each with its own revision', () => {
  it('reads every member, the second written with its conjunction ("و123 (المراجَع في دبي، 2018)")', () => {
    const item = 'أ )\tبالقرارين 64 (المراجَع في بوخارست، 2022) و123 (المراجَع في دبي، 2018) لمؤتمر المندوبين المفوضين؛';
    expect(cited(WTDC.ar(item))).toEqual(['PP 64 (Bucharest 2022)', 'PP 123 (Dubai 2018)']);
  });

  it('reads no more members where the next number has no revision ("و12 قراراً آخر")', () => {
    const item = 'أ )\tبالقرار 45 (المراجَع في كيغالي، 2022) و12 قراراً آخر لمؤتمر المندوبين المفوضين؛';
    expect(cited(WTDC.ar(item))).toEqual(['WTDC 45 (Kigali 2022)']);
  });
});

/** The document's sections, as "key:items". */
const sections = (text: string): string[] => parse(text).sections.map((s) => `${s.key}:${s.itemCount}`);

describe('preamble headings of the French, Spanish and Arabic texts', () => {
  // Each after a first section ("rappelant", "recordando", "إذ يذكّر") holding a body, and before a body of its own.
  it.each([
    ['fr', 'notant avec appréciation', 'noting'],
    ['fr', 'prenant note avec satisfaction', 'noting'],
    ['fr', 'profondément préoccupée', 'concerned'],
    ['fr', 'reconnaissant par ailleurs', 'recognizing-further'],
    ['es', 'observando con agradecimiento', 'noting'],
    ['es', 'tomando nota con satisfacción', 'noting'],
    ['ar', 'وإذ يلاحظ مع الارتياح', 'noting'],
    ['ar', 'وإذ يلاحظ مع التقدير', 'noting'],
    ['ar', 'وإذ يحيط علماً مع الارتياح', 'noting'],
    ['ar', 'وإذ يأخذ في الحسبان كذلك', 'taking-into-account'],
    ['ar', 'وإذ يساوره بالغ القلق', 'concerned'],
    ['ar', 'وإذ يعترف أيضاً', 'recognizing-further'],
    ['ar', 'وإذ يدرك تماماً', 'aware'],
  ] as const)('%s: "%s" heads a section (%s), not more text of the one above', (language, heading, key) => {
    const first = {
      fr: 'la Résolution 183 de la Conférence de plénipotentiaires,',
      es: 'la Resolución 183,',
      ar: 'بالقرار 183،',
    };
    const body = { fr: "les travaux de l'OMS,", es: 'la labor de la OMS,', ar: 'أعمال منظمة الصحة العالمية،' };
    expect(sections(WTDC[language](`${first[language]}\n${heading}\n${body[language]}`))).toEqual([
      'recalling:0',
      `${key}:0`,
      'resolves-1:0',
    ]);
  });

  it('reads the Arabic items below "وإذ يلاحظ مع الارتياح" as its own, not as items of the section above', () => {
    const text = WTDC.ar(
      'بالقرار 183،\nوإذ يلاحظ مع الارتياح\nأ )\tأعمال لجنة الدراسات 16؛\nب )\tهدف التنمية المستدامة 3،',
    );
    expect(sections(text)).toEqual(['recalling:0', 'noting:2', 'resolves-1:0']);
  });

  it('reads a line that opens with such words and goes on as text, not as a heading', () => {
    const text = WTDC.fr(
      'la Résolution 183 de la Conférence de plénipotentiaires,\nnotant avec appréciation les travaux de l’OMS,',
    );
    expect(sections(text)).toEqual(['recalling:0', 'resolves-1:0']);
  });
});

describe('the WHO Global Strategy on Digital Health as Spanish texts write it', () => {
  const keys = (item: string): string[] =>
    parse(WTDC.es(item)).clauses.flatMap((c) => c.mentions.flatMap((m) => ('key' in m.entity ? [m.entity.key] : [])));

  it.each([
    'a)\tla Estrategia mundial sobre salud digital 2020-2025,',
    'a)\tla Estrategia mundial de la OMS sobre salud digital,',
    'a)\tla Estrategia mundial sobre salud digital de la OMS,',
  ])('names it in sentence case: %s', (item) => {
    expect(keys(item)).toContain('who-global-strategy-on-digital-health');
  });

  it('names no strategy of WHO in "una estrategia mundial sobre salud digital"', () => {
    expect(keys('a)\tla necesidad de una estrategia mundial sobre salud digital,')).not.toContain(
      'who-global-strategy-on-digital-health',
    );
  });
});
