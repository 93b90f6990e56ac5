import { Migration } from '@mikro-orm/migrations';

/** Each score records the programmes its household had an eligible member for, so dashboards can count them. */
export class Migration20261125014000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "poverty_score" add column "eligible_programmes" text[] not null default '{}';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "poverty_score" drop column "eligible_programmes";`);
  }
}
