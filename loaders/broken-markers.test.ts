/**
 * An operative heading broken after the words of a shorter marker: "resolves" on a line of its own, then "to
 * instruct the Director …, in collaboration with …" on the next. Before, "resolves" read as a heading with the
 * next line as its first text, and the instruction to the Director was lost without a word; the Chinese
 * "做出决议" / "责成…" failed the whole document with SECTION_EMPTY. Texts written for these
 * tests; the French, Spanish and Russian ones start as the fixtures do.
 */
import {
  WTDC_PREAMBLE,
  fixtureBefore,
  instructionAddresses,
  instructionParts,
  parseLines as parse,
  partyKeys as keys,
} from '../test/support/resolution-lines';

const ENGLISH_PREAMBLE = WTDC_PREAMBLE;

const ITEMS = ['1\tto assist Member States in planning telehealth networks;', '2\tto report on the progress made.'];

const sections = instructionAddresses;

describe('an operative heading broken after the words of a shorter marker', () => {
  it('is one heading: its instruction, addressees, collaborators and items', () => {
    const doc = parse([
      ...ENGLISH_PREAMBLE,
      'resolves',
      'to instruct the Director of the Telecommunication Development Bureau, in collaboration with the Director of the Telecommunication Standardization Bureau,',
      ...ITEMS,
    ]);
    expect(sections(doc)).toEqual(['INSTRUCTS resolves-to-instruct-1']);
    expect(instructionParts(doc, 'INSTRUCTS')).toEqual([
      ['director-bdt'],
      ['director-tsb'],
      ['to assist Member States in planning telehealth networks;', 'to report on the progress made.'],
    ]);
    // The heading is both lines, as written; no clause holds the second line as text.
    const heading = doc.sections.find((s) => s.key === 'resolves-to-instruct-1')?.heading;
    expect(heading).toMatch(/^resolves\nto instruct the Director of the Telecommunication Development Bureau/u);
    expect(doc.clauses.some((c) => c.text.startsWith('to instruct'))).toBe(false);
    expect(doc.diagnostics).toEqual([]);
  });

  it('is one heading whose body is the text below it, and whose addressees go on while unfinished', () => {
    const doc = parse([
      ...ENGLISH_PREAMBLE,
      'resolves',
      'to invite Member States (in particular developing',
      'countries)',
      'to share their experience of telehealth.',
    ]);
    expect(sections(doc)).toEqual(['INVITES resolves-to-invite-1']);
    expect(keys(doc.instructions[0], 'addressees')).toEqual(['member-states']);
    expect(doc.instructions[0]?.items.map((i) => i.text)).toEqual(['to share their experience of telehealth.']);
  });

  it('reads French, Spanish and Russian alike', () => {
    const cases: [string, RegExp, string, string, string][] = [
      [
        'fr-resolution.txt',
        /^décide de charger/u,
        'décide',
        'de charger le Directeur du Bureau de développement des télécommunications',
        '1\tde poursuivre les travaux sur la télésanté.',
      ],
      [
        'es-resolution.txt',
        /^resuelve encargar/u,
        'resuelve',
        'encargar al Director de la Oficina de Desarrollo de las Telecomunicaciones',
        '1\tque prosiga los trabajos sobre la telesalud.',
      ],
      [
        'ru-resolution.txt',
        /^решает поручить/u,
        'решает',
        'поручить Директору Бюро развития электросвязи',
        '1\tпродолжать работу в области телемедицины.',
      ],
    ];
    for (const [fixture, first, marker, rest, item] of cases) {
      const doc = parse([...fixtureBefore(fixture, first), marker, rest, item]);
      expect([fixture, sections(doc)]).toEqual([fixture, ['INSTRUCTS resolves-to-instruct-1']]);
      expect([fixture, keys(doc.instructions[0], 'addressees')]).toEqual([fixture, ['director-bdt']]);
    }
  });

  it('reads Chinese, whose marker writes a comma where the line broke: "做出决议" / "责成…"', () => {
    const start = fixtureBefore('zh-pp-resolution.txt', /^做出决议，责成/u);
    const doc = parse([
      ...start,
      '做出决议',
      '责成电信发展局主任与电信标准化局主任密切合作',
      '1\t继续协助各成员国制定国家电子卫生战略。',
    ]);
    expect(sections(doc)).toEqual(['INSTRUCTS resolves-to-instruct-1']);
    expect(instructionParts(doc, 'INSTRUCTS')).toEqual([
      ['director-bdt'],
      ['director-tsb'],
      ['继续协助各成员国制定国家电子卫生战略。'],
    ]);
    // A heading the marker makes no longer one with ("要求", requests): an empty section, as it reads.
    expect(() => parse([...start, '做出决议', '要求秘书长', '1\t向理事会提交报告。'])).toThrow(
      expect.objectContaining({ code: 'SECTION_EMPTY' }),
    );
  });

  it('is not made of a marker and a heading of its own: "resolves" above "instructs …" is an empty section', () => {
    expect(() =>
      parse([
        ...ENGLISH_PREAMBLE,
        'resolves',
        'instructs the Director of the Telecommunication Development Bureau',
        ...ITEMS,
      ]),
    ).toThrow(expect.objectContaining({ code: 'SECTION_EMPTY' }));
  });

  it('leaves "resolves" with its own text where the next line opens no longer marker', () => {
    const doc = parse([
      ...ENGLISH_PREAMBLE,
      'resolves',
      'to continue the work on telehealth, in collaboration with WHO.',
    ]);
    expect(sections(doc)).toEqual(['RESOLVES resolves-1']);
    expect(doc.instructions[0]?.items.map((i) => i.text)).toEqual([
      'to continue the work on telehealth, in collaboration with WHO.',
    ]);
  });
});
