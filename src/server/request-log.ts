/**
 * One structured log line per HTTP request: method, path (without the query string, which may carry variables),
 * status, duration and, for GraphQL, the operation name and the error codes returned.
 */
import type { AsyncLocalStorage } from 'node:async_hooks';
import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler, Response } from 'express';
import type { Logger } from '../logger';

interface GraphQLLogFields {
  operationName?: string | null;
  errorCodes?: string[];
}

/** Where the GraphQL plugin leaves what the request logger adds to the line. */
function logFields(res: Response): GraphQLLogFields {
  return res.locals as GraphQLLogFields;
}

export function requestLogger(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    res.on('close', () => {
      const ms = Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100;
      const { operationName, errorCodes } = logFields(res);
      const line = {
        method: req.method,
        path: req.originalUrl.split('?')[0],
        status: res.statusCode,
        ms,
        ...(operationName !== undefined ? { operationName } : {}),
        ...(errorCodes?.length ? { errorCodes } : {}),
        ...(res.writableFinished ? {} : { aborted: true }),
      };
      // Health probes come every few seconds; keep them out of the info log.
      if (req.path === '/health' && res.statusCode === 200) logger.debug(line, 'request');
      else logger.info(line, 'request');
    });
    next();
  };
}

/**
 * Copies the operation name and error codes of each GraphQL request to its express response, found through
 * `responses` (the express route runs Apollo's handler inside `responses.run(res, …)`). Apollo copies the context
 * object per operation, so the context cannot be the key.
 */
export function requestLogPlugin<TContext extends object>(
  responses: AsyncLocalStorage<Response>,
): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operationName, request, response }) {
          const res = responses.getStore();
          if (!res) return;
          const fields = logFields(res);
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
