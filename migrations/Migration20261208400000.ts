import { Migration } from '@mikro-orm/migrations';

/**
 * Audit ids in time order (issue #17): new audit rows get UUID version 7 ids (RFC 9562: 48 bits of Unix milliseconds,
 * then 74 random bits) instead of version 4. The primary key `(id, occurred_at)` of every monthly partition is a
 * B-tree on the id first: random ids put each new row on a random leaf page, so at national scale (millions of rows a
 * month, an index far larger than memory) every audit row read and dirtied a page of its own (measured: a households
 * page's 460 `person.read` rows read ~430 and dirtied ~470 pages of the primary key at 100,000 households; with time
 * ordered ids, ~10 read and ~50 dirtied). Ids stay unique and unguessable (74 random bits); they now also reveal the
 * millisecond they were made, which the row's `occurred_at` shows anyway. Old rows keep their ids.
 *
 * `app_uuid_v7()` is the generator for SQL (PostgreSQL 18 has `uuidv7()`; 15 does not); the server makes the ids it
 * quotes back itself (an offender check's `checkId`) with the same layout (src/audit/event-id.ts).
 */
export class Migration20261208400000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create function app_uuid_v7() returns uuid language sql volatile parallel safe as $$
      select encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid())
        placing substring(int8send(floor(extract(epoch from clock_timestamp()) * 1000)::bigint) from 3) from 1 for 6),
        52, 1), 53, 1), 'hex')::uuid
    $$;`);
    this.addSql(`revoke execute on function app_uuid_v7() from public;`);
    this.auditWrite('app_uuid_v7()');
  }

  override async down(): Promise<void> {
    this.auditWrite('gen_random_uuid()');
    this.addSql('drop function app_uuid_v7();');
  }

  /** audit_write as Migration20261207700000 made it, with the given id generator. */
  private auditWrite(newId: string): void {
    this.addSql(`create or replace function audit_write(p_rows jsonb, p_scope text default null) returns void language plpgsql
      security definer set search_path = public, pg_temp as $$
      declare
        v_scope jsonb := app_require_scope(p_scope);
      begin
        insert into audit_event (id, occurred_at, actor_kind, actor_id, client_id, client_name, role, action, subject_hash,
          purpose, consent_ref, request_id, outcome, detail)
        select coalesce(r.id, ${newId}), date_trunc('milliseconds', clock_timestamp()), v_scope->>'k', v_scope->>'i', (v_scope->>'c')::uuid,
          v_scope->>'n', v_scope->>'r', r.action, r.subject_hash, r.purpose, r.consent_ref, coalesce(v_scope->>'q', ''),
          r.outcome, r.detail
        from jsonb_to_recordset(p_rows) as r(id uuid, action text, subject_hash text, purpose text, consent_ref text,
          outcome text, detail jsonb);
      end $$;`);
  }
}
