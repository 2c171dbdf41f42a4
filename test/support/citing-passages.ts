/**
 * Who cites a work, and where, seen from the cited side through the API (`citingPassages`, `mentioningPassages`,
 * `Document.citations`): cases that run unchanged against both stores. A resolution and two group pages, written
 * for these tests, cite WTSA Resolution 78 as a work and in its 2024 revision, a Recommendation, and name a
 * Question.
 */
import { ApolloServer } from '@apollo/server';
import { buildDocumentGraph } from '../../graph';
import type { DocumentGraph, GraphStore } from '../../graph';
import type { ParsedDocument } from '../../loaders';
import { createContext, resolvers, typeDefs } from '../../schema';
import type { Context } from '../../schema';
import { countingStore } from './n-plus-one';
import { pageOf } from './page-texts';
import { parseResolutionText } from './resolution-mentions';
import { WTDC } from './wtdc-texts';

/** A WTDC resolution citing the 2024 revision of WTSA Resolution 78, the work alone, and a Recommendation. */
const RESOLUTION: ParsedDocument = parseResolutionText(
  WTDC.en(
    [
      'a)\tResolution 78 (Rev. New Delhi, 2024) of the World Telecommunication Standardization Assembly, on e-health;',
      'b)\tWTSA Resolution 78, on e-health;',
      'c)\tRecommendation ITU-T H.810;',
    ].join('\n'),
  ),
);

/** A group's page citing the 2024 revision, then the work, a Recommendation and a Question. */
const MONITORING: ParsedDocument = pageOf(
  'Focus Group on AI for Remote Patient Monitoring',
  'The Focus Group on AI for Remote Patient Monitoring (FG-AI4RPM) supports the implementation of WTSA Resolution 78 (Rev. New Delhi, 2024).',
  'It builds on WTSA Resolution 78 and Recommendation ITU-T H.810, and works with Question 2/2 of ITU-D Study Group 2.',
);

/** Another group's page, citing the work alone. */
const ACCESSIBILITY: ParsedDocument = pageOf(
  'Focus Group on Accessible Telehealth',
  'The Focus Group on Accessible Telehealth (FG-AT) was set up under WTSA Resolution 78.',
);

const GRAPHS: readonly DocumentGraph[] = [RESOLUTION, MONITORING, ACCESSIBILITY].map((d) => buildDocumentGraph(d));

const PASSAGE = `by { __typename id ... on Document { kind title } ... on Version { year } }
  cited { __typename id } provenance { document clause quote start end }`;

const QUERY = `{
  resolution(body: WTSA, number: "78") {
    citingPassages { ${PASSAGE} }
    version(year: 2024) { citingPassages { ${PASSAGE} } }
  }
  monitoring: node(id: "document:page-fg-ai4rpm:en") {
    ... on Document { citations { cited { id } work { id } provenance { clause quote } } }
  }
  resolutionText: node(id: "document:wtdc-65:2022:en") {
    ... on Document { citations { cited { id } work { id } provenance { document clause quote } } }
  }
  instrument: node(id: "instrument:rec-itu-t-h.810") {
    ... on Instrument { citedBy { id } citingPassages { by { id } cited { id } provenance { clause quote } } }
  }
  question: node(id: "question:itu-d:2/2") {
    ... on Question { mentionedIn { id } mentioningPassages { by { id } provenance { document clause quote } } }
  }
}`;

interface Passage {
  by: { __typename: string; id: string; kind?: string; title?: string; year?: number };
  cited: { __typename: string; id: string };
  provenance: { document: string; clause: string; quote: string; start: number; end: number };
}

interface Answer {
  resolution: { citingPassages: Passage[]; version: { citingPassages: Passage[] } };
  monitoring: { citations: { cited: { id: string }; work: { id: string }; provenance: { clause: string } }[] };
  resolutionText: { citations: { cited: { id: string }; provenance: { document: string; clause: string } }[] };
  instrument: { citedBy: { id: string }[]; citingPassages: Passage[] };
  question: { mentionedIn: { id: string }[]; mentioningPassages: Passage[] };
}

/** A passage as an analyst reads it: "CITING cites CITED at CLAUSE: QUOTE". */
const line = (p: Pick<Passage, 'by' | 'provenance'> & { cited?: { id: string } }): string =>
  `${p.by.id}${p.cited ? ` cites ${p.cited.id}` : ''} at ${p.provenance.clause}: ${p.provenance.quote}`;

/**
 * Registers the cases for the store `makeStore` makes (empty, ready to write; the cases clear and close it). The
 * texts are written in the order given, then again into the cleared store in the reverse order, which must answer
 * alike.
 */
