import { Migration } from '@mikro-orm/migrations';

/**
 * The offender check and the enumeration guard read `citizen` nationally by design (each sets app.jurisdiction to
 * NATIONAL). Under row-level security the planner cannot use the CNIC index through the policy's non-leakproof
 * qual: at 1M households one 1,000-CNIC guard took 10 s (a hash of all 2.7M citizens per call) instead of 2 ms.
 * Run as their owner, beneath row-level security, with the search path pinned. Same answers, same audit rows.
 */
export class Migration20261125035000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter function offender_check(jsonb, text, text, uuid, text, text, text) security definer set search_path = public, pg_temp;`);
    this.addSql(`alter function lookup_guard(uuid, date, jsonb, boolean, float8, int, int, int, boolean, int) security definer set search_path = public, pg_temp;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter function offender_check(jsonb, text, text, uuid, text, text, text) security invoker reset search_path;`);
    this.addSql(`alter function lookup_guard(uuid, date, jsonb, boolean, float8, int, int, int, boolean, int) security invoker reset search_path;`);
  }
}
