/**
 * Section headings the lexicon does not list ("expressing satisfaction", "approves"), and item labels that come
 * again. Before, such a heading was read as the last line of the item above it, the items below it as more items of
 * the section above, and two clauses got the same address; where it was the first heading, the text failed with
 * ITEM_WITHOUT_HEADING. Texts written for these tests; the Chinese and Russian ones start as the fixtures do.
 */
import type { ParsedResolution } from '.';
import { fixtureBefore, fixtureLines, parseLines as parse, WTDC_HEAD } from '../test/support/resolution-lines';

const RECALLING = [
  'recalling',
  'a)\tResolution 7 (Rev. Kigali, 2022) of the World Telecommunication Development Conference;',
  'b)\tthe work of ITU-D Study Group 2 on telehealth,',
];
const UNLISTED = [
  'expressing satisfaction',
  'a)\twith the progress of telehealth pilots in developing countries;',
  'b)\twith the cooperation between ITU and the World Health Organization,',
];
const RESOLVES = ['resolves', '1\tto continue the work on telehealth;', '2\tto report on the progress made.'];

const sections = (doc: ParsedResolution): string[] => doc.sections.map((s) => `${s.key}:${s.itemCount}`);
const codes = (doc: ParsedResolution): [string, number][] => doc.diagnostics.map((d) => [d.code, d.line]);
const text = (doc: ParsedResolution, address: string): string | undefined =>
  doc.clauses.find((c) => c.address === address)?.text;
const addresses = (doc: ParsedResolution): string[] => doc.clauses.map((c) => c.address);

describe('a line of its own where a section heading stands, which the lexicon does not list', () => {
  it('heads a section of its own when the items below it start again', () => {
    const doc = parse([...WTDC_HEAD, ...RECALLING, ...UNLISTED, ...RESOLVES]);
    expect(sections(doc)).toEqual(['recalling:2', 'unlisted:2', 'resolves-1:2']);
    expect(doc.sections[1]).toMatchObject({ part: 'preamble', marker: 'unlisted', heading: 'expressing satisfaction' });
    // The item above ends where it did; the heading is a clause of its own, and its items have their own addresses.
    expect(text(doc, 'preamble/recalling/b')).toBe('the work of ITU-D Study Group 2 on telehealth,');
    expect(text(doc, 'preamble/unlisted')).toBe('expressing satisfaction');
    expect(text(doc, 'preamble/unlisted/b')).toMatch(/^with the cooperation/);
    expect(new Set(addresses(doc)).size).toBe(doc.clauses.length);
    // What its items name is read as anywhere else.
    const named = doc.clauses.find((c) => c.address === 'preamble/unlisted/b')?.mentions.map((m) => m.entity);
    expect(named).toEqual(expect.arrayContaining([expect.objectContaining({ key: 'who' })]));
    expect(codes(doc)).toEqual([['HEADING_UNLISTED', 7]]);
    expect(doc.diagnostics[0]?.message).toContain("'expressing satisfaction'");
  });

  it('heads the first section, where the text failed before', () => {
    const doc = parse([...WTDC_HEAD, ...UNLISTED, ...RESOLVES]);
    expect(sections(doc)).toEqual(['unlisted:2', 'resolves-1:2']);
    expect(codes(doc)).toEqual([['HEADING_UNLISTED', 4]]);
  });

  it('in the operative part, heads a section that is no instruction (its kind is unknown)', () => {
    const doc = parse([
      ...WTDC_HEAD,
      ...RECALLING,
      ...RESOLVES,
      'approves',
      '1\tthe plan of action;',
      '2\tits budget.',
    ]);
    expect(sections(doc)).toEqual(['recalling:2', 'resolves-1:2', 'unlisted-1:2']);
    expect(doc.sections[2]?.part).toBe('operative');
    expect(doc.instructions.map((i) => i.address)).toEqual(['resolves-1']);
    expect(text(doc, 'unlisted-1/item-2')).toBe('its budget.');
    expect(text(doc, 'resolves-1/item-2')).toBe('to report on the progress made.');
    expect(codes(doc)).toEqual([['HEADING_UNLISTED', 10]]);
  });

  it('is read in scripts without case too (Chinese)', () => {
    const start = fixtureBefore('zh-pp-resolution.txt', /^认识到/);
    const rest = fixtureLines('zh-pp-resolution.txt').slice(start.length);
    const doc = parse([
      ...start,
      '表示满意',
      'a)\t试点项目取得的进展；',
      'b)\t国际电联与世界卫生组织之间的合作，',
      ...rest,
    ]);
    const keys = doc.sections.map((s) => s.key);
    expect(keys.slice(0, 3)).toEqual(['considering', 'unlisted', 'recognizing']);
    expect(doc.sections[1]?.itemCount).toBe(2);
    expect(codes(doc)).toContainEqual(['HEADING_UNLISTED', start.length + 1]);
  });

  it('is read in Arabic, where items end with the Arabic comma and semicolon', () => {
    const start = fixtureBefore('ar-resolution.txt', /^وإذ تلاحظ$/);
    const rest = fixtureLines('ar-resolution.txt').slice(start.length);
    const added = ['وإذ تعرب عن ارتياحها', 'أ)\tبالتقدم المحرز؛', 'ب)\tبالتعاون مع منظمة الصحة العالمية،'];
    const doc = parse([...start, ...added, ...rest]);
    expect(doc.sections.map((s) => `${s.key}:${s.itemCount}`).slice(0, 3)).toEqual([
      'recalling:3',
      'unlisted:2',
      'noting:2',
    ]);
    expect(codes(doc)).toContainEqual(['HEADING_UNLISTED', start.length + 1]);
  });

  it("is counted in each part: the operative part's first is unlisted-1", () => {
    const doc = parse([...WTDC_HEAD, ...UNLISTED, ...RESOLVES, 'approves', '1\tthe plan of action;', '2\tits budget.']);
    expect(sections(doc)).toEqual(['unlisted:2', 'resolves-1:2', 'unlisted-1:2']);
  });

  it('is read in Russian, in lower case', () => {
    const start = fixtureBefore('ru-resolution.txt', /^отмечая/);
    const rest = fixtureLines('ru-resolution.txt').slice(start.length);
    const doc = parse([...start, 'одобряя', 'a)\tход пилотных проектов;', 'b)\tсотрудничество МСЭ и ВОЗ,', ...rest]);
    expect(doc.sections.map((s) => s.key).slice(0, 3)).toEqual(['recalling', 'unlisted', 'noting']);
    expect(codes(doc)).toContainEqual(['HEADING_UNLISTED', start.length + 1]);
  });
});

