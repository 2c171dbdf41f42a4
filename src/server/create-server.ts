/**
 * The HTTP server: Apollo Server 5 on express 5.
 *
 * | route                          | what it serves                                                         |
 * | ------------------------------ | ---------------------------------------------------------------------- |
 * | `POST /graphql`, `GET /graphql` | the GraphQL API (GET: queries only, cacheable, with APQ)              |
 * | `GET /graphql` from a browser  | the GraphiQL playground, with the analysts' questions as tabs          |
 * | `GET /health`                  | 200 once the store is loaded and ready, 503 before and while stopping  |
 * | `GET /export/…`                | the whole graph as JSON, GraphML or CSV                                |
 *
 * `POST /graphql` is served by node:http straight to Apollo (graphql-post.ts), with the same CORS, limits, log lines
 * and errors as the express routes, which serve everything else.
 *
 * The server listens before the corpus is loaded (so that /health can say 503), and answers GraphQL and exports
 * only once {@link ApiServer.markReady} has been called.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express from 'express';
import type { RequestHandler } from 'express';
import type { GraphStore } from '../../graph';
import { createContext } from '../../schema';
import type { Context } from '../../schema';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { createFormatError, errorBody, httpErrorHandler, NOT_JSON, NOT_READY } from './errors';
import { readExamples } from './examples';
import { apiGateway } from './executor';
import { explorerRouter } from './explorer';
import { exportRouter } from './export-routes';
import { httpCachePlugin } from './http-cache';
import { graphqlArmor, HTTP_CACHE_MAX_AGE_SECONDS, MAX_BODY_BYTES, parseOptions } from './limits';
import { queriesOnlyRule } from './read-only';
import { createPlayground, PLAYGROUND_ASSETS_PATH } from './playground';
import { graphqlPostHandler, isGraphQLPost } from './graphql-post';
import { logFieldsOf, requestLogger, requestLogPlugin, withLogFields } from './request-log';

export interface CreateServerOptions {
  readonly config: Config;
  readonly store: GraphStore;
  readonly logger: Logger;
  /** How long in-flight requests may take to finish on stop() before their connections are closed. Default 10 s. */
  readonly stopGracePeriodMs?: number;
}

export interface StartOptions {
  /** Port to listen on; default `config.port`. 0 picks a free port. */
  readonly port?: number;
  /** Interface to listen on; default all. */
  readonly host?: string;
}

export interface ApiServer {
  readonly app: express.Express;
  readonly apollo: ApolloServer<Context>;
  readonly httpServer: http.Server;
  /** Starts Apollo and listens; resolves with the base URL (e.g. `http://localhost:4000/`) and the port. */
  start(options?: StartOptions): Promise<{ readonly url: string; readonly port: number }>;
  /** The store is loaded: /health answers 200, GraphQL and exports are served. */
  markReady(): void;
  readonly ready: boolean;
  /** Stops accepting connections, lets in-flight requests finish, stops Apollo. Does not close the store. */
  stop(): Promise<void>;
}

type LogMethod = (message?: unknown) => void;

/** Apollo's logger interface on top of pino. */
function apolloLogger(logger: Logger): Record<'debug' | 'info' | 'warn' | 'error', LogMethod> {
  const child = logger.child({ component: 'apollo' });
  return {
    debug: (message: unknown) => child.debug(String(message)),
    info: (message: unknown) => child.info(String(message)),
    warn: (message: unknown) => child.warn(String(message)),
    error: (message: unknown) => child.error(String(message)),
  };
}

function corsMiddleware(origins: readonly string[]): RequestHandler {
  return cors({
    // No origins configured: no CORS headers at all, so browsers allow same-origin pages only.
    origin: origins.length ? [...origins] : false,
    methods: ['GET', 'POST', 'OPTIONS'],
    maxAge: 600,
  });
}

