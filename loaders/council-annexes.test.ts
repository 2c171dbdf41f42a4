/**
 * Annex headers of the Council's texts ("ANNEX TO DECISION 482 (modified 2020)", "ANNEX TO RESOLUTION 1113
 * (modified 2020)") and of the Radiocommunication Assembly's ("ANNEX TO RESOLUTION ITU-R 61-2"), in each language.
 * Before, only "Annex to Resolution {N}" with a revision of place and year was read: the annex's numbered lines were
 * items of the last operative section, and the header of a Council resolution's annex a citation of it. Texts
 * written for these tests; those of other languages than English start as the fixtures do.
 */
import { fixtureLines, parseLines as parse } from '../test/support/resolution-lines';
import type { ParsedResolution } from '.';

const COUNCIL = [
  'DECISION 482 (modified 2020)',
  'Implementation of cost recovery for satellite network filings',
  'The Council,',
  'decides',
  'that the fees shall be as shown in the Annex to this decision,',
  'requests the Director of the Radiocommunication Bureau',
  'to publish the schedule of fees on the ITU website.',
];

const RA = [
  'RESOLUTION ITU-R 61-2',
  'Title of the resolution',
  '(2007-2015-2019)',
  'The ITU Radiocommunication Assembly,',
  'instructs the Director of the Radiocommunication Bureau',
  'to report annually to the Radiocommunication Advisory Group.',
];

const ANNEX_LINES = [
  '1\tAdvance publication information, as in Resolution 49 (Rev. WRC-19).',
  '2\tCoordination requests, as in Resolution 140 (Rev. Dubai, 2018) of the Plenipotentiary Conference.',
];

/** The instructions as a reader compares them: kind, clause, and the items' labels and texts. */
const instructions = (doc: ParsedResolution) =>
  doc.instructions.map((i) => ({ kind: i.kind, clause: i.address, items: i.items.map((c) => [c.label, c.text]) }));

/** The ITU resolutions a document cites, each as "number clause". */
const cited = (doc: ParsedResolution): string[] =>
  doc.citations.flatMap((c) => (c.entity.type === 'ItuResolution' ? [`${c.entity.number} ${c.clause}`] : [])).sort();

const annexHeadings = (doc: ParsedResolution): string[] =>
  doc.clauses.filter((c) => c.part === 'annex' && c.role === 'heading').map((c) => c.text);

/** The text with an annex below, read: its instructions are those without, and the annex is one. */
function expectAnnex(lines: readonly string[], header: string): ParsedResolution {
  const without = parse(lines);
  const doc = parse([...lines, header, ...ANNEX_LINES]);
  expect(instructions(doc)).toEqual(instructions(without));
  expect(annexHeadings(doc)).toEqual([header]);
  return doc;
}

describe('the annex of a Council text', () => {
  it.each([
    ['DECISION 482 (modified 2020)', 'ANNEX TO DECISION 482 (modified 2020)'],
    ['DECISION 482 (modified 2020)', 'Annex to Decision 482'],
    ['DECISION 482 (modified 2020)', 'Annex to Decision 482 (modified 2020)'],
    ['DECISION 482 (C20)', 'ANNEX TO COUNCIL DECISION 482 (C20)'],
    ['RESOLUTION 1113 (modified 2020)', 'ANNEX TO RESOLUTION 1113 (modified 2020)'],
    ['RESOLUTION 1113 (C19)', 'ANNEX TO RESOLUTION 1113 (C19)'],
  ])('is an annex, not items of the last instruction: %s, %s', (header, annex) => {
    const doc = expectAnnex([header, ...COUNCIL.slice(1)], annex);
    // The annex's citations are read at its own addresses; its header, which names the text itself, cites nothing.
    expect(cited(doc)).toEqual(['140 annex-1/p-2', '49 annex-1/p-1']);
  });
});

describe('the annex of a Radiocommunication Assembly text', () => {
  it.each([
    ['ANNEX TO RESOLUTION ITU-R 61-2'],
    ['Annex to Resolution ITU-R 61'],
    ['ANNEX 1 TO RESOLUTION ITU-R 61-2 (2019)'],
  ])('is an annex: %s', (header) => {
    expectAnnex(RA, header);
  });
});

describe('annex headers of Council and Assembly texts in other languages', () => {
  it.each([
    ['fr', 'fr-resolution.txt', 'ANNEXE À LA DÉCISION 482 (MODIFIÉE 2020)'],
    ['fr', 'fr-resolution.txt', 'ANNEXE À LA RÉSOLUTION 1113 (MODIFIÉE EN 2020)'],
    ['fr', 'fr-resolution.txt', 'ANNEXE À LA RÉSOLUTION UIT-R 61-2'],
    ['es', 'es-resolution.txt', 'ANEXO AL ACUERDO 482 (MODIFICADO 2020)'],
    ['es', 'es-resolution.txt', 'ANEXO A LA DECISIÓN 482 (MODIFICADA EN 2020)'],
    ['es', 'es-resolution.txt', 'ANEXO A LA RESOLUCIÓN 1113 (MODIFICADA 2020)'],
    ['es', 'es-resolution.txt', 'ANEXO A LA RESOLUCIÓN UIT-R 61-2'],
    ['ru', 'ru-wtdc-resolution.txt', 'ПРИЛОЖЕНИЕ К РЕШЕНИЮ 482 (изменено в 2020 г.)'],
    ['ru', 'ru-wtdc-resolution.txt', 'ПРИЛОЖЕНИЕ К РЕЗОЛЮЦИИ 1113 (изменена в 2020 г.)'],
    ['ru', 'ru-wtdc-resolution.txt', 'ПРИЛОЖЕНИЕ К РЕЗОЛЮЦИИ МСЭ-R 61-2'],
    ['ar', 'ar-wtdc-resolution.txt', 'ملحق بالمقرر 482 (المعدَّل 2020)'],
    ['ar', 'ar-wtdc-resolution.txt', 'ملحق بالقرار 1113 (المعدَّل 2020)'],
    ['ar', 'ar-wtdc-resolution.txt', 'الملحق بالقرار ITU-R 61-2'],
    ['zh', 'zh-pp-resolution.txt', '第482号决定（2020年修改）附件'],
    ['zh', 'zh-pp-resolution.txt', '第1113号决议（2020年修改）附件'],
    ['zh', 'zh-pp-resolution.txt', 'ITU-R第61-2号决议附件'],
  ])('is an annex (%s): %s', (_language, file, header) => {
    expectAnnex(
      fixtureLines(file).filter((l) => l.trim() !== ''),
      header,
    );
  });
});