export function runCitingPassages(name: string, makeStore: () => Promise<GraphStore>): void {
  describe(`who cites a work, through the API on ${name}`, () => {
    let server: ApolloServer<Context>;
    let store: GraphStore;

    async function ask(store: GraphStore): Promise<Answer> {
      const res = await server.executeOperation({ query: QUERY }, { contextValue: createContext(store) });
      if (res.body.kind !== 'single') throw new Error('expected a single result');
      expect(res.body.singleResult.errors).toBeUndefined();
      return res.body.singleResult.data as unknown as Answer;
    }

    let answer: Answer;
    beforeAll(async () => {
      server = new ApolloServer<Context>({ typeDefs, resolvers });
      await server.start();
      store = await makeStore();
      for (const g of GRAPHS) await store.writeDocument(g);
      answer = await ask(store);
    });
    afterAll(async () => {
      await server.stop();
      await store.clear();
      await store.close();
    });

    it("lists the pages and texts citing a resolution, in any revision, with each page's quote", () => {
      expect(answer.resolution.citingPassages.map(line)).toEqual([
        'document:page-fg-ai4rpm:en cites version:wtsa-78:2024 at page/p-2: WTSA Resolution 78 (Rev. New Delhi, 2024)',
        'document:page-fg-ai4rpm:en cites resolution:wtsa-78 at page/p-3: WTSA Resolution 78',
        'document:page-fg-at:en cites resolution:wtsa-78 at page/p-2: WTSA Resolution 78',
        'version:wtdc-65:2022 cites version:wtsa-78:2024 at preamble/recalling/a: Resolution 78 (Rev. New Delhi, 2024) of the World Telecommunication Standardization Assembly',
        'version:wtdc-65:2022 cites resolution:wtsa-78 at preamble/recalling/b: WTSA Resolution 78',
      ]);
      const [revision, work] = answer.resolution.citingPassages;
      expect(revision?.by).toMatchObject({ __typename: 'Document', kind: 'GROUP_PAGE' });
      expect([revision?.cited.__typename, work?.cited.__typename]).toEqual(['Version', 'Resolution']);
      for (const p of answer.resolution.citingPassages) expect(p.provenance.end).toBeGreaterThan(p.provenance.start);
    });

    it('lists those citing a revision on the Version, with the citing version and its clause address', () => {
      const passages = answer.resolution.version.citingPassages;
      expect(passages.map(line)).toEqual([
        'document:page-fg-ai4rpm:en cites version:wtsa-78:2024 at page/p-2: WTSA Resolution 78 (Rev. New Delhi, 2024)',
        'version:wtdc-65:2022 cites version:wtsa-78:2024 at preamble/recalling/a: Resolution 78 (Rev. New Delhi, 2024) of the World Telecommunication Standardization Assembly',
      ]);
      expect(passages[1]?.by).toMatchObject({ __typename: 'Version', year: 2022 });
      expect(passages[1]?.provenance.document).toBe('document:wtdc-65:2022:en');
    });

    it("gives a page's citations, and a resolution text's, in the order of the text", () => {
      expect(answer.monitoring.citations.map((c) => `${c.cited.id} (${c.work.id}) ${c.provenance.clause}`)).toEqual([
        'version:wtsa-78:2024 (resolution:wtsa-78) page/p-2',
        'resolution:wtsa-78 (resolution:wtsa-78) page/p-3',
        'instrument:rec-itu-t-h.810 (instrument:rec-itu-t-h.810) page/p-3',
      ]);
      expect(answer.resolutionText.citations.map((c) => `${c.cited.id} ${c.provenance.clause}`)).toEqual([
        'version:wtsa-78:2024 preamble/recalling/a',
        'resolution:wtsa-78 preamble/recalling/b',
        'instrument:rec-itu-t-h.810 preamble/recalling/c',
      ]);
    });

    it('shows the pages citing an instrument and naming a Question, where the older lists show versions only', () => {
      expect(answer.instrument.citedBy).toEqual([{ id: 'version:wtdc-65:2022' }]);
      expect(answer.instrument.citingPassages.map(line)).toEqual([
        'document:page-fg-ai4rpm:en cites instrument:rec-itu-t-h.810 at page/p-3: Recommendation ITU-T H.810',
        'version:wtdc-65:2022 cites instrument:rec-itu-t-h.810 at preamble/recalling/c: Recommendation ITU-T H.810',
      ]);
      expect(answer.question.mentionedIn).toEqual([]);
      expect(answer.question.mentioningPassages.map(line)).toEqual([
        'document:page-fg-ai4rpm:en at page/p-3: Question 2/2',
      ]);
    });

    /** Queries whose lists come back with their start node, each with the list's path in the answer. */
    const ONE_CALL: readonly [string, string, readonly [string, string], number][] = [
      [
        "a resolution's passages, of the work and of its versions",
        `{ resolution(body: WTSA, number: "78") { citingPassages { by { id name } provenance { quote } } } }`,
        ['resolution', 'citingPassages'],
        5,
      ],
      [
        "a resolution text's citations (its version's, read from the text)",
        `{ node(id: "document:wtdc-65:2022:en") { ... on Document { citations { cited { id name } provenance { quote } } } } }`,
        ['node', 'citations'],
        3,
      ],
    ];
    it.each(ONE_CALL)('fetches %s with the node, in one store call', async (_what, query, [root, list], count) => {
      const counted = countingStore(store);
      const res = await server.executeOperation({ query }, { contextValue: createContext(counted.store) });
      if (res.body.kind !== 'single') throw new Error('expected a single result');
      const data = res.body.singleResult.data as Record<string, Record<string, unknown[]>>;
      expect(data[root]?.[list]).toHaveLength(count);
      expect(counted.calls()).toBe(1);
    });

    it('answers the same whatever order the texts were written in', async () => {
      await store.clear();
      for (const g of [...GRAPHS].reverse()) await store.writeDocument(g);
      expect(await ask(store)).toEqual(answer);
    });
  });
}
