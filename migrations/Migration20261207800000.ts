import { Migration } from '@mikro-orm/migrations';

/**
 * Checks at the speed of the database (issue #18).
 *
 * - One statement per check: `offender_check(p_scope, p_inputs, p_bucket_cost, p_day, p_rows, …thresholds)` charges
 *   the scope's budget, runs the enumeration guard and, when both admit, reads the register and writes the audit rows;
 *   the scope is verified once and the national read scope sealed once for all of it. A refusal answers one row (no
 *   `ord`) and writes no audit row. `offender_admit` is gone; `offender_check(text, jsonb)` (the check alone),
 *   `rate_bucket_charge` and `lookup_guard` stay for their other callers, now thin wrappers of the same internals.
 * - No per-client hot row, and no row lock waited for while a check commits. The tally has up to 32 rows per client
 *   and day (`shard`; the totals are their sum): a lookup adds to the first row (from the backend's pid mod 32) that no
 *   concurrent lookup holds (SKIP LOCKED), and makes its own only when all are held. The daily distinct cap then sees
 *   the committed tallies plus its own: it may overshoot by at most the distinct subjects of the client's lookups in
 *   flight at the same moment (docs/operations.md). A budget of 2,000 points a minute or more is split into
 *   N = min(16, capacity / 1000) shards of capacity/N each (shard 0 keeps the bucket's key, the others `key#s`): a
 *   charge takes from the first shard (from its backend's) that has the points and that no concurrent charge holds;
 *   when none does, it waits for its own and then looks for one free again. It never admits more than the budget; it
 *   may refuse while up to N × cost points are left spread over the shards, or held by charges in flight. Budgets
 *   under 2,000 a minute stay one row, exact.
 * - Internal definer functions taking an already verified scope (`app_bucket_take`, `app_guard_tally`,
 *   `app_check_rows`) are executable by their owner alone.
 */
