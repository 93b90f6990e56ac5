import { Migration } from '@mikro-orm/migrations';
import { Migration20261207840000 } from './Migration20261207840000';

/**
 * Enumeration over sliding windows, and a limit on guessing a person's details (issue #20).
 *
 * The guard's detectors counted per Pakistan day: a caller could split a walk across midnight, or walk in strides the
 * serial-neighbour detector does not probe, padded with known CNICs so the day's not-found share stayed low. Now,
 * besides the day's tallies, every distinct CNIC that found nobody is kept per client with the time it was last
 * looked up (`unknown_lookup`), and the guard counts the distinct unknown CNICs in sliding windows (by default the
 * last hour, 24 hours and 7 days; thresholds from the server, scaled up for clients whose daily distinct cap is above
 * 5,000). Bulk and single lookups count alike, and padding with known people buys nothing: only unknown CNICs count.
 * Crossing a window suspends the client (finding UNKNOWN_CNICS), as the other enumeration patterns do.
 *
 * matchIdentity and the offender check grade supplied details against the record (per-field outcomes such as
 * ONE_DIGIT, and the grade), so a caller holding a CNIC could home in on a date of birth one guess at a time. Now each
 * distinct set of details a client supplies for a person is kept as an HMAC (`detail_claim`, never the details), and
 * a client that has tried more distinct sets than allowed for one person within the window (default 5 in 30 days) is
 * refused further new guesses for that person (finding DETAIL_GUESSES, HTTP 429, not a suspension); repeating a set
 * already tried is always answered.
 *
 * Refused lookups are never counted (the block's writes roll back), as before. Neither table is granted to the app
 * role: only the definer functions write or read them. `client_reinstate` clears the client's unknown CNICs with its
 * other detectors.
 */
