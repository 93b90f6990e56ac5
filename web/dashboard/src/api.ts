/** The public GraphQL API, called the way any integrator calls it: POST /graphql with `Authorization: ApiKey <key>`. */

export const GRAPHQL_URL = '/graphql';

/** A failed call: the API's `extensions.code` (or NETWORK / HTTP) and the request id to quote to support. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly requestId: string | null,
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
  }
}

interface GraphQLBody<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; requestId?: string; retryAfterSeconds?: number } }[];
  extensions?: { requestId?: string };
}

export async function graphql<T>(key: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(GRAPHQL_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', authorization: `ApiKey ${key}` },
      body: JSON.stringify({ query, variables }),
      credentials: 'omit',
      cache: 'no-store',
    });
  } catch {
    throw new ApiError('The API could not be reached. Check your connection and try again.', 'NETWORK', null);
  }
  const headerId = response.headers.get('x-request-id');
  let body: GraphQLBody<T>;
  try {
    body = (await response.json()) as GraphQLBody<T>;
  } catch {
    throw new ApiError(`The API answered HTTP ${response.status} without a GraphQL response.`, 'HTTP', headerId);
  }
  const first = body.errors?.[0];
  if (first) {
    const requestId = first.extensions?.requestId ?? body.extensions?.requestId ?? headerId;
    throw new ApiError(first.message, first.extensions?.code ?? 'UNKNOWN', requestId, first.extensions?.retryAfterSeconds ?? null);
  }
  if (!body.data) throw new ApiError('The API answered without data.', 'UNKNOWN', body.extensions?.requestId ?? headerId);
  return body.data;
}
