import { createMemoryStore } from '../graph';
import { runLoadReliability } from './support/load-reliability';

runLoadReliability('the in-memory store', async () => createMemoryStore());
