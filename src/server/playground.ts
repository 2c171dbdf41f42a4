/**
 * The GraphiQL playground, served by the API itself: GraphiQL 3's UMD build and React 18's UMD builds come from
 * node_modules (no CDN, so it works offline and behind a strict Content-Security-Policy), and the analysts'
 * questions are preloaded as tabs.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import express from 'express';
import type { Request, RequestHandler, Router } from 'express';
import { PROJECT_ROOT } from '../config';
import type { ExampleOperation } from './examples';

/** URL prefix of the playground's static files. */
export const PLAYGROUND_ASSETS_PATH = '/playground';

function packageFile(pkg: string, file: string): string {
  return path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);
}

/** Every file the page loads, by the name it is served under. */
function assetFiles(): ReadonlyMap<string, string> {
  return new Map([
    ['react.production.min.js', packageFile('react', 'umd/react.production.min.js')],
    ['react-dom.production.min.js', packageFile('react-dom', 'umd/react-dom.production.min.js')],
    ['graphiql.min.js', packageFile('graphiql', 'graphiql.min.js')],
    ['graphiql.min.css', packageFile('graphiql', 'graphiql.min.css')],
    ['playground.js', path.join(PROJECT_ROOT, 'src', 'server', 'public', 'playground.js')],
  ]);
}

/**
 * Only what the page needs: its own scripts, GraphiQL's inline styles and data: fonts, and requests to this API.
 * Any attempt to reach a CDN is refused by the browser.
 */
export const PLAYGROUND_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** JSON that is safe inside a `<script>` element (no `</script>`, no HTML comment openers). */
function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function page(examples: readonly ExampleOperation[]): string {
  const asset = (name: string): string => `${PLAYGROUND_ASSETS_PATH}/${name}`;
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>ITU e-health mandates: GraphQL playground</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="${asset('graphiql.min.css')}" />
    <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
  </head>
  <body>
    <div id="graphiql">Loading the playground…</div>
    <script type="application/json" id="examples">${scriptJson(examples)}</script>
    <script src="${asset('react.production.min.js')}"></script>
    <script src="${asset('react-dom.production.min.js')}"></script>
    <script src="${asset('graphiql.min.js')}"></script>
    <script src="${asset('playground.js')}"></script>
  </body>
</html>
`;
}

/** True for a browser navigating to the endpoint: HTML preferred, and no operation in the query string. */
export function wantsPlayground(req: Request): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (req.query.query !== undefined || req.query.extensions !== undefined) return false;
  return req.accepts(['application/json', 'text/html']) === 'text/html';
}

export interface Playground {
  /** Serves the page to browsers; passes every other request on. */
  readonly page: RequestHandler;
  /** Serves the page's scripts and styles, to be mounted at {@link PLAYGROUND_ASSETS_PATH}. */
  readonly assets: Router;
}

/** Builds the playground; throws naming the file when a bundled file is missing. */
export function createPlayground(examples: readonly ExampleOperation[]): Playground {
  const files = assetFiles();
  for (const file of files.values()) {
    if (!existsSync(file)) {
      throw new Error(`The playground needs ${file}; run npm ci, or set GRAPHQL_PLAYGROUND=false`);
    }
  }
  const html = page(examples);
  const assets = express.Router();
  assets.get('/:name', (req, res, next) => {
    const file = files.get(String(req.params.name));
    if (!file) {
      next();
      return;
    }
    res.sendFile(file, { maxAge: '1h', dotfiles: 'deny' });
  });
  return {
    page: (req, res, next) => {
      res.vary('Accept');
      if (!wantsPlayground(req)) {
        next();
        return;
      }
      res.set('Content-Security-Policy', PLAYGROUND_CSP).set('Cache-Control', 'no-cache').type('html').send(html);
    },
    assets,
  };
}
