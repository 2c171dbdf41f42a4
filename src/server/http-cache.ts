/**
 * HTTP caching of query results, for dashboards that poll: a successful query sent with GET may be kept by
 * browsers and shared caches for a short while; anything else (POST, errors) is not stored. Express adds a strong
 * ETag (a hash of the body) to every response and answers 304 to a GET whose If-None-Match matches it.
 */
import type { ApolloServerPlugin } from '@apollo/server';

export function httpCachePlugin<TContext extends object>(maxAgeSeconds: number): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, response }) {
          const cacheable =
            request.http?.method === 'GET' &&
            response.body.kind === 'single' &&
            !response.body.singleResult.errors?.length;
          if (cacheable) response.http.headers.set('cache-control', `public, max-age=${maxAgeSeconds}`);
          else if (!response.http.headers.has('cache-control')) response.http.headers.set('cache-control', 'no-store');
        },
      };
    },
  };
}
