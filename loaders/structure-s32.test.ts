/**
 * Structure gaps found in reviews: an operative heading broken after a shorter marker whose second line holds the
 * body too. Texts written for these tests; the French one starts as the fixture does.
 */
import { parseDocuments } from '.';
import type { ParsedResolution } from '.';
import {
  WTDC_HEAD,
  WTDC_PREAMBLE,
  fixtureBefore,
  instructionAddresses,
  fixtureLines,
  parseLines as parse,
  partyKeys as keys,
} from '../test/support/resolution-lines';

const ENGLISH_PREAMBLE = WTDC_PREAMBLE;

const sections = instructionAddresses;
const bodies = (doc: ParsedResolution): string[][] => doc.instructions.map((i) => i.items.map((x) => x.text));

describe('an operative heading broken after a shorter marker, with its body on the second line', () => {
  it("is the longer marker's heading, its addressees and its body, where a full stop ends the line", () => {
    const doc = parse([
      ...ENGLISH_PREAMBLE,
      'resolves',
      'to invite Member States to participate in the work of ITU-D Study Group 2.',
    ]);
    expect(sections(doc)).toEqual(['INVITES resolves-to-invite-1']);
    expect(keys(doc.instructions[0], 'addressees')).toEqual(['member-states']);
    expect(bodies(doc)).toEqual([['to participate in the work of ITU-D Study Group 2.']]);
    expect(doc.sections.at(-1)?.heading).toBe('resolves\nto invite Member States');
    expect(doc.diagnostics).toEqual([]);
  });

  it('is so where a comma ends the line before the next heading', () => {
    const doc = parse([
      ...ENGLISH_PREAMBLE,
      'resolves',
      'to invite Member States to share their experience of telehealth,',
      'encourages Sector Members',
      '1\tto contribute to the studies.',
    ]);
    expect(sections(doc)).toEqual(['INVITES resolves-to-invite-1', 'ENCOURAGES encourages-1']);
    expect(bodies(doc)[0]).toEqual(['to share their experience of telehealth,']);
  });

  it('reads French alike', () => {
    const doc = parse([
      ...fixtureBefore('fr-resolution.txt', /^décide/u),
      'décide',
      "d'inviter les États Membres à participer aux travaux de la Commission d'études 2.",
    ]);
    expect(sections(doc)).toEqual(['INVITES resolves-to-invite-1']);
    expect(keys(doc.instructions[0], 'addressees')).toEqual(['member-states']);
    expect(bodies(doc)).toEqual([["à participer aux travaux de la Commission d'études 2."]]);
  });

  it.each([
    ['after a tab', '2\tto request the Director to report.'],
    ['after a space, as a PDF prints the tab', '2 to request the Director to report.'],
  ])('is not so where an item follows the second line (%s): the marker holds it', (_, item) => {
    const doc = parse([
      ...ENGLISH_PREAMBLE,
      'resolves',
      'to invite Member States to participate in the work of ITU-D Study Group 2.',
      item,
    ]);
    expect(sections(doc)).toEqual(['RESOLVES resolves-1']);
    expect(doc.instructions[0]?.addressees).toEqual([]);
    // Its text (body or item) opens with the invitation, as the text writes it.
    expect(doc.clauses.find((c) => c.address === 'resolves-1/body')?.text).toMatch(/^to invite Member States to /u);
  });

  it('leaves a resolves body that opens with no longer marker as it is', () => {
    const doc = parse([...ENGLISH_PREAMBLE, 'resolves', 'that Member States participate in the work of ITU-D.']);
    expect(sections(doc)).toEqual(['RESOLVES resolves-1']);
    expect(bodies(doc)).toEqual([['that Member States participate in the work of ITU-D.']]);
  });
});