export function createServer(options: CreateServerOptions): ApiServer {
  const { config, store, logger } = options;
  let ready = false;
  let graphqlHandler: RequestHandler | undefined;
  let graphqlPost: ((req: http.IncomingMessage, res: http.ServerResponse) => void) | undefined;

  const app = express();
  app.disable('x-powered-by');
  // A strong ETag is a hash of the body; express answers 304 to a matching If-None-Match on GET.
  app.set('etag', 'strong');
  // POST /graphql goes straight to Apollo once started (see graphql-post.ts); everything else to express.
  const httpServer = http.createServer((req, res) => {
    if (graphqlPost && isGraphQLPost(req)) graphqlPost(req, res);
    else app(req, res);
  });
  const cors = corsMiddleware(config.corsOrigins);
  const json = express.json({ limit: MAX_BODY_BYTES });
  const contextFor = async (res: http.ServerResponse): Promise<Context> =>
    withLogFields(createContext(store), logFieldsOf(res));
  const armor = graphqlArmor();
  const apollo = new ApolloServer<Context>({
    gateway: apiGateway(),
    introspection: config.graphqlIntrospection,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: config.development,
    // main.ts handles SIGTERM and SIGINT: stop, close the store, exit 0.
    stopOnTerminationSignals: false,
    parseOptions: parseOptions(),
    validationRules: [queriesOnlyRule, ...armor.validationRules],
    formatError: createFormatError({ logger, development: config.development }),
    logger: apolloLogger(logger),
    plugins: [
      ...armor.plugins,
      // Apollo's landing page loads from a CDN; the playground below is served from node_modules instead.
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      httpCachePlugin<Context>(HTTP_CACHE_MAX_AGE_SECONDS),
      requestLogPlugin<Context>(),
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: options.stopGracePeriodMs ?? 10_000 }),
    ],
  });

  const whenReady: RequestHandler = (_req, res, next) => {
    if (ready) {
      next();
      return;
    }
    res.status(NOT_READY.status).set(NOT_READY.headers).json(NOT_READY.body);
  };

  app.use(requestLogger(logger));
  app.use((_req, res, next) => {
    res.set('X-Content-Type-Options', 'nosniff');
    next();
  });
  app.use(cors);

  app.get('/health', (_req, res) => {
    res
      .status(ready ? 200 : 503)
      .set('Cache-Control', 'no-store')
      .json({ status: ready ? 'ok' : 'unavailable', store: store.kind });
  });

  if (config.graphqlPlayground) {
    if (!config.graphqlIntrospection) {
      logger.warn('GRAPHQL_PLAYGROUND is on but GRAPHQL_INTROSPECTION is off: the playground cannot show the schema');
    }
    const playground = createPlayground(readExamples());
    app.use(PLAYGROUND_ASSETS_PATH, playground.assets);
    app.get('/graphql', playground.page);
  }

  app.use(explorerRouter());

  app.all('/graphql', whenReady, json, async (req, res, next) => {
    if (req.method === 'POST' && req.body === undefined) {
      res.status(NOT_JSON.status).set(NOT_JSON.headers).json(NOT_JSON.body);
      return;
    }
    if (!graphqlHandler) {
      next(new Error('GraphQL request before the server was started'));
      return;
    }
    // Awaited, so that express 5 passes a failure of the handler to the error handler.
    await graphqlHandler(req, res, next);
  });

  app.use(
    '/export',
    whenReady,
    exportRouter({
      store,
      maxAgeSeconds: HTTP_CACHE_MAX_AGE_SECONDS,
    }),
  );

  app.use((req, res) => {
    res.status(404).json(errorBody('NOT_FOUND', `Nothing at ${req.method} ${req.path}; the API is at /graphql.`));
  });
  app.use(httpErrorHandler(logger));

  return {
    app,
    apollo,
    httpServer,
    get ready() {
      return ready;
    },
    markReady() {
      ready = true;
    },
    async start(startOptions = {}) {
      await apollo.start();
      graphqlHandler = expressMiddleware(apollo, { context: ({ res }) => contextFor(res) });
      graphqlPost = graphqlPostHandler({
        apollo,
        context: (_req, res) => contextFor(res),
        logger,
        cors,
        json,
        isReady: () => ready,
      });
      await new Promise<void>((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(startOptions.port ?? config.port, startOptions.host, () => {
          httpServer.off('error', reject);
          resolve();
        });
      });
      const { port } = httpServer.address() as AddressInfo;
      return { url: `http://localhost:${port}/`, port };
    },
    async stop() {
      ready = false;
      // The drain plugin closes the listener, waits for in-flight requests, then closes idle connections.
      await apollo.stop();
      if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}
