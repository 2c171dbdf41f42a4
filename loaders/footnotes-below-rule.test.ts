/**
 * Footnotes set below a rule line, as Word's plain-text export writes them ("____" above "1<TAB>These include the
 * least developed countries, …"), with their number right after a word in the text above ("developing
 * countries1"). Before, such a footnote was read as one more item of the section above the rule: a footnote became
 * something the Director was instructed to do. Texts written for these tests; the Arabic and Chinese ones start as
 * the fixtures do.
 */
import { parseDocuments } from '.';
import type { ParsedResolution } from '.';
import { wrapAtWidth } from '../test/support/pdf-text';
import { fixtureBefore, parseLines as parse, WTDC_HEAD } from '../test/support/resolution-lines';

const RULE = '____________________';
const LDC =
  'These include the least developed countries, small island developing states, landlocked developing countries ' +
  'and countries with economies in transition.';
const INSTRUCTS = [
  'resolves to instruct the Director of the Telecommunication Development Bureau',
  '1\tto assist developing countries in planning telehealth networks;',
  '2\tto report to the next conference,',
];
const INVITES = ['invites Member States', 'to share experience of telehealth with ITU-D Study Group 2.'];

const labels = (doc: ParsedResolution, address: string): (string | null)[] =>
  doc.clauses.filter((c) => c.address.startsWith(`${address}/`)).map((c) => c.label);
const footnotes = (doc: ParsedResolution): [string, string[]][] =>
  doc.clauses.filter((c) => c.footnotes.length).map((c) => [c.address, [...c.footnotes]]);
const codes = (doc: ParsedResolution): string[] => doc.diagnostics.map((d) => d.code);

