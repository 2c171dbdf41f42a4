/** The embedded in-memory adapter of the `GraphStore` port. */
export { createMemoryStore } from './memory-store';
export type { MemoryStoreOptions } from './memory-store';
