import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findProjectRoot, PROJECT_ROOT } from './project-root';

describe('findProjectRoot', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'root-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('finds the nearest folder above with a package.json, as compiled code in dist/bench/src would', () => {
    writeFileSync(path.join(dir, 'package.json'), '{}');
    const deep = path.join(dir, 'dist', 'bench', 'src');
    mkdirSync(deep, { recursive: true });
    expect(findProjectRoot(deep)).toBe(dir);
    expect(findProjectRoot(dir)).toBe(dir);
  });

  it('says what is wrong when there is none', () => {
    // The temp folder is not inside a package (the machine's /tmp has no package.json above it).
    expect(() => findProjectRoot(dir)).toThrow(/No package\.json above/);
  });

  it('is this project, where its corpus is', () => {
    expect(path.basename(PROJECT_ROOT)).not.toBe('src');
    const pkg = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { name: string };
    expect(pkg.name).toBe('ehealth-mandates-graph');
  });
});
