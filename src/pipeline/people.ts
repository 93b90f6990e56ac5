import {
  defaultFieldResolver,
  getNamedType,
  isLeafType,
  isObjectType,
  type GraphQLError,
  type GraphQLFieldResolver,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type ResponsePath,
} from 'graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Extensions } from 'type-graphql';
import type { AuditService } from '../audit/audit.service';
import { ALLOWED_PURPOSES } from '../audit/purpose';
import type { Context } from './context';

/**
 * The people an object holds, as CNIC or B-form numbers (13 digits), for the audit. May read (through the request's
 * loaders): it runs in the audit stage, before the request's transaction commits, all of a request's at once so a
 * DataLoader batches them.
 */
export type PeopleOf<T> = (value: T, ctx: Context) => readonly (string | null | undefined)[] | Promise<readonly (string | null | undefined)[]>;

const HOLDERS = new Map<object, { type: string; people: PeopleOf<never> }>();

/** The extension key `@HoldsPeople` sets on a type: test/person-audit.test.ts finds the types that hold people by it. */
export const HOLDS_PEOPLE = 'holdsPeople';

/**
 * On an object type that holds a person (or people): every object of it that a request resolves, by whatever path
 * (a root field, `node`, `nodes`, nested, a mutation's payload), puts its people in the request's audit as subjects
 * (`person.read` rows, hashed as every subject is), unless a service already audited that subject in the request.
 */
export function HoldsPeople<T>(people: PeopleOf<T>): ClassDecorator {
  const mark = Extensions({ [HOLDS_PEOPLE]: true });
  return (target) => {
    HOLDERS.set(target, { type: target.name, people: people as PeopleOf<never> });
    mark(target);
  };
}

/**
 * Writes a `person.read` row for each person the request returned whom no row of the request names yet, in `em`'s
 * transaction (the request's, before it commits).
 */
async function writeReturned(audit: AuditService, ctx: Context, em: EntityManager = ctx.em): Promise<void> {
  const taken = ctx.people.take();
  if (!taken.length) return;
    // Called all at once, then awaited: loaders batch them into one query per kind.
    const lists = await Promise.all(taken.map(async (r) => ({ r, numbers: await r.people() })));
    const rows = new Map<string, { type: string; paths: Set<string> }>();
    for (const { r, numbers } of lists) {
      for (const number of numbers) {
        if (!number) continue;
        const hash = audit.subjectHash(number as never);
        if (ctx.people.isRecorded(hash)) continue;
        const row = rows.get(hash) ?? { type: r.type, paths: new Set<string>() };
        row.paths.add(r.path);
        rows.set(hash, row);
      }
    }
    if (!rows.size) return;
    await audit.recordMany(em, ctx, [...rows].map(([hash, { type, paths }]) => ({
      action: 'person.read',
      outcome: 'SUCCESS' as const,
      subjectHash: hash,
      purpose: ALLOWED_PURPOSES[ctx.viewer.role]?.[0] ?? null,
      detail: { type, paths: [...paths].sort().slice(0, 10) },
    })));
}

/**
 * Stage "audit": the people the request returned whom no service named, and every refusal (FORBIDDEN) with its reason
 * and path, in `em`'s transaction (the request's, before it commits; or one of their own when the request has none).
 */
export async function auditRequest(
  audit: AuditService,
  ctx: Context,
  em: EntityManager,
  errors: readonly GraphQLError[] | undefined,
  rootFields: readonly string[],
): Promise<void> {
  await writeReturned(audit, ctx, em);
  const refused = (errors ?? []).filter((e) => e.extensions?.code === 'FORBIDDEN');
  if (!refused.length) return;
  await audit.recordMany(em, ctx, refused.map((e) => ({
    action: 'request.refused',
    outcome: 'REFUSED' as const,
    purpose: null,
    detail: { reason: e.message, path: e.path?.filter((k) => typeof k === 'string').join('.') ?? null, fields: [...rootFields] },
  })));
}

/** A response path without list indexes: `households.edges.node.members`. */
function pathOf(path: ResponsePath | undefined): string {
  const keys: string[] = [];
  for (let p = path; p; p = p.prev) if (typeof p.key === 'string') keys.unshift(p.key);
  return keys.join('.');
}

function each(value: unknown, visit: (item: object) => void): void {
  if (Array.isArray(value)) for (const item of value) each(item, visit);
  else if (value && typeof value === 'object' && typeof (value as { then?: unknown }).then !== 'function') visit(value);
}

function collect(value: unknown, context: Context, info: GraphQLResolveInfo): void {
  const path = pathOf(info.path);
  each(value, (item) => {
    const holder = HOLDERS.get(item.constructor);
    if (holder) context.people.add({ type: holder.type, path, people: () => holder.people(item as never, context) });
  });
}

/**
 * Sees every object a request resolves (src/app/schema.ts): each field of an object type whose type is not a leaf
 * (an object, an interface, a union, or lists of them) gets its resolver wrapped, so objects of a `@HoldsPeople` type
 * go to the request's `people` whatever path reached them. Leaf fields keep graphql-js's plain property read: a
 * type-graphql global middleware would wrap every field of every object in async middleware (issue #18's cost).
 */
export function collectPeopleOn(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (isLeafType(getNamedType(field.type))) continue;
      const resolve: GraphQLFieldResolver<unknown, Context> = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context: Context, info) => {
        const result: unknown = resolve(source, args, context, info);
        if (!context?.people) return result;
        if (result && typeof (result as { then?: unknown }).then === 'function') {
          return (result as Promise<unknown>).then((value) => {
            collect(value, context, info);
            return value;
          });
        }
        collect(result, context, info);
        return result;
      };
    }
  }
  return schema;
}
