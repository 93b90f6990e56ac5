import { Migration } from '@mikro-orm/migrations';

export class Migration20261124234000 extends Migration {

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
  }

}
