/**
 * Invisible characters and full-width forms as Word exports and web copies write them (see `invisible.ts`):
 * bidirectional marks after punctuation and headings, zero-width spaces, soft hyphens inside words, full-width
 * digits in Chinese. Texts written for these tests.
 */
import { entityKeyLabel } from '../test/support/page-texts';
import { citedResolutions, parseResolutionText } from '../test/support/resolution-mentions';
import type { Mention, ParsedResolution } from './types';
import { foldInvisible } from './invisible';

const EN = [
  'RESOLUTION 197 (Rev. Dubai, 2018)',
  'Facilitating the Internet of Things',
  'The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),',
  'recalling',
  'Resolution 183 (Rev. Dubai, 2018),',
  'instructs the Secretary-General',
  'to report to the Council.',
];

const AR = [
  'القرار 197 (المراجَع في دبي، 2018)',
  'تيسير إنترنت الأشياء',
  'إن مؤتمر المندوبين المفوضين للاتحاد الدولي للاتصالات (دبي، 2018)،',
  'إذ يذكّر',
  'بالقرار 183 (المراجَع في دبي، 2018)،',
  'يقرر',
  'أن يواصل الاتحاد العمل،',
  'يكلف الأمين العام',
  'بتقديم تقرير إلى المجلس.',
];

/** The lines with `mark` after each (the way a right-to-left export ends its lines). */
const marked = (lines: readonly string[], mark: string): string => lines.map((l) => l + mark).join('\n');

const addressees = (doc: ParsedResolution): string[] =>
  doc.instructions.flatMap((i) => i.addressees.map((m) => entityKeyLabel(m.entity)));

const allMentions = (doc: ParsedResolution): Mention[] => doc.clauses.flatMap((c) => c.mentions);

/** Every quote is the file's own characters at its span. */
function expectQuotesAtSpans(doc: ParsedResolution, text: string): void {
  const quoted = [...allMentions(doc), ...doc.citations, ...doc.relations];
  expect(quoted.length).toBeGreaterThan(0);
  for (const m of quoted) expect(text.slice(m.span[0], m.span[1])).toBe(m.quote);
}

describe('bidirectional marks at line ends', () => {
  it.each([
    ['RLM', '\u200F'],
    ['LRM', '\u200E'],
    ['ALM', '\u061C'],
    ['RLE…PDF', '\u202B\u202C'],
    ['RLI…PDI', '\u2067\u2069'],
  ])('ar: reads a text whose every line ends with %s as the text without it', (_, mark) => {
    const doc = parseResolutionText(marked(AR, mark), 'ar-marks.txt');
    const plain = parseResolutionText(AR.join('\n'), 'ar-marks.txt');
    expect(doc.number.value).toBe('197');
    expect(doc.sections.map((s) => s.key)).toEqual(plain.sections.map((s) => s.key));
    expect(citedResolutions(doc)).toEqual(['PP 183 (Dubai 2018)']);
    expect(addressees(doc)).toEqual(addressees(plain));
    expect(doc.diagnostics).toEqual([]);
  });

  it('en: a mark after the last full stop ends the text there', () => {
    const text = `${EN.join('\n')}\u200F`;
    const doc = parseResolutionText(text);
    expect(addressees(doc)).toEqual(['secretary-general']);
    expectQuotesAtSpans(doc, text);
  });

  it('ar: a mark inside the header bracket does not hide the number', () => {
    const text = [`القرار 197 (المراجَع في دبي،\u200F 2018)\u200F`, ...AR.slice(1)].join('\n');
    const doc = parseResolutionText(text, 'ar-marks.txt');
    expect(doc.number.value).toBe('197');
    expect(doc.year.value).toBe(2018);
  });
});

describe('full-width digits and Latin letters (Chinese)', () => {
  const ZH = [
    '第１９１号决议（２０１８年，迪拜，修订版）',
    '国际电联三个部门之间协调的战略',
    '国际电信联盟全权代表大会（２０１８年，迪拜），',
    '忆及',
    '世界电信标准化全会第７８号决议（２０１６年，哈马马特，修订版），',
    '责成秘书长',
    '确保ＩＴＵ－Ｄ第２／２号课题与ITU-T第２８/１６号课题密切合作。',
  ].join('\n');

  it('reads the header written in full-width digits', () => {
    const doc = parseResolutionText(ZH, 'zh.txt');
    expect(doc.number.value).toBe('191');
    expect(doc.year.value).toBe(2018);
  });

  it('reads citations and Questions in the body, quoting the full-width forms at their spans', () => {
    const doc = parseResolutionText(ZH, 'zh.txt');
    expect(citedResolutions(doc)).toEqual(['WTSA 78 (Hammamet 2016)']);
    const labels = allMentions(doc).map((m) => entityKeyLabel(m.entity));
    expect(labels).toEqual(expect.arrayContaining(['ITU-D Q2/2', 'ITU-T Q28/16']));
    expect(doc.citations.map((m) => m.quote).join()).toContain('７８');
    expectQuotesAtSpans(doc, ZH);
  });

  it('folds one code unit for one', () => {
    const text = '第１９１号（ＩＴＵ－Ｔ ２／２）';
    const folded = foldInvisible(text);
    expect(folded).toBe('第191号（ITU-T 2/2）');
    expect(folded).toHaveLength(text.length);
  });
});

describe('zero-width characters and soft hyphens', () => {
  it.each([
    ['a zero-width space', '\u200B'],
    ['a word joiner', '\u2060'],
    ['a zero-width no-break space', '\uFEFF'],
  ])('reads a heading after %s', (_, mark) => {
    const text = EN.map((l) => (l.startsWith('instructs') ? mark + l : l)).join('\n');
    const doc = parseResolutionText(text);
    expect(addressees(doc)).toEqual(['secretary-general']);
    expect(doc.diagnostics).toEqual([]);
  });

  const SHY = [
    'RESOLUTION 183 (Rev. Bucharest, 2022)',
    'Telecommunication/ICT applications for e\u00ADhealth',
    'The Plenipotentiary Conference of the International Telecommunication Union (Bucharest, 2022),',
    'instructs the Director of the Telecommuni\u00ADcation Develop\u00ADment Bureau',
    'to cooperate with the World Health Organi\u00ADzation.',
  ].join('\n');

  it('reads a name a soft hyphen breaks, quoting the file with its soft hyphens', () => {
    const doc = parseResolutionText(SHY);
    expect(addressees(doc)).toEqual(['director-bdt']);
    const who = allMentions(doc).find((m) => entityKeyLabel(m.entity) === 'WHO');
    expect(who?.quote).toBe('World Health Organi\u00ADzation');
    expectQuotesAtSpans(doc, SHY);
  });

  it('reads a name that zero-width characters break, as a word the text writes them in', () => {
    const text = SHY.replace('Telecommuni\u00ADcation Develop\u00ADment', 'Tele\u200Bcommuni\uFEFFcation Development');
    expect(addressees(parseResolutionText(text))).toEqual(['director-bdt']);
  });

  it('keeps no soft hyphen in the title', () => {
    expect(parseResolutionText(SHY).title?.value).toBe('Telecommunication/ICT applications for ehealth');
  });

  it('keeps a soft hyphen that ends a line for the reading of a word hyphenated there', () => {
    expect(foldInvisible('Telecommuni\u00AD\ncation')).toBe('Telecommuni\u00AD\ncation');
    expect(foldInvisible('Council.\u00AD\n')).toBe('Council.\u00AD\n');
    expect(foldInvisible('\u200Binstructs\u200F\n')).toBe(' instructs \n');
  });
});
