/**
 * Items numbered in roman numerals: "encourages Member States" above "i) …;", "ii) …;", "iii) …". Before, only "i)"
 * was a label (the ninth letter), and "ii)" and the items after it were text of the item before. A numeral of several
 * letters is a label only where it follows the numeral before it at the end of a list of numerals (the section's, or
 * the one inside its last item), so that a wrapped line that opens with one stays text, and letters stay letters.
 * Texts written for these tests; those in other languages start as the fixtures do.
 */
import type { ParsedResolution } from '.';
import { fixtureBefore, parseLines as parse, WTDC_HEAD } from '../test/support/resolution-lines';

const RECALLING = [
  'recalling',
  'a)\tResolution 7 (Rev. Kigali, 2022) of the World Telecommunication Development Conference,',
];
const ENCOURAGES = 'encourages Member States';

/** The items of the last instruction of a kind, as labels and texts. */
const items = (doc: ParsedResolution, kind?: string): [string | null, string][] =>
  (kind ? doc.instructions.findLast((i) => i.kind === kind) : doc.instructions.at(-1))?.items.map((i) => [
    i.label,
    i.text,
  ]) ?? [];
const labels = (doc: ParsedResolution, kind?: string): (string | null)[] => items(doc, kind).map(([l]) => l);
const codes = (doc: ParsedResolution): string[] => doc.diagnostics.map((d) => d.code);
/** Items labelled so, each ending with ";" but the last, with ".". */
const itemLines = (list: readonly string[], text = (l: string) => `to act on point ${l}`, tab = '\t'): string[] =>
  list.map((l, k) => `${l})${tab}${text(l)}${k === list.length - 1 ? '.' : ';'}`);
const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv'];
const LATER = ['xvi', 'xvii', 'xviii', 'xix', 'xx', 'xxi'];