export class Migration20261207950000 extends Migration {
  override async up(): Promise<void> {
    const definer = (sql: string) => this.addSql(sql.replace(/\bDEFINER\b/, 'security definer set search_path = public, pg_temp'));

    this.addSql(`create table unknown_lookup (
      client_id uuid not null,
      subject_hash varchar(64) not null,
      last_at timestamptz not null,
      constraint unknown_lookup_pkey primary key (client_id, subject_hash));`);
    this.addSql('create index unknown_lookup_recent on unknown_lookup (client_id, last_at);');
    this.addSql(`create table detail_claim (
      client_id uuid not null,
      subject_hash varchar(64) not null,
      claim_hash varchar(64) not null,
      last_at timestamptz not null,
      constraint detail_claim_pkey primary key (client_id, subject_hash, claim_hash));`);
    this.addSql('create index detail_claim_old on detail_claim (last_at);');
    this.addSql(`do $$ begin
      if exists (select from pg_roles where rolname = 'tasdeeq_app') then
        revoke all on unknown_lookup, detail_claim from tasdeeq_app;
      end if;
    end $$;`);

    this.addSql('drop function if exists app_guard_tally(jsonb, date, jsonb, boolean, float8, int, int, int, int);');
    definer(`create function app_guard_tally(p_scope jsonb, p_day date, p_rows jsonb, p_odd_hour boolean,
        p_not_found_share float8, p_not_found_min int, p_sequential_max int, p_odd_hour_max int, p_default_cap int,
        p_limits jsonb)
      returns table (finding text, detail jsonb, refused boolean)
      language plpgsql volatile DEFINER as $$
      declare
        v_client uuid := (p_scope->>'c')::uuid;
        v_suspends boolean := p_scope->>'r' <> 'SMS_GATEWAY';
        t record;
        w record;
        v_cap int;
        v_scale float8;
        v_finding text;
        v_detail jsonb;
        v_refuse boolean := false;
        v_own int := pg_backend_pid() % 32;
        v_lookups int;
        v_added int;
        v_not_found int;
        v_unknown text[];
        v_claims int;
        v_sequential int;
        v_odd int;
        v_n int;
        v_max int;
        v_longest int;
        v_guess record;
      begin
        if v_client is null then
          return query select null::text, null::jsonb, false;
          return;
        end if;
        begin
          with input as (
            select x.*, not coalesce(x.f, exists (select 1 from citizen z where z.cnic = x.c)) as unknown
            from jsonb_to_recordset(p_rows) as x(h text, n jsonb, "inBatch" boolean, k int, f boolean, c text, q jsonb)
          ),
          added as (
            insert into lookup_subject (client_id, day, subject_hash) select v_client, p_day, h from input
            on conflict do nothing returning subject_hash
          ),
          -- One probe of the primary key per neighbour (client, day and hash all in the index condition).
          earlier as (
            select count(*)::int as c from input i
            where i."inBatch" or exists (
              select 1 from jsonb_array_elements_text(i.n) nb(h)
              where (select true from lookup_subject s
                     where s.client_id = v_client and s.day = p_day and s.subject_hash = nb.h limit 1)
            )
          ),
          counted as (
            -- Distinct people not found: each counted once a day, on its first lookup.
            select sum(i.k)::int as lookups,
              count(*) filter (where i.h in (select a.subject_hash from added a) and i.unknown)::int as not_found,
              coalesce(array_agg(i.h) filter (where i.unknown), '{}') as unknown,
              count(*) filter (where i.q is not null and jsonb_array_length(i.q) > 0)::int as claims
            from input i
          )
          select counted.lookups, (select count(*) from added)::int, counted.not_found, (select c from earlier),
            counted.unknown, counted.claims
          into v_lookups, v_added, v_not_found, v_sequential, v_unknown, v_claims
          from counted;
          v_odd := case when p_odd_hour then v_lookups else 0 end;
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

          -- Distinct unknown CNICs over sliding windows: only when this call looked up an unknown one (a window's count
          -- can only have grown then; a refused call's rows roll back, so a count never stays above its threshold).
          if v_finding is null and cardinality(v_unknown) > 0 and jsonb_typeof(p_limits->'unknown') = 'array' then
            -- Window thresholds are set for a client whose daily distinct cap is 5,000; a larger cap scales them up.
            select coalesce(a.daily_distinct_cap, p_default_cap) into v_cap from api_client a where a.id = v_client;
            v_scale := greatest(1.0, coalesce(v_cap, p_default_cap)::float8 / 5000);
            insert into unknown_lookup as u (client_id, subject_hash, last_at)
            select v_client, h, now() from unnest(v_unknown) h
            on conflict (client_id, subject_hash) do update set last_at = excluded.last_at;
            select max((e->>0)::int) into v_longest from jsonb_array_elements(p_limits->'unknown') e;
            delete from unknown_lookup u where u.client_id = v_client and u.last_at < now() - make_interval(secs => v_longest);
            for w in select (e->>0)::int as secs, (e->>1)::int as max from jsonb_array_elements(p_limits->'unknown') e
                     order by 1 loop
              v_max := least(ceil(w.max * v_scale), 1000000000)::int;
              select count(*)::int into v_n from (
                select 1 from unknown_lookup u
                where u.client_id = v_client and u.last_at > now() - make_interval(secs => w.secs)
                limit v_max + 1) x;
              if v_n > v_max then
                v_finding := 'UNKNOWN_CNICS';
                v_detail := jsonb_build_object('windowSeconds', w.secs, 'distinctUnknown', v_n, 'threshold', v_max);
                exit;
              end if;
            end loop;
          end if;

          if v_finding is not null then
            v_refuse := v_suspends;
          else
            -- Distinct sets of details tried per person: a new set beyond the limit is refused (not a suspension).
            if v_claims > 0 and jsonb_typeof(p_limits->'claims') = 'array' then
              insert into detail_claim as d (client_id, subject_hash, claim_hash, last_at)
              select distinct on (x.h, q.value) v_client, x.h, q.value, now()
              from jsonb_to_recordset(p_rows) as x(h text, q jsonb) cross join lateral jsonb_array_elements_text(x.q) q
              on conflict (client_id, subject_hash, claim_hash) do update set last_at = excluded.last_at;
              select d.subject_hash, count(*)::int as tried,
                ceil(extract(epoch from min(d.last_at) + make_interval(secs => (p_limits->'claims'->>0)::int) - now()))::int as retry
              into v_guess
              from detail_claim d
              where d.client_id = v_client and d.last_at > now() - make_interval(secs => (p_limits->'claims'->>0)::int)
                and d.subject_hash in (select x.h from jsonb_to_recordset(p_rows) as x(h text, q jsonb) where x.q is not null)
              group by d.subject_hash
              having count(*) > (p_limits->'claims'->>1)::int
              limit 1;
              if v_guess.subject_hash is not null then
                v_finding := 'DETAIL_GUESSES';
                v_detail := jsonb_build_object('tried', v_guess.tried, 'threshold', (p_limits->'claims'->>1)::int,
                  'windowSeconds', (p_limits->'claims'->>0)::int, 'retryAfterSeconds', greatest(1, v_guess.retry));
                v_refuse := true;
              end if;
            end if;
            if v_finding is null and v_cap is null then
              select coalesce(a.daily_distinct_cap, p_default_cap) into v_cap from api_client a where a.id = v_client;
            end if;
            if v_finding is null and t.distinct_subjects > v_cap then
              v_finding := 'DAILY_DISTINCT_CAP';
              v_detail := jsonb_build_object('distinct', t.distinct_subjects, 'cap', v_cap);
              v_refuse := true;
            end if;
          end if;
          if v_refuse then
            raise exception 'lookup refused' using errcode = 'TQ001';
          end if;
        exception when sqlstate 'TQ001' then
          null; -- the block's writes (tally, windows, claims) rolled back; the finding stands
        end;
        return query select v_finding, v_detail || jsonb_build_object('day', p_day::text), v_refuse;
      end $$;`);
    this.addSql('revoke execute on function app_guard_tally(jsonb, date, jsonb, boolean, float8, int, int, int, int, jsonb) from public;');

    this.guardCallers(true);

    // Forgetting what no window can count any more (called by the server's maintenance, src/security/): harmless to
    // any caller, since it deletes only rows older than the windows it is told, and at least a day old.
    definer(`create function guard_forget(p_unknown_secs int, p_claim_secs int)
      returns table (unknown_forgotten int, claims_forgotten int) language plpgsql DEFINER as $$
      declare
        v_unknown int;
        v_claims int;
      begin
        perform set_config('synchronous_commit', 'off', true);
        delete from unknown_lookup where last_at < now() - make_interval(secs => greatest(p_unknown_secs, 86400));
        get diagnostics v_unknown = row_count;
        delete from detail_claim where last_at < now() - make_interval(secs => greatest(p_claim_secs, 86400));
        get diagnostics v_claims = row_count;
        return query select v_unknown, v_claims;
      end $$;`);

    // Reinstating a client restarts its detectors: the sliding windows too.
    definer(`create or replace function client_reinstate(p_client_id uuid, p_resolved_by text)
      returns table (found boolean, was_suspended boolean, resolved int) language plpgsql DEFINER as $$
      declare
        v_scope jsonb := app_require_scope(null);
        v_suspended timestamptz;
        v_resolved int;
      begin
        if v_scope->>'r' not in ('ADMIN', 'OWNER') then
          raise exception 'only ADMIN may reinstate a client' using errcode = '42501';
        end if;
        select c.suspended_at into v_suspended from api_client c where c.id = p_client_id for update;
        if not found then
          return query select false, false, 0;
          return;
        end if;
        if v_suspended is null then
          return query select true, false, 0;
          return;
        end if;
        update api_client set suspended_at = null, suspended_reason = null where id = p_client_id;
        update security_alert set resolved_at = now(), resolved_by = p_resolved_by
        where client_id = p_client_id and resolved_at is null;
        get diagnostics v_resolved = row_count;
        update lookup_tally set lookups = 0, not_found = 0, sequential = 0, odd_hour = 0 where client_id = p_client_id;
        delete from unknown_lookup where client_id = p_client_id;
        return query select true, true, v_resolved;
      end $$;`);
  }

