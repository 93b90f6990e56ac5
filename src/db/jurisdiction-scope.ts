import type { EntityManager } from '@mikro-orm/postgresql';
import type { EventSubscriber, TransactionEventArgs } from '@mikro-orm/core';
import { districtCodes, type Jurisdiction } from '../jurisdictions/jurisdiction';
import type { ReferenceData } from '../jurisdictions/reference-data';

export const JURISDICTION_FILTER = 'jurisdiction';

/**
 * What a request may see: district codes (null = national) for the ORM filter, and the same sealed for PostgreSQL
 * (`token`, set as `app.scope` in every transaction; see src/db/scope-seal.ts). `national` is the same request's scope
 * widened to the whole country, for the few reads that are national by design.
 */
export interface JurisdictionScope {
  districts: string[] | null;
  token: string;
  national: string;
}

export function scopeOf(jurisdiction: Jurisdiction, reference: ReferenceData, seal: (districts: string[] | null) => string): JurisdictionScope {
  const districts = districtCodes(jurisdiction, reference);
  const national = seal(null);
  return { districts, token: districts ? seal(districts) : national, national };
}

/** A national scope under one sealed token (the system's, for workers and tools). */
export function nationalScope(token: string): JurisdictionScope {
  return { districts: null, token, national: token };
}

/** Scopes an entity manager: the MikroORM filter and, in every transaction it starts, the RLS setting. */
export function scope(em: EntityManager, value: JurisdictionScope): EntityManager {
  em.setFilterParams(JURISDICTION_FILTER, value);
  return em;
}

/**
 * A fork that sees the whole country, for the few reads that are national by design (identity matching discloses
 * no record) and for system work (seeding). Explicit, so every use is visible in review.
 */
export function nationalFork(em: EntityManager): EntityManager {
  const current = em.getFilterParams<JurisdictionScope>(JURISDICTION_FILTER);
  return scope(em.fork({ clear: false }), { districts: null, token: current?.national ?? '', national: current?.national ?? '' });
}

/**
 * A national read, for checks that span the country, in a transaction of its own on another connection (so row-level
 * security sees NATIONAL). Not a savepoint of the caller's transaction: knex runs sibling savepoints on one
 * connection one after another, so a savepoint opened from the request's manager while a service's savepoint is
 * open would wait for it forever. The request-transaction plugin sizes its admission for this second connection.
 */
export function readNationally<T>(em: EntityManager, read: (national: EntityManager) => Promise<T>): Promise<T> {
  return nationalFork(em).transactional(read);
}

/** Filter condition for jurisdiction-bound entities with a `district` relation. */
export function districtFilter(args: JurisdictionScope) {
  return args.districts ? { district: { $in: args.districts } } : {};
}

/**
 * Feeds PostgreSQL's row-level security: the first statement of every transaction sets the sealed scope. Sent as a
 * bound parameter, never inlined, so the token does not appear in pg_stat_activity's query text.
 */
export class JurisdictionSubscriber implements EventSubscriber {
  async afterTransactionStart({ em, transaction }: TransactionEventArgs): Promise<void> {
    const value = em.getFilterParams<JurisdictionScope>(JURISDICTION_FILTER);
    if (!value?.token) return; // unset: the policies see no rows (owner sessions see all)
    const sql = "select set_config('app.scope', ?, true)";
    (em.config.get('onQuery') as (sql: string, params: unknown[]) => string)(sql, [value.token]);
    await (em as EntityManager).getConnection().getKnex().raw(sql, [value.token]).transacting(transaction as never);
  }
}
