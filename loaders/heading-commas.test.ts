/**
 * Preamble headings written with a comma after them, alone on their line ("учитывая," / "что …", "considering,"):
 * Russian ITU texts set one where the clause goes on with "что", and texts in the other languages copy it. Before,
 * such a line was no heading: the preamble was lost as text before any section, and an operative heading that
 * followed with a comma ("решает,") with it. The fixtures' texts, with their preamble headings so written, and texts
 * written for these tests.
 */
import type { ParsedResolution } from '.';
import { fixtureBefore, fixtureLines, parseLines as parse } from '../test/support/resolution-lines';

/** Each fixture, with the first line of its operative part: the lines before it after the opening are its preamble. */
const FIXTURES: readonly [string, RegExp, string][] = [
  ['ru-resolution.txt', /^решает/, ','],
  ['ru-wtdc-resolution.txt', /^решает/, ','],
  ['fr-pp-resolution.txt', /^décide/, ','],
  ['es-resolution.txt', /^resuelve/, ','],
  ['ar-wtdc-resolution.txt', /^يقرر/, '\u060C'],
  ['zh-pp-resolution.txt', /^做出决议/, '，'],
];

/** What the structure reader made of a text: sections, clauses (but the headings' text), mentions and diagnostics. */
const outline = (doc: ParsedResolution): unknown => ({
  sections: doc.sections.map((s) => [s.key, s.itemCount, s.hasBody]),
  clauses: doc.clauses.filter((c) => c.role !== 'heading').map((c) => [c.address, c.text]),
  instructions: doc.instructions.map((i) => [i.kind, i.address, i.items.length]),
  mentions: doc.clauses.flatMap((c) => c.mentions.map((m) => `${c.address} ${m.quote}`)),
  diagnostics: doc.diagnostics.map((d) => d.code),
});

/** The sections' keys, with their items' or body's count. */
const sections = (doc: ParsedResolution): string[] =>
  doc.sections.map((s) => `${s.key} ${s.hasBody ? 'body' : s.itemCount}`);

const RUSSIAN_HEAD = [
  'РЕЗОЛЮЦИЯ 183 (Пересм. Бухарест, 2022 г.)',
  'Приложения электросвязи/ИКТ для электронного здравоохранения',
  'Полномочная конференция Международного союза электросвязи (Бухарест, 2022 г.),',
];

describe('a preamble heading with a comma after it', () => {
  it.each(FIXTURES)('is read as the heading without it (%s)', (file, operative, comma) => {
    const lines = fixtureLines(file);
    const preamble = fixtureBefore(file, operative).length;
    // The lines after the header, title, history and opening, before the operative part, that are no items.
    const withCommas = lines.map((l, i) => (i >= 4 && i < preamble && !l.includes('\t') && l ? l + comma : l));
    expect(withCommas.filter((l, i) => l !== lines[i]).length).toBeGreaterThanOrEqual(2);
    expect(outline(parse(withCommas))).toEqual(outline(parse(lines)));
  });

  it('heads the body below it, and the operative heading written so after it (Russian)', () => {
    const doc = parse([
      ...RUSSIAN_HEAD,
      'учитывая,',
      'что Всемирная организация здравоохранения (ВОЗ) сотрудничает с МСЭ,',
      'решает,',
      'что МСЭ должен продолжить работу,',
      'поручает Генеральному секретарю',
      'представить отчет Совету.',
    ]);
    expect(sections(doc)).toEqual(['considering body', 'resolves-1 body', 'instructs-1 body']);
    const body = doc.clauses.find((c) => c.address === 'preamble/considering/body');
    expect(body?.text).toBe('что Всемирная организация здравоохранения (ВОЗ) сотрудничает с МСЭ,');
    expect(body?.mentions.map((m) => ('key' in m.entity ? m.entity.key : ''))).toContain('who');
    expect(doc.instructions.map((i) => i.kind)).toEqual(['RESOLVES', 'INSTRUCTS']);
    expect(doc.diagnostics).toEqual([]);
  });

  it('is read so in English too, with a space before the comma', () => {
    const doc = parse([
      'RESOLUTION 183 (Rev. Bucharest, 2022)',
      'Telecommunication/ICT applications for e-health',
      'The Plenipotentiary Conference of the International Telecommunication Union (Bucharest, 2022),',
      'considering ,',
      'that the World Health Organization works with ITU,',
      'resolves,',
      'that ITU should continue its work,',
      'instructs the Secretary-General',
      'to report to the Council.',
    ]);
    expect(sections(doc)).toEqual(['considering body', 'resolves-1 body', 'instructs-1 body']);
    expect(doc.diagnostics).toEqual([]);
  });

  it('is text of a sentence broken above it, in the preamble and the operative part', () => {
    const doc = parse([
      'RESOLUTION 183 (Rev. Bucharest, 2022)',
      'Telecommunication/ICT applications for e-health',
      'The Plenipotentiary Conference of the International Telecommunication Union (Bucharest, 2022),',
      'considering',
      'a)\tthat the administrations',
      'concerned,',
      'have agreed to work with WHO;',
      'b)\tthat e-health matters,',
      'resolves',
      '1\tto invite the administrations',
      'concerned,',
      'to report to WHO;',
      '2\tto continue the work,',
      'instructs the Secretary-General',
      'to report to the Council.',
    ]);
    expect(sections(doc)).toEqual(['considering 2', 'resolves-1 2', 'instructs-1 body']);
    const item = doc.clauses.find((c) => c.address === 'preamble/considering/a');
    expect(item?.text).toMatch(/^that the administrations\s+concerned,\s+have agreed to work with WHO;$/u);
  });

  it('is text of a Russian sentence broken above it', () => {
    const doc = parse([
      ...RUSSIAN_HEAD,
      'напоминая',
      'a)\tчто ВОЗ, в частности',
      'учитывая,',
      'опыт МСЭ, сотрудничает с ним;',
      'b)\tо важности защиты прав пациентов,',
      'поручает Генеральному секретарю',
      'представить отчет Совету.',
    ]);
    expect(sections(doc)).toEqual(['recalling 2', 'instructs-1 body']);
  });
});
