import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * The audit log's monthly partitions (Migration20261207920000): `audit_event_YYYY_MM` (UTC months) and
 * `audit_event_default`. These are the owner's and the server's tools; docs/operations.md says how they are used.
 */

/** The partition of the month holding `at` (UTC): `audit_event_2026_12`. */
export function auditPartitionName(at: Date): string {
  return `audit_event_${at.getUTCFullYear()}_${String(at.getUTCMonth() + 1).padStart(2, '0')}`;
}

/**
 * As the owner (start-up, before the app role serves): how many months of audit rows the maintenance keeps (null: for
 * ever). The app role can run the maintenance but cannot change this.
 */
export async function applyAuditRetention(owner: EntityManager, months: number | null): Promise<void> {
  await owner.getConnection().execute('update audit_retention set months = ?, updated_at = now()', [months]);
}

export interface PartitionChange {
  action: 'CREATED' | 'DROPPED';
  partition: string;
}

/**
 * Makes the current month's partition and the next `monthsAhead`, and drops those past the retention: one SECURITY
 * DEFINER call, in a transaction carrying a SYSTEM (or OWNER) scope. Returns what it changed, in order.
 */
export async function maintainAuditPartitions(em: EntityManager, monthsAhead: number): Promise<PartitionChange[]> {
  return em.execute<PartitionChange[]>('select action, partition from audit_partitions_maintain(?)', [monthsAhead]);
}
