import { Migration } from '@mikro-orm/migrations';

const sameAsParent = (table: string, parent: string, key: string) => [
  `alter table "${table}" enable row level security;`,
  `create policy ${table}_in_jurisdiction on "${table}" for all
     using (exists (select 1 from "${parent}" p where p.id = ${key}))
     with check (exists (select 1 from "${parent}" p where p.id = ${key}));`,
];

const byDistrict = (table: string, column: string) => [
  `alter table "${table}" enable row level security;`,
  `create policy ${table}_in_jurisdiction on "${table}" for all
     using (app_in_jurisdiction(${column})) with check (app_in_jurisdiction(${column}));`,
];

/**
 * Row-level security for the registers (see Migration20261124234000 for the scheme). Parents are scoped by district;
 * children by their parent, whose own policy then applies inside the subquery.
 */
export class Migration20261125002600 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create function app_in_jurisdiction(district_code text) returns boolean
      language sql stable as $$
        select current_setting('app.jurisdiction', true) = 'NATIONAL'
            or district_code = any(string_to_array(current_setting('app.jurisdiction', true), ','))
      $$;`);
    for (const sql of [
      ...byDistrict('household', 'district_code'),
      ...sameAsParent('household_member', 'household', 'household_id'),
      ...sameAsParent('survey', 'household', 'household_id'),
      ...sameAsParent('data_quality_flag', 'household', 'household_id'),
      ...byDistrict('registration', 'centre_district_code'),
      ...sameAsParent('registration_event', 'registration', 'registration_id'),
      ...byDistrict('conviction', 'district_code'),
      ...sameAsParent('conviction_event', 'conviction', 'conviction_id'),
    ]) {
      this.addSql(sql);
    }
  }
}
