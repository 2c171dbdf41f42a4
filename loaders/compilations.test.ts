/**
 * A file that holds several resolutions one after another, as a conference's Final Acts or a compilation of an
 * assembly's resolutions do. Before, they were read as one resolution: the second one's sections and instructions
 * were the first one's, and nothing was said. Texts written for these tests.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { LoaderError, parseDocument, parseDocuments, readCorpus } from '.';
import { resolutionsOf as resolutions } from '../test/support/resolution-lines';

const FIRST = [
  'FOREWORD',
  'The World Telecommunication Development Conference adopted these resolutions.',
  'RESOLUTION 40 (Rev. Kigali, 2022)',
  'Digital health services for remote communities',
  'The World Telecommunication Development Conference (Kigali, 2022),',
  'recalling',
  'a)\tResolution 7 (Rev. Kigali, 2022) of the World Telecommunication Development Conference,',
  'resolves',
  '1\tto continue the work on telehealth;',
  '2\tto report on the progress made.',
];
const SECOND = [
  'MOD',
  'RESOLUTION 41 (Rev. Kigali, 2022)',
  'Telehealth networks',
  'The World Telecommunication Development Conference (Kigali, 2022),',
  'considering',
  'a)\tthe work of ITU-D Study Group 2,',
  'instructs the Director of the Telecommunication Development Bureau',
  '1\tto support Member States;',
  '2\tto report to the next conference.',
  // An annex that lists resolutions: lines like headers, but no resolution starts at them.
  'ANNEX TO RESOLUTION 41 (Rev. Kigali, 2022)',
  'Resolution 7 (Rev. Kigali, 2022)',
  'Resolution 40 (Rev. Kigali, 2022)',
];
// A heading without items: this one fails on its own.
const BROKEN = [
  'RESOLUTION 42 (Rev. Kigali, 2022)',
  'Telehealth for all',
  'The World Telecommunication Development Conference (Kigali, 2022),',
  'recalling',
  'resolves',
  '1\tto do more.',
];

const content = (...parts: string[][]): Buffer => Buffer.from(`${parts.flat().join('\n')}\n`, 'utf8');

describe('a file of several resolutions', () => {
  it('is read as each of them, each from its header (or its margin symbol) to the next', () => {
    const text = content(FIRST, SECOND);
    const parts = parseDocuments({ file: 'final-acts.txt', content: text });
    const [first, second] = resolutions(parts);
    expect(parts.map((p) => p.ok)).toEqual([true, true]);
    expect([first?.number.value, second?.number.value]).toEqual(['40', '41']);
    expect(first?.sections.map((s) => `${s.key}:${s.itemCount}`)).toEqual(['recalling:1', 'resolves-1:2']);
    expect(second?.sections.map((s) => `${s.key}:${s.itemCount}`)).toEqual(['considering:1', 'instructs-1:2']);
    expect(second?.instructions.map((i) => i.addressees.map((m) => ('key' in m.entity ? m.entity.key : '')))).toEqual([
      ['director-bdt'],
    ]);
    // The first keeps the foreword; the second's last item ends before the annex, which lists resolutions.
    expect(first?.foreword).toMatch(/^FOREWORD/);
    expect(second?.foreword).toBeNull();
    expect(first?.clauses.at(-1)?.text).toBe('to report on the progress made.');
    expect(second?.clauses.filter((c) => c.part === 'annex').map((c) => c.text)).toEqual([
      'ANNEX TO RESOLUTION 41 (Rev. Kigali, 2022)',
      'Resolution 7 (Rev. Kigali, 2022)',
      'Resolution 40 (Rev. Kigali, 2022)',
    ]);
    // Lines and spans are the file's: every quote is the file's text at its span.
    expect(second?.sections[0]?.line).toBe(FIRST.length + 5);
    const decoded = text.toString('utf8');
    for (const doc of [first, second]) {
      for (const c of doc?.clauses ?? []) expect(decoded.slice(c.span[0], c.span[1])).toBe(c.text);
    }
    // Each has the checksum of its own text, so that a change to one leaves the other unchanged.
    expect(first?.checksum).not.toBe(second?.checksum);
    const changed = resolutions(parseDocuments({ file: 'final-acts.txt', content: content(FIRST, SECOND, ['']) }));
    expect(changed[0]?.checksum).toBe(first?.checksum);
    // A change to the first that moves the second (its spans and lines are the file's) is a change to it too.
    const longer = FIRST.map((l) => l.replace('progress made.', 'progress made at each conference.'));
    const moved = resolutions(parseDocuments({ file: 'final-acts.txt', content: content(longer, SECOND) }));
    expect(moved[1]?.checksum).not.toBe(second?.checksum);
  });

  it('reads the others where one fails, that one with its typed error and place', () => {
    const parts = parseDocuments({ file: 'final-acts.txt', content: content(FIRST, BROKEN, SECOND) });
    expect(parts.map((p) => (p.ok ? p.document.kind : p.error.code))).toEqual([
      'resolution',
      'SECTION_EMPTY',
      'resolution',
    ]);
    const failed = parts[1];
    expect(failed?.ok === false && failed.error.line).toBe(FIRST.length + 4);
    expect(resolutions(parts).map((d) => d.number.value)).toEqual(['40', '41']);
  });

  it('resolutions published one by one and joined: each keeps its own foreword apart', () => {
    const again = ['FOREWORD', 'The World Telecommunication Development Conference adopted this resolution.'];
    const [first, second] = resolutions(
      parseDocuments({ file: 'joined.txt', content: content(FIRST, again, SECOND.slice(1)) }),
    );
    expect(first?.clauses.at(-1)?.text).toBe('to report on the progress made.');
    expect(second?.foreword).toBe(again.join('\n'));
    expect(second?.number.value).toBe('41');
  });

  it('a running header on every page is no foreword: the resolutions start at their headers', () => {
    const page = 'ITU WTDC';
    const [first, second] = resolutions(
      parseDocuments({
        file: 'pages.txt',
        content: content([page], FIRST.slice(2, 6), [page], FIRST.slice(6, 7), [page], FIRST.slice(7), SECOND.slice(1)),
      }),
    );
    expect(first?.foreword).toBe(page);
    expect(first?.clauses.at(-1)?.text).toBe('to report on the progress made.');
    expect(second?.foreword).toBeNull();
  });

  it("a running header with the resolution's own number starts none, though a heading follows it", () => {
    const lines = [...FIRST.slice(2, 9), 'Resolution 40', ...SECOND.slice(6, 9)];
    const parts = parseDocuments({ file: 'running.txt', content: content(lines) });
    expect(parts).toHaveLength(1);
    expect(resolutions(parts)[0]?.sections.map((s) => s.key)).toEqual(['recalling', 'resolves-1', 'instructs-1']);
  });

  it("text between two resolutions (a suppressed one's header and title) ends the one before, read as neither", () => {
    const suppressed = ['SUP', 'RESOLUTION 12 (Rev. Kigali, 2022)', 'Old telecommunication matters'];
    const [first, second] = resolutions(
      parseDocuments({ file: 'final-acts.txt', content: content(FIRST, suppressed, SECOND) }),
    );
    expect(first?.clauses.at(-1)?.text).toBe('to report on the progress made.');
    expect(first?.diagnostics.map((d) => [d.code, d.line])).toEqual([['LINE_UNRECOGNISED', FIRST.length + 1]]);
    expect(first?.diagnostics[0]?.message).toContain('3 lines');
    expect(second?.number.value).toBe('41');
  });

  it('a first line that comes back inside a resolution is no foreword: nothing is cut there', () => {
    const page = 'ITU WTDC-22 Final Acts';
    const [first, second] = resolutions(
      parseDocuments({ file: 'x.txt', content: content([page], FIRST.slice(2, 6), [page], FIRST.slice(6), SECOND) }),
    );
    expect(first?.sections.map((s) => `${s.key}:${s.itemCount}`)).toEqual(['recalling:1', 'resolves-1:2']);
    expect(second?.foreword).toBeNull();
  });

  it('each must state its identity: the manifest speaks for the whole file, and the error names the place', () => {
    const anonymous = ['RESOLUTION 41', 'Telehealth networks', ...SECOND.slice(4, 9)];
    const parts = parseDocuments({
      file: 'final-acts.txt',
      content: content(FIRST, anonymous),
      manifest: { version: { year: 2022 }, resolution: { title: 'A title for the file' } },
    });
    expect(parts[0]?.ok && parts[0].document.kind === 'resolution' && parts[0].document.title?.value).toBe(
      'Digital health services for remote communities',
    );
    const failed = parts[1];
    expect(failed?.ok).toBe(false);
    expect(failed?.ok === false && failed.error).toMatchObject({ code: 'IDENTITY_MISSING', line: FIRST.length + 1 });
    expect(failed?.ok === false && failed.error.hint).toContain('whole file');
  });

  it('is refused by parseDocument, which reads one document, with the line where the second starts', () => {
    let error: unknown;
    try {
      parseDocument({ file: 'final-acts.txt', content: content(FIRST, SECOND) });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LoaderError);
    expect(error).toMatchObject({ code: 'MULTIPLE_RESOLUTIONS', file: 'final-acts.txt', line: FIRST.length + 1 });
  });

  it('one resolution, its annex naming resolutions, is one document', () => {
    const parts = parseDocuments({ file: 'one.txt', content: content(FIRST.slice(2), SECOND.slice(1).slice(-3)) });
    expect(parts).toHaveLength(1);
  });

  it('is read from a corpus folder as one outcome per resolution', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'compilation-'));
    try {
      writeFileSync(path.join(dir, 'final-acts.txt'), content(FIRST, BROKEN, SECOND));
      const progress: number[] = [];
      const outcomes = await readCorpus([dir], { onProgress: (_, __, read) => progress.push(read.length) });
      expect(outcomes.map((o) => o.ok)).toEqual([true, false, true]);
      expect(progress).toEqual([3]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('an Arabic compilation printed at a width, each resolution on a page of its own', () => {
  // The opening line is the same in each resolution and comes right after a form feed, as a running header would;
  // it ends with an Arabic comma, as a line of a paragraph does, and is no page furniture.
  const arabic = (n: number, title: string): string[] => [
    `\fالقرار ${n} (المراجَع في كيغالي، 2022)`,
    title,
    'إن المؤتمر العالمي لتنمية الاتصالات (كيغالي، 2022)،',
    'إذ يضع في اعتباره',
    'أ )\tأن خدمات الصحة عن بُعد تعتمد على شبكات النطاق العريض',
    'التي تصل إلى المجتمعات النائية والريفية في البلدان النامية',
    'وأقل البلدان نمواً؛',
    'ب)\tأن كثيراً من البلدان النامية تفتقر إلى استراتيجيات وطنية',
    'للصحة الإلكترونية وإلى الموارد البشرية والمالية اللازمة',
    'لتنفيذها،',
    'يقرر',
    '1\tمواصلة العمل بشأن معايير الصحة الإلكترونية في لجنة',
    'الدراسات 2 بالتعاون الوثيق مع لجان الدراسات الأخرى المعنية',
    'بهذه المسألة؛',
    '2\tالتعاون مع منظمة الصحة العالمية والمنظمات الدولية',
    'والإقليمية الأخرى بشأن هذه المسألة وتقديم تقرير إلى المؤتمر',
    'القادم.',
  ];

  it("keeps each resolution's opening line, which ends with an Arabic comma", () => {
    const parts = parseDocuments({
      file: 'compilation-ar.txt',
      content: content(
        arabic(7, 'تطبيقات الصحة الإلكترونية'),
        arabic(8, 'دور الاتصالات في إدارة المخلفات الإلكترونية'),
      ),
    });
    expect(parts.map((p) => p.ok)).toEqual([true, true]);
    const docs = resolutions(parts);
    expect(docs.map((d) => [d.number.value, d.place.value, d.year.value])).toEqual([
      ['7', 'Kigali', 2022],
      ['8', 'Kigali', 2022],
    ]);
    expect(docs.map((d) => d.sections.map((s) => `${s.key}:${s.itemCount}`))).toEqual([
      ['considering', 'resolves-1'].map((k) => `${k}:2`),
      ['considering', 'resolves-1'].map((k) => `${k}:2`),
    ]);
    expect(docs[0]?.clauses.find((c) => c.address === 'resolves-1/item-2')?.text).toBe(
      'التعاون مع منظمة الصحة العالمية والمنظمات الدولية والإقليمية الأخرى بشأن هذه المسألة وتقديم تقرير إلى المؤتمر القادم.',
    );
  });
});
