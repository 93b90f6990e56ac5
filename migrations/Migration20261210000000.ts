import { Migration } from '@mikro-orm/migrations';

/**
 * A national shortcut in the policies of a household's child rows (issue #17: the NSER re-score).
 *
 * Members, surveys, data-quality flags and scores are in a jurisdiction through their household: their policies
 * (Migration20261207830000) probe the household's primary key for every row, `exists (select 1 from household p where
 * p.id = ... offset 0)`, under the household's own policy. For a national scope of a role that reads households (the
 * system's workers, national analysts) every household is visible, so the probe can only find its household, which
 * the foreign key keeps there; yet the re-score paid it four times a household (its read, the score's insert, the
 * survey's update and its check): ~5,000 probes a statement, ~7 µs of PostgreSQL CPU a household. The policies now
 * say first what the household's policy says for such a scope, as one boolean init plan (evaluated once a statement),
 * and probe only when it is false. Who sees what is unchanged: a scope that is not national, or a role that does not
 * read households, still probes, and the probe still answers under the household's policy
 * (test/row-level-security.test.ts).
 */
const CHILD_TABLES = ['household_member', 'survey', 'data_quality_flag', 'poverty_score'];

/** As the household's policy (Migration20261207830000): its readers, and the system and the owner. */
const HOUSEHOLD_READERS = ['WELFARE_ANALYST', 'WELFARE_OFFICER', 'REGISTRATION_CENTRE', 'SMS_GATEWAY', 'EDUCATION', 'SYSTEM', 'OWNER'];

function policy(table: string, shortcut: boolean): string {
  const probe = `exists (select 1 from "household" p where p.id = "${table}".household_id offset 0)`;
  const roles = HOUSEHOLD_READERS.map((r) => `'${r}'`).join(', ');
  const test = shortcut ? `((select '*' = any(app_visible()) and (app_scope()->>'r') in (${roles})) or ${probe})` : probe;
  return `create policy ${table}_in_jurisdiction on "${table}" for all using (${test}) with check (${test});`;
}

export class Migration20261210000000 extends Migration {
  override async up(): Promise<void> {
    for (const table of CHILD_TABLES) {
      this.addSql(`drop policy if exists ${table}_in_jurisdiction on "${table}";`);
      this.addSql(policy(table, true));
    }
  }

  override async down(): Promise<void> {
    for (const table of CHILD_TABLES) {
      this.addSql(`drop policy if exists ${table}_in_jurisdiction on "${table}";`);
      this.addSql(policy(table, false));
    }
  }
}
