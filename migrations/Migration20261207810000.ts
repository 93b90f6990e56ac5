import { Migration } from '@mikro-orm/migrations';

/**
 * Idempotency keys remember what they were first used for (issue #20: a reused key with a different payload silently
 * returned the first result). A keyed hash of the first request (AuditService.fingerprint); rows from before have
 * none and replay as before. The columns fall under the tables' existing grants (APP_GRANTS).
 */
const TABLES = ['offender_watch', 'conviction', 'registration', 'survey'];

export class Migration20261207810000 extends Migration {
  override async up(): Promise<void> {
    for (const table of TABLES) this.addSql(`alter table ${table} add column idempotency_fingerprint varchar(64) null;`);
  }

  override async down(): Promise<void> {
    for (const table of TABLES) this.addSql(`alter table ${table} drop column idempotency_fingerprint;`);
  }
}
