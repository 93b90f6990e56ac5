import { Migration } from '@mikro-orm/migrations';

export class Migration20261124230911 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "audit_event" ("id" uuid not null, "occurred_at" timestamptz not null default clock_timestamp(), "actor_kind" varchar(16) not null, "actor_id" varchar(255) not null, "client_id" uuid null, "client_name" varchar(255) not null, "role" varchar(32) not null, "action" varchar(64) not null, "subject_hash" varchar(64) null, "purpose" varchar(32) null, "consent_ref" varchar(255) null, "request_id" varchar(64) not null, "outcome" varchar(32) not null, "detail" jsonb null, constraint "audit_event_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_event_client_id_index" on "audit_event" ("client_id");`);
    this.addSql(`create index "audit_event_action_index" on "audit_event" ("action");`);
    this.addSql(`create index "audit_event_subject_hash_index" on "audit_event" ("subject_hash");`);
    this.addSql(`create index "audit_event_occurred_at_id_index" on "audit_event" ("occurred_at", "id");`);

    this.addSql(`create table "api_client" ("id" uuid not null, "name" varchar(255) not null, "role" text check ("role" in ('EMPLOYER', 'EDUCATION', 'WELFARE_ANALYST', 'WELFARE_OFFICER', 'REGISTRATION_CENTRE', 'LAW_ENFORCEMENT', 'SMS_GATEWAY', 'AUDITOR', 'ADMIN')) not null, "jurisdiction" varchar(255) not null, "disclosure" text check ("disclosure" in ('NONE', 'MATCH_ONLY', 'NAME_LINE', 'FULL')) not null, "created_at" timestamptz not null default now(), "suspended_at" timestamptz null, constraint "api_client_pkey" primary key ("id"));`);

    this.addSql(`create table "api_key" ("id" uuid not null, "client_id" uuid not null, "prefix" varchar(16) not null, "secret_hash" varchar(64) not null, "created_at" timestamptz not null default now(), "revoked_at" timestamptz null, "last_used_at" timestamptz null, constraint "api_key_pkey" primary key ("id"));`);
    this.addSql(`alter table "api_key" add constraint "api_key_prefix_unique" unique ("prefix");`);

    this.addSql(`create table "district" ("code" varchar(16) not null, "province" text check ("province" in ('PUNJAB', 'SINDH', 'KHYBER_PAKHTUNKHWA', 'BALOCHISTAN', 'ISLAMABAD', 'GILGIT_BALTISTAN', 'AZAD_KASHMIR')) not null, "name_en" varchar(255) not null, "name_ur" varchar(255) not null, "slug" varchar(255) not null, "latitude" double precision null, "longitude" double precision null, "tehsil_count" int null, constraint "district_pkey" primary key ("code"));`);

    this.addSql(`create table "citizen" ("id" uuid not null, "cnic" varchar(13) not null, "name_en" varchar(255) not null, "name_ur" varchar(255) not null, "relation" text check ("relation" in ('SON_OF', 'DAUGHTER_OF', 'WIFE_OF')) not null, "relative_name_en" varchar(255) not null, "relative_name_ur" varchar(255) not null, "gender" text check ("gender" in ('MALE', 'FEMALE')) not null, "date_of_birth" date not null, "district_code" varchar(16) not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "citizen_pkey" primary key ("id"));`);
    this.addSql(`alter table "citizen" add constraint "citizen_cnic_unique" unique ("cnic");`);
    this.addSql(`create index "citizen_district_code_index" on "citizen" ("district_code");`);

    this.addSql(`create table "province" ("code" varchar(32) not null, "dataset_id" varchar(16) not null, "name_en" varchar(255) not null, "name_ur" varchar(255) not null, constraint "province_pkey" primary key ("code"));`);
    this.addSql(`alter table "province" add constraint "province_dataset_id_unique" unique ("dataset_id");`);

    this.addSql(`alter table "api_key" add constraint "api_key_client_id_foreign" foreign key ("client_id") references "api_client" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "citizen" add constraint "citizen_district_code_foreign" foreign key ("district_code") references "district" ("code") on update cascade on delete restrict;`);
    this.addSql(`alter table "citizen" add constraint "citizen_cnic_format" check (cnic ~ '^[0-9]{12}[1-9]$');`);

    // The audit log is append-only: the database itself refuses to change or remove history.
    this.addSql(`create function audit_event_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'audit_event is append-only: % is not allowed', tg_op using errcode = 'insufficient_privilege';
      end $$;`);
    this.addSql(`create trigger audit_event_no_update_or_delete before update or delete on "audit_event"
      for each row execute function audit_event_append_only();`);
    this.addSql(`create trigger audit_event_no_truncate before truncate on "audit_event"
      for each statement execute function audit_event_append_only();`);
  }

}
