/**
 * Builds the explorer page into `dist/web/` (gitignored): the TypeScript in web/src bundled with its npm
 * dependencies (Cytoscape.js and its fcose layout) by esbuild into one script, plus the stylesheet and the HTML
 * shell. Nothing is loaded from a CDN at run time, so the page works offline. src/server/explorer.ts serves the
 * folder at `/`.
 *
 * `npm run build:web` runs it (and `npm run build`, hence `npm start`); the browser tests and the explorer
 * benchmark call {@link buildExplorer} themselves. Files are written to a temporary name and renamed, so a server
 * reading the folder never sees half a file.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import { PROJECT_ROOT } from '../src/project-root';

const WEB_DIR = path.join(PROJECT_ROOT, 'web');

/** Where the page is built: dist/web under the project root. */
export const EXPLORER_OUT_DIR = path.join(PROJECT_ROOT, 'dist', 'web');

export interface BuildExplorerOptions {
  /** Output folder; default {@link EXPLORER_OUT_DIR}. */
  readonly outDir?: string;
  /** Minify the script (default true); source maps are written either way. */
  readonly minify?: boolean;
}

export interface BuiltExplorer {
  readonly outDir: string;
  /** File name to size in bytes. */
  readonly files: Readonly<Record<string, number>>;
}

async function writeAtomically(file: string, contents: Uint8Array | string): Promise<void> {
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(tmp, contents);
  await rename(tmp, file);
}

export async function buildExplorer(options: BuildExplorerOptions = {}): Promise<BuiltExplorer> {
  const outDir = options.outDir ?? EXPLORER_OUT_DIR;
  await mkdir(outDir, { recursive: true });
  const result = await build({
    entryPoints: [path.join(WEB_DIR, 'src', 'main.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['chrome109', 'firefox115', 'safari16'],
    minify: options.minify ?? true,
    sourcemap: 'external',
    legalComments: 'linked',
    outfile: path.join(outDir, 'explorer.js'),
    tsconfig: path.join(WEB_DIR, 'tsconfig.json'),
    write: false,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const files: Record<string, number> = {};
  for (const out of result.outputFiles) {
    await writeAtomically(out.path, out.contents);
    files[path.basename(out.path)] = out.contents.byteLength;
  }
  for (const name of ['index.html', 'explorer.css']) {
    const contents = await readFile(path.join(WEB_DIR, name));
    await writeAtomically(path.join(outDir, name), contents);
    files[name] = contents.byteLength;
  }
  return { outDir, files };
}

if (require.main === module) {
  buildExplorer()
    .then(({ outDir, files }) => {
      const list = Object.entries(files)
        .map(([name, bytes]) => `${name} ${(bytes / 1024).toFixed(0)} kB`)
        .join(', ');
      process.stdout.write(`Explorer built into ${path.relative(process.cwd(), outDir) || outDir}: ${list}\n`);
    })
    .catch((error: unknown) => {
      process.stderr.write(`Building the explorer failed: ${(error as Error).message}\n`);
      process.exit(1);
    });
}
