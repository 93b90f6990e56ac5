import { Client } from 'pg';
import { createTestDatabase } from './helpers/databases';

/**
 * The step past one primary (docs/scaling.md) distributes the tables with Citus in co-location groups. What that
 * needs of the schema is held here, so that no change made meanwhile makes the step harder: every table of a
 * distributed group carries its group's distribution column, not null; and no foreign key crosses from one group to
 * another except the few listed (docs/scaling.md says what each becomes). References to reference tables (small,
 * copied to every node) are always fine. Tables not listed here are not checked: a feature adding one should list it.
 */
type Group = 'reference' | 'household' | 'citizen' | 'registration' | 'audit' | 'client' | 'coordinator';

const GROUPS: Record<string, { group: Group; key?: string }> = {
  province: { group: 'reference' },
  district: { group: 'reference' },
  scorecard_model: { group: 'reference' },
  programme_rule: { group: 'reference' },
  api_client: { group: 'reference' },
  api_key: { group: 'reference' },
  household: { group: 'household', key: 'id' },
  household_member: { group: 'household', key: 'household_id' },
  survey: { group: 'household', key: 'household_id' },
  poverty_score: { group: 'household', key: 'household_id' },
  data_quality_flag: { group: 'household', key: 'household_id' },
  citizen: { group: 'citizen', key: 'cnic' },
  conviction: { group: 'citizen' },
  conviction_event: { group: 'citizen' },
  offender_watch: { group: 'citizen' },
  webhook_delivery: { group: 'citizen' },
  registration: { group: 'registration', key: 'id' },
  registration_event: { group: 'registration', key: 'registration_id' },
  audit_event: { group: 'audit' },
  lookup_tally: { group: 'client', key: 'client_id' },
  lookup_subject: { group: 'client', key: 'client_id' },
  security_alert: { group: 'client', key: 'client_id' },
  rate_bucket: { group: 'coordinator' },
  rescore_job: { group: 'coordinator' },
  rescore_slice: { group: 'coordinator' },
  mikro_orm_migrations: { group: 'coordinator' },
};

/** Foreign keys that cross groups today; each is a change to make before distributing (docs/scaling.md, "First"). */
const KNOWN_CROSSINGS = ['survey(registration_id) -> registration(id)', 'registration(household_id) -> household(id)'];

interface ForeignKey {
  from: string;
  columns: string[];
  to: string;
  refColumns: string[];
}

describe('the schema stays distributable (docs/scaling.md)', () => {
  let keys: ForeignKey[];
  let columns: { table: string; column: string; nullable: boolean }[];
  let tables: string[];

  beforeAll(async () => {
    const db = await createTestDatabase();
    const client = new Client({ connectionString: db.url });
    await client.connect();
    try {
      keys = (
        await client.query<ForeignKey>(`
          select c.conrelid::regclass::text as "from", c.confrelid::regclass::text as "to",
            array(select a.attname::text from unnest(c.conkey) with ordinality k(n, i) join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n order by k.i) as columns,
            array(select a.attname::text from unnest(c.confkey) with ordinality k(n, i) join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.n order by k.i) as "refColumns"
          from pg_constraint c where c.contype = 'f' and c.connamespace = 'public'::regnamespace`)
      ).rows;
      columns = (
        await client.query<{ table: string; column: string; nullable: boolean }>(
          `select table_name as table, column_name as column, is_nullable = 'YES' as nullable from information_schema.columns where table_schema = 'public'`,
        )
      ).rows;
      tables = (await client.query<{ t: string }>(`select tablename as t from pg_tables where schemaname = 'public'`)).rows.map((r) => r.t);
    } finally {
      await client.end();
      await db.drop();
    }
  });

  it('every table of a distributed group carries its distribution column, never null', () => {
    const missing = Object.entries(GROUPS)
      .filter(([table, g]) => g.key && tables.includes(table))
      .filter(([table, g]) => !columns.some((c) => c.table === table && c.column === g.key && !c.nullable))
      .map(([table, g]) => `${table}.${g.key}`);
    expect(missing).toEqual([]);
  });

  it('no foreign key crosses co-location groups, except the known ones', () => {
    const crossing = keys
      .filter((k) => GROUPS[k.from] && GROUPS[k.to])
      .filter((k) => GROUPS[k.to].group !== 'reference' && GROUPS[k.from].group !== GROUPS[k.to].group)
      .map((k) => `${k.from}(${k.columns.join(', ')}) -> ${k.to}(${k.refColumns.join(', ')})`)
      .sort();
    expect(crossing).toEqual([...KNOWN_CROSSINGS].sort());
  });

  it('no reference table points into a distributed group', () => {
    const wrong = keys.filter((k) => GROUPS[k.from]?.group === 'reference' && GROUPS[k.to] && GROUPS[k.to].group !== 'reference');
    expect(wrong).toEqual([]);
  });
});
