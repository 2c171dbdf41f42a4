/**
 * ITU-style texts written for these tests in French, Spanish, Russian, Arabic and Chinese, adopted by different
 * bodies (WTSA, PP, WTDC: in Arabic the Assembly speaks in the feminine and the Conference in the masculine; in
 * French the opening starts "L'Assemblée" or "La Conférence"): the lexicon tables make the same parser read them,
 * with no manifest (the language is detected, places are normalised to their English names).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildDocumentGraph } from '../graph/build';
import { parseDocument } from '../loaders';
import type { ParsedResolution } from '../loaders';

interface Expected {
  language: string;
  body: string;
  number: string;
  year: number;
  place: string;
  history: { place: string; year: number }[];
  sections: { key: string; items: number; body?: boolean }[];
  instructions: { kind: string; addressees: string[]; collaborators: string[]; items: number }[];
  citations: string[];
  questions: string[];
  organizations: string[];
}

const FIXTURES = path.join(__dirname, '..', 'loaders', 'fixtures');
const expected = JSON.parse(readFileSync(path.join(FIXTURES, 'multilingual.expected.json'), 'utf8')) as Record<
  string,
  Expected
>;

describe.each(Object.entries(expected))('%s', (file, want) => {
  const doc = parseDocument({ file, content: readFileSync(path.join(FIXTURES, file)) }) as ParsedResolution;
  const graph = buildDocumentGraph(doc);
  const targets = (type: string, from?: string): string[] =>
    [...new Set(graph.edges.filter((e) => e.type === type && (!from || e.from === from)).map((e) => e.to))].sort();

  it('detects the language and reads the identity from the text', () => {
    expect(doc.kind).toBe('resolution');
    expect(doc.language).toBe(want.language);
    expect([doc.body.value, doc.number.value, doc.year.value, doc.place.value]).toEqual([
      want.body,
      want.number,
      want.year,
      want.place,
    ]);
    expect(doc.history).toEqual(want.history);
  });

  it('reads the sections and their items', () => {
    expect(doc.sections.map((s) => ({ key: s.key, items: s.itemCount, ...(s.hasBody ? { body: true } : {}) }))).toEqual(
      want.sections,
    );
  });

  it('reads every instruction with its kind, addressees, collaborators and items', () => {
    const got = doc.instructions.map((i) => ({
      kind: i.kind,
      addressees: targets('ADDRESSED_TO', `instruction:${graph.document.id.replace(/^document:/, '')}:${i.address}`),
      collaborators: targets(
        'IN_COLLABORATION_WITH',
        `instruction:${graph.document.id.replace(/^document:/, '')}:${i.address}`,
      ),
      items: i.items.length,
    }));
    expect(got).toEqual(
      want.instructions.map((i) => ({
        ...i,
        addressees: [...i.addressees].sort(),
        collaborators: [...i.collaborators].sort(),
      })),
    );
  });

  it('reads the citations, Questions and organizations', () => {
    const works = targets('CITES').map((id) => id.replace(/^version:([a-z]+-\d+):\d+$/, 'resolution:$1'));
    expect(works).toEqual(expect.arrayContaining(want.citations));
    expect(targets('MENTIONS').filter((id) => id.startsWith('question:'))).toEqual(want.questions);
    expect(targets('MENTIONS').filter((id) => id.startsWith('org:'))).toEqual(
      expect.arrayContaining(want.organizations),
    );
  });

  it('quotes the text at every provenance span', () => {
    for (const e of graph.edges) {
      if (!e.provenance) continue;
      expect(doc.text.slice(e.provenance.span[0], e.provenance.span[1])).toBe(e.provenance.quote);
    }
  });
});
