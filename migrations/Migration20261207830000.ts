import { Migration } from '@mikro-orm/migrations';

/**
 * The jurisdiction policies of Migration20261207700000, said so the planner can estimate them (issue #17).
 *
 * `(select app_visible()) && array['*', district_code]` and `(select app_scope()->>'r') in (...)` are estimated at a
 * few rows in ten thousand whatever the scope, so a page of households (`order by created_at desc limit 101`) was
 * planned as a sequential scan and a sort of the whole table: 59 ms at 100,000 households, growing with the
 * registry. The same conditions as boolean init plans (national? a reading role?) and `= any(districts)` are
 * estimated as a large share, and a page walks the (created_at, id) index: 6-8 ms. Who sees what is unchanged
 * (test/row-level-security.test.ts, test/register-row-level-security.test.ts, test/database-privileges.test.ts).
 */
const DISTRICT_TABLES: [string, string][] = [
  ['citizen', 'district_code'],
  ['household', 'district_code'],
  ['registration', 'centre_district_code'],
  ['conviction', 'district_code'],
  ['dispute', 'district_code'],
  ['legal_hold', 'district_code'],
];
/** As Migration20261207700000's READERS: which roles' work reads each table. */
const READERS: Record<string, string[]> = {
  citizen: ['WELFARE_OFFICER', 'REGISTRATION_CENTRE', 'LAW_ENFORCEMENT'],
  household: ['WELFARE_ANALYST', 'WELFARE_OFFICER', 'REGISTRATION_CENTRE', 'SMS_GATEWAY', 'EDUCATION'],
  registration: ['WELFARE_OFFICER', 'REGISTRATION_CENTRE'],
  conviction: ['LAW_ENFORCEMENT'],
  dispute: ['LAW_ENFORCEMENT', 'WELFARE_OFFICER', 'REGISTRATION_CENTRE', 'SMS_GATEWAY'],
  legal_hold: ['LAW_ENFORCEMENT', 'REGISTRATION_CENTRE'],
};

function policy(table: string, column: string, estimable: boolean): string {
  const roles = [...READERS[table], 'SYSTEM', 'OWNER'].map((r) => `'${r}'`).join(', ');
  const extra = table === 'citizen' ? ' or exists (select 1 from offender_watch w where w.citizen_id = citizen.id)' : '';
  const [visible, reader] = estimable
    ? [
        `((select '*' = any(app_visible())) or ${column}::text = any((select app_visible())::text[]))`,
        `(select (app_scope()->>'r') in (${roles}))`,
      ]
    : [`(select app_visible()) && array['*', ${column}::text]`, `(select app_scope()->>'r') in (${roles})`];
  return `create policy ${table}_in_jurisdiction on "${table}" for all
    using (${visible} and (${reader}${extra}))
    with check (${visible} and ${reader});`;
}

export class Migration20261207830000 extends Migration {
  override async up(): Promise<void> {
    for (const [table, column] of DISTRICT_TABLES) {
      this.addSql(`drop policy if exists ${table}_in_jurisdiction on "${table}";`);
      this.addSql(policy(table, column, true));
    }
  }

  override async down(): Promise<void> {
    for (const [table, column] of DISTRICT_TABLES) {
      this.addSql(`drop policy if exists ${table}_in_jurisdiction on "${table}";`);
      this.addSql(policy(table, column, false));
    }
  }
}
