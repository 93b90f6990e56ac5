import { Migration } from '@mikro-orm/migrations';

/**
 * The enumeration guard's not-found share counts distinct people (issue #20). A walk of unknown CNICs padded with
 * repeated known ones went undetected for 900 requests (300 unknown CNICs), because the share was of lookups and each
 * repeat counted again. Now a person is counted once a day, on the first lookup, found or not, and the share is of
 * the distinct people looked up that day: padding buys nothing unless the caller holds as many real CNICs as it
 * guesses, each of which also spends its daily distinct cap. (The serial neighbours the sequential detector probes
 * widen to two either side in the server: src/security/enumeration-guard.ts.) Same signature, owner and grants as
 * Migration20261207800000's; a day already under way keeps what it counted before.
 */
export class Migration20261207840000 extends Migration {
  override async up(): Promise<void> {
    const definer = (sql: string) => this.addSql(sql.replace(/\bDEFINER\b/, 'security definer set search_path = public, pg_temp'));
    definer(`create or replace function app_guard_tally(p_scope jsonb, p_day date, p_rows jsonb, p_odd_hour boolean,
        p_not_found_share float8, p_not_found_min int, p_sequential_max int, p_odd_hour_max int, p_default_cap int)
      returns table (finding text, detail jsonb, refused boolean)
      language plpgsql volatile DEFINER as $$
      declare
        v_client uuid := (p_scope->>'c')::uuid;
        v_suspends boolean := p_scope->>'r' <> 'SMS_GATEWAY';
        t record;
        v_cap int;
        v_finding text;
        v_detail jsonb;
        v_refuse boolean := false;
        v_own int := pg_backend_pid() % 32;
        v_lookups int;
        v_added int;
        v_not_found int;
        v_sequential int;
        v_odd int;
      begin
        if v_client is null then
          return query select null::text, null::jsonb, false;
          return;
        end if;
        begin
          with input as (
            select * from jsonb_to_recordset(p_rows) as x(h text, n jsonb, "inBatch" boolean, k int, f boolean, c text)
          ),
          added as (
            insert into lookup_subject (client_id, day, subject_hash) select v_client, p_day, h from input
            on conflict do nothing returning subject_hash
          ),
          -- One probe of the primary key per neighbour (client, day and hash all in the index condition), whatever the
          -- statistics say of today: \`= any(array(...))\` is planned as a filter over the client's whole day when
          -- the day's rows are not in the statistics yet (a cached plan keeps it as the day grows: 3.6 ms at 9,000).
          earlier as (
            select count(*)::int as c from input i
            where i."inBatch" or exists (
              select 1 from jsonb_array_elements_text(i.n) nb(h)
              where (select true from lookup_subject s
                     where s.client_id = v_client and s.day = p_day and s.subject_hash = nb.h limit 1)
            )
          ),
          counted as (
            -- Distinct people not found: each counted once a day, on its first lookup, so repeating known CNICs
            -- between guesses dilutes nothing (issue #20: a walk padded with repeats went unseen for 900 requests).
            select sum(i.k)::int as lookups,
              count(*) filter (where i.h in (select a.subject_hash from added a)
                and not coalesce(i.f, exists (select 1 from citizen z where z.cnic = i.c)))::int as not_found
            from input i
          )
          select counted.lookups, (select count(*) from added)::int, counted.not_found, (select c from earlier)
          into v_lookups, v_added, v_not_found, v_sequential
          from counted;
          v_odd := case when p_odd_hour then v_lookups else 0 end;
          -- The first of the client's tally rows for the day that no concurrent lookup holds (its lock lasts until the
          -- check commits: waiting would queue the client's checks); a new row only when all are held.
          update lookup_tally lt set
            lookups = lt.lookups + v_lookups,
            distinct_subjects = lt.distinct_subjects + v_added,
            not_found = lt.not_found + v_not_found,
            sequential = lt.sequential + v_sequential,
            odd_hour = lt.odd_hour + v_odd
          where lt.client_id = v_client and lt.day = p_day and lt.shard = coalesce(
            (select x.shard from lookup_tally x where x.client_id = v_client and x.day = p_day and x.shard = v_own
             for update skip locked),
            (select x.shard from lookup_tally x where x.client_id = v_client and x.day = p_day
             order by (x.shard - v_own + 32) % 32 limit 1 for update skip locked));
          if not found then
            insert into lookup_tally as lt (client_id, day, shard, lookups, distinct_subjects, not_found, sequential, odd_hour)
            values (v_client, p_day, v_own, v_lookups, v_added, v_not_found, v_sequential, v_odd)
            on conflict (client_id, day, shard) do update set
              lookups = lt.lookups + excluded.lookups,
              distinct_subjects = lt.distinct_subjects + excluded.distinct_subjects,
              not_found = lt.not_found + excluded.not_found,
              sequential = lt.sequential + excluded.sequential,
              odd_hour = lt.odd_hour + excluded.odd_hour;
          end if;

          select sum(s.lookups)::int as lookups, sum(s.distinct_subjects)::int as distinct_subjects,
            sum(s.not_found)::int as not_found, sum(s.sequential)::int as sequential, sum(s.odd_hour)::int as odd_hour
          into t from lookup_tally s where s.client_id = v_client and s.day = p_day;

          if t.distinct_subjects >= p_not_found_min and t.not_found::float8 / t.distinct_subjects >= p_not_found_share then
            v_finding := 'NOT_FOUND_SHARE';
            v_detail := jsonb_build_object('lookups', t.lookups, 'distinct', t.distinct_subjects, 'notFound', t.not_found,
              'threshold', p_not_found_share);
          elsif t.sequential >= p_sequential_max then
            v_finding := 'SEQUENTIAL_CNICS';
            v_detail := jsonb_build_object('sequential', t.sequential, 'threshold', p_sequential_max);
          elsif t.odd_hour >= p_odd_hour_max then
            v_finding := 'ODD_HOUR_BURST';
            v_detail := jsonb_build_object('oddHourLookups', t.odd_hour, 'threshold', p_odd_hour_max);
          end if;
          if v_finding is not null then
            v_refuse := v_suspends;
          else
            select coalesce(a.daily_distinct_cap, p_default_cap) into v_cap from api_client a where a.id = v_client;
            if t.distinct_subjects > v_cap then
              v_finding := 'DAILY_DISTINCT_CAP';
              v_detail := jsonb_build_object('distinct', t.distinct_subjects, 'cap', v_cap);
              v_refuse := true;
            end if;
          end if;
          if v_refuse then
            raise exception 'lookup refused' using errcode = 'TQ001';
          end if;
        exception when sqlstate 'TQ001' then
          null; -- the block's writes (the tally) rolled back; the finding stands
        end;
        return query select v_finding, v_detail || jsonb_build_object('day', p_day::text), v_refuse;
      end $$;`);
  }

