/**
 * The project's root folder (the one holding package.json), found from this file's own folder whether it runs as
 * TypeScript (`src/`), compiled by `npm run build` (`dist/src/`) or compiled for the benchmarks
 * (`dist/bench/src/`). Files that are not compiled (the corpus, the Neo4j launcher, the explorer's sources) are
 * found from it.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

export function findProjectRoot(from: string): string {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`No package.json above ${from}: is the project installed whole?`);
  }
}

export const PROJECT_ROOT = findProjectRoot(__dirname);
