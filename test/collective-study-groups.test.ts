/**
 * The study groups of a Sector named together, without numbers ("the relevant study groups", "ITU-T study groups",
 * "les commissions d'études concernées de l'UIT-T et de l'UIT-R"): one organisation of ITU groups per Sector, so
 * that "instructs the relevant study groups of ITU-T and ITU-D" instructs someone, and not the Sectors themselves.
 * Texts written for these tests.
 */
import { buildDocumentGraph } from '../graph';
import { parseDocument } from '../loaders';
import type { ParsedResolution } from '../loaders';
import { WTDC } from './support/wtdc-texts';
import type { Language } from './support/wtdc-texts';

function parse(file: string, text: string): ParsedResolution {
  const doc = parseDocument({ file, content: Buffer.from(text, 'utf8') });
  if (doc.kind !== 'resolution') throw new Error(`expected a resolution, got ${doc.kind}`);
  return doc;
}

/** Each clause's mentions as `key` (or type) and quote, in order. */
function mentions(doc: ParsedResolution, address: string): [string, string][] {
  const clause = doc.clauses.find((c) => c.address === address);
  return (clause?.mentions ?? []).map((m) => ['key' in m.entity ? m.entity.key : m.entity.type, m.quote]);
}

describe('the study groups of a Sector together', () => {
  // Item a) names the study groups of two Sectors after them; item b) names them alone: the WTDC's own Sector's.
  const items: Record<Language, [string, string]> = {
    en: [
      'a)\tthe work of the relevant study groups of the ITU Telecommunication Standardization Sector and the ITU Radiocommunication Sector;',
      'b)\tthe work of the relevant study groups,',
    ],
    fr: [
      "a)\tles travaux des commissions d'études concernées de l'UIT-T et de l'UIT-R;",
      "b)\tles travaux des commissions d'études concernées,",
    ],
    es: [
      'a)\tla labor de las Comisiones de Estudio pertinentes del UIT-T y del UIT-R;',
      'b)\tla labor de las Comisiones de Estudio pertinentes,',
    ],
    ru: [
      'a)\tработу соответствующих исследовательских комиссий МСЭ-Т и МСЭ-R;',
      'b)\tработу соответствующих исследовательских комиссий,',
    ],
    zh: ['a)\tITU-T研究组和ITU-R研究组的工作；', 'b)\t相关研究组的工作，'],
    ar: ['أ )\tعمل لجان الدراسات المعنية لقطاع تقييس الاتصالات؛', 'ب )\tعمل لجان الدراسات المعنية،'],
  };
  const expected: Record<Language, string[]> = {
    en: ['study-groups-itu-t', 'study-groups-itu-r'],
    fr: ['study-groups-itu-t', 'study-groups-itu-r'],
    es: ['study-groups-itu-t', 'study-groups-itu-r'],
    ru: ['study-groups-itu-t', 'study-groups-itu-r'],
    zh: ['study-groups-itu-t', 'study-groups-itu-r'],
    ar: ['study-groups-itu-t'],
  };

  it.each(Object.keys(items) as Language[])('in %s: of the Sectors named with them, else of the assembly', (l) => {
    const [a, b] = items[l];
    const doc = parse(`${l}.txt`, WTDC[l](`${a}\n${b}`));
    const [itemA, itemB] = doc.clauses.filter((c) => c.part === 'preamble' && c.role === 'item');
    const first = mentions(doc, itemA?.address ?? '');
    expect(first.map(([key]) => key)).toEqual(expected[l]);
    for (const [, quote] of first) expect(a).toContain(quote);
    expect(mentions(doc, itemB?.address ?? '').map(([key]) => key)).toEqual(['study-groups-itu-d']);
  });

  it('in Arabic, which names the owner after: a Sector before "and the study groups" is another member of the list', () => {
    const a = 'أ )\tعمل قطاع تقييس الاتصالات ولجان الدراسات المعنية؛';
    const b = 'ب )\tعمل لجان الدراسات المعنية لقطاع تقييس الاتصالات،';
    const doc = parse('ar.txt', WTDC.ar(`${a}\n${b}`));
    const [itemA, itemB] = doc.clauses.filter((c) => c.part === 'preamble' && c.role === 'item');
    expect(mentions(doc, itemA?.address ?? '').map(([key]) => key)).toEqual(['itu-t', 'study-groups-itu-d']);
    expect(mentions(doc, itemB?.address ?? '').map(([key]) => key)).toEqual(['study-groups-itu-t']);
  });

  const pp = (operative: string): ParsedResolution =>
    parse(
      'pp.txt',
      [
        'RESOLUTION 183 (Rev. Bucharest, 2022)',
        'Telecommunication/ICT applications for e-health',
        'The Plenipotentiary Conference of the International Telecommunication Union (Bucharest, 2022),',
        'considering',
        'a)\tthat e-health matters,',
        operative,
        '',
      ].join('\n'),
    );

  it('are the addressees of an instruction to them, and not the Sectors', () => {
    const doc = pp(
      [
        'instructs the relevant study groups of ITU-T and ITU-D, in collaboration with ITU-T Study Group 16',
        'to continue their studies on e-health,',
        'invites the relevant study groups',
        'to share their results.',
      ].join('\n'),
    );
    const keys = (i: number, side: 'addressees' | 'collaborators'): string[] =>
      (doc.instructions[i]?.[side] ?? []).map((m) => ('key' in m.entity ? m.entity.key : JSON.stringify(m.entity)));
    expect(keys(0, 'addressees')).toEqual(['study-groups-itu-t', 'study-groups-itu-d']);
    expect(keys(0, 'collaborators')).toEqual([JSON.stringify({ type: 'StudyGroup', sector: 'ITU-T', number: 16 })]);
    // A Plenipotentiary text has no Sector of its own: the study groups of all Sectors.
    expect(keys(1, 'addressees')).toEqual(['study-groups']);
    expect(doc.diagnostics).toEqual([]);
  });

  it('leave numbered study groups as they were, and take a Sector named before them', () => {
    const doc = pp(
      ['instructs ITU-T Study Groups 20 and 21 and the other ITU-T study groups', 'to continue their studies.'].join(
        '\n',
      ),
    );
    expect(doc.instructions[0]?.addressees.map((m) => m.entity)).toEqual([
      { type: 'StudyGroup', sector: 'ITU-T', number: 20 },
      { type: 'StudyGroup', sector: 'ITU-T', number: 21 },
      {
        type: 'Organization',
        key: 'study-groups-itu-t',
        name: 'ITU-T study groups',
        acronym: null,
        kind: 'itu-group',
      },
    ]);
    const graph = buildDocumentGraph(doc);
    expect(graph.nodes.find((n) => n.id === 'org:study-groups-itu-t')).toMatchObject({
      type: 'Organization',
      name: 'ITU-T study groups',
      kind: 'itu-group',
    });
    expect(
      graph.edges.filter((e) => e.type === 'INSTRUCTS' && e.to === 'org:study-groups-itu-t').map((e) => e.from),
    ).toEqual(['version:pp-183:2022']);
  });
});