  /** lookup_guard() and the one-statement offender_check(), with (up) or without (down) the limits argument. */
  private guardCallers(withLimits: boolean): void {
    const definer = (sql: string) => this.addSql(sql.replace(/\bDEFINER\b/, 'security definer set search_path = public, pg_temp'));
    const limitsParam = withLimits ? ', p_limits jsonb default null' : '';
    const limitsArg = withLimits ? ', p_limits' : '';
    const guardSig = `text, date, jsonb, boolean, float8, int, int, int, int${withLimits ? ', jsonb' : ''}`;
    const checkSig = `text, jsonb, float8, date, jsonb, boolean, float8, int, int, int, int${withLimits ? ', jsonb' : ''}`;
    this.addSql(`drop function if exists lookup_guard(${withLimits ? 'text, date, jsonb, boolean, float8, int, int, int, int' : 'text, date, jsonb, boolean, float8, int, int, int, int, jsonb'});`);
    definer(`create function lookup_guard(p_scope text, p_day date, p_rows jsonb, p_odd_hour boolean,
        p_not_found_share float8, p_not_found_min int, p_sequential_max int, p_odd_hour_max int, p_default_cap int${limitsParam})
      returns table (finding text, detail jsonb, refused boolean)
      language plpgsql DEFINER as $$
      declare
        v_scope jsonb := app_require_scope(p_scope);
        v_prior text := current_setting('app.scope', true);
      begin
        if v_scope->>'c' is null then
          return query select null::text, null::jsonb, false;
          return;
        end if;
        perform set_config('synchronous_commit', 'off', true);
        perform set_config('app.scope', app_seal(jsonb_build_object('r', 'SYSTEM', 'd', null)), true);
        return query select g.finding, g.detail, g.refused from app_guard_tally(v_scope, p_day, p_rows, p_odd_hour,
          p_not_found_share, p_not_found_min, p_sequential_max, p_odd_hour_max, p_default_cap${limitsArg}) g;
        perform set_config('app.scope', coalesce(v_prior, ''), true);
      end $$;`);
    this.addSql(`alter function lookup_guard(${guardSig}) set jit = off;`);

    this.addSql(`drop function if exists offender_check(${withLimits ? 'text, jsonb, float8, date, jsonb, boolean, float8, int, int, int, int' : 'text, jsonb, float8, date, jsonb, boolean, float8, int, int, int, int, jsonb'});`);
    definer(`create function offender_check(p_scope text, p_inputs jsonb, p_bucket_cost float8, p_day date, p_rows jsonb,
        p_odd_hour boolean, p_not_found_share float8, p_not_found_min int, p_sequential_max int, p_odd_hour_max int,
        p_default_cap int${limitsParam})
      returns table (ord int, citizen_id uuid, identity text, active_districts text[], checked_at timestamptz,
        data_as_of timestamptz, tokens float8, admitted boolean, finding text, detail jsonb, refused boolean)
      language plpgsql DEFINER as $$
      declare
        v_scope jsonb := app_require_scope(p_scope);
        v_prior text := current_setting('app.scope', true);
        v_tokens float8;
        v_admitted boolean;
        v_finding text;
        v_detail jsonb;
        v_refused boolean := false;
      begin
        if p_bucket_cost is not null then
          if p_bucket_cost < 0 then
            raise exception 'a charge is never negative' using errcode = '22023';
          end if;
          select b.tokens, b.admitted into v_tokens, v_admitted
          from app_bucket_take(
            case when v_scope->>'c' is not null then 'client:' || (v_scope->>'c') else 'jwt:' || (v_scope->>'n') || ':' || (v_scope->>'i') end,
            (v_scope->>'b')::float8, p_bucket_cost, (v_scope->>'b')::float8 / 60) b;
          if not v_admitted then
            perform set_config('synchronous_commit', 'off', true);
            return query select null::int, null::uuid, null::text, null::text[], null::timestamptz, null::timestamptz,
              v_tokens, false, null::text, null::jsonb, false;
            return;
          end if;
        end if;
        perform set_config('app.scope', app_seal(jsonb_build_object('r', 'SYSTEM', 'd', null)), true);
        if p_rows is not null and v_scope->>'c' is not null then
          select g.finding, g.detail, g.refused into v_finding, v_detail, v_refused
          from app_guard_tally(v_scope, p_day, p_rows, p_odd_hour, p_not_found_share, p_not_found_min,
            p_sequential_max, p_odd_hour_max, p_default_cap${limitsArg}) g;
          if v_refused then
            perform set_config('app.scope', coalesce(v_prior, ''), true);
            perform set_config('synchronous_commit', 'off', true);
            return query select null::int, null::uuid, null::text, null::text[], null::timestamptz, null::timestamptz,
              v_tokens, v_admitted, v_finding, v_detail, true;
            return;
          end if;
        end if;
        return query select r.ord, r.citizen_id, r.identity, r.active_districts, r.checked_at, r.data_as_of,
          v_tokens, v_admitted, v_finding, v_detail, false
          from app_check_rows(v_scope, p_inputs) r;
        perform set_config('app.scope', coalesce(v_prior, ''), true);
      end $$;`);
    this.addSql(`alter function offender_check(${checkSig}) set jit = off;`);
  }