describe('items numbered in roman numerals', () => {
  it('are each an item of the section, as letters are', () => {
    const doc = parse([
      ...WTDC_HEAD,
      ...RECALLING,
      ENCOURAGES,
      'i)\tto include e-health in their national broadband plans;',
      'ii)\tto cooperate with the health sector in their countries;',
      'iii)\tto share their experience;',
      'iv)\tto report to the next conference.',
    ]);
    expect(items(doc)).toEqual([
      ['i', 'to include e-health in their national broadband plans;'],
      ['ii', 'to cooperate with the health sector in their countries;'],
      ['iii', 'to share their experience;'],
      ['iv', 'to report to the next conference.'],
    ]);
    expect(codes(doc)).toEqual([]);
  });

  it('go on past xv, the numerals of one letter ("v", "x") read as letters between them', () => {
    const doc = parse([...WTDC_HEAD, ...RECALLING, ENCOURAGES, ...itemLines([...ROMAN, ...LATER])]);
    expect(labels(doc)).toEqual([...ROMAN, ...LATER]);
    expect(codes(doc)).toEqual([]);
  });

  it('are items in French, Spanish and Russian texts, which number them so too', () => {
    const texts = [
      ['fr-resolution.txt', /^invite les États Membres/u, 'invite les États Membres', 'à envisager le point'],
      ['es-resolution.txt', /^invita a los Estados Miembros/u, 'invita a los Estados Miembros', 'a que consideren'],
      ['ru-resolution.txt', /^предлагает/u, 'предлагает Государствам-Членам', 'рассмотреть вопрос'],
    ] as const;
    for (const [file, first, heading, text] of texts) {
      const doc = parse([...fixtureBefore(file, first), heading, ...itemLines(ROMAN.slice(0, 4), () => text)]);
      expect([file, labels(doc)]).toEqual([file, ['i', 'ii', 'iii', 'iv']]);
      expect([file, codes(doc)]).toEqual([file, []]);
    }
  });

  it('are items where a PDF printed spaces for the tab, the lines broken at a width', () => {
    // The lines above "ii)" and "iii)" are as long as the width: only the numeral and the semicolon before it show
    // that a new paragraph starts there.
    const doc = parse([
      ...WTDC_HEAD,
      'recalling',
      'a) Resolution 7 (Rev. Kigali, 2022) of the World Telecommunication',
      'Development Conference,',
      ENCOURAGES,
      'i) to include e-health and telemedicine services in their national',
      'broadband plans and in their national health strategies for all;',
      'ii) to cooperate with the health sector in their countries, in',
      'particular with the ministries in charge of health, as usual; and',
      'iii) to share their experience with other Member States.',
    ]);
    expect(items(doc)).toEqual([
      [
        'i',
        'to include e-health and telemedicine services in their national broadband plans and in their national ' +
          'health strategies for all;',
      ],
      [
        'ii',
        'to cooperate with the health sector in their countries, in particular with the ministries in charge of health, as usual; and',
      ],
      ['iii', 'to share their experience with other Member States.'],
    ]);
  });

  it('may each hold a list of letters, which the next numeral ends, "v" too', () => {
    const doc = parse([
      ...WTDC_HEAD,
      ...RECALLING,
      ENCOURAGES,
      ...itemLines(['i', 'ii', 'iii']).map((l) => l.replace(/\.$/u, ';')),
      'iv)\tto assist health authorities in:',
      'a)\tdeveloping national e-health strategies;',
      'b)\timplementing interoperable systems;',
      'v)\tto cooperate with the health sector;',
      'vi)\tto report to the next conference.',
    ]);
    expect(labels(doc)).toEqual(['i', 'ii', 'iii', 'iv', 'v', 'vi']);
    expect(items(doc)[3]?.[1].split('\n')).toHaveLength(3);
  });

  it('"i) …:" holds a list of letters, up to "ii)" ("j)" no item after it)', () => {
    const doc = parse([
      ...WTDC_HEAD,
      ...RECALLING,
      ENCOURAGES,
      'i)\tto assist health authorities in:',
      ...[...'abcdefghij'].map((l) => `${l})\tpoint ${l};`),
      'ii)\tto report to the next conference.',
    ]);
    expect(items(doc).map(([l, t]) => [l, t.split('\n').length])).toEqual([
      ['i', 11],
      ['ii', 1],
    ]);
    expect(codes(doc)).toEqual([]);
  });

  it('are no label where a wrapped line opens with the next numeral, the line above ending no clause', () => {
    const doc = parse([
      ...WTDC_HEAD,
      ...RECALLING,
      ENCOURAGES,
      'i)\tto apply the options in items',
      '(ii) and (iii) of paragraph 2 to be applied by Member States;',
      'ii)\tto report.',
    ]);
    expect(items(doc)).toEqual([
      ['i', 'to apply the options in items\n(ii) and (iii) of paragraph 2 to be applied by Member States;'],
      ['ii', 'to report.'],
    ]);
  });

  it.each([
    ['start again below a heading the lexicon does not list', 'i', 'ii'],
    ['start a section below a heading the lexicon does not list, after a section of letters', 'a', 'b'],
  ])('%s', (_, first, second) => {
    const doc = parse([
      ...WTDC_HEAD,
      'considering',
      `${first})\tthat telehealth needs networks;`,
      `${second})\tthat telehealth needs skills;`,
      'appreciating greatly',
      'i)\tthe work of ITU-D Study Group 2 on telehealth;',
      'ii)\tthe work of the World Health Organization,',
      'resolves',
      '1\tto continue the work on telehealth.',
    ]);
    const preamble = doc.clauses.filter((c) => c.part === 'preamble' && c.label !== null);
    expect(preamble.map((c) => c.address)).toEqual([
      `preamble/considering/${first}`,
      `preamble/considering/${second}`,
      'preamble/unlisted/i',
      'preamble/unlisted/ii',
    ]);
    expect(codes(doc)).toEqual(['HEADING_UNLISTED']);
  });
});

