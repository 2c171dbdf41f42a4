/**
 * The explorer's only way to the data: the app's own GraphQL API, over POST with a JSON body (which also satisfies
 * Apollo's CSRF prevention). While the server is still loading the corpus it answers 503 STORE_UNAVAILABLE; the
 * client waits and retries, and tells the page so that it can say so.
 */

export class ApiError extends Error {
  constructor(
    message: string,
    /** `extensions.code` of the first GraphQL error, or an HTTP-level code such as `HTTP_500` or `NETWORK`. */
    readonly code: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface Api {
  /** Runs one query; resolves with `data`, rejects with an {@link ApiError}. */
  query<T>(query: string, variables?: Readonly<Record<string, unknown>>): Promise<T>;
}

export interface ApiOptions {
  readonly endpoint: string;
  /** Called with true while requests wait for the store to be ready, and with false once one succeeds. */
  readonly onWaiting?: (waiting: boolean) => void;
  /** How long to keep retrying while the API answers 503, in ms. */
  readonly patienceMs?: number;
}

interface GraphQLResponse<T> {
  readonly data?: T | null;
  readonly errors?: readonly { readonly message: string; readonly extensions?: { readonly code?: string } }[];
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export function createApi(options: ApiOptions): Api {
  const patience = options.patienceMs ?? 120_000;
  let waiting = false;
  const setWaiting = (value: boolean): void => {
    if (value === waiting) return;
    waiting = value;
    options.onWaiting?.(value);
  };

  async function post<T>(body: string): Promise<{ status: number; json: GraphQLResponse<T> | null }> {
    let response: Response;
    try {
      response = await fetch(options.endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body,
      });
    } catch (error) {
      throw new ApiError(`The API could not be reached (${(error as Error).message})`, 'NETWORK');
    }
    const json = (await response.json().catch(() => null)) as GraphQLResponse<T> | null;
    return { status: response.status, json };
  }

  return {
    async query<T>(query: string, variables: Readonly<Record<string, unknown>> = {}): Promise<T> {
      const body = JSON.stringify({ query, variables });
      const deadline = Date.now() + patience;
      for (let attempt = 0; ; attempt++) {
        const { status, json } = await post<T>(body);
        if (status === 503 && Date.now() < deadline) {
          setWaiting(true);
          await sleep(Math.min(500 * 2 ** attempt, 5_000));
          continue;
        }
        const first = json?.errors?.[0];
        if (first) throw new ApiError(first.message, first.extensions?.code ?? `HTTP_${status}`);
        if (status >= 400 || !json?.data) {
          throw new ApiError(`The API answered HTTP ${status}`, `HTTP_${status}`);
        }
        setWaiting(false);
        return json.data;
      }
    },
  };
}
