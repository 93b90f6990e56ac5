import { Migration } from '@mikro-orm/migrations';

export class Migration20261124232102 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "rate_bucket" ("key" varchar(128) not null, "tokens" double precision not null, "updated_at" timestamptz not null, "admitted" boolean not null, constraint "rate_bucket_pkey" primary key ("key"));`);

    this.addSql(`alter table "api_client" add column "budget_per_minute" int null;`);

    this.addSql(`alter table "api_key" add column "expires_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "rate_bucket" cascade;`);

    this.addSql(`alter table "api_client" drop column "budget_per_minute";`);

    this.addSql(`alter table "api_key" drop column "expires_at";`);
  }

}