describe('what is not a heading the lexicon does not list', () => {
  it('a line that wraps an item, the next item following in order', () => {
    const doc = parse([
      ...WTDC_HEAD,
      'recalling',
      'a)\tthe work of ITU-D Study Group 2',
      'on telehealth;',
      'b)\tResolution 7,',
      ...RESOLVES,
    ]);
    expect(sections(doc)).toEqual(['recalling:2', 'resolves-1:2']);
    expect(text(doc, 'preamble/recalling/a')).toBe('the work of ITU-D Study Group 2\non telehealth;');
    expect(codes(doc)).toEqual([]);
  });

  it.each([
    ['after a clause not ended', ['a)\tthe work of ITU-D Study Group 2 on', 'telehealth']],
    ['written with a capital', ['a)\tthe work of ITU-D Study Group 2;', 'Telehealth pilots']],
    ['with punctuation', ['a)\tthe work of ITU-D Study Group 2;', 'as follows:']],
    [
      'longer than a heading',
      ['a)\tthe work of ITU-D Study Group 2;', 'and the many pilots run in the regions since then'],
    ],
  ])('a line %s, above items that start again: they stay in the section, with addresses of their own', (_, lines) => {
    const doc = parse([...WTDC_HEAD, 'recalling', ...lines, 'a)\tResolution 7;', 'b)\tResolution 8,', ...RESOLVES]);
    expect(sections(doc)).toEqual(['recalling:3', 'resolves-1:2']);
    expect(addresses(doc).filter((a) => a.startsWith('preamble/recalling/'))).toEqual([
      'preamble/recalling/a',
      'preamble/recalling/a-2',
      'preamble/recalling/b',
    ]);
    expect(codes(doc)).toEqual([['ITEM_LABEL_REPEATED', WTDC_HEAD.length + 1 + lines.length + 1]]);
  });

  it.each(['in cooperation with WHO', 'in particular', 'or', 'and'])(
    'a line that joins what is around it ("%s") above numbered items that start again',
    (line) => {
      const doc = parse([
        ...WTDC_HEAD,
        ...RECALLING,
        'instructs the Director of the Telecommunication Development Bureau',
        '1\tto support pilots;',
        '2\tto report on them;',
        line,
        '1\tto support networks;',
        '2\tto report on them.',
      ]);
      expect(sections(doc)).toEqual(['recalling:2', 'instructs-1:4']);
      expect(codes(doc).map(([code]) => code)).toEqual(['ITEM_LABEL_REPEATED', 'ITEM_LABEL_REPEATED']);
    },
  );

  // (After a colon, each is a list inside its item: see sub-lists.test.ts.)
  it('lettered lists after numbered items without a colon: each item its own address, the labels that come again named', () => {
    const doc = parse([
      ...WTDC_HEAD,
      ...RECALLING,
      'resolves',
      '1\tthat the following be studied,',
      'a)\ttelehealth networks;',
      'b)\ttelehealth services;',
      '2\tthat the following be reported,',
      'a)\tthe pilots;',
      'b)\tthe costs.',
    ]);
    expect(sections(doc)).toEqual(['recalling:2', 'resolves-1:6']);
    expect(addresses(doc).filter((a) => a.startsWith('resolves-1/'))).toEqual([
      'resolves-1/item-1',
      'resolves-1/item-a',
      'resolves-1/item-b',
      'resolves-1/item-2',
      'resolves-1/item-a-2',
      'resolves-1/item-b-2',
    ]);
    expect(codes(doc).map(([code]) => code)).toEqual(['ITEM_LABEL_REPEATED', 'ITEM_LABEL_REPEATED']);
  });
});

