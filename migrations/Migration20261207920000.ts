import { Migration } from '@mikro-orm/migrations';

/**
 * The audit log, partitioned by month (issue #17): a national service adds hundreds of millions of rows a year, and one
 * table of them makes every index deeper and retention a DELETE the append-only trigger refuses. `audit_event` becomes
 * a table partitioned by range of `occurred_at`, one partition per calendar month in UTC (`audit_event_YYYY_MM`), plus
 * a default partition (`audit_event_default`) so that an insert never fails when the months ahead were not made.
 *
 * - The existing rows are converted in place: the old table is renamed, the months it spans (and the current month and
 *   the next three) get their partitions, its rows are copied, and it is dropped, all in the migration's transaction.
 * - The primary key must include the partition key: `(id, occurred_at)`. Ids are random UUIDs (gen_random_uuid, or a
 *   check's `checkId` made the same way), so uniqueness of `id` alone is not lost in practice; nothing references
 *   `audit_event.id` by foreign key (dispute_change copies it) and nothing inserts with ON CONFLICT on it.
 * - Row-level security, FORCE, the policies, the append-only triggers and the app role's grant are on the parent, where
 *   every read and write goes. The partitions carry no grant to the app role, so it cannot read or write one directly.
 * - `audit_partitions_maintain(p_months_ahead)` (SECURITY DEFINER, SYSTEM or OWNER scope): makes the current month's
 *   partition and the next `p_months_ahead` (at most 24), and drops the partitions whose every row is older than the
 *   retention in `audit_retention`, a table only the owner writes (the server sets it at start-up from
 *   AUDIT_RETENTION_MONTHS): the app role can run the maintenance but cannot shorten the retention. The server's
 *   `audit-partitions` worker runs it at start and daily (src/oversight/audit-partitions.worker.ts).
 */
