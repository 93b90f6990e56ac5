import type http from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { Logger } from '../logger';
import type { Context } from '../pipeline/context';
import { requestIdOf, withRequestId } from '../common/request-id';
import { documentTooLong, refuseOversizedBody } from '../pipeline/input-limits';

/** The body limit of `/graphql`, as `express.json({ limit: '1mb' })` has it. */
const BODY_LIMIT = 1024 * 1024;
const JSON_TYPE = /^application\/json\s*(;\s*charset="?utf-8"?\s*)?$/i;

/**
 * The API's hot path on `node:http` alone (issue #18): `POST /graphql` with a JSON body of a stated length goes
 * straight to Apollo's `executeHTTPGraphQLRequest`, without express, its router and body-parser. Everything else
 * (other routes, GET, a body without Content-Length or over the limit, a compressed or non-UTF-8 body) goes to the
 * express app, which answers as it always has; this path answers the same: X-Request-Id, the same errors for a
 * malformed body, Apollo's status and headers (Retry-After among them).
 */
export function leanGraphql(
  apollo: ApolloServer<Context>,
  context: (authorization: string | undefined, requestId: string) => Promise<Context>,
  fallback: http.RequestListener,
  logger: Logger,
): http.RequestListener {
  return (req, res) => {
    const length = Number(req.headers['content-length']);
    if (
      req.method !== 'POST' ||
      req.url !== '/graphql' ||
      !(length > 0 && length <= BODY_LIMIT) ||
      req.headers['content-encoding'] !== undefined ||
      !JSON_TYPE.test(req.headers['content-type'] ?? '')
    ) {
      fallback(req, res);
      return;
    }
    const requestId = requestIdOf(req.headers['x-request-id']);
    res.setHeader('X-Request-Id', requestId);
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('error', () => res.destroy());
    req.on('end', () => {
      withRequestId(requestId, () => {
        answer(apollo, context, req, res, requestId, chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)).catch((error: unknown) => {
          logger.error({ err: error, requestId }, 'unhandled HTTP error');
          if (res.headersSent) res.destroy();
          else send(res, 500, bodyError('Internal server error.', 'INTERNAL_SERVER_ERROR', requestId));
        });
      });
    });
  };
}

async function answer(
  apollo: ApolloServer<Context>,
  context: (authorization: string | undefined, requestId: string) => Promise<Context>,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  requestId: string,
  raw: Buffer,
): Promise<void> {
  // As the express route's `verify` and its next step (issue #20): too deep or too many values, refused before
  // JSON.parse; a document too long or nested too deep for the parser, refused before Apollo sees it.
  try {
    refuseOversizedBody(raw);
  } catch (error) {
    send(res, 400, bodyError((error as Error).message, 'BAD_USER_INPUT', requestId));
    return;
  }
  const text = raw.toString('utf8');
  let body: unknown;
  // body-parser's strict mode: an object or an array, nothing else.
  const first = text.trimStart()[0];
  try {
    if (first !== '{' && first !== '[') throw new SyntaxError('not an object or an array');
    body = JSON.parse(text);
  } catch {
    send(res, 400, bodyError('Malformed request body: send JSON.', 'BAD_REQUEST', requestId));
    return;
  }
  const tooLong = documentTooLong(body);
  if (tooLong) {
    send(res, 400, bodyError(tooLong, 'BAD_USER_INPUT', requestId));
    return;
  }
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const response = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: 'POST', headers, search: '', body },
    context: () => context(req.headers.authorization, requestId),
  });
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status || 200;
  if (response.body.kind === 'complete') {
    res.setHeader('Content-Length', Buffer.byteLength(response.body.string));
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

function bodyError(message: string, code: string, requestId: string): string {
  return JSON.stringify({ errors: [{ message, extensions: { code, requestId } }] });
}

function send(res: http.ServerResponse, status: number, json: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(json));
  res.end(json);
}
