/** Who cites a work, through the API on the in-memory store (the cases are shared with the Neo4j suite). */
import { createMemoryStore } from '../graph';
import { runCitingPassages } from './support/citing-passages';

runCitingPassages('the in-memory store', async () => createMemoryStore());