describe('roman numerals where they number no item (as before)', () => {
  it('a wrapped line that opens with one stays text of the item it is in', () => {
    for (const [first, wrapped] of [
      ['a)\tto apply the options in items', '(ii) and (iii) of paragraph 2 to be applied by Member States;'],
      ['a)\tto carry out the activities', 'iv. to vi. of the strategic plan;'],
    ] as const) {
      const doc = parse([...WTDC_HEAD, ...RECALLING, ENCOURAGES, first, wrapped, 'b)\tto report.']);
      expect(items(doc)).toEqual([
        ['a', `${first.slice(3)}\n${wrapped}`],
        ['b', 'to report.'],
      ]);
      expect(codes(doc)).toEqual([]);
    }
  });

  it('a wrapped line that opens with the next numeral and names more stays text, after a comma or a semicolon', () => {
    for (const [first, wrapped] of [
      ['i)\tto apply the options in items i),', 'ii) and iii) of paragraph 2;'],
      ['i)\tto apply the options in the plan;', 'ii) and iii) above are to be read together;'],
    ] as const) {
      const doc = parse([...WTDC_HEAD, ...RECALLING, ENCOURAGES, first, wrapped, 'ii)\tto report.']);
      expect(items(doc)).toEqual([
        ['i', `${first.slice(3)}\n${wrapped}`],
        ['ii', 'to report.'],
      ]);
    }
  });

  it('"j)" after a list of letters under the only item "i) …:" is the next letter, where no "ii)" follows', () => {
    const doc = parse([
      ...WTDC_HEAD,
      'recalling',
      'a)\tthat a;',
      'considering further',
      'i)\tthat the following apply:',
      'a)\tnetworks;',
      'b)\tskills;',
      'j)\tthat telehealth needs standards,',
      'resolves',
      '1\tto continue the work on telehealth.',
    ]);
    const clauses = doc.clauses.filter((c) => c.address.startsWith('preamble/considering-further/'));
    expect(clauses.map((c) => c.address)).toEqual(['preamble/considering-further/i', 'preamble/considering-further/j']);
  });

  it('a list inside the ninth letter "i) …:", or "v) …:" or "x) …:", is that item’s text up to the next letter', () => {
    for (const [parent, sub] of [
      ['i', 2],
      ['v', 7],
      ['x', 11],
    ] as const) {
      const letters = 'abcdefghijklmnopqrstuvwxyz';
      const before = [...letters.slice(0, letters.indexOf(parent))];
      const after = letters.charAt(letters.indexOf(parent) + 1);
      const doc = parse([
        ...WTDC_HEAD,
        ...RECALLING,
        ENCOURAGES,
        ...before.map((l) => `${l})\tto act on point ${l};`),
        `${parent})\tto act on the following, namely:`,
        ...ROMAN.slice(0, sub).map((n) => `${n})\tsub-point ${n};`),
        `${after})\tto report.`,
      ]);
      expect(labels(doc)).toEqual([...before, parent, after]);
      expect(items(doc).at(-2)?.[1].split('\n')).toHaveLength(sub + 1);
      expect(codes(doc)).toEqual([]);
    }
  });

  it('a list inside an item of numbers or letters is that item’s text', () => {
    for (const [first, second] of [
      ['1', '2'],
      ['b', 'c'],
    ] as const) {
      const tab = first === '1' ? '\t' : ')\t';
      const doc = parse([
        ...WTDC_HEAD,
        ...RECALLING,
        'resolves to instruct the Director of the Telecommunication Development Bureau',
        ...(first === 'b' ? ['a)\tto act;'] : []),
        `${first}${tab}to assist Member States in:`,
        'i)\tdeveloping national e-health strategies;',
        'ii)\timplementing interoperable systems;',
        'iii)\ttraining health workers;',
        `${second}${tab}to report to the next conference.`,
      ]);
      expect(items(doc, 'INSTRUCTS').map(([l, t]) => [l, t.split('\n').length])).toEqual([
        ...(first === 'b' ? [['a', 1]] : []),
        [first, 4],
        [second, 1],
      ]);
      expect(codes(doc)).toEqual([]);
    }
  });

  it('a heading the lexicon does not list is found above letters after a section or list of numerals', () => {
    for (const body of [
      ['i)\tthat telehealth needs networks;', 'ii)\tthat telehealth needs skills;'],
      ['a)\tthat telehealth needs the following:', 'i)\tnetworks;', 'ii)\tskills;', 'iii)\tstandards;'],
    ]) {
      const doc = parse([
        ...WTDC_HEAD,
        'considering',
        ...body,
        'appreciating greatly',
        'a)\tthe work of ITU-D Study Group 2 on telehealth;',
        'b)\tthe work of the World Health Organization,',
        'resolves',
        '1\tto continue the work on telehealth.',
      ]);
      expect(doc.clauses.filter((c) => c.address.startsWith('preamble/unlisted/')).map((c) => c.label)).toEqual([
        'a',
        'b',
      ]);
      expect(codes(doc)).toEqual(['HEADING_UNLISTED']);
    }
  });

  it('letters that are numerals too stay letters in a list of letters', () => {
    const letters = [...'abcdefghijklmnopqrstuvwxyz'];
    const doc = parse([...WTDC_HEAD, ...RECALLING, ENCOURAGES, ...itemLines(letters)]);
    expect(labels(doc)).toEqual(letters);
    // "v)" after a list of numerals inside "u) …:" is the next letter, as before.
    const sub = parse([
      ...WTDC_HEAD,
      ...RECALLING,
      ENCOURAGES,
      ...itemLines(letters.slice(0, 20)).map((l) => l.replace(/\.$/u, ';')),
      'u)\tto act on the following:',
      ...ROMAN.slice(0, 4).map((n) => `${n})\tsub-point ${n};`),
      'v)\tto report.',
    ]);
    expect(labels(sub)).toEqual(letters.slice(0, 22));
  });
});