describe("a footnote's mark on the header or the title", () => {
  const HEADER = 'RESOLUTION 40 (Rev. Kigali, 2022)';
  const REST = [
    ...WTDC_HEAD.slice(1),
    'recalling',
    'a)\tResolution 7 (Rev. Kigali, 2022) of the World Telecommunication Development Conference,',
    'resolves to instruct the Director of the Telecommunication Development Bureau',
    '1\tto report on the progress made.',
  ];
  const identity = (doc: ParsedResolution): unknown[] => [doc.number?.value, doc.year?.value, doc.place?.value];

  it.each([
    ['after a space', `${HEADER} *`],
    ['escaped as Markdown writes it', `${HEADER}\\*`],
    ['escaped, after a space', `${HEADER} \\*`],
    ['a dagger after a space', `${HEADER} \u2020`],
  ])('leaves the header as it is: %s', (_, header) => {
    const doc = parse([header, ...REST]);
    expect(identity(doc)).toEqual(['40', 2022, 'Kigali']);
    expect(doc.title?.value).toBe('Digital health services for remote communities');
  });

  // A number after the bracket is left out only where no other line is so written and the opening follows (see
  // header-number.test.ts); a title of more than six lines between leaves it unread.
  it.each([
    ['after a space', `${HEADER} 1`],
    ['right after the bracket', `${HEADER}1`],
  ])('is a number after the bracket (%s), left out where the opening follows', (_, header) => {
    expect(identity(parse([header, ...REST]))).toEqual(['40', 2022, 'Kigali']);
    const far = [header, 'a', 'b', 'c', 'd', 'e', 'f', ...REST.slice(1)];
    expect(() => parse(far)).toThrow(expect.objectContaining({ code: 'IDENTITY_MISSING' }));
  });

  it("reads a table of contents' page numbers as no footnotes: each resolution after it is read", () => {
    // Each entry a header and a title, its page number after a tab or a space; each resolution with its history.
    const TITLE_41 = 'The role of telecommunications in the management of electronic waste';
    const HISTORY = '(Doha, 2006; Hyderabad, 2010; Kigali, 2022)';
    const HEADER_41 = 'RESOLUTION 41 (Rev. Kigali, 2022)';
    const contents = ['Contents', `${HEADER}\t5`, REST[0] ?? '', `${HEADER_41} 7`, TITLE_41];
    const lines = [...contents, HEADER, REST[0] ?? '', HISTORY, ...REST.slice(1), HEADER_41, TITLE_41, HISTORY];
    const parts = parseDocuments({
      file: 'compilation.txt',
      content: Buffer.from([...lines, ...REST.slice(1), ''].join('\n')),
    });
    expect(parts.map((p) => p.ok && p.document.kind === 'resolution' && p.document.number.value)).toEqual(['40', '41']);
  });

  it('is no number of a header without a bracket to follow', () => {
    // "RESOLUTION 40 1": no header (the number after the space is no footnote's), so no identity.
    expect(() => parse(['RESOLUTION 40 1', ...REST])).toThrow(expect.objectContaining({ code: 'IDENTITY_MISSING' }));
  });

  it.each([
    ['after a space', ' *'],
    ['escaped as Markdown writes it', '\\*'],
    ['two, after a space', ' **'],
  ])('is left out of the title: %s', (_, mark) => {
    const doc = parse([HEADER, `${WTDC_HEAD[1] ?? ''}${mark}`, ...REST.slice(1)]);
    expect(doc.title?.value).toBe('Digital health services for remote communities');
  });

  it("keeps a number that ends a title: it may be the title's own", () => {
    const doc = parse([HEADER, 'Telecommunications for Sustainable Development Goal 3', ...REST.slice(1)]);
    expect(doc.title?.value).toBe('Telecommunications for Sustainable Development Goal 3');
  });
});

describe('a footnote on the header, below a rule, whose mark a PDF or Markdown set off', () => {
  const NOTE = 'This resolution is also of interest to the Radiocommunication Sector.';
  const text = (header: string, mark: string): string[] => [
    header,
    ...WTDC_HEAD.slice(1),
    'recalling',
    'a)\tResolution 7 (Rev. Kigali, 2022) of the World Telecommunication Development Conference;',
    '____________________',
    `${mark}\t${NOTE}`,
    'b)\tthe work of ITU-D Study Group 2 on telehealth,',
    'resolves to instruct the Director of the Telecommunication Development Bureau',
    '1\tto report on the progress made.',
  ];

  it.each([
    ['an asterisk after a space', 'RESOLUTION 40 (Rev. Kigali, 2022) *', '*'],
    ['an escaped asterisk', 'RESOLUTION 40 (Rev. Kigali, 2022)\\*', '\\*'],
    ['an escaped asterisk after a space', 'RESOLUTION 40 (Rev. Kigali, 2022) \\*', '\\*'],
  ])('is no text of the clauses: %s', (_, header, mark) => {
    const doc = parse(text(header, mark));
    expect(doc.number?.value).toBe('40');
    expect(doc.clauses.filter((c) => c.text.includes(NOTE) || c.text.includes('____'))).toEqual([]);
    expect(doc.clauses.filter((c) => c.section === 'recalling').map((c) => c.label)).toEqual([null, 'a', 'b']);
  });

  it('is not read where the text sets no such mark: the numbered line is an item', () => {
    const doc = parse(text('RESOLUTION 40 (Rev. Kigali, 2022)', '1'));
    expect(doc.clauses.filter((c) => c.section === 'recalling').map((c) => c.label)).toContain('1');
  });
});

