/**
 * The playground's example operations: the analysts' questions (copied from the shared contract into
 * `examples/*.graphql`), each with default variables (`examples/variables.json`) that make it runnable as is.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config';

/** Read from the source tree, so that it is found both by `tsx src/main.ts` and by `node dist/src/main.js`. */
export const EXAMPLES_DIR = path.join(PROJECT_ROOT, 'src', 'server', 'examples');

export interface ExampleOperation {
  /** File name, e.g. `02-mandates.graphql`. */
  readonly file: string;
  /** The GraphQL document as written, comments included. */
  readonly query: string;
  /** Values for the operation's variables. */
  readonly variables: Readonly<Record<string, unknown>>;
}

/** Reads the examples in file-name order; throws naming the file when one cannot be read. */
export function readExamples(dir: string = EXAMPLES_DIR): readonly ExampleOperation[] {
  const variablesFile = path.join(dir, 'variables.json');
  let variables: Record<string, Record<string, unknown>>;
  try {
    variables = JSON.parse(readFileSync(variablesFile, 'utf8')) as Record<string, Record<string, unknown>>;
  } catch (err) {
    throw new Error(`${variablesFile}: cannot read the examples' variables (${(err as Error).message})`, {
      cause: err,
    });
  }
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort();
  for (const file of Object.keys(variables)) {
    if (!files.includes(file)) throw new Error(`${variablesFile}: '${file}' is not an example in ${dir}`);
  }
  return files.map((file) =>
    Object.freeze({
      file,
      query: readFileSync(path.join(dir, file), 'utf8'),
      variables: Object.freeze({ ...(variables[file] ?? {}) }),
    }),
  );
}
