/**
 * Golden test over the three seed documents: the whole extracted structure, and the graph built from it.
 * The expectations come from reading the documents (see ../shared/analyst-questions/EXPECTED.md).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildGraphs } from '../graph/build';
import type { DocumentGraph, GraphEdge } from '../graph/model';
import { parseDocument, parseManifest } from '../loaders';
import type { ParsedDocument, ParsedGroupPage, ParsedResolution } from '../loaders';

const CORPUS = path.resolve(__dirname, '..', 'corpus');
const manifest = parseManifest(readFileSync(path.join(CORPUS, 'manifest.json'), 'utf8'));
const load = (file: string): ParsedDocument =>
  parseDocument({ file, content: readFileSync(path.join(CORPUS, file)), manifest: manifest.get(file) });

const en2024 = load('000_f5802b8d0c79e8c4.txt') as ParsedResolution;
const zh2012 = load('002_b762f06a99ed772d.txt') as ParsedResolution;
const page = load('004_39d9317b104d6e1f.txt') as ParsedGroupPage;
const graphs = buildGraphs([en2024, zh2012, page]);
const [g2024, g2012, gPage] = graphs as [DocumentGraph, DocumentGraph, DocumentGraph];

const ws = (s: string): string => s.replace(/[\s\u00A0]+/g, ' ').trim();
const edgesOf = (g: DocumentGraph, type: string): GraphEdge[] => g.edges.filter((e) => e.type === type);
const targets = (g: DocumentGraph, type: string): string[] => [...new Set(edgesOf(g, type).map((e) => e.to))].sort();

describe('WTSA Resolution 78 (Rev. New Delhi, 2024), English', () => {
  it('is identified from its own text', () => {
    expect(en2024.kind).toBe('resolution');
    expect(en2024.language).toBe('en');
    expect(en2024.body).toEqual({ value: 'WTSA', source: 'text' });
    expect(en2024.number).toEqual({ value: '78', source: 'text' });
    expect(en2024.year).toEqual({ value: 2024, source: 'text' });
    expect(en2024.place).toEqual({ value: 'New Delhi', source: 'text' });
    expect(en2024.revisionLabel).toBe('Rev. New Delhi, 2024');
    expect(en2024.title?.value).toBe(
      'Information and communication technology applications and standards for improved access to e\u2011health services',
    );
    expect(en2024.history).toEqual([
      { place: 'Dubai', year: 2012 },
      { place: 'Hammamet', year: 2016 },
      { place: 'Geneva', year: 2022 },
      { place: 'New Delhi', year: 2024 },
    ]);
  });

  it('keeps the foreword apart', () => {
    expect(en2024.foreword).toMatch(/^FOREWORD/);
    expect(en2024.foreword).toContain('collaborative basis with ISO and IEC');
    expect(en2024.clauses.some((c) => c.text.includes('FOREWORD'))).toBe(false);
  });

  it('reads every section with its item count', () => {
    expect(en2024.sections.map((s) => [s.key, s.itemCount, s.hasBody])).toEqual([
      ['recalling', 3, false],
      ['recognizing', 7, false],
      ['considering', 6, false],
      ['noting', 9, false],
      ['recognizing-further', 5, false],
      ['resolves-to-instruct-1', 5, false],
      ['instructs-1', 7, false],
      ['instructs-2', 0, true],
      ['invites-1', 0, true],
      ['encourages-1', 4, false],
    ]);
  });

  it('attaches the footnote to the clause that references it', () => {
    const c = en2024.clauses.find((x) => x.address === 'preamble/recognizing/c');
    expect(c?.footnotes).toEqual([
      'These include the least developed countries, small island developing states, landlocked developing countries and countries with economies in transition.',
    ]);
    expect(c?.text).not.toContain('footnoteRef');
  });

  it('reads five instructions with addressees, collaborators and items', () => {
    const ids = (g: DocumentGraph, ins: string, type: string): string[] =>
      g.edges
        .filter((e) => e.type === type && e.from === `instruction:wtsa-78:2024:en:${ins}`)
        .map((e) => e.to)
        .sort();
    expect(en2024.instructions.map((i) => [i.address, i.kind, i.items.length])).toEqual([
      ['resolves-to-instruct-1', 'INSTRUCTS', 5],
      ['instructs-1', 'INSTRUCTS', 7],
      ['instructs-2', 'INSTRUCTS', 1],
      ['invites-1', 'INVITES', 1],
      ['encourages-1', 'ENCOURAGES', 4],
    ]);
    expect(ids(g2024, 'resolves-to-instruct-1', 'ADDRESSED_TO')).toEqual(['office:director-tsb']);
    expect(ids(g2024, 'resolves-to-instruct-1', 'IN_COLLABORATION_WITH')).toEqual([
      'office:director-bdt',
      'office:director-br',
    ]);
    expect(ids(g2024, 'instructs-1', 'ADDRESSED_TO')).toEqual(['sg:itu-t:20', 'sg:itu-t:21']);
    // "in collaboration with the relevant study groups, in particular Study Groups 11 and 17, of the ITU-T".
    expect(ids(g2024, 'instructs-1', 'IN_COLLABORATION_WITH')).toEqual([
      'org:study-groups-itu-t',
      'sg:itu-t:11',
      'sg:itu-t:17',
    ]);
    expect(ids(g2024, 'instructs-2', 'ADDRESSED_TO')).toEqual(['office:director-tsb']);
    expect(ids(g2024, 'instructs-2', 'IN_COLLABORATION_WITH')).toEqual(['office:director-bdt']);
    expect(ids(g2024, 'invites-1', 'ADDRESSED_TO')).toEqual(['stakeholder:member-states']);
    expect(ids(g2024, 'encourages-1', 'ADDRESSED_TO')).toEqual([
      'stakeholder:academia',
      'stakeholder:associates',
      'stakeholder:member-states',
      'stakeholder:sector-members',
    ]);
    expect(en2024.instructions[1]?.items.map((i) => i.label)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(en2024.instructions[2]?.items[0]?.text).toMatch(/^to support awareness-raising campaigns/);
  });

  it('reads every citation, as work and revision', () => {
    expect(targets(g2024, 'CITES')).toEqual([
      'instrument:agenda-2030',
      'instrument:geneva-plan-of-action',
      'instrument:sdg-3',
      'instrument:unga-70-1',
      'instrument:wha58.28',
      'instrument:who-global-strategy-on-digital-health',
      'version:pp-183:2014',
      'version:wtdc-54:2014',
    ]);
    const v = g2024.nodes.find((n) => n.id === 'version:pp-183:2014');
    expect(v).toMatchObject({
      type: 'Version',
      body: 'PP',
      number: '183',
      year: 2014,
      place: 'Busan',
      label: 'Rev. Busan, 2014',
    });
    expect(g2024.edges.some((e) => e.type === 'HAS_VERSION' && e.from === 'resolution:pp-183' && e.to === v?.id)).toBe(
      true,
    );
  });

  it('reads the Questions with the study groups that own them', () => {
    expect(edgesOf(g2024, 'STUDIED_BY').map((e) => [e.from, e.to])).toEqual([
      ['question:itu-d:2/2', 'sg:itu-d:2'],
      ['question:itu-t:sg21:multimedia-framework-for-digital-health-applications', 'sg:itu-t:21'],
    ]);
    expect(g2024.nodes.find((n) => n.id.startsWith('question:itu-t:sg21'))).toMatchObject({
      code: null,
      title: 'multimedia framework for digital health applications',
    });
  });

  it('names the organisations the analysts ask about', () => {
    const orgs = g2024.nodes.filter((n) => n.type === 'Organization').map((n) => n.id);
    expect(orgs).toEqual(
      expect.arrayContaining(['org:who', 'org:wipo', 'org:itu', 'org:fg-ai4h', 'org:gi-ai4h', 'org:iso-tc-215']),
    );
  });

  it('reads the relationships stated in the preamble', () => {
    const rel = (type: string): string[] => edgesOf(g2024, type).map((e) => `${e.from} -> ${e.to}`);
    expect(rel('LAUNCHED_BY').sort()).toEqual([
      'org:gi-ai4h -> org:itu',
      'org:gi-ai4h -> org:who',
      'org:gi-ai4h -> org:wipo',
    ]);
    expect(rel('SUCCEEDS')).toEqual(['org:gi-ai4h -> org:fg-ai4h']);
    expect(rel('PARTNER_OF').sort()).toEqual(['org:fg-ai4h -> org:itu', 'org:fg-ai4h -> org:who']);
  });

  it('knows the versions its history line names, without documents', () => {
    expect(targets(g2024, 'HAS_VERSION').filter((id) => id.startsWith('version:wtsa-78'))).toEqual([
      'version:wtsa-78:2012',
      'version:wtsa-78:2016',
      'version:wtsa-78:2022',
      'version:wtsa-78:2024',
    ]);
    expect(edgesOf(g2024, 'HAS_DOCUMENT').map((e) => e.from)).toEqual(['version:wtsa-78:2024']);
  });
});

describe('WTSA Resolution 78 (Dubai, 2012), Chinese', () => {
  it('takes its number from the manifest and says so; the rest from the text', () => {
    expect(zh2012.language).toBe('zh');
    expect(zh2012.number).toEqual({ value: '78', source: 'manifest' });
    expect(zh2012.body).toEqual({ value: 'WTSA', source: 'text' });
    expect(zh2012.year).toEqual({ value: 2012, source: 'text' });
    expect(zh2012.place).toEqual({ value: 'Dubai', source: 'text' });
    expect(zh2012.title).toBeNull();
    expect(g2012.document).toMatchObject({ id: 'document:wtsa-78:2012:zh', manifestFacts: ['resolution.number'] });
  });

  it('reads every section, including the instructs heading split over two lines', () => {
    expect(zh2012.sections.map((s) => [s.key, s.itemCount, s.hasBody])).toEqual([
      ['recalling', 2, false],
      ['recognizing', 2, false],
      ['considering', 6, false],
      ['noting', 5, false],
      ['resolves-to-instruct-1', 5, false],
      ['instructs-1', 4, false],
      ['invites-1', 0, true],
      ['encourages-1', 0, true],
    ]);
  });

  it('reads four instructions', () => {
    const pick = (i: ParsedResolution['instructions'][number]): unknown => [
      i.kind,
      i.addressees.map((m) => JSON.stringify(m.entity)).sort(),
      i.collaborators.map((m) => JSON.stringify(m.entity)).sort(),
      i.items.length,
    ];
    const sg = (n: number): string => JSON.stringify({ type: 'StudyGroup', sector: 'ITU-T', number: n });
    const office = (key: string, name: string): string => JSON.stringify({ type: 'Office', key, name });
    const stakeholder = (key: string, name: string): string => JSON.stringify({ type: 'Stakeholder', key, name });
    const studyGroups = JSON.stringify({
      type: 'Organization',
      key: 'study-groups-itu-t',
      name: 'ITU-T study groups',
      acronym: null,
      kind: 'itu-group',
    });
    expect(zh2012.instructions.map(pick)).toEqual([
      [
        'INSTRUCTS',
        [office('director-tsb', 'Director of TSB')],
        [office('director-bdt', 'Director of BDT'), office('director-br', 'Director of BR')],
        5,
      ],
      // "与相关研究组（尤其是ITU-T第11和第17研究组）协作": the relevant study groups, in particular 11 and 17.
      ['INSTRUCTS', [sg(16)], [studyGroups, sg(11), sg(17)], 4],
      ['INVITES', [stakeholder('member-states', 'Member States')], [], 1],
      [
        'ENCOURAGES',
        [
          stakeholder('academia', 'Academia'),
          stakeholder('member-states', 'Member States'),
          stakeholder('sector-members', 'Sector Members'),
        ],
        [],
        1,
      ],
    ]);
  });

  it('reads the citations, places normalised across languages', () => {
    expect(targets(g2012, 'CITES')).toEqual([
      'instrument:geneva-plan-of-action',
      'instrument:wha58.28',
      'version:pp-130:2010',
      'version:pp-183:2010',
      'version:wtdc-65:2010',
    ]);
    expect(g2012.nodes.find((n) => n.id === 'version:wtdc-65:2010')).toMatchObject({ place: 'Hyderabad' });
  });

  it('reads the Questions and the GSC', () => {
    expect(edgesOf(g2012, 'STUDIED_BY').map((e) => [e.from, e.to])).toEqual([
      ['question:itu-d:14-3/2', 'sg:itu-d:2'],
      ['question:itu-t:28/16', 'sg:itu-t:16'],
    ]);
    expect(targets(g2012, 'MENTIONS')).toEqual(
      expect.arrayContaining(['org:gsc', 'org:who', 'org:itu', 'sg:itu-t:16']),
    );
  });
});

describe('FG-AI4H web page', () => {
  it('is a page about the focus group, with its parent and partners', () => {
    expect(page.kind).toBe('group-page');
    expect(page.subject).toMatchObject({ type: 'Organization', key: 'fg-ai4h' });
    expect(gPage.document.id).toBe('document:page-fg-ai4h:en');
    const rel = gPage.edges
      .filter((e) => ['REPORTS_TO', 'PARTNER_OF'].includes(e.type))
      .map((e) => `${e.type} ${e.to}`);
    expect([...new Set(rel)].sort()).toEqual(['PARTNER_OF org:itu', 'PARTNER_OF org:who', 'REPORTS_TO sg:itu-t:16']);
    expect(gPage.defines).toEqual(['org:fg-ai4h']);
  });
});

describe('provenance', () => {
  it.each(graphs.map((g) => [g.document.id, g]))('every quote of %s occurs in its document at its span', (_, g) => {
    const doc = [en2024, zh2012, page].find((d) => buildGraphs([d])[0]?.document.id === g.document.id);
    expect(doc).toBeDefined();
    const text = doc?.text ?? '';
    const normalised = ws(text);
    let checked = 0;
    for (const e of g.edges) {
      if (!e.provenance) continue;
      expect(e.provenance.document).toBe(g.document.id);
      expect(normalised).toContain(ws(e.provenance.quote));
      expect(ws(text.slice(e.provenance.span[0], e.provenance.span[1]))).toBe(ws(e.provenance.quote));
      checked++;
    }
    expect(checked).toBeGreaterThan(5);
  });

  it('gives the same ids when the same text is loaded twice', () => {
    const again = buildGraphs([load('000_f5802b8d0c79e8c4.txt')])[0];
    expect(again?.nodes.map((n) => n.id)).toEqual(g2024.nodes.map((n) => n.id));
    expect(again?.edges.map((e) => e.id)).toEqual(g2024.edges.map((e) => e.id));
  });
});
