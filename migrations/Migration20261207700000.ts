import { Migration } from '@mikro-orm/migrations';

/**
 * The database stops trusting the application (issue #20).
 *
 * - The API logs in as `tasdeeq_app` (LOGIN, no superuser, not the owner, no member of the owner); the owner runs
 *   migrations and the keys CLI. Its password is set at start-up by the owner (src/app/database.ts).
 * - What a request may see is a scope sealed by the server with a key only the owner can read (`app_secret`):
 *   `<hex HMAC-SHA256>:<JSON>` in the setting `app.scope` (or passed to a function as `p_scope`). Policies and
 *   functions trust the scope only after `app_scope_of` verifies the seal and its expiry; anything else sees nothing.
 *   Owner and superuser sessions (migrations, tools) are trusted as before.
 * - FORCE ROW LEVEL SECURITY on every table with a policy, so functions owned by the owner obey the policies too;
 *   the few that read nationally by design (the offender check, the enumeration guard) do so under a national scope
 *   they seal themselves.
 * - The app role has only the grants its queries need: no direct write to the audit log, clients, keys, budgets, the
 *   enumeration tally or security alerts. Those go through SECURITY DEFINER functions that take the actor, client and
 *   budget from the verified scope, never from their arguments.
 */
const DISTRICT_TABLES: [string, string][] = [
  ['citizen', 'district_code'],
  ['household', 'district_code'],
  ['registration', 'centre_district_code'],
  ['conviction', 'district_code'],
  ['dispute', 'district_code'],
  ['legal_hold', 'district_code'],
];
/**
 * Which roles' work reads each jurisdiction-bound table (src/auth/permissions.ts). A client's own watched people are
 * visible to it too (offender_watch). The registry is read nationally by SMS_GATEWAY and EDUCATION for survey status
 * and eligibility (docs/security.md says what that leaves open).
 */
const READERS: Record<string, string[]> = {
  citizen: ['WELFARE_OFFICER', 'REGISTRATION_CENTRE', 'LAW_ENFORCEMENT'],
  household: ['WELFARE_ANALYST', 'WELFARE_OFFICER', 'REGISTRATION_CENTRE', 'SMS_GATEWAY', 'EDUCATION'],
  registration: ['WELFARE_OFFICER', 'REGISTRATION_CENTRE'],
  conviction: ['LAW_ENFORCEMENT'],
  // Disputes: the bodies that review them, and those that file them for the person (a centre, the SMS channel).
  dispute: ['LAW_ENFORCEMENT', 'WELFARE_OFFICER', 'REGISTRATION_CENTRE', 'SMS_GATEWAY'],
  legal_hold: ['LAW_ENFORCEMENT', 'REGISTRATION_CENTRE'],
};
const CHILD_TABLES = [
  'household_member',
  'survey',
  'data_quality_flag',
  'registration_event',
  'conviction_event',
  'poverty_score',
  'dispute_event',
  'dispute_change',
  'citizen_mobile_number',
];

/** What the app role may do, table by table (test/database-privileges.test.ts holds the database to this). */
export const APP_GRANTS: Record<string, string> = {
  province: 'select',
  district: 'select',
  mikro_orm_migrations: 'select',
  citizen: 'select',
  household: 'select, insert, update',
  household_member: 'select, insert, update',
  survey: 'select, insert, update',
  data_quality_flag: 'select, insert, update',
  registration: 'select, insert, update',
  registration_event: 'select, insert',
  conviction: 'select, insert, update',
  conviction_event: 'select, insert',
  offender_watch: 'select, insert, update',
  webhook_delivery: 'select, update',
  poverty_score: 'select, insert, update',
  scorecard_model: 'select, insert, update',
  programme_rule: 'select',
  rescore_job: 'select, insert, update',
  audit_event: 'select',
  security_alert: 'select',
  citizen_mobile_number: 'select, insert',
  consent: 'select, insert, update',
  sms_outbox: 'select, insert, update',
  dispute: 'select, insert, update',
  dispute_event: 'select, insert',
  dispute_change: 'select, insert',
  legal_hold: 'select, insert, update',
  dashboard_district_rollup: 'select',
  dashboard_tehsil_rollup: 'select',
  dashboard_district_monthly: 'select',
  dashboard_tehsil_monthly: 'select',
  dashboard_district_score_fine: 'select',
  dashboard_tehsil_score_fine: 'select',
};

