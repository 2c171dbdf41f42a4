/**
 * Lists inside an item: an item that ends with a colon, above lines labelled in another series ("1 to assist
 * Member States, in particular:" above "a) …", "b) …"; "a) the following:" above "i) …", "ii) …"). Before, letters
 * under a number became items of the section, beside the numbers (and "a)" under each number got the address
 * `item-a-2`), and roman numerals under letters became an item "i" holding "ii)". Now the list is the item's text,
 * as a list of dashes already was. Texts written for these tests; those in other languages start as the fixtures
 * do.
 */
import type { ParsedResolution } from '.';
import { fixtureBefore, parseLines as parse, WTDC_HEAD } from '../test/support/resolution-lines';

const RECALLING = [
  'recalling',
  'a)\tResolution 7 (Rev. Kigali, 2022) of the World Telecommunication Development Conference,',
];
const INSTRUCTS = 'resolves to instruct the Director of the Telecommunication Development Bureau';

/** The items of the last instruction of a kind. */
const items = (doc: ParsedResolution, kind = 'INSTRUCTS'): [string | null, string][] =>
  doc.instructions.findLast((i) => i.kind === kind)?.items.map((i) => [i.label, i.text]) ?? [];
const codes = (doc: ParsedResolution): string[] => doc.diagnostics.map((d) => d.code);

