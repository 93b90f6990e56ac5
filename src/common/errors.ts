import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from '../logger';
import { currentRequestId } from './request-id';

/** Stable `extensions.code` values (docs: api-conventions.md). */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'RATE_LIMITED'
  | 'QUERY_TOO_COMPLEX'
  | 'CONSENT_REQUIRED'
  | 'INTERNAL_SERVER_ERROR';

/** A failure the client caused or may act on; its message is safe to show. */
export class DomainError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}, httpStatus?: number) {
    super(message, { extensions: { code, ...extensions, ...(httpStatus ? { http: { status: httpStatus } } : {}) } });
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'Authentication required: send `Authorization: ApiKey <key>` or `Authorization: Bearer <jwt>`.') {
    super('UNAUTHENTICATED', message, {}, 401);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'Your role or jurisdiction does not allow this.', httpStatus?: number) {
    super('FORBIDDEN', message, {}, httpStatus);
  }
}

export class NotFoundError extends DomainError {
  constructor(message: string) {
    super('NOT_FOUND', message);
  }
}

export class BadUserInputError extends DomainError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super('BAD_USER_INPUT', message, extensions);
  }
}

/** A check that needs a consent the subject granted (issue #14) came without one, or cited one not in force. */
export class ConsentRequiredError extends DomainError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super('CONSENT_REQUIRED', message, extensions);
  }
}

export class QueryTooComplexError extends DomainError {
  constructor(message: string, details: { cost?: number; limit: number }) {
    super('QUERY_TOO_COMPLEX', message, details, 400);
  }
}

export class RateLimitedError extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super(
      'RATE_LIMITED',
      `Your client's query budget is spent; retry in ${retryAfterSeconds} s. Budgets refill continuously.`,
      { retryAfterSeconds },
      429,
    );
  }
}

/** Marks a scalar's parse failure so its message can replace graphql-js's, which would echo the submitted value. */
export class ScalarInputError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: 'BAD_USER_INPUT' } });
  }
}

const PASS_THROUGH_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

/**
 * The one place errors are shaped for clients: domain errors keep their code and message; graphql-js request
 * errors keep theirs minus any echoed input value (a CNIC sent in error is still personal data); everything else
 * is logged and masked to INTERNAL_SERVER_ERROR with the request id.
 */
export function createFormatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const shaped = shape(formatted, error, logger);
    return { ...shaped, extensions: { ...shaped.extensions, requestId: currentRequestId() } };
  };
}

function shape(formatted: GraphQLFormattedError, error: unknown, logger: Logger): GraphQLFormattedError {
  {
    const original = findDomainError(error) ?? unwrapResolverError(error);
    if (original instanceof DomainError) {
      const extensions = { ...original.extensions };
      delete extensions.http;
      return { message: original.message, locations: formatted.locations, path: formatted.path, extensions };
    }
    const scalarError = findScalarInputError(error);
    if (scalarError) {
      return {
        message: scrubEchoedValues(formatted.message, scalarError),
        locations: formatted.locations,
        extensions: { code: 'BAD_USER_INPUT' },
      };
    }
    const code = formatted.extensions?.code;
    // Apollo answers an APQ hash mismatch with a code-less error (HTTP 400, enriched to INTERNAL_SERVER_ERROR): name it.
    if (formatted.message === 'provided sha does not match query' && !(error instanceof GraphQLError && error.originalError)) {
      return {
        message: 'The persisted query\'s sha256Hash does not match the query: send the hex SHA-256 of the query text.',
        extensions: { code: 'PERSISTED_QUERY_HASH_MISMATCH' },
      };
    }
    // The parser's own failures (a document nested past the stack: "Maximum call stack size exceeded") come back as
    // GRAPHQL_PARSE_FAILED with the engine's message: keep graphql-js's syntax errors, mask the rest.
    if (code === 'GRAPHQL_PARSE_FAILED' && !formatted.message.startsWith('Syntax Error')) {
      logger.warn({ err: original, requestId: currentRequestId() }, 'document could not be parsed');
      return { message: 'Syntax Error: the document could not be parsed (it nests too deeply).', extensions: { code } };
    }
    if (typeof code === 'string' && PASS_THROUGH_CODES.has(code)) {
      return {
        message: scrubEchoedValues(formatted.message, undefined),
        locations: formatted.locations,
        extensions: { code },
      };
    }
    logger.error({ err: original, path: formatted.path, requestId: currentRequestId() }, 'unexpected error');
    return {
      message: 'Internal server error. Quote the requestId when you contact support.',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  }
}

/**
 * graphql-js writes `Variable "$x" got invalid value <value>; <reason>` and `Expected value of type "T", found <value>;
 * <reason>`. Keep the variable name and the reason, drop the value.
 */
export function scrubEchoedValues(message: string, cause: unknown): string {
  const reason = cause instanceof ScalarInputError ? cause.message : undefined;
  const variable = /^Variable "\$([^"]+)" got invalid value /.exec(message);
  if (variable) {
    const where = /got invalid value .* at "([^"]+)"; /s.exec(message)?.[1];
    const tail = reason ?? message.slice(message.lastIndexOf('; ') + 2);
    return `Variable "$${variable[1]}" got an invalid value${where ? ` at "${where}"` : ''}; ${tail}`;
  }
  const literal = /^Expected value of type "([^"]+)", found .*?; (.*)$/s.exec(message);
  if (literal) return `Expected value of type "${literal[1]}"; ${literal[2]}`;
  return reason ?? message;
}

function findDomainError(error: unknown): DomainError | undefined {
  for (let e = error, depth = 0; e && depth < 5; depth++) {
    if (e instanceof DomainError) return e;
    e = e instanceof Error && 'originalError' in e ? (e as GraphQLError).originalError : undefined;
  }
  return undefined;
}

function findScalarInputError(error: unknown): ScalarInputError | undefined {
  for (let e = error, depth = 0; e && depth < 5; depth++) {
    if (e instanceof ScalarInputError) return e;
    e = e instanceof Error && 'originalError' in e ? (e as GraphQLError).originalError : undefined;
  }
  return undefined;
}
