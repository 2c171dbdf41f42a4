/**
 * A page about a Question (its terms of reference) is a document of its own, named after the Question it states,
 * and defines that Question; texts written for these tests.
 */
import { parseDocument } from '../loaders';
import { buildDocumentGraph } from './build';

const graphOf = (lines: readonly string[]): ReturnType<typeof buildDocumentGraph> =>
  buildDocumentGraph(parseDocument({ file: 'terms.txt', content: Buffer.from(lines.join('\n'), 'utf8') }));

describe("a Question's terms of reference", () => {
  const graph = graphOf([
    'Question 4/1',
    'Broadband access for remote health centres',
    '5\tProposers/sponsors',
    'ITU-D Study Group 1.',
    '9\tCoordination and collaboration',
    'The study group on this Question should coordinate with ITU-T Study Group 13 and ITU-T Study Group 16.',
  ]);

  it("is the Question's document, which defines the Question and its study group", () => {
    expect(graph.document.id).toBe('document:page-itu-d-q4/1:en');
    expect(graph.defines).toContain('question:itu-d:4/1');
    expect(graph.edges.filter((e) => e.type === 'STUDIED_BY').map((e) => `${e.from} ${e.to}`)).toEqual([
      'question:itu-d:4/1 sg:itu-d:1',
    ]);
  });
});

describe("a Question's title stated on its page", () => {
  const title = 'Enabling technologies for e-services and applications, including e-health and e-education';
  const graph = graphOf(['QUESTION 2/2', title, '5\tProposers/sponsors', 'ITU-D Study Group 2.']);

  it("is the Question node's title, with the title's words as a mention's provenance", () => {
    expect(graph.nodes.find((n) => n.id === 'question:itu-d:2/2')).toMatchObject({ title });
    expect(
      graph.edges.filter((e) => e.type === 'MENTIONS' && e.to === 'question:itu-d:2/2').map((e) => e.provenance?.quote),
    ).toEqual(['QUESTION 2/2', title]);
  });
});

describe("a Question's title in a resolution's annex that lists Questions", () => {
  const title = 'Strategies and policies for the deployment of broadband in developing countries';
  const graph = graphOf([
    'RESOLUTION 2 (Rev. Kigali, 2022)',
    'Establishment of study groups',
    'The World Telecommunication Development Conference (Kigali, 2022),',
    'resolves',
    'to establish the study groups listed in Annex 1 to this resolution.',
    '',
    'ANNEX 1 TO RESOLUTION 2 (Rev. Kigali, 2022)',
    'Study Group 1',
    `Question 1/1: ${title}`,
  ]);

  it("is the Question node's title, with the annex's clause and the line's words as its mention's provenance", () => {
    expect(graph.nodes.find((n) => n.id === 'question:itu-d:1/1')).toMatchObject({ title });
    expect(
      graph.edges
        .filter((e) => e.type === 'MENTIONS' && e.to === 'question:itu-d:1/1')
        .map((e) => [e.provenance?.clause, e.provenance?.quote]),
    ).toEqual([['annex-1/p-2', `Question 1/1: ${title}`]]);
  });
});
