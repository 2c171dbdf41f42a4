/**
 * The comparison point of the API benchmark: the Neo4j GraphQL Library (@neo4j/graphql) over the same Neo4j data,
 * served over HTTP by its own Apollo Server on express 5 (as our API is), and the nearest query it can answer for
 * each analyst question.
 *
 * The type definitions map the stored shape (see graph/neo4j/codec.ts): every node has its model type as a label and
 * an `id`; relationships are typed as in graph/model.ts. What the library cannot map is left out or fetched raw:
 * `Instruction.items` is a `json:`-prefixed string (decoded by the client), the enums our API derives from stored
 * strings (`Sector`, `OrganizationKind`) are plain strings, `Version.languages` is the documents' languages
 * (deduplicated by the client), and "the English document, else the first" is chosen by the client.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import express from 'express';
import type { Driver } from 'neo4j-driver';

/** Type definitions for @neo4j/graphql 7 (`@node` on every node type; no mutations). */
export const NEO4J_GRAPHQL_TYPE_DEFS = /* GraphQL */ `
  extend schema @mutation(operations: [])

  "A party or cited thing: every stored entity type that has a name property."
  interface Entity {
    id: ID!
    name: String
  }

  type Resolution @node(labels: ["Resolution"]) {
    id: ID!
    body: String!
    number: String!
    title: String
    versions: [Version!]! @relationship(type: "HAS_VERSION", direction: OUT)
  }

  type Version @node(labels: ["Version"]) {
    id: ID!
    year: Int!
    place: String
    label: String
    resolution: [Resolution!]! @relationship(type: "HAS_VERSION", direction: IN)
    documents: [Document!]! @relationship(type: "HAS_DOCUMENT", direction: OUT)
    instructedGroups: [StudyGroup!]! @relationship(type: "INSTRUCTS", direction: OUT)
  }

  type Document @node(labels: ["Document"]) {
    id: ID!
    language: String!
    version: [Version!]! @relationship(type: "HAS_DOCUMENT", direction: IN)
    instructions: [Instruction!]! @relationship(type: "HAS_INSTRUCTION", direction: OUT)
  }

  type Instruction @node(labels: ["Instruction"]) {
    id: ID!
    kind: String!
    order: Int!
    heading: String!
    clause: String!
    document: String!
    "JSON, prefixed with 'json:' as the store writes it."
    items: String!
    addressees: [Entity!]! @relationship(type: "ADDRESSED_TO", direction: OUT)
    collaborators: [Entity!]! @relationship(type: "IN_COLLABORATION_WITH", direction: OUT)
    documentNode: [Document!]! @relationship(type: "HAS_INSTRUCTION", direction: IN)
  }

  type StudyGroup implements Entity @node(labels: ["StudyGroup"]) {
    id: ID!
    name: String
    sector: String!
    number: Int!
    title: String
    addressedIn: [Instruction!]! @relationship(type: "ADDRESSED_TO", direction: IN)
    collaboratorIn: [Instruction!]! @relationship(type: "IN_COLLABORATION_WITH", direction: IN)
  }

  type Question implements Entity @node(labels: ["Question"]) {
    id: ID!
    name: String
    sector: String!
    code: String
    title: String
    studyGroup: [StudyGroup!]! @relationship(type: "STUDIED_BY", direction: OUT)
    mentionedIn: [Version!]! @relationship(type: "MENTIONS", direction: IN)
  }

  type Organization implements Entity @node(labels: ["Organization"]) {
    id: ID!
    name: String
    acronym: String
    kind: String!
  }

  type Office implements Entity @node(labels: ["Office"]) {
    id: ID!
    name: String
  }

  type Stakeholder implements Entity @node(labels: ["Stakeholder"]) {
    id: ID!
    name: String
  }

  type Assembly implements Entity @node(labels: ["Assembly"]) {
    id: ID!
    name: String
  }

  type Instrument implements Entity @node(labels: ["Instrument"]) {
    id: ID!
    name: String
  }
`;

/** The library's nearest equivalent of each benchmarked question (keyed like the analysts' files). */
export const NEO4J_GRAPHQL_QUERIES = {
  '01-instructed-groups': /* GraphQL */ `
    query InstructedGroups($body: String!, $number: String!) {
      resolutions(where: { body: { eq: $body }, number: { eq: $number } }, limit: 1) {
        id
        body
        number
        title
        versions(sort: [{ year: ASC }, { id: ASC }]) {
          id
          year
          place
          documents {
            language
          }
          instructedGroups(sort: [{ sector: ASC }, { number: ASC }]) {
            id
            sector
            number
          }
        }
      }
    }
  `,
  '02-mandates': /* GraphQL */ `
    query Mandates($body: String!, $number: String!, $year: Int!) {
      resolutions(where: { body: { eq: $body }, number: { eq: $number } }, limit: 1) {
        versions(where: { year: { eq: $year } }) {
          year
          documents(sort: [{ language: ASC }]) {
            language
            instructions(sort: [{ order: ASC }]) {
              id
              kind
              addressees {
                id
                name
              }
              collaborators {
                id
                name
              }
              items
              document
              clause
              heading
            }
          }
        }
      }
    }
  `,
  '03-study-group-mandates': /* GraphQL */ `
    query StudyGroupMandates($sector: String!, $number: Int!) {
      studyGroups(where: { sector: { eq: $sector }, number: { eq: $number } }, limit: 1) {
        id
        sector
        number
        title
        addressedIn {
          ...Mandate
        }
        collaboratorIn {
          ...Mandate
        }
      }
    }
    fragment Mandate on Instruction {
      kind
      order
      documentNode {
        version {
          id
          year
          resolution {
            body
            number
          }
        }
      }
    }
  `,
  '06-organizations': /* GraphQL */ `
    query Organizations {
      organizations(sort: [{ name: ASC }, { id: ASC }], limit: 100) {
        id
        name
        acronym
        kind
      }
    }
  `,
  '09-questions': /* GraphQL */ `
    query Questions {
      questions(sort: [{ id: ASC }], limit: 100) {
        id
        sector
        code
        title
        studyGroup {
          sector
          number
        }
        mentionedIn(sort: [{ year: ASC }, { id: ASC }]) {
          year
          resolution {
            body
            number
          }
        }
      }
    }
  `,
} as const;

export interface Neo4jGraphQLServer {
  /** The GraphQL endpoint, e.g. `http://localhost:41234/graphql`. */
  readonly url: string;
  stop(): Promise<void>;
}

/**
 * Builds the library's schema over `driver` and serves it at `/graphql` on `port` (0: a free one), with a JSON
 * body parser and nothing else: the library's own cost, without our server's limits, logging and error masking.
 */
export async function startNeo4jGraphQLServer(options: {
  readonly driver: Driver;
  readonly port?: number;
  readonly database?: string;
}): Promise<Neo4jGraphQLServer> {
  const library = new Neo4jGraphQL({ typeDefs: NEO4J_GRAPHQL_TYPE_DEFS, driver: options.driver });
  const schema = await library.getSchema();
  const apollo = new ApolloServer({ schema, introspection: false });
  await apollo.start();
  const app = express();
  app.disable('x-powered-by');
  const sessionConfig = options.database ? { sessionConfig: { database: options.database } } : {};
  app.use(
    '/graphql',
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, { context: async () => ({ ...sessionConfig }) }),
  );
  const server = http.createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    async stop() {
      await apollo.stop();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
