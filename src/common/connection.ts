import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import { BadUserInputError } from './errors';

export type ClassType<T = object> = new (...args: never[]) => T;

@ObjectType({ description: 'Where a page sits in its connection (Relay).' })
export class PageInfo {
  @Field(() => Boolean, { description: 'More items follow the last edge.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'Items precede the first edge.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first edge.' })
  startCursor?: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge.' })
  endCursor?: string | null;
}

export interface Edge<N> {
  cursor: string;
  node: N;
}

export interface ConnectionShape<N> {
  edges: Edge<N>[];
  pageInfo: PageInfo;
  /** Counted only when read: GraphQL reads it only when the client selected `totalCount` (see toConnection). */
  readonly totalCount: number | Promise<number>;
}

/** How many items match, counted only when asked: a count over every matching row is the page's dearest part. */
export type TotalCount = number | (() => Promise<number>);

/** Builds `<Name>Edge` and an abstract connection class for `<Name>Connection` to extend. */
export function ConnectionType<N extends object>(name: string, nodeType: ClassType<N>) {
  @ObjectType(`${name}Edge`, { description: `An edge in a ${name} connection.` })
  class EdgeType {
    @Field(() => String, { description: 'Opaque cursor for `after` / `before`.' })
    cursor!: string;

    @Field(() => nodeType, { description: `The ${name}.` })
    node!: N;
  }

  // Abstract: only the concrete subclass (`<Name>Connection`) is reachable from the schema, so only it is emitted.
  @ObjectType()
  abstract class Connection implements ConnectionShape<N> {
    @Field(() => [EdgeType], { description: 'The page of edges.' })
    edges!: EdgeType[];

    @Field(() => PageInfo, { description: 'Pagination state.' })
    pageInfo!: PageInfo;

    @Field(() => Int, {
      description:
        'Number of items matching the filter, across all pages. Counted only when selected: a count over every ' +
        'matching item in your jurisdiction (a province holds millions), so leave it out when walking pages.',
    })
    totalCount!: number | Promise<number>;
  }
  return Connection;
}

export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: `Page size counting forward from \`after\` (1-${MAX_PAGE_SIZE}).` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor to continue after.' })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: `Page size counting back from \`before\` (1-${MAX_PAGE_SIZE}).` })
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor to continue before.' })
  before?: string | null;
}

export interface PageRequest {
  /** forward: newest-first order continuing after the cursor; backward: the items before it. */
  direction: 'forward' | 'backward';
  limit: number;
  cursor: unknown[] | null;
}

export function encodeCursor(key: unknown[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

function decodeCursor(cursor: string, arg: string): unknown[] {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key)) return key;
  } catch {
    // fall through
  }
  throw new BadUserInputError(`\`${arg}\` is not a cursor from this connection.`);
}

/** Validates first/after/last/before: exactly one of `first` and `last`, 1..100, cursors from this API. */
export function pageRequest(args: ConnectionArgs): PageRequest {
  const { first, last, after, before } = args;
  if ((first == null) === (last == null)) {
    throw new BadUserInputError(`Pass exactly one of \`first\` or \`last\` (1-${MAX_PAGE_SIZE}).`);
  }
  const limit = (first ?? last)!;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw new BadUserInputError(`\`${first != null ? 'first' : 'last'}\` must be between 1 and ${MAX_PAGE_SIZE}.`);
  }
  if (first != null && before) throw new BadUserInputError('Use `after` with `first`, `before` with `last`.');
  if (last != null && after) throw new BadUserInputError('Use `after` with `first`, `before` with `last`.');
  const cursorArg = first != null ? after : before;
  return {
    direction: first != null ? 'forward' : 'backward',
    limit,
    cursor: cursorArg ? decodeCursor(cursorArg, first != null ? 'after' : 'before') : null,
  };
}

/**
 * Turns rows fetched with `limit + 1` (in the request's direction) into a connection. `keyOf` gives the row's sort key,
 * which becomes its cursor.
 */
export function toConnection<R, N>(
  rows: R[],
  request: PageRequest,
  keyOf: (row: R) => unknown[],
  toNode: (row: R) => N,
  totalCount: TotalCount,
): ConnectionShape<N> {
  const hasMore = rows.length > request.limit;
  const page = rows.slice(0, request.limit);
  if (request.direction === 'backward') page.reverse();
  const edges = page.map((row) => ({ cursor: encodeCursor(keyOf(row)), node: toNode(row) }));
  // A getter, so the count's statement runs when (and only when) execution resolves `totalCount`, once.
  let counted: Promise<number> | undefined;
  return {
    edges,
    get totalCount() {
      if (typeof totalCount === 'number') return totalCount;
      return (counted ??= totalCount());
    },
    pageInfo: {
      hasNextPage: request.direction === 'forward' ? hasMore : request.cursor !== null,
      hasPreviousPage: request.direction === 'forward' ? request.cursor !== null : hasMore,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