describe('footnotes below a rule', () => {
  it('are no items: each is its referring clause’s footnote, its number taken off the word', () => {
    const doc = parse([
      ...WTDC_HEAD,
      'recalling',
      'a)\tResolution 7 (Rev. Kigali, 2022) of the World Telecommunication Development Conference;',
      'b)\tthat developing countries1 need telehealth networks,',
      ...INSTRUCTS,
      RULE,
      `1\t${LDC}`,
      ...INVITES,
    ]);
    expect(labels(doc, 'resolves-to-instruct-1')).toEqual(['1', '2']);
    expect(doc.instructions[0]?.items.map((i) => i.text)).not.toContainEqual(expect.stringContaining('These include'));
    expect(footnotes(doc)).toEqual([['preamble/recalling/b', [LDC]]]);
    expect(doc.clauses.find((c) => c.address === 'preamble/recalling/b')?.text).not.toMatch(/countries1/u);
    expect(doc.instructions.map((i) => i.kind)).toEqual(['INSTRUCTS', 'INVITES']);
    expect(codes(doc)).toEqual([]);
  });

  it.each([
    ['underscores', RULE],
    ['long dashes of every kind', '\u2014\u2015\u2500\u2014\u2014\u2015\u2500\u2014'],
  ])('are read below a rule of %s', (_, rule) => {
    const doc = parse([
      ...WTDC_HEAD,
      'recalling',
      'a)\tthat developing countries1 need telehealth networks,',
      ...INSTRUCTS,
      rule,
      `1\t${LDC}`,
      ...INVITES,
    ]);
    expect(footnotes(doc)).toEqual([['preamble/recalling/a', [LDC]]]);
    expect(labels(doc, 'resolves-to-instruct-1')).toEqual(['1', '2']);
  });

  it('follow each page’s rule, each footnote found after the footnotes above', () => {
    const doc = parse([
      ...WTDC_HEAD,
      'recalling',
      'a)\tthat developing countries1 need telehealth networks;',
      'b)\tthe WHO Global Strategy on Digital Health2,',
      RULE,
      `1\t${LDC}`,
      '2\tAdopted by the World Health Assembly in 2020.',
      '',
      'resolves to instruct the Director of the Telecommunication Development Bureau',
      '1\tto assist developing countries3 in planning telehealth networks;',
      '2\tto report to the next conference,',
      RULE,
      '3\tSee footnote 1.',
      ...INVITES,
    ]);
    expect(footnotes(doc)).toEqual([
      ['preamble/recalling/a', [LDC]],
      ['preamble/recalling/b', ['Adopted by the World Health Assembly in 2020.']],
      ['resolves-to-instruct-1/item-1', ['See footnote 1.']],
    ]);
    expect(labels(doc, 'resolves-to-instruct-1')).toEqual(['1', '2']);
    expect(codes(doc)).toEqual([]);
  });

  it('go on over the lines that a page’s width broke, in a text taken from a PDF', () => {
    const text = [
      ...WTDC_HEAD,
      'recalling',
      'a)\tthat developing countries1 need telehealth networks in rural, remote and underserved areas;',
      'b)\tthat telehealth networks need trained health workers and interoperable standards,',
      'resolves to instruct the Director of the Telecommunication Development Bureau',
      '1\tto assist developing countries in planning telehealth networks for rural and remote areas;',
      '2\tto report to the next conference on the progress made in planning telehealth networks,',
      RULE,
      `1\t${LDC}`,
      ...INVITES,
    ].join('\n');
    const doc = parse(wrapAtWidth(text, 60).split('\n'));
    expect(footnotes(doc)).toEqual([['preamble/recalling/a', [LDC]]]);
    expect(labels(doc, 'resolves-to-instruct-1')).toEqual(['1', '2']);
    expect(doc.instructions.map((i) => i.kind)).toEqual(['INSTRUCTS', 'INVITES']);
  });

  it('end at a line that ends no sentence, outside such a text: a heading may follow', () => {
    const doc = parse([
      ...WTDC_HEAD,
      'recalling',
      'a)\tthat developing countries1 need telehealth networks,',
      ...INSTRUCTS,
      RULE,
      '1\tIncluding the least developed countries and small island developing states',
      ...INVITES,
    ]);
    expect(footnotes(doc)).toEqual([
      ['preamble/recalling/a', ['Including the least developed countries and small island developing states']],
    ]);
    expect(doc.instructions.map((i) => i.kind)).toEqual(['INSTRUCTS', 'INVITES']);
    expect(codes(doc)).toEqual([]);
  });

  it('are referred to by the last number after a word, not by one in a code or acronym ("Q.1/16", "IPv6")', () => {
    const doc = parse([
      ...WTDC_HEAD,
      'recalling',
      'a)\tthe work of developing countries1 on telehealth;',
      'b)\tthat least developed countries.1 and ITU-T Q.1/16 and FG-AI4H matter,',
      'c)\tthat IPv6, HL7, SG2, G20, MP3, No.1 and eHealth.1 serve telehealth,',
      ...INSTRUCTS,
      RULE,
      `1\t${LDC}`,
      ...INVITES,
    ]);
    expect(footnotes(doc)).toEqual([['preamble/recalling/b', [LDC]]]);
  });

  it('end at a numbered line the text does not refer to: the page’s text goes on', () => {
    const doc = parse([
      ...WTDC_HEAD,
      'recalling',
      'a)\tthat developing countries1 need telehealth networks,',
      INSTRUCTS[0] ?? '',
      '1\tto assist developing countries in planning telehealth networks;',
      RULE,
      `1\t${LDC}`,
      '',
      '2\tto report to the next conference,',
      ...INVITES,
    ]);
    expect(labels(doc, 'resolves-to-instruct-1')).toEqual(['1', '2']);
    expect(footnotes(doc)).toEqual([['preamble/recalling/a', [LDC]]]);
    expect(codes(doc)).toEqual([]);
  });

  it('go to their own clause in each resolution of a file, though both are numbered 1', () => {
    const one = (n: string, word: string): string[] => [
      `RESOLUTION ${n} (Rev. Kigali, 2022)`,
      'Digital health services for remote communities',
      'The World Telecommunication Development Conference (Kigali, 2022),',
      'recalling',
      `a)\tthat ${word}1 need telehealth networks,`,
      'resolves',
      '1\tto continue the work on telehealth.',
      RULE,
      `1\tAbout ${word}.`,
    ];
    const content = Buffer.from([...one('40', 'countries'), ...one('41', 'islands'), ''].join('\n'));
    const docs = parseDocuments({ file: 'two.txt', content });
    expect(docs.map((d) => (d.ok && d.document.kind === 'resolution' ? footnotes(d.document) : d))).toEqual([
      [['preamble/recalling/a', ['About countries.']]],
      [['preamble/recalling/a', ['About islands.']]],
    ]);
  });

  it('inline, with no reference, are named and attached to no clause', () => {
    const doc = parse([
      ...WTDC_HEAD,
      'recalling',
      `a)\tthat developing countries need telehealth networks,[1: 1\t${LDC}]`,
      ...INSTRUCTS,
      ...INVITES,
    ]);
    expect(footnotes(doc)).toEqual([]);
    expect(doc.diagnostics).toEqual([
      expect.objectContaining({ code: 'FOOTNOTE_UNREFERENCED', line: WTDC_HEAD.length + 2 }),
    ]);
  });

  it('are not read below a rule the text refers to nothing under: a divider above numbered items stays one', () => {
    const doc = parse([...WTDC_HEAD, 'recalling', 'a)\tthat telehealth matters,', 'resolves', RULE, '1\tto continue.']);
    expect(doc.clauses.find((c) => c.address === 'resolves-1/item-1')?.text).toBe('to continue.');
    expect(footnotes(doc)).toEqual([]);
  });

  it.each([
    [
      'Arabic',
      'ar-resolution.txt',
      /^تدعو/,
      'تدعو الدول الأعضاء',
      'إلى مساعدة البلدان النامية1.',
      'تشمل هذه أقل البلدان نمواً.',
    ],
    // "Annex 1 of this resolution" after the reference: a noun that takes a number, no reference.
    [
      'Chinese',
      'zh-pp-resolution.txt',
      /^邀请/,
      '邀请各成员国',
      '协助发展中国家1，并参考本决议附件1。',
      '包括最不发达国家。',
    ],
  ])('are read in %s', (_language, file, first, heading, body, footnote) => {
    const doc = parse([...fixtureBefore(file, first), heading, body, RULE, `1\t${footnote}`]);
    expect(footnotes(doc)).toEqual([[doc.instructions.at(-1)?.items[0]?.address, [footnote]]]);
    expect(doc.instructions.at(-1)?.items[0]?.text).toBe(body.replace(/(?<!附件)1/u, ' '));
    expect(codes(doc)).toEqual([]);
  });
});
