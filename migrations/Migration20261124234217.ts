import { Migration } from '@mikro-orm/migrations';

export class Migration20261124234217 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "conviction" ("id" uuid not null, "citizen_id" uuid not null, "sections" text[] not null, "court" varchar(255) not null, "case_number" varchar(255) not null, "conviction_date" date not null, "sentence" varchar(255) not null, "registering_agency" varchar(255) not null, "district_code" varchar(16) not null, "status" text check ("status" in ('ACTIVE', 'OVERTURNED_ON_APPEAL', 'PARDONED', 'EXPIRED')) not null default 'ACTIVE', "registered_on" date not null, "ends_on" date null, "last_known_address" text null, "version" int not null default 1, "idempotency_scope" varchar(255) null, "idempotency_key" varchar(128) null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "conviction_pkey" primary key ("id"), constraint conviction_sections_not_empty check (cardinality(sections) > 0));`);
    this.addSql(`create index "conviction_district_code_index" on "conviction" ("district_code");`);
    this.addSql(`create index "conviction_updated_at_index" on "conviction" ("updated_at");`);
    this.addSql(`create index "conviction_citizen_id_status_index" on "conviction" ("citizen_id", "status");`);
    this.addSql(`alter table "conviction" add constraint "conviction_idempotency_scope_idempotency_key_unique" unique ("idempotency_scope", "idempotency_key");`);

    this.addSql(`create table "conviction_event" ("id" uuid not null, "conviction_id" uuid not null, "kind" text check ("kind" in ('REGISTERED', 'AMENDED', 'STATUS_CHANGED')) not null, "from_status" text check ("from_status" in ('ACTIVE', 'OVERTURNED_ON_APPEAL', 'PARDONED', 'EXPIRED')) null, "to_status" text check ("to_status" in ('ACTIVE', 'OVERTURNED_ON_APPEAL', 'PARDONED', 'EXPIRED')) not null, "changed_fields" text[] not null, "reason" text not null, "version" int not null, "actor_id" varchar(255) not null, "actor_name" varchar(255) not null, "at" timestamptz not null default clock_timestamp(), constraint "conviction_event_pkey" primary key ("id"));`);
    this.addSql(`create index "conviction_event_conviction_id_at_index" on "conviction_event" ("conviction_id", "at");`);

    this.addSql(`create table "offender_watch" ("id" uuid not null, "client_id" uuid not null, "citizen_id" uuid not null, "consent_ref" varchar(255) not null, "expires_at" timestamptz not null, "callback_url" text not null, "secret" varchar(64) not null, "idempotency_key" varchar(128) null, "created_at" timestamptz not null default now(), "cancelled_at" timestamptz null, constraint "offender_watch_pkey" primary key ("id"));`);
    this.addSql(`create index "offender_watch_citizen_id_index" on "offender_watch" ("citizen_id");`);
    this.addSql(`create index "offender_watch_client_id_created_at_index" on "offender_watch" ("client_id", "created_at");`);
    this.addSql(`alter table "offender_watch" add constraint "offender_watch_client_id_idempotency_key_unique" unique ("client_id", "idempotency_key");`);

    this.addSql(`create table "webhook_delivery" ("id" uuid not null, "watch_id" uuid not null, "payload" jsonb not null, "status" text check ("status" in ('PENDING', 'DELIVERED', 'FAILED')) not null default 'PENDING', "attempts" int not null default 0, "next_attempt_at" timestamptz not null default now(), "last_status_code" int null, "last_error" text null, "last_attempt_at" timestamptz null, "delivered_at" timestamptz null, "created_at" timestamptz not null default now(), constraint "webhook_delivery_pkey" primary key ("id"));`);
    this.addSql(`create index "webhook_delivery_watch_id_index" on "webhook_delivery" ("watch_id");`);
    this.addSql(`create index "webhook_delivery_due_index" on "webhook_delivery" ("status", "next_attempt_at");`);

    this.addSql(`alter table "conviction" add constraint "conviction_citizen_id_foreign" foreign key ("citizen_id") references "citizen" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "conviction" add constraint "conviction_district_code_foreign" foreign key ("district_code") references "district" ("code") on update cascade on delete restrict;`);

    this.addSql(`alter table "conviction_event" add constraint "conviction_event_conviction_id_foreign" foreign key ("conviction_id") references "conviction" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "offender_watch" add constraint "offender_watch_citizen_id_foreign" foreign key ("citizen_id") references "citizen" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "webhook_delivery" add constraint "webhook_delivery_watch_id_foreign" foreign key ("watch_id") references "offender_watch" ("id") on update cascade on delete restrict;`);

    // Nothing on the register is ever deleted (a status change keeps the history), and its history is append-only.
    this.addSql(`create function register_refuse_change() returns trigger language plpgsql as $$
      begin
        raise exception '% is not allowed on %', tg_op, tg_table_name using errcode = 'insufficient_privilege';
      end $$;`);
    this.addSql(`create trigger conviction_no_delete before delete on "conviction"
      for each row execute function register_refuse_change();`);
    this.addSql(`create trigger conviction_no_truncate before truncate on "conviction"
      for each statement execute function register_refuse_change();`);
    this.addSql(`create trigger conviction_event_append_only before update or delete on "conviction_event"
      for each row execute function register_refuse_change();`);
    this.addSql(`create trigger conviction_event_no_truncate before truncate on "conviction_event"
      for each statement execute function register_refuse_change();`);

    // The offender check (the hot path): reads the register and writes one audit row per input in one statement.
    // Checks are national by design (institutions get no record), so it sets app.jurisdiction (read by row-level
    // security policies, where there are any) to NATIONAL for its own query and restores the caller's value after.
    this.addSql(`create function offender_check(p_inputs jsonb, p_actor_kind text, p_actor_id text, p_client_id uuid,
        p_client_name text, p_role text, p_request_id text)
      returns table (ord int, citizen_id uuid, cnic text, name_en text, name_ur text, relation text,
        relative_name_en text, relative_name_ur text, gender text, date_of_birth text, district_code text,
        active_districts text[], checked_at timestamptz, data_as_of timestamptz)
      language plpgsql as $$
      #variable_conflict use_column
      declare
        prior text := current_setting('app.jurisdiction', true);
      begin
        perform set_config('app.jurisdiction', 'NATIONAL', true);
        return query
          with input as (
            select * from jsonb_to_recordset(p_inputs)
              as i(ord int, check_id uuid, cnic text, subject_hash text, purpose text, consent_ref text, valid boolean)
          ),
          hits as (
            select i.ord, c.id as citizen_id, c.cnic::text as cnic, c.name_en::text as name_en,
              c.name_ur::text as name_ur, c.relation::text as relation, c.relative_name_en::text as relative_name_en,
              c.relative_name_ur::text as relative_name_ur, c.gender::text as gender,
              c.date_of_birth::text as date_of_birth, c.district_code::text as district_code,
              array(select distinct v.district_code::text from conviction v
                    where v.citizen_id = c.id and v.status = 'ACTIVE') as active_districts
            from input i left join citizen c on i.valid and c.cnic = i.cnic
          ),
          audit as (
            insert into audit_event (id, occurred_at, actor_kind, actor_id, client_id, client_name, role, action,
              subject_hash, purpose, consent_ref, request_id, outcome, detail)
            select i.check_id, clock_timestamp(), p_actor_kind, p_actor_id, p_client_id, p_client_name, p_role,
              'offender.check', i.subject_hash, i.purpose, i.consent_ref, p_request_id,
              case when not i.valid then 'INVALID' when h.citizen_id is null then 'NOT_FOUND' else 'SUCCESS' end,
              case when i.valid then jsonb_build_object('activeConviction', cardinality(h.active_districts) > 0) end
            from input i join hits h on h.ord = i.ord
          )
          select h.ord, h.citizen_id, h.cnic, h.name_en, h.name_ur, h.relation, h.relative_name_en,
            h.relative_name_ur, h.gender, h.date_of_birth, h.district_code, h.active_districts, now(),
            coalesce((select max(v.updated_at) from conviction v), now())
          from hits h order by h.ord;
        perform set_config('app.jurisdiction', coalesce(prior, ''), true);
      end $$;`);
  }

}
