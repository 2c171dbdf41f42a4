/**
 * The explorer: the web page for policy analysts, served at `/`. Its source is web/ (TypeScript bundled with
 * Cytoscape.js by esbuild at build time, `npm run build:web`) and it is served from the built folder dist/web/;
 * everything the page loads comes from this server, so it works offline and under a strict
 * Content-Security-Policy. The page talks to the GraphQL API at /graphql like any other client.
 *
 * `/?…&embed=1` is the same page without its chrome, for dashboards' iframes: only that variant may be framed by
 * other origins (the page is read-only, so framing it risks nothing a link would not).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import express from 'express';
import type { Request, Router } from 'express';
import { PROJECT_ROOT } from '../config';

/** URL prefix of the explorer's script and stylesheet. */
export const EXPLORER_ASSETS_PATH = '/explorer';

/** Where `npm run build:web` writes the page (web/build.ts). */
export const EXPLORER_DIR = path.join(PROJECT_ROOT, 'dist', 'web');

/** The built files the page may load, by the name they are served under. */
const ASSETS: ReadonlySet<string> = new Set([
  'explorer.js',
  'explorer.css',
  'explorer.js.map',
  'explorer.js.LEGAL.txt',
]);

/**
 * Only the page's own script, stylesheet and API: no inline script or style (Cytoscape's canvas is drawn from
 * script; the page sets styles through the CSSOM), images from canvas exports (`blob:`, `data:`).
 */
export function explorerCsp(options: { readonly embed: boolean }): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    options.embed ? 'frame-ancestors *' : "frame-ancestors 'self'",
  ].join('; ');
}

function isEmbed(req: Request): boolean {
  const embed = req.query.embed;
  return embed === '1' || embed === 'true';
}

const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Explorer not built</title></head>
<body><h1>The explorer has not been built</h1>
<p>Run <code>npm run build:web</code> (or <code>npm run build</code>) and reload. The GraphQL API is at
<a href="/graphql">/graphql</a>.</p></body></html>
`;

export interface ExplorerOptions {
  /** Folder of the built page; default {@link EXPLORER_DIR}. */
  readonly dir?: string;
}

/**
 * The explorer's routes: the page at `/` and its files under {@link EXPLORER_ASSETS_PATH}. The folder is read
 * when a request comes, so a server started before `npm run build:web` serves the page once it is built.
 */
export function explorerRouter(options: ExplorerOptions = {}): Router {
  const dir = options.dir ?? EXPLORER_DIR;
  const router = express.Router();

  router.get('/', (req, res) => {
    const index = path.join(dir, 'index.html');
    res.set('Cache-Control', 'no-cache');
    if (!existsSync(index)) {
      res.status(503).set('Content-Security-Policy', "default-src 'none'").type('html').send(NOT_BUILT);
      return;
    }
    const embed = isEmbed(req);
    res.set('Content-Security-Policy', explorerCsp({ embed }));
    if (!embed) res.set('X-Frame-Options', 'SAMEORIGIN');
    res.sendFile(index);
  });

  router.get(`${EXPLORER_ASSETS_PATH}/:name`, (req, res, next) => {
    const name = String(req.params.name);
    if (!ASSETS.has(name)) {
      next();
      return;
    }
    // Revalidated on every load (ETag): a rebuilt bundle is picked up at once.
    res.sendFile(path.join(dir, name), { maxAge: 0, dotfiles: 'deny' }, (error) => {
      if (error && !res.headersSent) next();
    });
  });

  return router;
}
