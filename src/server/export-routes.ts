/**
 * The whole graph for other tools, over HTTP (the same files as `npm run cli -- export`):
 * `GET /export/graph.json` (nodes and edges for Cytoscape, D3, vis), `GET /export/graph.graphml` (Gephi, yEd),
 * `GET /export/csv/` (the list of CSV files) and `GET /export/csv/<name>.csv` (neo4j-admin import format).
 */
import express from 'express';
import type { Router } from 'express';
import { toCsv, toGraphML, toJson } from '../../graph';
import type { GraphStore } from '../../graph';
import { errorBody } from './errors';

export function exportRouter(options: { readonly store: GraphStore; readonly maxAgeSeconds: number }): Router {
  const { store } = options;
  const cacheControl = `public, max-age=${options.maxAgeSeconds}`;
  const router = express.Router();

  router.get('/graph.json', async (_req, res) => {
    const text = toJson(await store.dump());
    res.set('Cache-Control', cacheControl).type('application/json').send(text);
  });

  router.get('/graph.graphml', async (_req, res) => {
    const text = toGraphML(await store.dump());
    res
      .set('Cache-Control', cacheControl)
      // attachment() sets a type from the file name, which mime does not know for .graphml: set ours after it.
      .attachment('ehealth-mandates.graphml')
      .type('application/graphml+xml')
      .send(text);
  });

  router.get('/csv', async (req, res) => {
    const files = toCsv(await store.dump());
    const base = `${req.baseUrl}/csv`;
    res.set('Cache-Control', cacheControl).json({
      format: 'neo4j-admin database import (one file per label and relationship type)',
      files: [...files.entries()].map(([name, content]) => ({
        name,
        url: `${base}/${encodeURIComponent(name)}`,
        bytes: Buffer.byteLength(content),
      })),
    });
  });

  router.get('/csv/:name', async (req, res) => {
    const name = String(req.params.name);
    const content = toCsv(await store.dump()).get(name);
    if (content === undefined) {
      res
        .status(404)
        .json(errorBody('NOT_FOUND', `No CSV file named '${name}'; GET ${req.baseUrl}/csv/ lists the files.`));
      return;
    }
    res.set('Cache-Control', cacheControl).attachment(name).type('text/csv').send(content);
  });

  return router;
}