  override async down(): Promise<void> {
    const definer = (sql: string) => this.addSql(sql.replace(/\bDEFINER\b/, 'security definer set search_path = public, pg_temp'));
    definer(`create or replace function app_guard_tally(p_scope jsonb, p_day date, p_rows jsonb, p_odd_hour boolean,
        p_not_found_share float8, p_not_found_min int, p_sequential_max int, p_odd_hour_max int, p_default_cap int)
      returns table (finding text, detail jsonb, refused boolean)
      language plpgsql volatile DEFINER as $$
      declare
        v_client uuid := (p_scope->>'c')::uuid;
        v_suspends boolean := p_scope->>'r' <> 'SMS_GATEWAY';
        t record;
        v_cap int;
        v_finding text;
        v_detail jsonb;
        v_refuse boolean := false;
        v_own int := pg_backend_pid() % 32;
        v_lookups int;
        v_added int;
        v_not_found int;
        v_sequential int;
        v_odd int;
      begin
        if v_client is null then
          return query select null::text, null::jsonb, false;
          return;
        end if;
        begin
          with input as (
            select * from jsonb_to_recordset(p_rows) as x(h text, n jsonb, "inBatch" boolean, k int, f boolean, c text)
          ),
          added as (
            insert into lookup_subject (client_id, day, subject_hash) select v_client, p_day, h from input
            on conflict do nothing returning subject_hash
          ),
          -- One probe of the primary key per neighbour (client, day and hash all in the index condition), whatever the
          -- statistics say of today: \`= any(array(...))\` is planned as a filter over the client's whole day when
          -- the day's rows are not in the statistics yet (a cached plan keeps it as the day grows: 3.6 ms at 9,000).
          earlier as (
            select count(*)::int as c from input i
            where i."inBatch" or exists (
              select 1 from jsonb_array_elements_text(i.n) nb(h)
              where (select true from lookup_subject s
                     where s.client_id = v_client and s.day = p_day and s.subject_hash = nb.h limit 1)
            )
          ),
          counted as (
            select sum(i.k)::int as lookups,
              coalesce(sum(i.k) filter (where not coalesce(i.f, exists (select 1 from citizen z where z.cnic = i.c))), 0)::int as not_found
            from input i
          )
          select counted.lookups, (select count(*) from added)::int, counted.not_found, (select c from earlier)
          into v_lookups, v_added, v_not_found, v_sequential
          from counted;
          v_odd := case when p_odd_hour then v_lookups else 0 end;
          -- The first of the client's tally rows for the day that no concurrent lookup holds (its lock lasts until the
          -- check commits: waiting would queue the client's checks); a new row only when all are held.
          update lookup_tally lt set
            lookups = lt.lookups + v_lookups,
            distinct_subjects = lt.distinct_subjects + v_added,
            not_found = lt.not_found + v_not_found,
            sequential = lt.sequential + v_sequential,
            odd_hour = lt.odd_hour + v_odd
          where lt.client_id = v_client and lt.day = p_day and lt.shard = coalesce(
            (select x.shard from lookup_tally x where x.client_id = v_client and x.day = p_day and x.shard = v_own
             for update skip locked),
            (select x.shard from lookup_tally x where x.client_id = v_client and x.day = p_day
             order by (x.shard - v_own + 32) % 32 limit 1 for update skip locked));
          if not found then
            insert into lookup_tally as lt (client_id, day, shard, lookups, distinct_subjects, not_found, sequential, odd_hour)
            values (v_client, p_day, v_own, v_lookups, v_added, v_not_found, v_sequential, v_odd)
            on conflict (client_id, day, shard) do update set
              lookups = lt.lookups + excluded.lookups,
              distinct_subjects = lt.distinct_subjects + excluded.distinct_subjects,
              not_found = lt.not_found + excluded.not_found,
              sequential = lt.sequential + excluded.sequential,
              odd_hour = lt.odd_hour + excluded.odd_hour;
          end if;

          select sum(s.lookups)::int as lookups, sum(s.distinct_subjects)::int as distinct_subjects,
            sum(s.not_found)::int as not_found, sum(s.sequential)::int as sequential, sum(s.odd_hour)::int as odd_hour
          into t from lookup_tally s where s.client_id = v_client and s.day = p_day;

          if t.lookups >= p_not_found_min and t.not_found::float8 / t.lookups >= p_not_found_share then
            v_finding := 'NOT_FOUND_SHARE';
            v_detail := jsonb_build_object('lookups', t.lookups, 'notFound', t.not_found, 'threshold', p_not_found_share);
          elsif t.sequential >= p_sequential_max then
            v_finding := 'SEQUENTIAL_CNICS';
            v_detail := jsonb_build_object('sequential', t.sequential, 'threshold', p_sequential_max);
          elsif t.odd_hour >= p_odd_hour_max then
            v_finding := 'ODD_HOUR_BURST';
            v_detail := jsonb_build_object('oddHourLookups', t.odd_hour, 'threshold', p_odd_hour_max);
          end if;
          if v_finding is not null then
            v_refuse := v_suspends;
          else
            select coalesce(a.daily_distinct_cap, p_default_cap) into v_cap from api_client a where a.id = v_client;
            if t.distinct_subjects > v_cap then
              v_finding := 'DAILY_DISTINCT_CAP';
              v_detail := jsonb_build_object('distinct', t.distinct_subjects, 'cap', v_cap);
              v_refuse := true;
            end if;
          end if;
          if v_refuse then
            raise exception 'lookup refused' using errcode = 'TQ001';
          end if;
        exception when sqlstate 'TQ001' then
          null; -- the block's writes (the tally) rolled back; the finding stands
        end;
        return query select v_finding, v_detail || jsonb_build_object('day', p_day::text), v_refuse;
      end $$;`);
  }
}