export class Migration20261207920000 extends Migration {
  override async up(): Promise<void> {
    const definer = (sql: string) => this.addSql(sql.replace(/\bDEFINER\b/, 'security definer set search_path = public, pg_temp'));

    // How long audit rows are kept, in months (null: for ever). One row; the owner's to set.
    this.addSql(`create table audit_retention (singleton boolean primary key default true check (singleton),
      months int null check (months is null or months >= 1), updated_at timestamptz not null default now());`);
    this.addSql(`insert into audit_retention (months) values (84);`);
    this.addSql(`revoke all on audit_retention from public;`);

    // The partition of one month (UTC), made if missing: its name, or null when it already existed or could not be made
    // (rows for that month already sit in the default partition: they stay there and stay readable).
    definer(`create function audit_partition_ensure(p_month date) returns text language plpgsql DEFINER as $$
      declare
        v_from date := date_trunc('month', p_month)::date;
        v_name text := 'audit_event_' || to_char(v_from, 'YYYY_MM');
      begin
        if to_regclass(v_name) is not null then
          return null;
        end if;
        begin
          execute format('create table %I partition of audit_event for values from (%L) to (%L)', v_name,
            (v_from::timestamp at time zone 'UTC'), ((v_from + interval '1 month')::timestamp at time zone 'UTC'));
        exception when check_violation then
          raise warning 'audit partition % not made: the default partition holds rows of that month', v_name;
          return null;
        end;
        execute format('revoke all on %I from public', v_name);
        return v_name;
      end $$;`);
    this.addSql(`revoke execute on function audit_partition_ensure(date) from public;`);

    // The old table steps aside; its secondary indexes go (the copy reads it in one pass).
    this.addSql(`alter table audit_event rename to audit_event_unpartitioned;`);
    this.addSql(`alter table audit_event_unpartitioned rename constraint audit_event_pkey to audit_event_unpartitioned_pkey;`);
    for (const index of ['audit_event_client_id_index', 'audit_event_action_index', 'audit_event_occurred_at_id_index', 'audit_event_subject_hash_occurred_at_id_index']) {
      this.addSql(`drop index ${index};`);
    }
    this.addSql(`drop policy audit_event_read on audit_event_unpartitioned;`);
    this.addSql(`drop policy audit_event_write on audit_event_unpartitioned;`);

    this.addSql(`create table audit_event ("id" uuid not null, "occurred_at" timestamptz not null default clock_timestamp(),
      "actor_kind" varchar(16) not null, "actor_id" varchar(255) not null, "client_id" uuid null, "client_name" varchar(255) not null,
      "role" varchar(32) not null, "action" varchar(64) not null, "subject_hash" varchar(64) null, "purpose" varchar(32) null,
      "consent_ref" varchar(255) null, "request_id" varchar(64) not null, "outcome" varchar(32) not null, "detail" jsonb null,
      constraint "audit_event_pkey" primary key ("id", "occurred_at")) partition by range ("occurred_at");`);
    this.addSql(`create index "audit_event_client_id_index" on "audit_event" ("client_id");`);
    this.addSql(`create index "audit_event_action_index" on "audit_event" ("action");`);
    this.addSql(`create index "audit_event_occurred_at_id_index" on "audit_event" ("occurred_at", "id");`);
    this.addSql(`create index "audit_event_subject_hash_occurred_at_id_index" on "audit_event" ("subject_hash", "occurred_at", "id");`);
    this.addSql(`create table audit_event_default partition of audit_event default;`);
    this.addSql(`revoke all on audit_event_default from public;`);

    // Every month the old rows span, and the current month and the next three.
    this.addSql(`select audit_partition_ensure(m::date) from generate_series(
        date_trunc('month', coalesce((select min(occurred_at) from audit_event_unpartitioned), now()) at time zone 'UTC'),
        date_trunc('month', now() at time zone 'UTC') + interval '3 months', interval '1 month') m;`);
    this.addSql(`insert into audit_event select * from audit_event_unpartitioned;`);
    // DROP fires neither the row nor the TRUNCATE trigger: the rows now live in the partitions.
    this.addSql(`drop table audit_event_unpartitioned;`);

    this.addSql(`create trigger audit_event_no_update_or_delete before update or delete on "audit_event"
      for each row execute function audit_event_append_only();`);
    this.addSql(`create trigger audit_event_no_truncate before truncate on "audit_event"
      for each statement execute function audit_event_append_only();`);
    this.addSql(`alter table audit_event enable row level security;`);
    this.addSql(`alter table audit_event force row level security;`);
    this.addSql(`create policy audit_event_read on audit_event for select
      using ((select app_scope()->>'r') in ('AUDITOR', 'SYSTEM', 'OWNER') or subject_hash = (select app_scope()->>'s'));`);
    this.addSql(`create policy audit_event_write on audit_event for insert with check (true);`);

    definer(`create function audit_partitions_maintain(p_months_ahead int default 3)
      returns table (action text, partition text) language plpgsql DEFINER as $$
      declare
        v_scope jsonb := app_require_scope(null);
        v_months int;
        v_name text;
        v_month date;
        r record;
      begin
        if v_scope->>'r' not in ('SYSTEM', 'OWNER') then
          raise exception 'only the server maintains the audit partitions' using errcode = '42501';
        end if;
        if p_months_ahead is null or p_months_ahead < 0 or p_months_ahead > 24 then
          raise exception 'months ahead must be from 0 to 24' using errcode = '22023';
        end if;
        -- Waits at most this long for a lock on the audit log (a long read holds it): tried again on the next run.
        perform set_config('lock_timeout', '5s', true);
        for v_month in select m::date from generate_series(date_trunc('month', now() at time zone 'UTC'),
            date_trunc('month', now() at time zone 'UTC') + make_interval(months => p_months_ahead), interval '1 month') m loop
          v_name := audit_partition_ensure(v_month);
          if v_name is not null then
            action := 'CREATED';
            partition := v_name;
            return next;
          end if;
        end loop;
        select months into v_months from audit_retention;
        if v_months is null then
          return;
        end if;
        -- A month's partition goes once its newest possible row is older than the retention.
        for r in select c.relname::text as name, to_date(substring(c.relname from 13), 'YYYY_MM') as month
            from pg_inherits i join pg_class c on c.oid = i.inhrelid
            where i.inhparent = 'audit_event'::regclass and c.relname ~ '^audit_event_[0-9]{4}_[0-9]{2}$'
            order by c.relname loop
          if (r.month + interval '1 month')::timestamp at time zone 'UTC' + make_interval(months => v_months) <= now() then
            begin
              execute format('drop table %I', r.name);
              action := 'DROPPED';
              partition := r.name;
              return next;
            exception when lock_not_available then
              raise warning 'audit partition % not dropped: the audit log is busy', r.name;
            end;
          end if;
        end loop;
      end $$;`);
    this.addSql(`revoke execute on function audit_partitions_maintain(int) from public;`);
    this.addSql(`do $$
      begin
        if exists (select from pg_roles where rolname = 'tasdeeq_app') then
          grant select on audit_event to tasdeeq_app;
          grant execute on function audit_partitions_maintain(int) to tasdeeq_app;
        end if;
      end $$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function audit_partitions_maintain(int);`);
    this.addSql(`alter table audit_event rename to audit_event_partitioned;`);
    this.addSql(`alter table audit_event_partitioned rename constraint audit_event_pkey to audit_event_partitioned_pkey;`);
    this.addSql(`create table audit_event (like audit_event_partitioned including defaults);`);
    this.addSql(`alter table audit_event add constraint audit_event_pkey primary key (id);`);
    this.addSql(`insert into audit_event select * from audit_event_partitioned;`);
    this.addSql(`drop table audit_event_partitioned;`);
    this.addSql(`drop function audit_partition_ensure(date);`);
    this.addSql(`drop table audit_retention;`);
    for (const [name, cols] of [['client_id', 'client_id'], ['action', 'action'], ['occurred_at_id', 'occurred_at, id'], ['subject_hash_occurred_at_id', 'subject_hash, occurred_at, id']]) {
      this.addSql(`create index audit_event_${name}_index on audit_event (${cols});`);
    }
    this.addSql(`create trigger audit_event_no_update_or_delete before update or delete on "audit_event" for each row execute function audit_event_append_only();`);
    this.addSql(`create trigger audit_event_no_truncate before truncate on "audit_event" for each statement execute function audit_event_append_only();`);
    this.addSql(`alter table audit_event enable row level security;`);
    this.addSql(`alter table audit_event force row level security;`);
    this.addSql(`create policy audit_event_read on audit_event for select
      using ((select app_scope()->>'r') in ('AUDITOR', 'SYSTEM', 'OWNER') or subject_hash = (select app_scope()->>'s'));`);
    this.addSql(`create policy audit_event_write on audit_event for insert with check (true);`);
    this.addSql(`do $$ begin if exists (select from pg_roles where rolname = 'tasdeeq_app') then grant select on audit_event to tasdeeq_app; end if; end $$;`);
  }
}