describe('the length of a line read as an unlisted heading', () => {
  // Its length is counted without the marks before it (the bullets of a web page's list): a line of many bullets and
  // short words is one; one whose words alone are too long is none, bullets or not.
  const bullets = '\u2022 '.repeat(40);
  it.each([
    [`${bullets}expressing satisfaction`, ['recalling:2', 'unlisted:2', 'resolves-1:2']],
    [`${bullets}${'expressing'.repeat(7)} satisfaction`, ['recalling:4', 'resolves-1:2']],
    [`${'expressing'.repeat(7)} satisfaction`, ['recalling:4', 'resolves-1:2']],
  ])('"%s"', (line, expected) => {
    const doc = parse([...WTDC_HEAD, ...RECALLING, line, ...UNLISTED.slice(1), ...RESOLVES]);
    expect(sections(doc)).toEqual(expected);
  });
});

describe('headings the lexicons list', () => {
  // The first preamble heading of a fixture, written instead with another heading of the same language.
  it.each([
    ['fr-resolution.txt', 'rappelant', 'réaffirmant', 'reaffirming'],
    ['fr-resolution.txt', 'rappelant', 'convaincue', 'convinced'],
    ['fr-resolution.txt', 'rappelant', 'notant avec satisfaction', 'noting'],
    ['es-resolution.txt', 'recordando', 'reafirmando', 'reaffirming'],
    ['es-resolution.txt', 'recordando', 'convencida', 'convinced'],
    ['ru-resolution.txt', 'напоминая', 'вновь подтверждая', 'reaffirming'],
    ['ru-resolution.txt', 'напоминая', 'будучи убеждена', 'convinced'],
    ['ru-resolution.txt', 'напоминая', 'отмечая с удовлетворением', 'noting'],
    ['ar-resolution.txt', 'إذ تذكّر', 'وإذ تؤكد من جديد', 'reaffirming'],
    ['zh-pp-resolution.txt', '考虑到', '重申', 'reaffirming'],
    ['zh-pp-resolution.txt', '考虑到', '深信', 'convinced'],
  ])('%s: "%s" written as "%s" is read as %s', (file, first, heading, key) => {
    const lines = fixtureLines(file);
    const at = lines.indexOf(first);
    expect(at).toBeGreaterThan(0);
    const doc = parse([...lines.slice(0, at), heading, ...lines.slice(at + 1)]);
    expect(doc.sections[0]).toMatchObject({ key, marker: key, heading });
    expect(doc.diagnostics.filter((d) => d.code === 'HEADING_UNLISTED')).toEqual([]);
  });

  it.each(['convinced', 'reaffirming', 'noting with satisfaction', 'keeping in mind', 'highlighting'])(
    'English: "%s"',
    (heading) => {
      const doc = parse([...WTDC_HEAD, heading, ...RECALLING.slice(1), ...RESOLVES]);
      expect(doc.sections[0]?.marker).not.toBe('unlisted');
      expect(doc.sections[0]?.heading).toBe(heading);
      expect(codes(doc)).toEqual([]);
    },
  );
});

describe('English operative headings with "further" or "also" after the verb', () => {
  it.each([
    [
      'resolves further to instruct the Director of the Telecommunication Development Bureau',
      'INSTRUCTS',
      'director-bdt',
    ],
    ['resolves also to invite Member States', 'INVITES', 'member-states'],
    ['requests further the Secretary-General', 'REQUESTS', 'secretary-general'],
    ['invites further Member States', 'INVITES', 'member-states'],
  ])('"%s" is an instruction of its kind, to its addressee', (heading, kind, addressee) => {
    const doc = parse([...WTDC_HEAD, ...RECALLING, ...RESOLVES, heading, '1\tto support telehealth pilots.']);
    const last = doc.instructions.at(-1);
    expect(last?.kind).toBe(kind);
    expect(last?.addressees.map((m) => ('key' in m.entity ? m.entity.key : ''))).toEqual([addressee]);
  });
});
