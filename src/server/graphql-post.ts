/**
 * `POST /graphql` served straight from node:http, in front of the express app, as Apollo's own standalone server
 * serves it: every GraphQL client sends every query this way, and passing each through express's router, request
 * and response wrappers and its integration with Apollo cost about 0.35 ms of a 2.5 ms question on Neo4j (measured
 * in process, question 06). Everything else (GET queries with their ETags, the playground, exports, other methods
 * on /graphql) stays with express.
 *
 * The same behaviour as the express route: a log line, `X-Content-Type-Options: nosniff`, CORS from the same
 * allow-list, 503 until the store is ready, a JSON body within the size limit (415 without one), the same error
 * bodies. No ETag: nobody revalidates the answer to a POST.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServer, BaseContext } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import type { RequestHandler } from 'express';
import type { Logger } from '../logger';
import { httpErrorResponse, NOT_JSON, NOT_READY } from './errors';
import type { HttpErrorResponse } from './errors';
import { logRequest } from './request-log';

type Next = (err?: unknown) => void;
/** Connect-style middleware (cors, body-parser), which works on node:http's request and response as they are. */
type Middleware = (req: IncomingMessage, res: ServerResponse, next: Next) => void;

export interface GraphQLPostOptions<TContext extends BaseContext> {
  readonly apollo: ApolloServer<TContext>;
  /** The context of one request. */
  readonly context: (req: IncomingMessage, res: ServerResponse) => Promise<TContext>;
  readonly logger: Logger;
  /** CORS, as the express app applies it. */
  readonly cors: RequestHandler;
  /** The JSON body parser with its size limit, as the express route uses it. */
  readonly json: RequestHandler;
  readonly isReady: () => boolean;
}

/** True for the requests the handler serves: POST to exactly /graphql (any query string). */
export function isGraphQLPost(req: IncomingMessage): boolean {
  if (req.method !== 'POST') return false;
  const url = req.url ?? '';
  const end = url.indexOf('?');
  return (end < 0 ? url : url.slice(0, end)) === '/graphql';
}

function send(res: ServerResponse, answer: HttpErrorResponse): void {
  res.statusCode = answer.status;
  for (const [name, value] of Object.entries(answer.headers)) res.setHeader(name, value);
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(answer.body));
}

/** Runs connect-style middleware that passes every POST on (cors answers only preflights; the parser only fails). */
function run(middleware: Middleware, req: IncomingMessage, res: ServerResponse): Promise<void> {
  return new Promise((resolve, reject) => {
    middleware(req, res, (err?: unknown) => (err ? reject(err) : resolve()));
  });
}

/** The handler for requests {@link isGraphQLPost} accepts. */
export function graphqlPostHandler<TContext extends BaseContext>(
  options: GraphQLPostOptions<TContext>,
): (req: IncomingMessage, res: ServerResponse) => void {
  const { apollo, context, logger, isReady } = options;
  const cors = options.cors as unknown as Middleware;
  const json = options.json as unknown as Middleware;

  const serve = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    await run(cors, req, res);
    if (!isReady()) {
      send(res, NOT_READY);
      return;
    }
    await run(json, req, res);
    const body = (req as IncomingMessage & { body?: unknown }).body;
    if (body === undefined) {
      send(res, NOT_JSON);
      return;
    }
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const url = req.url ?? '';
    const query = url.indexOf('?');
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: 'POST', headers, search: query < 0 ? '' : url.slice(query), body },
      context: () => context(req, res),
    });
    for (const [name, value] of response.headers) res.setHeader(name, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };

  return (req, res) => {
    logRequest(logger, req, res);
    serve(req, res).catch((err: unknown) => {
      if (res.headersSent) {
        res.destroy(err instanceof Error ? err : undefined);
        return;
      }
      send(res, httpErrorResponse(err, logger, '/graphql'));
    });
  };
}
