import type { EntityManager } from '@mikro-orm/postgresql';

/** What a notification says: that something changed, never what. The receiver re-checks with `verifyOffender`. */
export const STATUS_CHANGED_EVENT = 'offender.status_changed';

/**
 * Writes one outbox row per live watch on the person, in the caller's transaction: if the change commits, so do its
 * notifications, and the worker delivers them even after a crash.
 */
export async function enqueueStatusChanged(em: EntityManager, citizenId: string): Promise<number> {
  const rows = await em.execute<{ id: string }[]>(
    `insert into webhook_delivery (id, watch_id, payload, status, attempts, next_attempt_at, created_at)
     select gen_random_uuid(), w.id,
       jsonb_build_object('event', ?::text,
         -- the Watch's global ID (toGlobalId): base64url of 'Watch:1:<uuid>'
         'watchId', rtrim(translate(encode(convert_to('Watch:1:' || w.id, 'UTF8'), 'base64'), '+/', '-_'), '='), 'occurredAt', now(),
         'message', 'The register status of the person you watch has changed. Re-check with verifyOffender.'),
       'PENDING', 0, now(), now()
     from offender_watch w
     where w.citizen_id = ?::uuid and w.cancelled_at is null and w.expires_at > now()
     returning id`,
    [STATUS_CHANGED_EVENT, citizenId],
  );
  return rows.length;
}