describe('preamble headings of thanks and approval', () => {
  const OPERATIVE = [
    'resolves to instruct the Director of the Telecommunication Development Bureau',
    '1\tto report on the progress made.',
  ];
  const preamble = (doc: ParsedResolution): [string, string | null][] =>
    doc.clauses.filter((c) => c.address.startsWith('preamble/')).map((c) => [c.section, c.label]);

  it('head their own items in English, not the section above ("expressing its appreciation")', () => {
    const doc = parse([
      ...ENGLISH_PREAMBLE,
      'expressing its appreciation',
      'c)\tto the Member States that hosted the workshops;',
      'd)\tto WHO for its cooperation,',
      ...OPERATIVE,
    ]);
    expect(doc.sections.map((s) => s.key)).toEqual(['recalling', 'welcoming', 'resolves-to-instruct-1']);
    expect(preamble(doc).filter(([s]) => s === 'welcoming')).toEqual([
      ['welcoming', null],
      ['welcoming', 'c'],
      ['welcoming', 'd'],
    ]);
    expect(doc.diagnostics).toEqual([]);
  });

  it('head a body too, which an unlisted heading above no items cannot', () => {
    const doc = parse([
      ...ENGLISH_PREAMBLE,
      'expressing its appreciation',
      'to the Member States that hosted the workshops,',
      ...OPERATIVE,
    ]);
    expect(doc.sections.map((s) => s.key)).toEqual(['recalling', 'welcoming', 'resolves-to-instruct-1']);
    expect(doc.clauses.find((c) => c.address === 'preamble/recalling/b')?.text).toBe(
      'the work of ITU-D Study Group 2 on telehealth,',
    );
  });

  it('head their own items in French ("exprimant sa satisfaction", "se félicitant de")', () => {
    const doc = parse([
      ...fixtureBefore('fr-resolution.txt', /^notant/u),
      'exprimant sa satisfaction',
      'a)\taux États Membres qui ont accueilli les ateliers;',
      "b)\tà l'OMS pour sa coopération,",
      'se félicitant de',
      "a)\tle lancement de l'Initiative mondiale sur l'IA pour la santé;",
      'b)\tles travaux du Groupe spécialisé,',
      'décide de charger le Directeur du Bureau de la normalisation des télécommunications',
      '1\tde faire rapport sur les progrès accomplis.',
    ]);
    expect(doc.sections.map((s) => s.key)).toEqual(['recalling', 'welcoming', 'welcoming-2', 'resolves-to-instruct-1']);
    expect(preamble(doc).filter(([s]) => s.startsWith('welcoming'))).toEqual([
      ['welcoming', null],
      ['welcoming', 'a'],
      ['welcoming', 'b'],
      ['welcoming-2', null],
      ['welcoming-2', 'a'],
      ['welcoming-2', 'b'],
    ]);
    expect(doc.diagnostics).toEqual([]);
  });

  it.each([
    [
      'Spanish',
      'es-resolution.txt',
      /^observando$/u,
      'expresando su agradecimiento',
      ['a)\ta los Estados Miembros que acogieron los talleres;', 'b)\ta la OMS por su cooperación,'],
    ],
    [
      'Russian',
      'ru-resolution.txt',
      /^отмечая$/u,
      'выражая признательность',
      ['a)\tГосударствам-Членам, принимавшим семинары;', 'b)\tВОЗ за сотрудничество,'],
    ],
    [
      'Arabic',
      'ar-resolution.txt',
      /^وإذ تلاحظ$/u,
      'وإذ تعرب عن تقديرها',
      ['أ)\tللدول الأعضاء التي استضافت حلقات العمل؛', 'ب)\tلمنظمة الصحة العالمية على تعاونها،'],
    ],
    [
      'Chinese',
      'zh-pp-resolution.txt',
      /^认识到$/u,
      '表示赞赏',
      ['a)\t主办讲习班的成员国；', 'b)\t世界卫生组织的合作，'],
    ],
  ])('head their own items in %s', (_language, file, before, heading, items) => {
    const lines = fixtureLines(file);
    const at = lines.findIndex((l) => before.test(l));
    expect(at).toBeGreaterThan(0);
    lines.splice(at, 0, heading, ...items);
    const doc = parse(lines);
    const keys = doc.sections.map((s) => s.key);
    expect(keys[keys.indexOf('welcoming') - 1]).toBe(keys[0]);
    const labels = items.map((i) => i.slice(0, i.indexOf(')')));
    expect(preamble(doc).filter(([s]) => s === 'welcoming')).toEqual([
      ['welcoming', null],
      ...labels.map((l) => ['welcoming', l]),
    ]);
    expect(doc.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });
});
