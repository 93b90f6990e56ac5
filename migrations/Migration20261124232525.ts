import { Migration } from '@mikro-orm/migrations';

export class Migration20261124232525 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "lookup_subject" ("client_id" uuid not null, "day" date not null, "subject_hash" varchar(64) not null, constraint "lookup_subject_pkey" primary key ("client_id", "day", "subject_hash"));`);

    this.addSql(`create table "lookup_tally" ("client_id" uuid not null, "day" date not null, "lookups" int not null, "distinct_subjects" int not null, "not_found" int not null, "sequential" int not null, "odd_hour" int not null, constraint "lookup_tally_pkey" primary key ("client_id", "day"));`);

    this.addSql(`create table "security_alert" ("id" uuid not null, "raised_at" timestamptz not null default now(), "client_id" uuid not null, "client_name" varchar(255) not null, "kind" varchar(32) not null, "detail" jsonb not null, "resolved_at" timestamptz null, "resolved_by" varchar(255) null, constraint "security_alert_pkey" primary key ("id"));`);
    this.addSql(`create index "security_alert_client_id_index" on "security_alert" ("client_id");`);
    this.addSql(`create index "security_alert_raised_at_id_index" on "security_alert" ("raised_at", "id");`);

    this.addSql(`alter table "api_client" add column "daily_distinct_cap" int null, add column "suspended_reason" varchar(255) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "lookup_subject" cascade;`);

    this.addSql(`drop table if exists "lookup_tally" cascade;`);

    this.addSql(`drop table if exists "security_alert" cascade;`);

    this.addSql(`alter table "api_client" drop column "daily_distinct_cap", drop column "suspended_reason";`);
  }

}
