/**
 * What clients see when something goes wrong: stable codes and safe messages. Errors caused by the request
 * (syntax, validation, limits, bad input) keep their message; store outages keep their code with a fixed message;
 * anything else is masked as INTERNAL_SERVER_ERROR and logged here with the real error. Outside development no
 * stack trace reaches a client.
 */
import { unwrapResolverError } from '@apollo/server/errors';
import type { ErrorRequestHandler } from 'express';
import type { GraphQLFormattedError } from 'graphql';
import { StoreError } from '../../graph';
import type { Logger } from '../logger';

/** Codes of errors the client caused; their messages say what to fix and reveal nothing internal. */
export const CLIENT_ERROR_CODES: ReadonlySet<string> = new Set([
  'GRAPHQL_PARSE_FAILED',
  // Also what GraphQL Armor's limits (depth, cost, aliases, directives) report, with the limit in the message.
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/** Store failures a client may retry, with what it is told. */
const STORE_MESSAGES: Readonly<Record<string, string>> = {
  STORE_TIMEOUT: 'The graph store did not answer in time. Try again, or ask a narrower question.',
  STORE_UNAVAILABLE: 'The graph store is unavailable. Try again later.',
};

const INTERNAL_MESSAGE = 'Internal server error';

function storeCode(error: unknown): string | undefined {
  return error instanceof StoreError && error.code in STORE_MESSAGES ? error.code : undefined;
}

/** Apollo's `formatError`. */
export function createFormatError(options: {
  readonly logger: Logger;
  readonly development: boolean;
}): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  const { logger, development } = options;
  return (formatted, error) => {
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && CLIENT_ERROR_CODES.has(code))
      return development ? formatted : withoutStack(formatted);
    const original = unwrapResolverError(error);
    const where = { path: formatted.path, code };
    const store = storeCode(original);
    if (store) {
      logger.warn({ ...where, err: original }, 'GraphQL request failed: store error');
      if (development) return { ...formatted, extensions: { ...formatted.extensions, code: store } };
      return {
        message: STORE_MESSAGES[store] ?? INTERNAL_MESSAGE,
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { code: store },
      };
    }
    logger.error({ ...where, err: original }, 'GraphQL request failed: unexpected error');
    if (development) return formatted;
    return {
      message: INTERNAL_MESSAGE,
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

function withoutStack(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (!formatted.extensions || !('stacktrace' in formatted.extensions)) return formatted;
  const extensions = { ...formatted.extensions };
  delete extensions.stacktrace;
  return { ...formatted, extensions };
}

/** A JSON error body in the GraphQL response shape, so that clients parse every failure the same way. */
export function errorBody(
  code: string,
  message: string,
): { errors: { message: string; extensions: { code: string } }[] } {
  return { errors: [{ message, extensions: { code } }] };
}

interface HttpError {
  readonly status?: number;
  readonly statusCode?: number;
  readonly expose?: boolean;
  readonly type?: string;
  readonly limit?: number;
}

/** What an HTTP request that failed outside GraphQL (body parsing, a store error in a route, a bug) answers. */
export interface HttpErrorResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: ReturnType<typeof errorBody>;
}

/** The answer while the store is loading or the server stopping. */
export const NOT_READY: HttpErrorResponse = {
  status: 503,
  headers: { 'Retry-After': '5', 'Cache-Control': 'no-store' },
  body: errorBody('STORE_UNAVAILABLE', 'The API is starting (the graph is loading) or stopping; try again shortly.'),
};

/** The answer to a POST whose body is not JSON. */
export const NOT_JSON: HttpErrorResponse = {
  status: 415,
  headers: { 'Cache-Control': 'no-store' },
  body: errorBody('BAD_REQUEST', 'POST a JSON body with Content-Type: application/json.'),
};

/** The answer to an error thrown while serving `path`; unexpected errors are logged here and masked. */
export function httpErrorResponse(err: unknown, logger: Logger, path: string): HttpErrorResponse {
  const e = (typeof err === 'object' && err !== null ? err : {}) as HttpError;
  const status = e.status ?? e.statusCode ?? 500;
  const noStore = { 'Cache-Control': 'no-store' };
  if (e.type === 'entity.too.large') {
    return {
      status: 413,
      headers: noStore,
      body: errorBody('PAYLOAD_TOO_LARGE', `Request body too large: the limit is ${e.limit} bytes.`),
    };
  }
  if (e.type === 'entity.parse.failed') {
    return { status: 400, headers: noStore, body: errorBody('BAD_REQUEST', 'Request body is not valid JSON.') };
  }
  const store = storeCode(err);
  if (store) {
    logger.warn({ err, path }, 'HTTP request failed: store error');
    return {
      status: 503,
      headers: { ...noStore, 'Retry-After': '5' },
      body: errorBody(store, STORE_MESSAGES[store] ?? INTERNAL_MESSAGE),
    };
  }
  if (status >= 400 && status < 500 && e.expose) {
    return { status, headers: noStore, body: errorBody('BAD_REQUEST', (err as Error).message) };
  }
  logger.error({ err, path }, 'HTTP request failed: unexpected error');
  return { status: 500, headers: noStore, body: errorBody('INTERNAL_SERVER_ERROR', INTERNAL_MESSAGE) };
}

/** Express's last error handler: body-parser's errors (size, JSON), store outages, and anything unexpected. */
export function httpErrorHandler(logger: Logger): ErrorRequestHandler {
  return (err: unknown, req, res, next) => {
    if (res.headersSent) {
      next(err);
      return;
    }
    const { status, headers, body } = httpErrorResponse(err, logger, req.path);
    res.status(status).set(headers).json(body);
  };
}
