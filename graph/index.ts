/** The graph: model, builder, the GraphStore port and its two adapters. */
export * from './model';
export type * from './store';
export { StoreError } from './store';
export { buildDocumentGraph, buildGraphs, documentIdOf } from './build';
export { graphContentHash, canonicalJson } from './content-hash';
export { foldForSearch, tokenize, makeSnippet } from './text';
export { createMemoryStore } from './memory';
export { createNeo4jStore, connectNeo4j } from './neo4j';
export { toJson, toGraphML, toCsv, nodeLabel, workName, EXPORT_FORMATS } from './export';
export type { ExportFormat, GraphData } from './export';
