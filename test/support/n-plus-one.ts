/**
 * No N+1: the number of store calls an operation makes is at most its selection depth plus one, whatever the number
 * of items. A nested list query runs over 10 and over 1,000 mandates of one study group; the store (and, on Neo4j,
 * the driver) is wrapped to count calls.
 */
import { ApolloServer } from '@apollo/server';
import { ids } from '../../graph';
import type { DocumentGraph, GraphEdge, GraphNode, GraphStore } from '../../graph';
import { createContext } from '../../schema';
import type { Context } from '../../schema';
import { apiGateway } from '../../src/server/executor';

/** Counts every call of a GraphStore method. */
export function countingStore(store: GraphStore): { store: GraphStore; calls: () => number; reset: () => void } {
  let calls = 0;
  const proxy = new Proxy(store, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls++;
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { store: proxy, calls: () => calls, reset: () => (calls = 0) };
}

/** One document whose `n` instructions each address study group ITU-T 77, each in its own version. */
export function mandateGraph(n: number, tag: string): DocumentGraph {
  const docId = ids.document(`bench-${tag}`, 'en');
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const sg = ids.studyGroup('ITU-T', 77);
  nodes.push({ id: sg, type: 'StudyGroup', sector: 'ITU-T', number: 77, name: 'ITU-T SG77', title: null });
  const document: GraphNode = {
    id: docId,
    type: 'Document',
    file: `${tag}.txt`,
    language: 'en',
    kind: 'resolution',
    title: null,
    checksum: `checksum-${tag}-${n}`,
    encoding: 'utf-8',
    manifestFacts: [],
    foreword: null,
  };
  nodes.push(document);
  for (let i = 0; i < n; i++) {
    const number = String(5000 + i);
    const resolution = ids.resolution('WTSA', number);
    const version = ids.version('WTSA', number, 2020);
    const instruction = ids.instruction(docId, `instructs-${i + 1}`);
    nodes.push(
      { id: resolution, type: 'Resolution', body: 'WTSA', number, title: `Resolution ${number}`, titleSource: 'text' },
      {
        id: version,
        type: 'Version',
        resolution,
        body: 'WTSA',
        number,
        year: 2020,
        place: 'Geneva',
        label: 'Geneva, 2020',
        source: 'text',
      },
      {
        id: instruction,
        type: 'Instruction',
        document: docId,
        version,
        kind: 'INSTRUCTS',
        clause: `instructs-${i + 1}`,
        order: i,
        heading: `instructs Study Group 77 (${i})`,
        items: [],
      },
    );
    const prov = { document: docId, clause: `instructs-${i + 1}`, span: [i, i + 1] as const, quote: 'Study Group 77' };
    edges.push(
      {
        id: ids.edge('HAS_VERSION', resolution, version),
        type: 'HAS_VERSION',
        from: resolution,
        to: version,
        props: {},
        provenance: null,
      },
      {
        id: ids.edge('HAS_INSTRUCTION', docId, instruction),
        type: 'HAS_INSTRUCTION',
        from: docId,
        to: instruction,
        props: {},
        provenance: null,
      },
      {
        id: ids.edge('ADDRESSED_TO', instruction, sg, `${docId}/${i}`),
        type: 'ADDRESSED_TO',
        from: instruction,
        to: sg,
        props: {},
        provenance: prov,
      },
    );
  }
  return { document: document as DocumentGraph['document'], nodes, edges, defines: [] };
}

export const NESTED_QUERY = `
  query Nested {
    studyGroup(sector: ITU_T, number: 77) {
      mandates {
        role
        instruction {
          kind
          addressees { id name }
          version { year resolution { body number title } }
        }
      }
    }
  }`;
/** studyGroup > mandates > instruction > version > resolution > body */
export const NESTED_DEPTH = 6;

/**
 * Runs the nested query through the API's executor twice, each on a fresh request context: first with graphql-js,
 * then compiled by graphql-jit (src/server/executor.ts), calling `between` in between (to count each run's store
 * calls apart). Returns the number of mandates each run returned.
 */
export async function runNested(store: GraphStore, between: () => void = () => {}): Promise<[number, number]> {
  const server = new ApolloServer<Context>({ gateway: apiGateway() });
  await server.start();
  const once = async (): Promise<number> => {
    const res = await server.executeOperation({ query: NESTED_QUERY }, { contextValue: createContext(store) });
    if (res.body.kind !== 'single' || res.body.singleResult.errors) throw new Error(JSON.stringify(res.body));
    const data = res.body.singleResult.data as { studyGroup: { mandates: unknown[] } };
    return data.studyGroup.mandates.length;
  };
  try {
    const first = await once();
    between();
    return [first, await once()];
  } finally {
    await server.stop();
  }
}
