import { Migration } from '@mikro-orm/migrations';

/**
 * The person checked (issue #14), part 2: consent the subject gives by SMS, the outbox that sends them the request,
 * and watches that rest on a consent.
 *
 * `consent` is bound to the client that asked, not to a jurisdiction (the person may live anywhere): it has no
 * row-level-security policy here; services read a client's own consents only. `sms_outbox` holds numbers and codes
 * until sent: the application inserts, reads and updates it, never deletes.
 */
export class Migration20261207410000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "consent" ("id" uuid not null, "client_id" uuid not null, "client_name" varchar(255) not null, "citizen_id" uuid not null, "subject_hash" varchar(64) not null, "cnic_masked" varchar(15) not null, "purpose" varchar(32) not null, "scope" text[] not null, "status" text check ("status" in ('PENDING', 'GRANTED', 'REFUSED', 'WITHDRAWN')) not null default 'PENDING', "code_hash" varchar(64) not null, "code_expires_at" timestamptz not null, "expires_at" timestamptz not null, "requested_at" timestamptz not null default now(), "answered_at" timestamptz null, "withdrawn_at" timestamptz null, "idempotency_key" varchar(128) null, "version" int not null default 1, constraint "consent_pkey" primary key ("id"), constraint consent_scope_not_empty check (cardinality(scope) > 0), constraint consent_scope_known check (scope <@ array['OFFENDER_CHECK', 'ELIGIBILITY_CHECK', 'WATCH']::text[]));`);
    this.addSql(`create index "consent_citizen_id_code_hash_index" on "consent" ("citizen_id", "code_hash");`);
    this.addSql(`create index "consent_client_id_requested_at_id_index" on "consent" ("client_id", "requested_at", "id");`);
    this.addSql(`alter table "consent" add constraint "consent_client_id_idempotency_key_unique" unique ("client_id", "idempotency_key");`);

    this.addSql(`create table "sms_outbox" ("id" uuid not null, "to_number" varchar(11) not null, "short_code" varchar(8) not null, "body" text null, "kind" varchar(32) not null, "status" text check ("status" in ('PENDING', 'SENT', 'FAILED')) not null default 'PENDING', "attempts" int not null default 0, "next_attempt_at" timestamptz not null default now(), "last_error" text null, "created_at" timestamptz not null default now(), "sent_at" timestamptz null, constraint "sms_outbox_pkey" primary key ("id"));`);
    this.addSql(`create index "sms_outbox_status_next_attempt_at_index" on "sms_outbox" ("status", "next_attempt_at");`);

    this.addSql(`alter table "offender_watch" add column "consent_id" uuid null, add column "ended_reason" varchar(32) null;`);
    this.addSql(`create index "offender_watch_consent_id_index" on "offender_watch" ("consent_id");`);

    this.addSql(`do $$ begin
      if exists (select from pg_roles where rolname = 'tasdeeq_app') then
        revoke delete, truncate on consent, sms_outbox from tasdeeq_app;
      end if;
    end $$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "offender_watch_consent_id_index";`);
    this.addSql(`alter table "offender_watch" drop column "consent_id", drop column "ended_reason";`);
    this.addSql(`drop table if exists "sms_outbox" cascade;`);
    this.addSql(`drop table if exists "consent" cascade;`);
  }
}