export class Migration20261207800000 extends Migration {
  override async up(): Promise<void> {
    const definer = (sql: string) => this.addSql(sql.replace(/\bDEFINER\b/, 'security definer set search_path = public, pg_temp'));

    // The seal, the identity sealing and the session check in plpgsql: as sql functions (security definer, so never
    // inlined) each call was planned anew, 0.1 ms apiece; app_trusted_session runs in every policy's app_scope().
    // Same bodies, same privileges (create or replace keeps them).
    definer(`create or replace function app_seal(p_scope jsonb) returns text language plpgsql stable DEFINER as $$
      declare
        v_payload text := (p_scope || jsonb_build_object('e', extract(epoch from now()) + 60))::text;
      begin
        return encode(hmac(convert_to(v_payload, 'UTF8'), (select value from app_secret where name = 'scope_seal'), 'sha256'), 'hex')
          || ':' || v_payload;
      end $$;`);
    definer(`create or replace function app_sealed_identity(p_record jsonb) returns text language plpgsql volatile DEFINER as $$
      declare
        v_iv bytea := gen_random_bytes(16);
      begin
        return encode(v_iv || encrypt_iv(convert_to(p_record::text, 'UTF8'),
          digest((select value from app_secret where name = 'scope_seal') || convert_to('identity', 'UTF8'), 'sha256'),
          v_iv, 'aes-cbc/pad:pkcs'), 'base64');
      end $$;`);
    definer(`create or replace function app_trusted_session() returns boolean language plpgsql stable DEFINER as $$
      begin
        return session_user = app_owner() or coalesce((select rolsuper from pg_roles where rolname = session_user), false);
      end $$;`);

    this.addSql(`alter table lookup_tally add column shard smallint not null default 0;`);
    this.addSql(`alter table lookup_tally drop constraint lookup_tally_pkey;`);
    this.addSql(`alter table lookup_tally add constraint lookup_tally_pkey primary key (client_id, day, shard);`);

    this.addSql('drop function if exists offender_admit(text, float8, date, jsonb, boolean, float8, int, int, int, int);');

    // A token bucket, charged for a verified scope's caller (no checks here: the callers make them).
    definer(`create function app_bucket_take(p_key text, p_capacity float8, p_cost float8, p_rate float8)
      returns table (tokens float8, admitted boolean) language plpgsql volatile DEFINER as $$
      declare
        v_n int := case when p_capacity >= 2000 then least(16, floor(p_capacity / 1000))::int else 1 end;
        v_cap float8 := p_capacity / v_n;
        v_rate float8 := p_rate / v_n;
        v_own int := pg_backend_pid() % v_n;
        v_keys text[];
        v_tokens float8;
        v_admitted boolean;
      begin
        if v_n > 1 then
          -- First, without waiting: the backend's own shard if it has the points and no concurrent charge holds it (one
          -- probe), else the first such of the others. A row lock is held until the check commits, so waiting here
          -- would queue checks again.
          update rate_bucket b set
            tokens = least(v_cap, b.tokens + extract(epoch from clock_timestamp() - b.updated_at) * v_rate) - p_cost,
            updated_at = clock_timestamp(),
            admitted = true
          where b.key = (
            select x.key from rate_bucket x
            where x.key = case when v_own = 0 then p_key else p_key || '#' || v_own end
              and least(v_cap, x.tokens + extract(epoch from clock_timestamp() - x.updated_at) * v_rate) >= p_cost
            for update skip locked)
            and least(v_cap, b.tokens + extract(epoch from clock_timestamp() - b.updated_at) * v_rate) >= p_cost
          returning b.tokens into v_tokens;
          if found then
            return query select v_tokens * v_n, true;
            return;
          end if;
          v_keys := array(select case when (v_own + s) % v_n = 0 then p_key else p_key || '#' || ((v_own + s) % v_n) end
                          from generate_series(0, v_n - 1) s order by s);
          update rate_bucket b set
            tokens = least(v_cap, b.tokens + extract(epoch from clock_timestamp() - b.updated_at) * v_rate) - p_cost,
            updated_at = clock_timestamp(),
            admitted = true
          where b.key = (
            select x.key from rate_bucket x
            where x.key = any(v_keys) and least(v_cap, x.tokens + extract(epoch from clock_timestamp() - x.updated_at) * v_rate) >= p_cost
            order by array_position(v_keys, x.key::text) limit 1 for update skip locked)
            and least(v_cap, b.tokens + extract(epoch from clock_timestamp() - b.updated_at) * v_rate) >= p_cost
          returning b.tokens into v_tokens;
          if found then
            -- What is left, estimated from this shard (the report in extensions.cost; the decision was exact).
            return query select v_tokens * v_n, true;
            return;
          end if;
          -- None free with the points (or no shard yet): make the shards, then decide on the backend's own, waiting.
          insert into rate_bucket (key, tokens, updated_at, admitted)
          select k, v_cap, clock_timestamp(), true from unnest(v_keys) k
          on conflict do nothing;
        end if;
        insert into rate_bucket as b (key, tokens, updated_at, admitted)
        values (case when v_own = 0 then p_key else p_key || '#' || v_own end, v_cap - p_cost, clock_timestamp(), v_cap >= p_cost)
        on conflict (key) do update set
          admitted = least(v_cap, b.tokens + extract(epoch from clock_timestamp() - b.updated_at) * v_rate) >= p_cost,
          tokens = least(v_cap, b.tokens + extract(epoch from clock_timestamp() - b.updated_at) * v_rate)
            - case when least(v_cap, b.tokens + extract(epoch from clock_timestamp() - b.updated_at) * v_rate) >= p_cost
              then p_cost else 0 end,
          updated_at = clock_timestamp()
        returning b.tokens, b.admitted into v_tokens, v_admitted;
        if v_n = 1 then
          return query select v_tokens, v_admitted;
          return;
        end if;
        if v_admitted then
          return query select v_tokens * v_n, true;
          return;
        end if;
        -- Its own is short: any other with the points that is free now.
        update rate_bucket b set
          tokens = least(v_cap, b.tokens + extract(epoch from clock_timestamp() - b.updated_at) * v_rate) - p_cost,
          updated_at = clock_timestamp(),
          admitted = true
        where b.key = (
          select x.key from rate_bucket x
          where x.key = any(v_keys) and least(v_cap, x.tokens + extract(epoch from clock_timestamp() - x.updated_at) * v_rate) >= p_cost
          order by array_position(v_keys, x.key::text) limit 1 for update skip locked)
          and least(v_cap, b.tokens + extract(epoch from clock_timestamp() - b.updated_at) * v_rate) >= p_cost
        returning b.tokens into v_tokens;
        if found then
          return query select v_tokens * v_n, true;
          return;
        end if;
        -- Refused: what the shards hold between them now.
        return query select coalesce(sum(least(v_cap, x.tokens + extract(epoch from clock_timestamp() - x.updated_at) * v_rate)), 0), false
          from rate_bucket x where x.key = any(v_keys);
      end $$;`);
    this.addSql(`revoke execute on function app_bucket_take(text, float8, float8, float8) from public;`);

    // The budget function the other paths call (src/limits/rate-limiter.ts): the same rules as before.
    definer(`create or replace function rate_bucket_charge(p_scope text, p_key text, p_capacity float8, p_cost float8, p_rate float8)
      returns table (tokens float8, admitted boolean) language plpgsql DEFINER as $$
      declare
        v_scope jsonb := app_require_scope(p_scope);
        v_own text := case when v_scope->>'c' is not null then 'client:' || (v_scope->>'c')
                           else 'jwt:' || (v_scope->>'n') || ':' || (v_scope->>'i') end;
        v_capacity float8 := p_capacity;
        v_rate float8 := p_rate;
      begin
        if p_cost is null or p_cost < 0 then
          raise exception 'a charge is never negative' using errcode = '22023';
        end if;
        if p_key = v_own then
          v_capacity := (v_scope->>'b')::float8;
          v_rate := v_capacity / 60;
        elsif not ((p_key like 'sms:%' and v_scope->>'r' = 'SMS_GATEWAY') or p_key like 'consent:%') then
          raise exception 'not this scope''s bucket' using errcode = '42501';
        end if;
        perform set_config('synchronous_commit', 'off', true);
        return query select t.tokens, t.admitted from app_bucket_take(p_key, v_capacity, p_cost, v_rate) t;
      end $$;`);

    // The guard's tally and decision for a verified scope, under the national scope the caller has set (whether a
    // CNIC exists is a national question). Refusals roll the tally back.
    definer(`create function app_guard_tally(p_scope jsonb, p_day date, p_rows jsonb, p_odd_hour boolean,
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
    this.addSql(`revoke execute on function app_guard_tally(jsonb, date, jsonb, boolean, float8, int, int, int, int) from public;`);

    // The guard as the other lookups call it (src/security/enumeration-guard.ts): its own short transaction.
    this.addSql('drop function if exists lookup_guard(text, date, jsonb, boolean, float8, int, int, int, int);');
    definer(`create function lookup_guard(p_scope text, p_day date, p_rows jsonb, p_odd_hour boolean,
        p_not_found_share float8, p_not_found_min int, p_sequential_max int, p_odd_hour_max int, p_default_cap int)
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
          p_not_found_share, p_not_found_min, p_sequential_max, p_odd_hour_max, p_default_cap) g;
        perform set_config('app.scope', coalesce(v_prior, ''), true);
      end $$;`);
    this.addSql(`alter function lookup_guard(text, date, jsonb, boolean, float8, int, int, int, int) set jit = off;`);

    // The register read and the audit rows, for a verified scope, under the national scope the caller has set.
    definer(`create function app_check_rows(p_scope jsonb, p_inputs jsonb)
      returns table (ord int, citizen_id uuid, identity text, active_districts text[], checked_at timestamptz,
        data_as_of timestamptz)
      language plpgsql volatile DEFINER as $$
      #variable_conflict use_column
      begin
        -- plpgsql, not sql: its plan is cached per session (a sql function's is made anew on every call).
        return query
        with input as (
          select * from jsonb_to_recordset(p_inputs)
            as i(ord int, check_id uuid, cnic text, subject_hash text, purpose text, consent_ref text, valid boolean)
        ),
        hits as (
          select i.ord, c.id as citizen_id,
            case when c.id is not null then app_sealed_identity(jsonb_build_object('cnic', c.cnic, 'nameEn', c.name_en,
              'nameUr', c.name_ur, 'relation', c.relation, 'relativeNameEn', c.relative_name_en,
              'relativeNameUr', c.relative_name_ur, 'gender', c.gender, 'dateOfBirth', c.date_of_birth::text,
              'districtCode', c.district_code)) end as identity,
            array(select distinct v.district_code::text from conviction v
                  where v.citizen_id = c.id and v.status = 'ACTIVE') as active_districts
          from input i left join citizen c on i.valid and c.cnic = i.cnic
        ),
        audit as (
          insert into audit_event (id, occurred_at, actor_kind, actor_id, client_id, client_name, role, action,
            subject_hash, purpose, consent_ref, request_id, outcome, detail)
          select i.check_id, date_trunc('milliseconds', clock_timestamp()), p_scope->>'k', p_scope->>'i',
            (p_scope->>'c')::uuid, p_scope->>'n', p_scope->>'r', 'offender.check', i.subject_hash, i.purpose,
            i.consent_ref, coalesce(p_scope->>'q', ''),
            case when not i.valid then 'INVALID' when h.citizen_id is null then 'NOT_FOUND' else 'SUCCESS' end,
            case when i.valid then jsonb_build_object('activeConviction', cardinality(h.active_districts) > 0) end
          from input i join hits h on h.ord = i.ord
        )
        select h.ord, h.citizen_id, h.identity, h.active_districts, now(),
          coalesce((select max(v.updated_at) from conviction v), now())
        from hits h order by h.ord;
      end $$;`);
    this.addSql(`alter function app_check_rows(jsonb, jsonb) set jit = off;`);
    this.addSql(`revoke execute on function app_check_rows(jsonb, jsonb) from public;`);

    // The check alone (callers that admitted elsewhere, and the tests of its scope handling).
    this.addSql('drop function if exists offender_check(text, jsonb);');
    definer(`create function offender_check(p_scope text, p_inputs jsonb)
      returns table (ord int, citizen_id uuid, identity text, active_districts text[], checked_at timestamptz,
        data_as_of timestamptz)
      language plpgsql DEFINER as $$
      declare
        v_scope jsonb := app_require_scope(p_scope);
        v_prior text := current_setting('app.scope', true);
      begin
        perform set_config('app.scope', app_seal(jsonb_build_object('r', 'SYSTEM', 'd', null)), true);
        return query select * from app_check_rows(v_scope, p_inputs);
        perform set_config('app.scope', coalesce(v_prior, ''), true);
      end $$;`);
    this.addSql(`alter function offender_check(text, jsonb) set jit = off;`);

    // The check with its admission, in one statement (src/offenders/check/offender-check.service.ts). The budget
    // (p_bucket_cost null: charged elsewhere) then the guard (p_rows null: not tallied); when either refuses, one row
    // with no ord, nothing read and no audit row; else a row per input, each with the admission's outcome.
    definer(`create function offender_check(p_scope text, p_inputs jsonb, p_bucket_cost float8, p_day date, p_rows jsonb,
        p_odd_hour boolean, p_not_found_share float8, p_not_found_min int, p_sequential_max int, p_odd_hour_max int,
        p_default_cap int)
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
            p_sequential_max, p_odd_hour_max, p_default_cap) g;
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
    this.addSql(`alter function offender_check(text, jsonb, float8, date, jsonb, boolean, float8, int, int, int, int) set jit = off;`);
  }
}
