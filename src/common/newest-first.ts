import type { EntityName, FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { toConnection, type ConnectionShape, type PageRequest } from './connection';
import { BadUserInputError } from './errors';
import { isUuid } from './global-id';

/**
 * One page of a log-like table, newest first, by keyset on (time, id): stable under inserts, no OFFSET scans.
 * The cursor is `[ISO time, uuid]`, checked before it reaches SQL.
 */
export async function newestFirstPage<T extends { id: string }, N>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  request: PageRequest,
  timeField: keyof T & string,
  toNode: (row: T) => N,
  /**
   * The request's own entity manager, to count only if `totalCount` is selected (after `em`'s savepoint may have
   * closed), or the count itself (a function); without it the count runs now, on `em`.
   */
  countLater?: EntityManager | (() => Promise<number>),
): Promise<ConnectionShape<N>> {
  const forward = request.direction === 'forward';
  let page = where;
  if (request.cursor) {
    const [at, id] = request.cursor;
    const time = typeof at === 'string' ? new Date(at) : null;
    if (!time || Number.isNaN(time.getTime()) || typeof id !== 'string' || !isUuid(id)) {
      throw new BadUserInputError('The cursor is not one from this connection.');
    }
    const op = forward ? '$lt' : '$gt';
    page = {
      $and: [where, { $or: [{ [timeField]: { [op]: time } }, { [timeField]: time, id: { [op]: id } }] }],
    } as FilterQuery<T>;
  }
  const order = forward ? 'desc' : 'asc';
  const find = em.find(entity, page, { orderBy: [{ [timeField]: order }, { id: order }] as never, limit: request.limit + 1 });
  const later = typeof countLater === 'function' ? countLater : countLater ? () => countLater.count(entity, where) : null;
  const [rows, total] = later ? [await find, later] : await Promise.all([find, em.count(entity, where)]);
  return toConnection(rows as T[], request, (r) => [(r[timeField] as Date).toISOString(), r.id], toNode, total);
}
