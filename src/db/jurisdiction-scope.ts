import type { EntityManager } from '@mikro-orm/postgresql';
import type { EventSubscriber, TransactionEventArgs } from '@mikro-orm/core';
import { districtCodes, type Jurisdiction } from '../jurisdictions/jurisdiction';
import type { ReferenceData } from '../jurisdictions/reference-data';

export const JURISDICTION_FILTER = 'jurisdiction';

/** What a request may see: district codes (null = national), and the same as the RLS setting text. */
export interface JurisdictionScope {
  districts: string[] | null;
  setting: string;
}

export const NATIONAL_SCOPE: JurisdictionScope = { districts: null, setting: 'NATIONAL' };

export function scopeOf(jurisdiction: Jurisdiction, reference: ReferenceData): JurisdictionScope {
  const districts = districtCodes(jurisdiction, reference);
  return districts ? { districts, setting: districts.join(',') } : NATIONAL_SCOPE;
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
  return scope(em.fork({ clear: false }), NATIONAL_SCOPE);
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

/** Feeds PostgreSQL's row-level security: the first statement of every transaction sets app.jurisdiction. */
export class JurisdictionSubscriber implements EventSubscriber {
  async afterTransactionStart({ em, transaction }: TransactionEventArgs): Promise<void> {
    const value = em.getFilterParams<JurisdictionScope>(JURISDICTION_FILTER);
    if (!value) return; // unset: the policies see no rows
    await (em as EntityManager)
      .getConnection()
      .execute("select set_config('app.jurisdiction', ?, true)", [value.setting], 'run', transaction);
  }
}
