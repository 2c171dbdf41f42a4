/**
 * One structured log line per HTTP request: method, path (without the query string, which may carry variables),
 * status, duration and, for GraphQL, the operation name and the error codes returned.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import type { Logger } from '../logger';

/** What the GraphQL plugin adds to a request's log line. */
export interface GraphQLLogFields {
  operationName?: string | null;
  errorCodes?: string[];
}

const FIELDS = new WeakMap<ServerResponse, GraphQLLogFields>();

/** The GraphQL fields of the log line of the request `res` answers (filled in by {@link requestLogPlugin}). */
export function logFieldsOf(res: ServerResponse): GraphQLLogFields {
  let fields = FIELDS.get(res);
  if (!fields) {
    fields = {};
    FIELDS.set(res, fields);
  }
  return fields;
}

/** Writes the request's line once its response is closed. Call it when the request arrives. */
export function logRequest(logger: Logger, req: IncomingMessage, res: ServerResponse): void {
  const started = process.hrtime.bigint();
  // Now, while `req.url` is the whole URL: a router mounted on a path (`/export`) strips it while it serves.
  const path = (req.url ?? '/').split('?')[0];
  res.on('close', () => {
    const ms = Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100;
    const { operationName, errorCodes } = FIELDS.get(res) ?? {};
    const line = {
      method: req.method,
      path,
      status: res.statusCode,
      ms,
      ...(operationName !== undefined ? { operationName } : {}),
      ...(errorCodes?.length ? { errorCodes } : {}),
      ...(res.writableFinished ? {} : { aborted: true }),
    };
    // Health probes come every few seconds; keep them out of the info log.
    if (path === '/health' && res.statusCode === 200) logger.debug(line, 'request');
    else logger.info(line, 'request');
  });
}

/** {@link logRequest} as express middleware (first in the app, so that `req.url` is still the whole URL). */
export function requestLogger(logger: Logger): RequestHandler {
  return (req, res, next) => {
    logRequest(logger, req, res);
    next();
  };
}

/**
 * Where a GraphQL request's context carries its log fields: the context function puts them there (see
 * {@link withLogFields}); Apollo copies the context's own properties per operation, this one included.
 */
const LOG_FIELDS = Symbol('logFields');

/** `context` carrying the log fields of the request it answers, for {@link requestLogPlugin}. */
export function withLogFields<T extends object>(context: T, fields: GraphQLLogFields): T {
  return Object.assign(context, { [LOG_FIELDS]: fields });
}

/**
 * Copies the operation name and error codes of each GraphQL request to its log line, through the log fields its
 * context carries (none for operations run in-process with `executeOperation`: they have no log line).
 */
export function requestLogPlugin<TContext extends object>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, operationName, request, response }) {
          const fields = (contextValue as { [LOG_FIELDS]?: GraphQLLogFields })[LOG_FIELDS];
          if (!fields) return;
          fields.operationName = operationName ?? request.operationName ?? null;
          if (response.body.kind === 'single') {
            fields.errorCodes = (response.body.singleResult.errors ?? []).map((e) =>
              String(e.extensions?.code ?? 'UNKNOWN'),
            );
          }
        },
      };
    },
  };
}
