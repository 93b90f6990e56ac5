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
/**
 * Tables that are in a jurisdiction through their parent's row, and the column that names it. Their policies were
 * `exists (select 1 from <parent> where id = <column>)`, which the planner may turn into a hash of every visible
 * parent row: fetching the 463 members of a page of 100 households hashed all 100,000 households (35-80 ms). With
 * `offset 0` the test stays a probe of the parent's primary key per row (1.6 ms for that page); a scan of a whole
 * child table pays a probe per row instead of one hash (a count of 512,000 members: 0.7 s), which only the owner's
 * tools and the system's workers do.
 */
const CHILD_TABLES: [string, string, string][] = [
  ['household_member', 'household_id', 'household'],
  ['survey', 'household_id', 'household'],
  ['data_quality_flag', 'household_id', 'household'],
  ['poverty_score', 'household_id', 'household'],
  ['registration_event', 'registration_id', 'registration'],
  ['conviction_event', 'conviction_id', 'conviction'],
  ['dispute_event', 'dispute_id', 'dispute'],
  ['dispute_change', 'dispute_id', 'dispute'],
  ['citizen_mobile_number', 'citizen_id', 'citizen'],
];

function childPolicy(table: string, column: string, parent: string, probe: boolean): string {
  const test = `exists (select 1 from "${parent}" p where p.id = "${table}".${column}${probe ? ' offset 0' : ''})`;
  return `create policy ${table}_in_jurisdiction on "${table}" for all using (${test}) with check (${test});`;
}

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
    for (const [table, column, parent] of CHILD_TABLES) {
      this.addSql(`drop policy if exists ${table}_in_jurisdiction on "${table}";`);
      this.addSql(childPolicy(table, column, parent, true));
    }
  }

  override async down(): Promise<void> {
    for (const [table, column] of DISTRICT_TABLES) {
      this.addSql(`drop policy if exists ${table}_in_jurisdiction on "${table}";`);
      this.addSql(policy(table, column, false));
    }
    for (const [table, column, parent] of CHILD_TABLES) {
      this.addSql(`drop policy if exists ${table}_in_jurisdiction on "${table}";`);
      this.addSql(childPolicy(table, column, parent, false));
    }
  }
}