export class Migration20261207700000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create extension if not exists pgcrypto;`);
    this.addSql(`create table app_secret (name text primary key, value bytea not null);`);
    this.addSql(`insert into app_secret (name, value) values ('scope_seal', gen_random_bytes(32));`);
    this.addSql(`revoke all on app_secret from public;`);
    // The owner's name, fixed when the schema is made: sessions of the owner (and superusers) are trusted.
    this.addSql(`do $$ begin
      execute format('create function app_owner() returns name language sql immutable as %L', format('select %L::name', current_user));
    end $$;`);

    // Verifies a sealed scope: the HMAC under the owner's key, then the expiry. Null when anything is wrong.
    this.addSql(`create function app_scope_of(p_token text) returns jsonb
      language plpgsql stable security definer set search_path = public, pg_temp as $$
      declare
        v_key bytea;
        v_payload text;
        v_scope jsonb;
      begin
        if p_token is null or length(p_token) < 66 or substr(p_token, 65, 1) <> ':' then
          return null;
        end if;
        v_payload := substr(p_token, 66);
        select value into v_key from app_secret where name = 'scope_seal';
        if encode(hmac(convert_to(v_payload, 'UTF8'), v_key, 'sha256'), 'hex') <> left(p_token, 64) then
          return null;
        end if;
        v_scope := v_payload::jsonb;
        if (v_scope->>'e')::float8 < extract(epoch from now()) then
          return null;
        end if;
        return v_scope;
      end $$;`);
    this.addSql(`create function app_trusted_session() returns boolean
      language sql stable security definer set search_path = public, pg_temp as $$
        select session_user = app_owner() or coalesce((select rolsuper from pg_roles where rolname = session_user), false)
      $$;`);
    // The request's scope (setting app.scope), verified; for owner sessions a national scope of their own.
    this.addSql(`create function app_scope() returns jsonb
      language plpgsql stable security definer set search_path = public, pg_temp as $$
      begin
        if app_trusted_session() and coalesce(current_setting('app.scope', true), '') = '' then
          return jsonb_build_object('r', 'OWNER', 'd', null, 'k', 'OWNER', 'i', session_user::text, 'n', 'database owner');
        end if;
        return app_scope_of(current_setting('app.scope', true));
      end $$;`);
    // District codes the request may see: {'*'} when national, {} when it has no (valid) scope.
    this.addSql(`create function app_visible() returns text[]
      language plpgsql stable security definer set search_path = public, pg_temp as $$
      declare
        v_scope jsonb := app_scope();
      begin
        if v_scope is null then
          return array[]::text[];
        elsif v_scope->'d' is null or v_scope->'d' = 'null'::jsonb then
          return array['*'];
        end if;
        return array(select jsonb_array_elements_text(v_scope->'d'));
      end $$;`);
    // Seals a scope in SQL, for functions that read nationally by design. Owner only.
    this.addSql(`create function app_seal(p_scope jsonb) returns text
      language sql stable security definer set search_path = public, pg_temp as $$
        select encode(hmac(convert_to(s, 'UTF8'), (select value from app_secret where name = 'scope_seal'), 'sha256'), 'hex') || ':' || s
        from (select (p_scope || jsonb_build_object('e', extract(epoch from now()) + 60))::text as s) x
      $$;`);
    this.addSql(`revoke execute on function app_seal(jsonb) from public;`);

    // The policies: the subselect makes app_visible() an init plan, verified once per statement, not per row.
    this.addSql(`drop policy if exists citizen_in_jurisdiction on citizen;`);
    // Consents are the asking client's (the SMS channel answers them for the person; the workers read them all).
    this.addSql(`alter table consent enable row level security;`);
    this.addSql(`create policy consent_own on consent for all
      using (client_id::text = (select app_scope()->>'c') or (select app_scope()->>'r') in ('SMS_GATEWAY', 'SYSTEM', 'OWNER'))
      with check (client_id::text = (select app_scope()->>'c') or (select app_scope()->>'r') in ('SMS_GATEWAY', 'SYSTEM', 'OWNER'));`);
    this.addSql(`alter table sms_outbox enable row level security;`);
    this.addSql(`create policy sms_outbox_sender on sms_outbox for all
      using ((select app_scope()->>'r') in ('SYSTEM', 'OWNER'))
      with check ((select app_scope()->>'r') in ('EMPLOYER', 'EDUCATION', 'SMS_GATEWAY', 'SYSTEM', 'OWNER'));`);
    for (const [table, column] of DISTRICT_TABLES) {
      if (table !== 'citizen') this.addSql(`drop policy if exists ${table}_in_jurisdiction on "${table}";`);
      // In jurisdiction, and for a role whose work reads this table (the SYSTEM scope of the server's workers and of
      // the functions that read nationally by design, and owner sessions, read everything).
      const roles = [...READERS[table], 'SYSTEM', 'OWNER'].map((r) => `'${r}'`).join(', ');
      const extra = table === 'citizen' ? ' or exists (select 1 from offender_watch w where w.citizen_id = citizen.id)' : '';
      this.addSql(`create policy ${table}_in_jurisdiction on "${table}" for all
        using ((select app_visible()) && array['*', ${column}::text] and ((select app_scope()->>'r') in (${roles})${extra}))
        with check ((select app_visible()) && array['*', ${column}::text] and (select app_scope()->>'r') in (${roles}));`);
    }
    // Watches and their deliveries belong to one client (their webhook secrets above all); the delivery worker reads
    // them all under its SYSTEM scope.
    this.addSql(`alter table offender_watch enable row level security;`);
    this.addSql(`create policy offender_watch_own on offender_watch for all
      using (client_id::text = (select app_scope()->>'c') or (select app_scope()->>'r') in ('SYSTEM', 'OWNER'))
      with check (client_id::text = (select app_scope()->>'c') or (select app_scope()->>'r') in ('SYSTEM', 'OWNER'));`);
    this.addSql(`alter table webhook_delivery enable row level security;`);
    this.addSql(`create policy webhook_delivery_own on webhook_delivery for all
      using (exists (select 1 from offender_watch w where w.id = watch_id))
      with check (exists (select 1 from offender_watch w where w.id = watch_id));`);
    // The audit log and the security alerts are read by the roles that oversee; written only by definer functions.
    this.addSql(`alter table audit_event enable row level security;`);
    // A subject access request's scope carries its subject (`s`): that person's rows, for the person.
    this.addSql(`create policy audit_event_read on audit_event for select
      using ((select app_scope()->>'r') in ('AUDITOR', 'SYSTEM', 'OWNER') or subject_hash = (select app_scope()->>'s'));`);
    this.addSql(`create policy audit_event_write on audit_event for insert with check (true);`);
    this.addSql(`alter table security_alert enable row level security;`);
    this.addSql(`create policy security_alert_read on security_alert for select
      using ((select app_scope()->>'r') in ('ADMIN', 'AUDITOR', 'SYSTEM', 'OWNER'));`);
    this.addSql(`create policy security_alert_write on security_alert for insert with check (true);`);
    this.addSql(`create policy security_alert_resolve on security_alert for update using (true) with check (true);`);
    for (const table of [...DISTRICT_TABLES.map(([t]) => t), ...CHILD_TABLES, 'offender_watch', 'webhook_delivery', 'audit_event', 'security_alert', 'consent', 'sms_outbox']) {
      this.addSql(`alter table "${table}" force row level security;`);
    }

    // Privileges: nothing by default, then exactly APP_GRANTS.
    this.addSql(`do $$
      declare
        t record;
      begin
        if not exists (select from pg_roles where rolname = 'tasdeeq_app') then
          raise notice 'role tasdeeq_app does not exist: no privileges to set';
          return;
        end if;
        begin
          alter role tasdeeq_app login nosuperuser nobypassrls nocreatedb nocreaterole noinherit;
        exception when insufficient_privilege then
          raise notice 'cannot alter role tasdeeq_app (no CREATEROLE): set DATABASE_APP_URL to a login for it';
        end;
        execute format('alter default privileges in schema %I revoke all on tables from tasdeeq_app', current_schema());
        execute format('revoke all on all tables in schema %I from tasdeeq_app', current_schema());
        execute format('revoke all on all sequences in schema %I from tasdeeq_app', current_schema());
        execute format('revoke create on schema %I from public', current_schema());
        for t in select * from jsonb_each_text(${`'${JSON.stringify(APP_GRANTS)}'`}::jsonb) loop
          execute format('grant %s on %I to tasdeeq_app', t.value, t.key);
        end loop;
      end $$;`);

    this.definerFunctions();
  }

  /** Writes the app role may make only through these functions, which take the actor from the verified scope. */
  private definerFunctions(): void {
    const definer = (sql: string) => this.addSql(sql.replace(/\bDEFINER\b/, 'security definer set search_path = public, pg_temp'));

    // The scope a function was handed, or the request's; refused (an exception, nothing written) when not valid.
    definer(`create function app_require_scope(p_scope text) returns jsonb language plpgsql stable DEFINER as $$
      declare
        v_scope jsonb := case when p_scope is null then app_scope() else app_scope_of(p_scope) end;
      begin
        if v_scope is null then
          raise exception 'no valid scope' using errcode = '42501';
        end if;
        return v_scope;
      end $$;`);

    // Audit rows from the services (src/audit/audit.service.ts): everything but who, which comes from the scope.
    definer(`create function audit_write(p_rows jsonb, p_scope text default null) returns void language plpgsql DEFINER as $$
      declare
        v_scope jsonb := app_require_scope(p_scope);
      begin
        insert into audit_event (id, occurred_at, actor_kind, actor_id, client_id, client_name, role, action, subject_hash,
          purpose, consent_ref, request_id, outcome, detail)
        select coalesce(r.id, gen_random_uuid()), date_trunc('milliseconds', clock_timestamp()), v_scope->>'k', v_scope->>'i', (v_scope->>'c')::uuid,
          v_scope->>'n', v_scope->>'r', r.action, r.subject_hash, r.purpose, r.consent_ref, coalesce(v_scope->>'q', ''),
          r.outcome, r.detail
        from jsonb_to_recordset(p_rows) as r(id uuid, action text, subject_hash text, purpose text, consent_ref text,
          outcome text, detail jsonb);
      end $$;`);

    // API-key authentication: a key's record and its client's, by the key's public prefix (the server compares the
    // secret's hash itself, in constant time). The app role reads keys and clients only this way.
    definer(`create function api_key_lookup(p_prefix text)
      returns table (key_id uuid, prefix text, secret_hash text, revoked_at timestamptz, expires_at timestamptz,
        last_used_at timestamptz, client_id uuid, client_name text, role text, jurisdiction text, disclosure text,
        budget_per_minute int, require_verified_consent boolean, suspended_at timestamptz, suspended_reason text)
      language sql stable DEFINER as $$
        select k.id, k.prefix::text, k.secret_hash::text, k.revoked_at, k.expires_at, k.last_used_at, c.id, c.name::text,
          c.role::text, c.jurisdiction::text, c.disclosure::text, c.budget_per_minute, c.require_verified_consent,
          c.suspended_at, c.suspended_reason::text
        from api_key k join api_client c on c.id = k.client_id
        where k.prefix = p_prefix
      $$;`);
    // Last used, at minute resolution: the one change authentication makes.
    definer(`create function api_key_touch(p_key_id uuid) returns void language sql DEFINER as $$
        update api_key set last_used_at = now()
        where id = p_key_id and (last_used_at is null or last_used_at < now() - interval '1 minute')
      $$;`);

    // The enumeration guard's alert and the suspension it may bring, for the scope's own client.
    definer(`create function security_raise(p_kind text, p_detail jsonb, p_suspend boolean, p_scope text default null)
      returns void language plpgsql DEFINER as $$
      declare
        v_scope jsonb := app_require_scope(p_scope);
        v_client uuid := (v_scope->>'c')::uuid;
        v_prior text := current_setting('app.scope', true);
      begin
        if v_client is null then
          return;
        end if;
        perform set_config('app.scope', app_seal(jsonb_build_object('r', 'SYSTEM', 'd', null)), true);
        if not exists (select 1 from security_alert a where a.client_id = v_client and a.kind = p_kind
                       and a.resolved_at is null and a.detail->>'day' = p_detail->>'day') then
          insert into security_alert (id, client_id, client_name, kind, detail, raised_at)
          values (gen_random_uuid(), v_client, v_scope->>'n', p_kind, p_detail, now());
        end if;
        if p_suspend then
          update api_client set suspended_at = now(), suspended_reason = 'Automatic: ' || p_kind
          where id = v_client and suspended_at is null;
        end if;
        perform set_config('app.scope', coalesce(v_prior, ''), true);
      end $$;`);

    // ADMIN lifts a suspension: resolves the client's open alerts and restarts its detectors (not its distinct count).
    definer(`create function client_reinstate(p_client_id uuid, p_resolved_by text)
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
        return query select true, true, v_resolved;
      end $$;`);

    // The identity record at a CNIC for grading supplied details against it (matchIdentity, watches): sealed for the
    // server (app_sealed_identity), so a role that may match but not read identities never sees one in the clear.
    definer(`create function identity_sealed(p_cnic text) returns table (citizen_id uuid, identity text)
      language plpgsql DEFINER as $$
      declare
        v_scope jsonb := app_require_scope(null);
        v_prior text := current_setting('app.scope', true);
      begin
        if v_scope->>'r' not in ('EMPLOYER', 'EDUCATION', 'WELFARE_OFFICER', 'REGISTRATION_CENTRE', 'LAW_ENFORCEMENT', 'OWNER') then
          raise exception 'this role may not match identities' using errcode = '42501';
        end if;
        perform set_config('app.scope', app_seal(jsonb_build_object('r', 'SYSTEM', 'd', null)), true);
        return query
          select c.id, app_sealed_identity(jsonb_build_object('cnic', c.cnic, 'nameEn', c.name_en, 'nameUr', c.name_ur,
            'relation', c.relation, 'relativeNameEn', c.relative_name_en, 'relativeNameUr', c.relative_name_ur,
            'gender', c.gender, 'dateOfBirth', c.date_of_birth::text, 'districtCode', c.district_code))
          from citizen c where c.cnic = p_cnic;
        perform set_config('app.scope', coalesce(v_prior, ''), true);
      end $$;`);

    // Whether the scope's client has checked this person (an audited offender check that found them): the audit log
    // itself is the AUDITOR's to read.
    definer(`create function audit_client_checked(p_subject_hash text) returns boolean language plpgsql DEFINER as $$
      declare
        v_scope jsonb := app_require_scope(null);
        v_prior text := current_setting('app.scope', true);
        v_checked boolean;
      begin
        perform set_config('app.scope', app_seal(jsonb_build_object('r', 'SYSTEM', 'd', null)), true);
        v_checked := exists (select 1 from audit_event a where a.client_id = (v_scope->>'c')::uuid
          and a.action = 'offender.check' and a.subject_hash = p_subject_hash and a.outcome = 'SUCCESS');
        perform set_config('app.scope', coalesce(v_prior, ''), true);
        return v_checked;
      end $$;`);

    // How many households a re-score will visit: counted nationally for ADMIN, who may activate models but not read
    // households.
    definer(`create function rescore_household_total() returns int language plpgsql DEFINER as $$
      declare
        v_scope jsonb := app_require_scope(null);
        v_prior text := current_setting('app.scope', true);
        v_total int;
      begin
        if v_scope->>'r' not in ('ADMIN', 'SYSTEM', 'OWNER') then
          raise exception 'only ADMIN activates models' using errcode = '42501';
        end if;
        perform set_config('app.scope', app_seal(jsonb_build_object('r', 'SYSTEM', 'd', null)), true);
        select count(*)::int into v_total from household;
        perform set_config('app.scope', coalesce(v_prior, ''), true);
        return v_total;
      end $$;`);

    // The identity mirror's national questions for roles that may not read it, answered with an id and no more:
    // whether a CNIC has a record (filing, holds, consent requests, subject access), whose number a sender is, and
    // which numbers to text a person on (the SMS channel and consent requests).
    definer(`create function citizen_ref(p_cnic text) returns table (citizen_id uuid, cnic text) language plpgsql DEFINER as $$
      declare
        v_prior text := current_setting('app.scope', true);
      begin
        perform app_require_scope(null);
        perform set_config('app.scope', app_seal(jsonb_build_object('r', 'SYSTEM', 'd', null)), true);
        return query select c.id, c.cnic::text from citizen c where c.cnic = p_cnic;
        perform set_config('app.scope', coalesce(v_prior, ''), true);
      end $$;`);
    definer(`create function number_holder(p_number text) returns table (citizen_id uuid, cnic text) language plpgsql DEFINER as $$
      declare
        v_scope jsonb := app_require_scope(null);
        v_prior text := current_setting('app.scope', true);
      begin
        if v_scope->>'r' not in ('SMS_GATEWAY', 'SYSTEM', 'OWNER') then
          raise exception 'only the SMS gateway asks whose number a sender is' using errcode = '42501';
        end if;
        perform set_config('app.scope', app_seal(jsonb_build_object('r', 'SYSTEM', 'd', null)), true);
        return query select c.id, c.cnic::text from citizen_mobile_number n join citizen c on c.id = n.citizen_id
          where n.number = p_number;
        perform set_config('app.scope', coalesce(v_prior, ''), true);
      end $$;`);
    definer(`create function numbers_of(p_citizen_id uuid) returns setof text language plpgsql DEFINER as $$
      declare
        v_scope jsonb := app_require_scope(null);
        v_prior text := current_setting('app.scope', true);
      begin
        if v_scope->>'r' not in ('EMPLOYER', 'EDUCATION', 'SMS_GATEWAY', 'SYSTEM', 'OWNER') then
          raise exception 'this role may not text people' using errcode = '42501';
        end if;
        perform set_config('app.scope', app_seal(jsonb_build_object('r', 'SYSTEM', 'd', null)), true);
        return query select n.number::text from citizen_mobile_number n where n.citizen_id = p_citizen_id order by n.number;
        perform set_config('app.scope', coalesce(v_prior, ''), true);
      end $$;`);

    // A check's cited consents (issue #14): the scope's own client's, whatever ids are passed.
    definer(`create function consent_verify(p_scope text, p_ids uuid[])
      returns table (id uuid, subject_hash text, purpose text, scope text[], status text, code_expires_at timestamptz,
        expires_at timestamptz)
      language plpgsql DEFINER as $$
      declare
        v_scope jsonb := app_require_scope(p_scope);
        v_prior text := current_setting('app.scope', true);
      begin
        perform set_config('app.scope', app_seal(jsonb_build_object('r', 'SYSTEM', 'd', null)), true);
        return query select c.id, c.subject_hash::text, c.purpose::text, c.scope, c.status::text, c.code_expires_at, c.expires_at
          from consent c where c.id = any(p_ids) and c.client_id = (v_scope->>'c')::uuid;
        perform set_config('app.scope', coalesce(v_prior, ''), true);
      end $$;`);

    // The subjects feature's national questions (Migration20261207420000), now asked under the system's scope, since
    // row-level security binds their owner too: where a dispute belongs, open register disputes, legal holds.
    this.addSql(`drop function dispute_route(uuid, text);`);
    definer(`create function dispute_route(p_citizen_id uuid, p_kind text)
      returns table (register text, owner_role text, district_code text)
      language plpgsql DEFINER as $$
      declare
        v_home text;
        v_conviction text;
        v_household text;
        v_prior text := current_setting('app.scope', true);
      begin
        perform set_config('app.scope', app_seal(jsonb_build_object('r', 'SYSTEM', 'd', null)), true);
        select c.district_code into v_home from citizen c where c.id = p_citizen_id;
        if v_home is not null and p_kind in ('CONVICTION_RECORD', 'IDENTITY_MISMATCH') then
          select v.district_code into v_conviction from conviction v where v.citizen_id = p_citizen_id
            order by (v.status = 'ACTIVE') desc, v.registered_on desc, v.created_at desc limit 1;
        end if;
        if v_home is not null and not (p_kind = 'CONVICTION_RECORD' or v_conviction is not null) then
          select h.district_code into v_household from citizen c
            join household_member m on m.id_number = c.cnic and m.status = 'ACTIVE'
            join household h on h.id = m.household_id
            where c.id = p_citizen_id limit 1;
        end if;
        perform set_config('app.scope', coalesce(v_prior, ''), true);
        if v_home is null then
          return;
        elsif p_kind = 'CONVICTION_RECORD' or v_conviction is not null then
          return query select 'NSOR'::text, 'LAW_ENFORCEMENT'::text, coalesce(v_conviction, v_home);
        else
          return query select 'NSER'::text, 'WELFARE_OFFICER'::text, coalesce(v_household, v_home);
        end if;
      end $$;`);
    this.addSql(`drop function open_register_disputes(text[]);`);
    definer(`create function open_register_disputes(p_subject_hashes text[]) returns setof text language plpgsql DEFINER as $$
      declare
        v_prior text := current_setting('app.scope', true);
      begin
        perform set_config('app.scope', app_seal(jsonb_build_object('r', 'SYSTEM', 'd', null)), true);
        return query select distinct d.subject_hash::text from dispute d
          where d.subject_hash = any(p_subject_hashes) and d.register = 'NSOR' and d.status = 'OPEN';
        perform set_config('app.scope', coalesce(v_prior, ''), true);
      end $$;`);
    this.addSql(`drop function subject_held(text);`);
    definer(`create function subject_held(p_subject_hash text) returns boolean language plpgsql DEFINER as $$
      declare
        v_prior text := current_setting('app.scope', true);
        v_held boolean;
      begin
        perform set_config('app.scope', app_seal(jsonb_build_object('r', 'SYSTEM', 'd', null)), true);
        v_held := exists (select 1 from legal_hold h where h.subject_hash = p_subject_hash and h.lifted_at is null
          and (h.expires_at is null or h.expires_at > now()));
        perform set_config('app.scope', coalesce(v_prior, ''), true);
        return v_held;
      end $$;`);

    // Watches end with the consent they rest on (issue #14), whoever's watches they are: the person withdraws by SMS.
    definer(`create function watches_end_for_consent(p_consent_id uuid, p_reason text) returns int language plpgsql DEFINER as $$
      declare
        v_scope jsonb := app_require_scope(null);
        v_prior text := current_setting('app.scope', true);
        v_count int;
      begin
        if v_scope->>'r' not in ('SMS_GATEWAY', 'SYSTEM', 'OWNER') then
          raise exception 'watches end with a consent the person withdraws' using errcode = '42501';
        end if;
        perform set_config('app.scope', app_seal(jsonb_build_object('r', 'SYSTEM', 'd', null)), true);
        update offender_watch set cancelled_at = now(), ended_reason = p_reason
        where consent_id = p_consent_id and cancelled_at is null;
        get diagnostics v_count = row_count;
        perform set_config('app.scope', coalesce(v_prior, ''), true);
        return v_count;
      end $$;`);
    // What a dispute's reviewing body needs of the audit log to uphold it: the corrections made to that person since.
    definer(`create function subject_changes_since(p_subject_hash text, p_since timestamptz, p_actions jsonb)
      returns table (id uuid, action text, occurred_at timestamptz, detail jsonb) language plpgsql DEFINER as $$
      declare
        v_scope jsonb := app_require_scope(null);
        v_prior text := current_setting('app.scope', true);
      begin
        if v_scope->>'r' not in ('LAW_ENFORCEMENT', 'WELFARE_OFFICER', 'SYSTEM', 'OWNER') then
          raise exception 'only a reviewing body reads corrections' using errcode = '42501';
        end if;
        perform set_config('app.scope', app_seal(jsonb_build_object('r', 'SYSTEM', 'd', null)), true);
        return query select a.id, a.action::text, a.occurred_at, a.detail from audit_event a
          where a.subject_hash = p_subject_hash and a.occurred_at >= p_since and a.outcome = 'SUCCESS'
            and a.action in (select jsonb_array_elements_text(p_actions))
          order by a.occurred_at, a.id;
        perform set_config('app.scope', coalesce(v_prior, ''), true);
      end $$;`);

    // Notifications of a register change, for every live watch on the person, whoever's watches they are.
    definer(`create function offender_watch_notify(p_citizen_id uuid, p_event text) returns int language plpgsql DEFINER as $$
      declare
        v_count int;
        v_prior text := current_setting('app.scope', true);
      begin
        perform app_require_scope(null);
        perform set_config('app.scope', app_seal(jsonb_build_object('r', 'SYSTEM', 'd', null)), true);
        insert into webhook_delivery (id, watch_id, payload, status, attempts, next_attempt_at, created_at)
        select gen_random_uuid(), w.id,
          jsonb_build_object('event', p_event,
            'watchId', rtrim(translate(encode(convert_to('Watch:1:' || w.id, 'UTF8'), 'base64'), '+/', '-_'), '='),
            'occurredAt', now(),
            'message', 'The register status of the person you watch has changed. Re-check with verifyOffender.'),
          'PENDING', 0, now(), now()
        from offender_watch w
        where w.citizen_id = p_citizen_id and w.cancelled_at is null and w.expires_at > now();
        get diagnostics v_count = row_count;
        perform set_config('app.scope', coalesce(v_prior, ''), true);
        return v_count;
      end $$;`);

    this.hotPath();
  }

  /**
   * The check's functions (see Migration20261125031500 and Migration20261124234217 for what they do), now taking the
   * caller's sealed scope: the budget, the tally and the audit rows are the scope's client's, whatever else is passed.
   */
  private hotPath(): void {
    const definer = (sql: string) => this.addSql(sql.replace(/\bDEFINER\b/, 'security definer set search_path = public, pg_temp'));
    this.addSql('drop function if exists offender_admit(text, float8, float8, float8, uuid, date, jsonb, boolean, float8, int, int, int, boolean, int);');
    this.addSql('drop function if exists offender_check(jsonb, text, text, uuid, text, text, text);');
    this.addSql('drop function if exists lookup_guard(uuid, date, jsonb, boolean, float8, int, int, int, boolean, int);');
    this.addSql('drop function if exists rate_bucket_charge(text, float8, float8, float8);');

    // A client's budget is the scope's (its key, its capacity); other buckets are the SMS and consent limits.
    definer(`create function rate_bucket_charge(p_scope text, p_key text, p_capacity float8, p_cost float8, p_rate float8)
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
          -- Besides its own budget a scope charges only the per-number SMS limits (the gateway) and the consent
          -- requests' limits (per client, number and code).
          raise exception 'not this scope''s bucket' using errcode = '42501';
        end if;
        perform set_config('synchronous_commit', 'off', true);
        return query
          insert into rate_bucket as b (key, tokens, updated_at, admitted)
          values (p_key, v_capacity - p_cost, clock_timestamp(), v_capacity >= p_cost)
          on conflict (key) do update set
            admitted = least(v_capacity, b.tokens + extract(epoch from clock_timestamp() - b.updated_at) * v_rate) >= p_cost,
            tokens = least(v_capacity, b.tokens + extract(epoch from clock_timestamp() - b.updated_at) * v_rate)
              - case when least(v_capacity, b.tokens + extract(epoch from clock_timestamp() - b.updated_at) * v_rate) >= p_cost
                then p_cost else 0 end,
            updated_at = clock_timestamp()
          returning b.tokens, b.admitted;
      end $$;`);

    // The enumeration guard's tally and decision (src/security/enumeration-guard.ts), for the scope's client. Whether
    // a finding suspends is the scope's role's (the SMS gateway is alerted on, never suspended).
    definer(`create function lookup_guard(p_scope text, p_day date, p_rows jsonb, p_odd_hour boolean,
        p_not_found_share float8, p_not_found_min int, p_sequential_max int, p_odd_hour_max int, p_default_cap int)
      returns table (finding text, detail jsonb, refused boolean)
      language plpgsql DEFINER as $$
      declare
        v_scope jsonb := app_require_scope(p_scope);
        v_client uuid := (v_scope->>'c')::uuid;
        v_suspends boolean := v_scope->>'r' <> 'SMS_GATEWAY';
        t record;
        v_cap int;
        v_finding text;
        v_detail jsonb;
        v_refuse boolean := false;
        v_prior text := current_setting('app.scope', true);
      begin
        if v_client is null then
          return query select null::text, null::jsonb, false;
          return;
        end if;
        perform set_config('synchronous_commit', 'off', true);
        -- Whether a CNIC exists is a national question.
        perform set_config('app.scope', app_seal(jsonb_build_object('r', 'SYSTEM', 'd', null)), true);
        begin
          with input as (
            select * from jsonb_to_recordset(p_rows) as x(h text, n jsonb, "inBatch" boolean, k int, f boolean, c text)
          ),
          added as (
            insert into lookup_subject (client_id, day, subject_hash) select v_client, p_day, h from input
            on conflict do nothing returning subject_hash
          ),
          earlier as (
            select count(*)::int as c from input i
            where i."inBatch" or exists (
              select 1 from lookup_subject s
              where s.client_id = v_client and s.day = p_day
                and s.subject_hash = any(array(select jsonb_array_elements_text(i.n)))
            )
          ),
          counted as (
            select sum(i.k)::int as lookups,
              coalesce(sum(i.k) filter (where not coalesce(i.f, exists (select 1 from citizen z where z.cnic = i.c))), 0)::int as not_found
            from input i
          )
          insert into lookup_tally as lt (client_id, day, lookups, distinct_subjects, not_found, sequential, odd_hour)
          select v_client, p_day, counted.lookups, (select count(*) from added), counted.not_found,
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
        perform set_config('app.scope', coalesce(v_prior, ''), true);
        return query select v_finding, v_detail || jsonb_build_object('day', p_day::text), v_refuse;
      end $$;`);
    this.addSql(`alter function lookup_guard(text, date, jsonb, boolean, float8, int, int, int, int) set jit = off;`);

    // Admission for an offender check in one call: the scope's budget (p_bucket_cost null: charged elsewhere), then
    // the guard (p_rows null: not tallied). Committed asynchronously, like its parts.
    definer(`create function offender_admit(p_scope text, p_bucket_cost float8, p_day date, p_rows jsonb, p_odd_hour boolean,
        p_not_found_share float8, p_not_found_min int, p_sequential_max int, p_odd_hour_max int, p_default_cap int)
      returns table (tokens float8, admitted boolean, finding text, detail jsonb, refused boolean)
      language plpgsql DEFINER as $$
      declare
        v_scope jsonb := app_require_scope(p_scope);
        v_tokens float8;
        v_admitted boolean;
        v_finding text;
        v_detail jsonb;
        v_refused boolean := false;
      begin
        perform set_config('synchronous_commit', 'off', true);
        if p_bucket_cost is not null then
          select b.tokens, b.admitted into v_tokens, v_admitted
          from rate_bucket_charge(p_scope,
            case when v_scope->>'c' is not null then 'client:' || (v_scope->>'c') else 'jwt:' || (v_scope->>'n') || ':' || (v_scope->>'i') end,
            null, p_bucket_cost, null) b;
          if not v_admitted then
            return query select v_tokens, false, null::text, null::jsonb, false;
            return;
          end if;
        end if;
        if p_rows is not null then
          select g.finding, g.detail, g.refused into v_finding, v_detail, v_refused
          from lookup_guard(p_scope, p_day, p_rows, p_odd_hour, p_not_found_share, p_not_found_min,
            p_sequential_max, p_odd_hour_max, p_default_cap) g;
        end if;
        return query select v_tokens, v_admitted, v_finding, v_detail, v_refused;
      end $$;`);

    // Identity fields leave the database sealed for the server alone: AES-256-CBC under a key derived from the owner's
    // seal key, with a random IV in front. The server grades identities with them (src/identity); a session of the
    // app role that calls the function itself gets ciphertext.
    definer(`create function app_sealed_identity(p_record jsonb) returns text language sql volatile DEFINER as $$
        select encode(iv || encrypt_iv(convert_to(p_record::text, 'UTF8'), k, iv, 'aes-cbc/pad:pkcs'), 'base64')
        from (select gen_random_bytes(16) as iv,
                     digest((select value from app_secret where name = 'scope_seal') || convert_to('identity', 'UTF8'), 'sha256') as k) x
      $$;`);
    this.addSql(`revoke execute on function app_sealed_identity(jsonb) from public;`);

    // The check: reads the register nationally (institutions get no record; the function seals its own national scope
    // for the read and restores the caller's) and writes one audit row per input as the scope's actor. What it returns
    // of the identity record is sealed (app_sealed_identity).
    definer(`create function offender_check(p_scope text, p_inputs jsonb)
      returns table (ord int, citizen_id uuid, identity text, active_districts text[], checked_at timestamptz,
        data_as_of timestamptz)
      language plpgsql DEFINER as $$
      #variable_conflict use_column
      declare
        v_scope jsonb := app_require_scope(p_scope);
        v_prior text := current_setting('app.scope', true);
      begin
        perform set_config('app.scope', app_seal(jsonb_build_object('r', 'SYSTEM', 'd', null)), true);
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
            select i.check_id, date_trunc('milliseconds', clock_timestamp()), v_scope->>'k', v_scope->>'i',
              (v_scope->>'c')::uuid, v_scope->>'n', v_scope->>'r', 'offender.check', i.subject_hash, i.purpose,
              i.consent_ref, coalesce(v_scope->>'q', ''),
              case when not i.valid then 'INVALID' when h.citizen_id is null then 'NOT_FOUND' else 'SUCCESS' end,
              case when i.valid then jsonb_build_object('activeConviction', cardinality(h.active_districts) > 0) end
            from input i join hits h on h.ord = i.ord
          )
          select h.ord, h.citizen_id, h.identity, h.active_districts, now(),
            coalesce((select max(v.updated_at) from conviction v), now())
          from hits h order by h.ord;
        perform set_config('app.scope', coalesce(v_prior, ''), true);
      end $$;`);
    this.addSql(`alter function offender_check(text, jsonb) set jit = off;`);
    this.addSql(`alter function offender_admit(text, float8, date, jsonb, boolean, float8, int, int, int, int) set jit = off;`);
    this.addSql(`revoke execute on function app_owner() from public;`);
    this.addSql(`drop function if exists app_in_jurisdiction(text);`);
  }
}
