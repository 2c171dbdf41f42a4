import { createMemoryStore } from '../graph';
import { runAnalystQuestions } from './support/analyst-questions';

runAnalystQuestions('the in-memory store', async () => createMemoryStore());
