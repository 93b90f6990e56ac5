import { Migration } from '@mikro-orm/migrations';

const byDistrict = (table: string) => [
  `alter table "${table}" enable row level security;`,
  `create policy ${table}_in_jurisdiction on "${table}" for all
     using (app_in_jurisdiction(district_code)) with check (app_in_jurisdiction(district_code));`,
];

const sameAsParent = (table: string, parent: string, key: string) => [
  `alter table "${table}" enable row level security;`,
  `create policy ${table}_in_jurisdiction on "${table}" for all
     using (exists (select 1 from "${parent}" p where p.id = ${key}))
     with check (exists (select 1 from "${parent}" p where p.id = ${key}));`,
];

/**
 * The person checked (issue #14), part 3: disputes with tracking IDs and their history, legal holds on subject access,
 * and three narrow functions that answer national questions beneath row-level security without handing out rows:
 * where a dispute belongs (`dispute_route`), which subjects have an open dispute of the offender register
 * (`open_register_disputes`, read by the offender check only when a name line would be disclosed), and whether a
 * subject is under a legal hold (`subject_held`).
 */
export class Migration20261207420000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "dispute" ("id" uuid not null, "tracking_id" varchar(12) not null, "citizen_id" uuid not null, "cnic" varchar(13) not null, "subject_hash" varchar(64) not null, "kind" text check ("kind" in ('IDENTITY_MISMATCH', 'CONVICTION_RECORD', 'HOUSEHOLD_DATA', 'SCORE')) not null, "register" text check ("register" in ('NSOR', 'NSER')) not null, "owner_role" varchar(32) not null, "district_code" varchar(16) not null, "details" text not null, "reference" varchar(128) null, "status" text check ("status" in ('OPEN', 'UPHELD', 'REJECTED')) not null default 'OPEN', "filed_via" text check ("filed_via" in ('API', 'SMS')) not null, "filed_at" timestamptz not null default now(), "resolved_at" timestamptz null, "client_key" varchar(255) not null, "idempotency_key" varchar(128) null, "version" int not null default 1, constraint "dispute_pkey" primary key ("id"));`);
    this.addSql(`alter table "dispute" add constraint "dispute_tracking_id_unique" unique ("tracking_id");`);
    this.addSql(`create index "dispute_subject_hash_status_index" on "dispute" ("subject_hash", "status");`);
    this.addSql(`create index "dispute_district_code_filed_at_id_index" on "dispute" ("district_code", "filed_at", "id");`);
    this.addSql(`alter table "dispute" add constraint "dispute_client_key_idempotency_key_unique" unique ("client_key", "idempotency_key");`);
    this.addSql(`alter table "dispute" add constraint "dispute_district_code_foreign" foreign key ("district_code") references "district" ("code") on update cascade on delete restrict;`);

    this.addSql(`create table "dispute_event" ("id" uuid not null, "dispute_id" uuid not null, "step" int not null, "status" text check ("status" in ('OPEN', 'UPHELD', 'REJECTED')) not null, "reason" text null, "version" int not null, "actor_id" varchar(255) not null, "actor_name" varchar(255) not null, "at" timestamptz not null default clock_timestamp(), constraint "dispute_event_pkey" primary key ("id"));`);
    this.addSql(`alter table "dispute_event" add constraint "dispute_event_dispute_id_step_unique" unique ("dispute_id", "step");`);
    this.addSql(`alter table "dispute_event" add constraint "dispute_event_dispute_id_foreign" foreign key ("dispute_id") references "dispute" ("id") on update cascade on delete restrict;`);

    this.addSql(`create table "dispute_change" ("dispute_id" uuid not null, "audit_event_id" uuid not null, "action" varchar(64) not null, "occurred_at" timestamptz not null, "detail" jsonb null, constraint "dispute_change_pkey" primary key ("dispute_id", "audit_event_id"));`);
    this.addSql(`alter table "dispute_change" add constraint "dispute_change_dispute_id_foreign" foreign key ("dispute_id") references "dispute" ("id") on update cascade on delete restrict;`);

    this.addSql(`create table "legal_hold" ("id" uuid not null, "subject_hash" varchar(64) not null, "cnic_masked" varchar(15) not null, "district_code" varchar(16) not null, "reason" text not null, "placed_by" varchar(255) not null, "placed_by_name" varchar(255) not null, "placed_at" timestamptz not null default now(), "expires_at" timestamptz null, "lifted_at" timestamptz null, "lift_reason" text null, "version" int not null default 1, constraint "legal_hold_pkey" primary key ("id"));`);
    this.addSql(`create index "legal_hold_subject_hash_lifted_at_index" on "legal_hold" ("subject_hash", "lifted_at");`);
    this.addSql(`alter table "legal_hold" add constraint "legal_hold_district_code_foreign" foreign key ("district_code") references "district" ("code") on update cascade on delete restrict;`);

    // Disputes are never deleted, their history and links are append-only: resolving one adds to them.
    this.addSql(`create trigger dispute_no_delete before delete on "dispute" for each row execute function register_refuse_change();`);
    this.addSql(`create trigger dispute_no_truncate before truncate on "dispute" for each statement execute function register_refuse_change();`);
    for (const table of ['dispute_event', 'dispute_change']) {
      this.addSql(`create trigger ${table}_append_only before update or delete on "${table}" for each row execute function register_refuse_change();`);
      this.addSql(`create trigger ${table}_no_truncate before truncate on "${table}" for each statement execute function register_refuse_change();`);
    }

    // A dispute lives in the jurisdiction of the body that keeps the record; its history and links follow it.
    for (const sql of [...byDistrict('dispute'), ...sameAsParent('dispute_event', 'dispute', 'dispute_id'), ...sameAsParent('dispute_change', 'dispute', 'dispute_id'), ...byDistrict('legal_hold')]) {
      this.addSql(sql);
    }
    this.addSql(`do $$ begin
      if exists (select from pg_roles where rolname = 'tasdeeq_app') then
        revoke delete, truncate on dispute, legal_hold from tasdeeq_app;
        revoke update, delete, truncate on dispute_event, dispute_change from tasdeeq_app;
      end if;
    end $$;`);

    // Where a dispute goes: the offender register (law enforcement of the conviction's district) for a conviction,
    // and for an identity mismatch when a conviction is registered at the CNIC; else NSER (welfare officers of the
    // household's district, or of the person's home district when they are on no roster). Answers three codes, never
    // a record, so a centre can file for anyone at its counter without seeing where their records are.
    this.addSql(`create function dispute_route(p_citizen_id uuid, p_kind text)
      returns table (register text, owner_role text, district_code text)
      language plpgsql stable security definer set search_path = public, pg_temp as $$
      declare
        v_home text;
        v_conviction text;
        v_household text;
      begin
        select c.district_code into v_home from citizen c where c.id = p_citizen_id;
        if v_home is null then return; end if;
        if p_kind in ('CONVICTION_RECORD', 'IDENTITY_MISMATCH') then
          select v.district_code into v_conviction from conviction v where v.citizen_id = p_citizen_id
            order by (v.status = 'ACTIVE') desc, v.registered_on desc, v.created_at desc limit 1;
        end if;
        if p_kind = 'CONVICTION_RECORD' or v_conviction is not null then
          return query select 'NSOR'::text, 'LAW_ENFORCEMENT'::text, coalesce(v_conviction, v_home);
          return;
        end if;
        select h.district_code into v_household from citizen c
          join household_member m on m.id_number = c.cnic and m.status = 'ACTIVE'
          join household h on h.id = m.household_id
          where c.id = p_citizen_id limit 1;
        return query select 'NSER'::text, 'WELFARE_OFFICER'::text, coalesce(v_household, v_home);
      end $$;`);

    this.addSql(`create function open_register_disputes(p_subject_hashes text[]) returns setof text
      language sql stable security definer set search_path = public, pg_temp as $$
        select distinct d.subject_hash::text from dispute d
        where d.subject_hash = any(p_subject_hashes) and d.register = 'NSOR' and d.status = 'OPEN'
      $$;`);

    this.addSql(`create function subject_held(p_subject_hash text) returns boolean
      language sql stable security definer set search_path = public, pg_temp as $$
        select exists (select 1 from legal_hold h where h.subject_hash = p_subject_hash and h.lifted_at is null
          and (h.expires_at is null or h.expires_at > now()))
      $$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function if exists subject_held(text);`);
    this.addSql(`drop function if exists open_register_disputes(text[]);`);
    this.addSql(`drop function if exists dispute_route(uuid, text);`);
    this.addSql(`drop table if exists "legal_hold" cascade;`);
    this.addSql(`drop table if exists "dispute_change" cascade;`);
    this.addSql(`drop table if exists "dispute_event" cascade;`);
    this.addSql(`drop table if exists "dispute" cascade;`);
  }
}
