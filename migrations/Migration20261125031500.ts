import { Migration } from '@mikro-orm/migrations';

/**
 * The hot path in fewer round trips (bench/README.md, "what we tried"): the rate-limit charge and the enumeration
 * tally each become one function call, committed asynchronously (`synchronous_commit = off` for their own short
 * transactions only: a crash may forget the last few hundred milliseconds of budget and tally counts, never an audit
 * row; audit rows are written by offender_check() and the audit inserts, which keep synchronous commit).
 */
export class Migration20261125031500 extends Migration {
  override async up(): Promise<void> {
    // The token bucket of PostgresRateLimiter, unchanged in meaning: ON CONFLICT DO UPDATE locks the row and computes
    // from its latest version, so concurrent requests from several processes share the budget exactly.
    this.addSql(`create function rate_bucket_charge(p_key text, p_capacity float8, p_cost float8, p_rate float8)
      returns table (tokens float8, admitted boolean)
      language plpgsql as $$
      begin
        perform set_config('synchronous_commit', 'off', true);
        return query
          insert into rate_bucket as b (key, tokens, updated_at, admitted)
          values (p_key, p_capacity - p_cost, clock_timestamp(), true)
          on conflict (key) do update set
            admitted = least(p_capacity, b.tokens + extract(epoch from clock_timestamp() - b.updated_at) * p_rate) >= p_cost,
            tokens = least(p_capacity, b.tokens + extract(epoch from clock_timestamp() - b.updated_at) * p_rate)
              - case when least(p_capacity, b.tokens + extract(epoch from clock_timestamp() - b.updated_at) * p_rate) >= p_cost
                then p_cost else 0 end,
            updated_at = clock_timestamp()
          returning b.tokens, b.admitted;
      end $$;`);

    // The enumeration guard's tally and decision (src/security/enumeration-guard.ts) in one call. p_rows: one element
    // per distinct subject: h (subject HMAC), n (its neighbours' HMACs), inBatch, k (times looked up), and either
    // f (found) or c (the CNIC, when the caller has not read the register yet: found = a citizen has it).
    // A refusal rolls the tally back (the inner block), so refused lookups are never counted; the caller raises the
    // alert in a transaction of its own.
    this.addSql(`create function lookup_guard(p_client_id uuid, p_day date, p_rows jsonb, p_odd_hour boolean,
        p_not_found_share float8, p_not_found_min int, p_sequential_max int, p_odd_hour_max int,
        p_suspends boolean, p_default_cap int)
      returns table (finding text, detail jsonb, refused boolean)
      language plpgsql as $$
      declare
        t record;
        v_cap int;
        v_finding text;
        v_detail jsonb;
        v_refuse boolean := false;
      begin
        perform set_config('synchronous_commit', 'off', true);
        perform set_config('app.jurisdiction', 'NATIONAL', true); -- whether a CNIC exists is a national question
        begin
          with input as (
            select * from jsonb_to_recordset(p_rows) as x(h text, n jsonb, "inBatch" boolean, k int, f boolean, c text)
          ),
          added as (
            insert into lookup_subject (client_id, day, subject_hash) select p_client_id, p_day, h from input
            on conflict do nothing returning subject_hash
          ),
          earlier as (
            select count(*)::int as c from input i
            where i."inBatch" or exists (
              select 1 from lookup_subject s
              where s.client_id = p_client_id and s.day = p_day and s.subject_hash in (select jsonb_array_elements_text(i.n))
            )
          ),
          counted as (
            select sum(i.k)::int as lookups,
              coalesce(sum(i.k) filter (where not coalesce(i.f, exists (select 1 from citizen z where z.cnic = i.c))), 0)::int as not_found
            from input i
          )
          insert into lookup_tally as lt (client_id, day, lookups, distinct_subjects, not_found, sequential, odd_hour)
          select p_client_id, p_day, counted.lookups, (select count(*) from added), counted.not_found,
            (select c from earlier), case when p_odd_hour then counted.lookups else 0 end
          from counted
          on conflict (client_id, day) do update set
            lookups = lt.lookups + excluded.lookups,
            distinct_subjects = lt.distinct_subjects + excluded.distinct_subjects,
            not_found = lt.not_found + excluded.not_found,
            sequential = lt.sequential + excluded.sequential,
            odd_hour = lt.odd_hour + excluded.odd_hour
          returning lt.lookups, lt.distinct_subjects, lt.not_found, lt.sequential, lt.odd_hour into t;

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
            v_refuse := p_suspends; -- the SMS gateway is alerted on, never suspended
          else
            select coalesce(a.daily_distinct_cap, p_default_cap) into v_cap from api_client a where a.id = p_client_id;
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

    // Admission for an offender check, in one call: the budget charge (p_bucket_key null: charged elsewhere) and the
    // enumeration guard (p_rows null: the viewer is not tallied). Either may refuse; a refused guard rolls its tally
    // back. Committed asynchronously like its parts: the rows it updates are per client, and a transaction that held
    // them through a synchronous commit (the audit rows' fsync) would serialise every check of a client behind the
    // disk. The check itself (offender_check: register read and audit rows) follows in its own transaction,
    // committed synchronously, and only if this admitted it.
    this.addSql(`create function offender_admit(p_bucket_key text, p_bucket_capacity float8, p_bucket_cost float8,
        p_bucket_rate float8, p_client_id uuid, p_day date, p_rows jsonb, p_odd_hour boolean, p_not_found_share float8,
        p_not_found_min int, p_sequential_max int, p_odd_hour_max int, p_suspends boolean, p_default_cap int)
      returns table (tokens float8, admitted boolean, finding text, detail jsonb, refused boolean)
      language plpgsql as $$
      declare
        v_tokens float8;
        v_admitted boolean;
        v_finding text;
        v_detail jsonb;
        v_refused boolean := false;
      begin
        perform set_config('synchronous_commit', 'off', true);
        if p_bucket_key is not null then
          select b.tokens, b.admitted into v_tokens, v_admitted
          from rate_bucket_charge(p_bucket_key, p_bucket_capacity, p_bucket_cost, p_bucket_rate) b;
          if not v_admitted then
            return query select v_tokens, false, null::text, null::jsonb, false;
            return;
          end if;
        end if;
        if p_rows is not null then
          select g.finding, g.detail, g.refused into v_finding, v_detail, v_refused
          from lookup_guard(p_client_id, p_day, p_rows, p_odd_hour, p_not_found_share, p_not_found_min,
            p_sequential_max, p_odd_hour_max, p_suspends, p_default_cap) g;
        end if;
        return query select v_tokens, v_admitted, v_finding, v_detail, v_refused;
      end $$;`);

    // Servers cache API-key authentication (ApiKeysService); any change that matters to it, made anywhere, tells
    // every server to drop its cache. Last-used stamps (once a minute per key) are not such a change.
    this.addSql(`create function auth_changed_notify() returns trigger language plpgsql as $$
      begin
        perform pg_notify('tasdeeq_auth_changed', '');
        return null;
      end $$;`);
    this.addSql(`create trigger api_key_auth_changed after update on "api_key" for each row
      when (old.revoked_at is distinct from new.revoked_at or old.expires_at is distinct from new.expires_at
        or old.secret_hash is distinct from new.secret_hash or old.client_id is distinct from new.client_id
        or old.prefix is distinct from new.prefix)
      execute function auth_changed_notify();`);
    this.addSql(`create trigger api_key_auth_deleted after delete on "api_key" for each row
      execute function auth_changed_notify();`);
    this.addSql(`create trigger api_client_auth_changed after update or delete on "api_client" for each row
      execute function auth_changed_notify();`);
  }

  override async down(): Promise<void> {
    this.addSql('drop trigger if exists api_key_auth_changed on "api_key";');
    this.addSql('drop trigger if exists api_key_auth_deleted on "api_key";');
    this.addSql('drop trigger if exists api_client_auth_changed on "api_client";');
    this.addSql('drop function if exists auth_changed_notify();');
    this.addSql('drop function if exists offender_admit(text, float8, float8, float8, uuid, date, jsonb, boolean, float8, int, int, int, boolean, int);');
    this.addSql('drop function if exists lookup_guard(uuid, date, jsonb, boolean, float8, int, int, int, boolean, int, text, float8, float8, float8);');
    this.addSql('drop function if exists rate_bucket_charge(text, float8, float8, float8);');
  }
}