  override async down(): Promise<void> {
    this.guardCallers(false);
    this.addSql('drop function if exists app_guard_tally(jsonb, date, jsonb, boolean, float8, int, int, int, int, jsonb);');
    // The previous tally (Migration20261207840000 replaces it in place; it was created by Migration20261207800000).
    this.addSql(`create function app_guard_tally(p_scope jsonb, p_day date, p_rows jsonb, p_odd_hour boolean,
        p_not_found_share float8, p_not_found_min int, p_sequential_max int, p_odd_hour_max int, p_default_cap int)
      returns table (finding text, detail jsonb, refused boolean) language sql as $$ select null::text, null::jsonb, false $$;`);
    const previous = new Migration20261207840000(this.driver, this.config);
    await previous.up();
    for (const query of previous.getQueries()) this.addSql(typeof query === 'string' ? query : query.toString());
    this.addSql('revoke execute on function app_guard_tally(jsonb, date, jsonb, boolean, float8, int, int, int, int) from public;');
    this.addSql(`create or replace function client_reinstate(p_client_id uuid, p_resolved_by text)
      returns table (found boolean, was_suspended boolean, resolved int) language plpgsql
      security definer set search_path = public, pg_temp as $$
      declare
        v_scope jsonb := app_require_scope(null);
        v_suspended timestamptz;
        v_resolved int;
      begin
        if v_scope->>'r' not in ('ADMIN', 'OWNER') then
          raise exception 'only ADMIN may reinstate a client' using errcode = '42501';
        end if;
        select c.suspended_at into v_suspended from api_client c where c.id = p_client_id for update;
        if not found then
          return query select false, false, 0;
          return;
        end if;
        if v_suspended is null then
          return query select true, false, 0;
          return;
        end if;
        update api_client set suspended_at = null, suspended_reason = null where id = p_client_id;
        update security_alert set resolved_at = now(), resolved_by = p_resolved_by
        where client_id = p_client_id and resolved_at is null;
        get diagnostics v_resolved = row_count;
        update lookup_tally set lookups = 0, not_found = 0, sequential = 0, odd_hour = 0 where client_id = p_client_id;
        return query select true, true, v_resolved;
      end $$;`);
    this.addSql('drop function if exists guard_forget(int, int);');
    this.addSql('drop table if exists detail_claim;');
    this.addSql('drop table if exists unknown_lookup;');
  }
}
