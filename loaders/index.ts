/**
 * Loaders: ITU document text to typed records. Pure parsing (`parseDocument`) is kept apart from the thin reader
 * of a corpus folder (`readCorpus`). No database, no GraphQL.
 */
export { parseDocument, parseDocuments } from './parse';
export type { ParseInput, ParsedPart } from './parse';
export { readCorpus, readDocument, readManifest, listCorpus } from './read';
export type { ReadOutcome, ReadOptions } from './read';
export { parseManifest, MANIFEST_FILE } from './manifest';
export { decode, DEFAULT_MAX_BYTES } from './decode';
export { LoaderError, LOADER_ERROR_CODES } from './errors';
export type { LoaderErrorCode } from './errors';
export { LEXICONS, lexiconFor } from './lexicon';
export type { Lexicon } from './lexicon';
export type * from './types';
