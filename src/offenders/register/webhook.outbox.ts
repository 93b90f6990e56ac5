import type { EntityManager } from '@mikro-orm/postgresql';

/** What a notification says: that something changed, never what. The receiver re-checks with `verifyOffender`. */
export const STATUS_CHANGED_EVENT = 'offender.status_changed';

/**
 * Writes one outbox row per live watch on the person, in the caller's transaction: if the change commits, so do its
 * notifications, and the worker delivers them even after a crash. Through offender_watch_notify (SECURITY DEFINER):
 * the agency that changes the register may not read other clients' watches, only have them notified.
 */
export async function enqueueStatusChanged(em: EntityManager, citizenId: string): Promise<number> {
  const [row] = await em.execute<{ n: number }[]>('select offender_watch_notify(?::uuid, ?) as n', [citizenId, STATUS_CHANGED_EVENT]);
  return Number(row.n);
}