describe('a list inside an item', () => {
  it('of letters under a number is the item’s text, and what it names is mentioned there', () => {
    const doc = parse([
      ...WTDC_HEAD,
      ...RECALLING,
      INSTRUCTS,
      '1\tto assist Member States, in particular:',
      'a)\tin planning telehealth networks, in liaison with the World Health Organization;',
      'b)\tin training health workers;',
      '2\tto report to the next conference.',
    ]);
    expect(items(doc)).toEqual([
      [
        '1',
        'to assist Member States, in particular:\na)\tin planning telehealth networks, in liaison with the World ' +
          'Health Organization;\nb)\tin training health workers;',
      ],
      ['2', 'to report to the next conference.'],
    ]);
    const who = doc.clauses.flatMap((c) => c.mentions).find((m) => m.entity.type === 'Organization');
    expect(who).toMatchObject({ clause: 'resolves-to-instruct-1/item-1', quote: 'World Health Organization' });
    expect(codes(doc)).toEqual([]);
  });

  it('under each item keeps each list in its item, with no label repeated', () => {
    const doc = parse([
      ...WTDC_HEAD,
      ...RECALLING,
      INSTRUCTS,
      '1\tto assist Member States:',
      'a)\tin planning telehealth networks;',
      'b)\tin training health workers;',
      '2\tto assist developing countries:',
      'a)\tin assessing their needs;',
      'b)\tin finding resources;',
      '3\tto report to the next conference.',
    ]);
    expect(items(doc).map(([label]) => label)).toEqual(['1', '2', '3']);
    expect(codes(doc)).toEqual([]);
  });

  it('of roman numerals under letters is the item’s text, "v)" too, up to the next letter', () => {
    const doc = parse([
      ...WTDC_HEAD,
      'considering',
      'a)\tthat telehealth needs the following:',
      'i)\tnetworks;',
      'ii)\tskills;',
      'iii)\tstandards;',
      'iv)\tfunds;',
      'v)\ttrust;',
      'b)\tthat ITU-D Study Group 2 studies telehealth,',
      'resolves',
      '1\tto continue the work on telehealth.',
    ]);
    const considering = doc.clauses.filter((c) => c.address.startsWith('preamble/considering/'));
    expect(considering.map((c) => c.label)).toEqual(['a', 'b']);
    expect(considering[0]?.text).toMatch(/^that telehealth needs the following:\ni\)\tnetworks;[^]*\nv\)\ttrust;$/u);
  });

  it('ends at the item’s next label, of the list’s series too ("i)" after "h) …:")', () => {
    const doc = parse([
      ...WTDC_HEAD,
      'considering',
      ...'abcdefg'.split('').map((l) => `${l})\tthat telehealth matters;`),
      'h)\tthat two needs stand out:',
      'i)\tthat networks are needed,',
      'resolves',
      '1\tto continue the work on telehealth:',
      '2\tto report on it.',
    ]);
    const labels = (prefix: string): (string | null)[] =>
      doc.clauses.filter((c) => c.address.startsWith(prefix)).map((c) => c.label);
    expect(labels('preamble/considering/')).toEqual('abcdefghi'.split(''));
    expect(items(doc, 'RESOLVES').map(([label]) => label)).toEqual(['1', '2']);
  });

  it('is of another series than the item’s: "a)" under "a) …:" is an item of the section, named', () => {
    const doc = parse([
      ...WTDC_HEAD,
      ...RECALLING,
      INSTRUCTS,
      '1\tto assist Member States in the following areas:',
      '1)\tplanning;',
      '2)\ttraining;',
      '2\tto report to the next conference.',
    ]);
    expect(items(doc).map(([label]) => label)).toEqual(['1', '1', '2', '2']);
    expect(codes(doc)).toEqual(['ITEM_LABEL_REPEATED', 'ITEM_LABEL_REPEATED']);
  });

  it('ends above a heading the lexicon does not list, whose items start the list’s series again', () => {
    const doc = parse([
      ...WTDC_HEAD,
      ...RECALLING,
      INSTRUCTS,
      '1\tto assist Member States, in particular:',
      'a)\tin planning telehealth networks;',
      'b)\tin deploying them,',
      'expressing satisfaction',
      'a)\twith the work of ITU-D Study Group 2;',
      'b)\twith the cooperation of WHO,',
      'invites Member States',
      'to share experience of telehealth.',
    ]);
    expect(items(doc)).toEqual([
      ['1', 'to assist Member States, in particular:\na)\tin planning telehealth networks;\nb)\tin deploying them,'],
    ]);
    expect(doc.sections.map((s) => `${s.key}:${s.itemCount}`)).toEqual([
      'recalling:1',
      'resolves-to-instruct-1:1',
      'unlisted-1:2',
      'invites-1:0',
    ]);
    expect(codes(doc)).toEqual(['HEADING_UNLISTED']);
  });

  it('needs the colon: letters after an item that ends otherwise are items of the section, as before', () => {
    const doc = parse([
      ...WTDC_HEAD,
      ...RECALLING,
      INSTRUCTS,
      '1\tto assist Member States;',
      'a)\tin planning telehealth.',
    ]);
    expect(items(doc).map(([label]) => label)).toEqual(['1', 'a']);
  });

  it.each([
    ['French', 'fr-resolution.txt', /^invite/, 'charge le Directeur du Bureau de développement des télécommunications'],
    ['Russian', 'ru-resolution.txt', /^предлагает/, 'поручает Директору Бюро развития электросвязи'],
    ['Chinese', 'zh-pp-resolution.txt', /^邀请/, '责成电信发展局主任'],
    ['Arabic', 'ar-resolution.txt', /^تدعو/, 'تكلف مدير مكتب تنمية الاتصالات'],
  ])('is read in %s, whose colon may stand after a space or be full width', (language, file, first, heading) => {
    const [colon, a, b] = { French: [' :', 'a)', 'b)'], Russian: [':', 'а)', 'б)'], Arabic: [':', 'أ)', 'ب)'] }[
      language
    ] ?? ['：', 'a)', 'b)'];
    const doc = parse([...fixtureBefore(file, first), heading, `1\tx${colon}`, `${a}\ty;`, `${b}\tz;`, '2\tw.']);
    expect(items(doc).map(([label]) => label)).toEqual(['1', '2']);
    expect(items(doc)[0]?.[1]).toBe(`x${colon}\n${a}\ty;\n${b}\tz;`);
  });
});
