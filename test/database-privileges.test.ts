import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { startTestApp, type TestApp } from './helpers/app';
import { appLoginUrl } from '../src/app/database';
import { APP_GRANTS } from '../migrations/Migration20261207700000';
import { RESCORE_SLICE_GRANTS } from '../migrations/Migration20261208100000';
import { DisclosurePolicy, Role } from '../src/auth/role';
import { NATIONAL, type Jurisdiction } from '../src/jurisdictions/jurisdiction';
import { Province } from '../src/jurisdictions/province';
import type { Viewer } from '../src/auth/viewer';
import { inScope } from './helpers/app-role';

/**
 * The audit's escapes, tried as an attacker who can run any SQL as the API's own login (tasdeeq_app), with no GraphQL
 * in between. Each must fail: the database does not trust the application.
 */
describe('the database does not trust the application (SQL as tasdeeq_app)', () => {
  let app: TestApp;
  let sql: Client;
  let punjab: string[];

  const viewer = (role: Role, jurisdiction: Jurisdiction = NATIONAL, clientId: string | null = randomUUID()): Viewer => ({
    actorKind: 'API_KEY',
    actorId: 'attacker',
    clientId,
    clientName: `${role} test`,
    role,
    jurisdiction,
    disclosure: DisclosurePolicy.MATCH_ONLY,
    budgetPerMinute: 60,
  });
  const sealFor = (role: Role, districts: string[] | null, clientId?: string | null) =>
    app.seal(viewer(role, NATIONAL, clientId === undefined ? randomUUID() : clientId), districts);
  const count = async (query: string, params: unknown[] = []) => Number((await sql.query(query, params)).rows[0].n);
  const citizens = () => count('select count(*) n from citizen');
  const scoped = <T>(token: string, fn: () => Promise<T>): Promise<T> => inScope(sql, token, fn);

  beforeAll(async () => {
    app = await startTestApp();
    sql = new Client({ connectionString: appLoginUrl(app.config.databaseUrl!, app.config) });
    await sql.connect();
    punjab = app.server.kernel.reference.districtsOf(Province.PUNJAB).map((d) => d.code);
  });
  afterAll(async () => {
    await sql.end();
    await app.close();
  });

  it('logs in as tasdeeq_app: no superuser, not the owner, no member of the owner, no BYPASSRLS', async () => {
    const { rows } = await sql.query(
      `select current_user as me, r.rolsuper, r.rolbypassrls, r.rolcreaterole,
         pg_has_role(current_user, app_owner_name.name, 'MEMBER') as owner_member
       from pg_roles r, (select tableowner as name from pg_tables where tablename = 'citizen') app_owner_name
       where r.rolname = current_user`,
    );
    expect(rows[0]).toEqual({ me: 'tasdeeq_app', rolsuper: false, rolbypassrls: false, rolcreaterole: false, owner_member: false });
  });

  it('RESET ROLE and SET ROLE lead nowhere: still nobody visible, the owner out of reach', async () => {
    await sql.query('reset role');
    expect(await citizens()).toBe(0);
    const owner = (await sql.query("select tableowner from pg_tables where tablename = 'citizen'")).rows[0].tableowner as string;
    await expect(sql.query(`set role ${owner}`)).rejects.toThrow(/permission denied to set role/);
    await expect(sql.query('set session authorization postgres')).rejects.toThrow(/permission denied/);
  });

  it('the old setting widens nothing, and a forged scope is no scope', async () => {
    expect(await citizens()).toBe(0);
    await sql.query("select set_config('app.jurisdiction', 'NATIONAL', false)");
    expect(await citizens()).toBe(0);
    const forged = `${'0'.repeat(64)}:${JSON.stringify({ k: 'API_KEY', i: 'x', c: null, n: 'x', r: 'LAW_ENFORCEMENT', d: null, q: 'x', b: 1, e: 4e9 })}`;
    expect(await scoped(forged, citizens)).toBe(0);
    // A real seal with its payload edited (national instead of Punjab) fails the same way.
    const real = sealFor(Role.WELFARE_OFFICER, punjab);
    const edited = real.replace(/"d":\[[^\]]*\]/, '"d":null');
    expect(await scoped(edited, citizens)).toBe(0);
    // An expired seal too.
    const expired = app.sealer.seal({ k: 'API_KEY', i: 'x', c: null, n: 'x', r: 'WELFARE_OFFICER', d: null, q: 'x', b: 1 }, Date.now() - 3_600_000);
    expect(await scoped(expired, citizens)).toBe(0);
  });

  it('a genuine scope sees its jurisdiction, for the roles whose work reads the table, and no more', async () => {
    const punjabCitizens = await app.sql<{ n: string }>(
      "select count(*) n from citizen c join district d on d.code = c.district_code where d.province = 'PUNJAB'",
    );
    expect(await scoped(sealFor(Role.WELFARE_OFFICER, punjab), citizens)).toBe(Number(punjabCitizens[0].n));
    // An employer's scope is national (it may check anyone) but identity records are not its to read.
    expect(await scoped(sealFor(Role.EMPLOYER, null), citizens)).toBe(0);
    expect(await scoped(sealFor(Role.WELFARE_OFFICER, null), () => count('select count(*) n from conviction'))).toBe(0);
    expect(await scoped(sealFor(Role.LAW_ENFORCEMENT, null), () => count('select count(*) n from conviction'))).toBeGreaterThan(0);
    expect(await scoped(sealFor(Role.EMPLOYER, null), () => count('select count(*) n from household_member'))).toBe(0);
  });

  it('offender_check refuses a forged scope, and under a real one writes audit rows only in that scope\'s name', async () => {
    const input = JSON.stringify([
      { ord: 0, check_id: randomUUID(), cnic: '3520287654321', subject_hash: 'h', purpose: 'EMPLOYMENT_SCREENING', consent_ref: null, valid: true },
    ]);
    const forged = `${'0'.repeat(64)}:${JSON.stringify({ k: 'API_KEY', i: 'x', c: null, n: 'Someone else', r: 'EMPLOYER', d: null, q: 'x', b: 1, e: 4e9 })}`;
    await expect(sql.query('select * from offender_check($1, $2::jsonb)', [forged, input])).rejects.toThrow(/no valid scope/);
    const clientId = randomUUID();
    const token = sealFor(Role.EMPLOYER, punjab, clientId);
    const { rows } = await sql.query('select * from offender_check($1, $2::jsonb)', [token, input]);
    // The identity record comes back sealed for the server alone: no name, father or date of birth in the clear.
    expect(rows[0].active_districts).toEqual(['PK617']);
    const { identity, ...rest } = rows[0] as { identity: string } & Record<string, unknown>;
    expect(Object.keys(rest).sort()).toEqual(['active_districts', 'checked_at', 'citizen_id', 'data_as_of', 'ord']);
    expect(identity).toMatch(/^[A-Za-z0-9+/=\n]+$/);
    expect(Buffer.from(identity, 'base64').toString('latin1')).not.toMatch(/Rashid|3520287654321|19\d\d-/);
    expect(app.sealer.openSealed<{ cnic: string }>(identity).cnic).toBe('3520287654321');
    const [audit] = await app.sql<{ client_id: string; client_name: string; role: string }>(
      "select client_id, client_name, role from audit_event where request_id = 'test-request' and action = 'offender.check' order by occurred_at desc limit 1",
    );
    expect(audit).toEqual({ client_id: clientId, client_name: 'EMPLOYER test', role: 'EMPLOYER' });
  });

  it('cannot write audit rows itself, nor in another\'s name through the function', async () => {
    await expect(
      sql.query(
        `insert into audit_event (id, actor_kind, actor_id, client_name, role, action, request_id, outcome)
         values (gen_random_uuid(), 'API_KEY', 'x', 'Someone else', 'AUDITOR', 'forged', 'x', 'SUCCESS')`,
      ),
    ).rejects.toThrow(/permission denied for table audit_event/);
    await expect(sql.query("select audit_write('[{\"action\":\"forged\",\"outcome\":\"SUCCESS\"}]'::jsonb)")).rejects.toThrow(/no valid scope/);
    const clientId = randomUUID();
    const rows = JSON.stringify([{ action: 'forged.test', outcome: 'SUCCESS', actor_id: 'someone', client_name: 'Someone else', role: 'AUDITOR' }]);
    await sql.query('select audit_write($1::jsonb, $2)', [rows, sealFor(Role.EMPLOYER, null, clientId)]);
    const [written] = await app.sql<{ client_id: string; client_name: string; role: string; actor_id: string }>(
      "select client_id, client_name, role, actor_id from audit_event where action = 'forged.test'",
    );
    expect(written).toEqual({ client_id: clientId, client_name: 'EMPLOYER test', role: 'EMPLOYER', actor_id: 'attacker' });
    // Nor read it: the audit log is the auditor's.
    expect(await scoped(sealFor(Role.EMPLOYER, null), () => count('select count(*) n from audit_event'))).toBe(0);
  });

  it.each([
    ['promote a client', "update api_client set role = 'LAW_ENFORCEMENT', disclosure = 'FULL', jurisdiction = 'NATIONAL'", /permission denied for table api_client/],
    ['add a client', "insert into api_client (id, name, role, jurisdiction, disclosure) values (gen_random_uuid(), 'x', 'ADMIN', 'NATIONAL', 'FULL')", /permission denied for table api_client/],
    ['read the keys', 'select * from api_key', /permission denied for table api_key/],
    ['lift a suspension', 'update api_client set suspended_at = null', /permission denied for table api_client/],
    ['refill a budget', "update rate_bucket set tokens = 1e9", /permission denied for table rate_bucket/],
    ['forget the tally', 'delete from lookup_tally', /permission denied for table lookup_tally/],
    ['read the seal key', 'select * from app_secret', /permission denied for table app_secret/],
    ['seal a scope', `select app_seal('{"r":"SYSTEM","d":null}'::jsonb)`, /permission denied for function app_seal/],
    ['seal an identity', `select app_sealed_identity('{}'::jsonb)`, /permission denied for function app_sealed_identity/],
    // The internals of the one-statement check take a scope already verified: the API never calls them.
    ['charge a budget with a scope of its own making', `select * from app_bucket_take('client:x', 1e9, 1, 1e9)`, /permission denied for function app_bucket_take/],
    ['tally as another client', `select * from app_guard_tally('{"c":"00000000-0000-0000-0000-000000000000","r":"EMPLOYER"}'::jsonb, current_date, '[]'::jsonb, false, 1, 1, 1, 1, 1, null)`, /permission denied for function app_guard_tally/],
    ['audit a check in another\'s name', `select * from app_check_rows('{"r":"SYSTEM"}'::jsonb, '[]'::jsonb)`, /permission denied for function app_check_rows/],
    ['switch row-level security off', 'alter table citizen no force row level security', /must be owner of table citizen/],
    ['create a table', 'create table attacker (id int)', /permission denied for schema/],
    ['rewrite audit history', "update audit_event set outcome = 'SUCCESS'", /permission denied for table audit_event/],
    // The sliding windows and the guess limit (Migration20261207950000): only the guard's functions touch them.
    ['forget its unknown CNICs', 'delete from unknown_lookup', /permission denied for table unknown_lookup/],
    ['forget the details it tried', 'delete from detail_claim', /permission denied for table detail_claim/],
  ])('may not %s', async (_label, statement, message) => {
    await expect(sql.query(statement)).rejects.toThrow(message);
  });

  it('the budget function charges only the scope\'s own bucket, never negatively', async () => {
    const clientId = randomUUID();
    const token = sealFor(Role.EMPLOYER, null, clientId);
    await expect(sql.query("select * from rate_bucket_charge($1, 'client:someone-else', 60, 1, 1)", [token])).rejects.toThrow(/not this scope's bucket/);
    await expect(sql.query('select * from rate_bucket_charge($1, $2, 60, -100, 1)', [token, `client:${clientId}`])).rejects.toThrow(/never negative/);
    // The capacity is the scope's (60 a minute here), whatever the caller passes.
    const { rows } = await sql.query('select * from rate_bucket_charge($1, $2, 1e9, 1, 1e9)', [token, `client:${clientId}`]);
    expect(rows[0]).toEqual({ tokens: 59, admitted: true });
  });

  it('every table with a policy forces it on its owner, and the app role holds exactly the grants it needs', async () => {
    const unforced = await app.sql<{ relname: string }>(
      `select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where n.nspname = current_schema() and c.relkind in ('r', 'p') and c.relrowsecurity and not c.relforcerowsecurity`,
    );
    expect(unforced).toEqual([]);
    const grants = await app.sql<{ table_name: string; privileges: string }>(
      `select table_name, string_agg(lower(privilege_type), ', ' order by privilege_type) as privileges
       from information_schema.role_table_grants where grantee = 'tasdeeq_app' and table_schema = current_schema()
       group by table_name order by table_name`,
    );
    const expected = Object.entries({ ...APP_GRANTS, ...RESCORE_SLICE_GRANTS })
      .map(([table, privileges]) => ({ table_name: table, privileges: privileges.split(', ').sort().join(', ') }))
      .sort((a, b) => a.table_name.localeCompare(b.table_name));
    expect(grants).toEqual(expected);
  });
  it('the jurisdiction policies let a page of households walk the (created_at, id) index, nationally and for a province', async () => {
    // Planned by estimate: the policy must not look like it keeps a few rows in ten thousand (it did: a page of a
    // registry was a sequential scan and a sort of every household). Asserted by plan, on a registry worth an index.
    await app.sql(
      `insert into household (id, district_code, area, created_at)
       select gen_random_uuid(), case when i % 2 = 0 then 'PK601' else 'PK701' end, 'RURAL', now() - i * interval '1 minute'
       from generate_series(1, 20000) i`,
    );
    await app.sql('analyze household');
    const page = 'explain (format json) select h.* from household h order by h.created_at desc, h.id desc limit 101';
    const nodes = (plan: unknown): string[] => {
      const node = plan as { 'Node Type': string; 'Index Name'?: string; Plans?: unknown[] };
      return [`${node['Node Type']}${node['Index Name'] ? ` ${node['Index Name']}` : ''}`, ...(node.Plans ?? []).flatMap(nodes)];
    };
    for (const districts of [null, punjab]) {
      const plan = await scoped(sealFor(Role.WELFARE_OFFICER, districts), async () => (await sql.query(page)).rows[0]['QUERY PLAN'][0].Plan);
      expect(nodes(plan)).toContain('Index Scan household_created_at_id_index');
      expect(nodes(plan)).not.toContain('Seq Scan');
      // And what the page shows is still the scope's alone.
      const seen = await scoped(sealFor(Role.WELFARE_OFFICER, districts), async () =>
        (await sql.query('select distinct district_code from household h order by 1')).rows.map((r) => r.district_code as string),
      );
      expect(seen.every((d) => districts === null || districts.includes(d))).toBe(true);
      expect(seen).toContain('PK601');
      if (districts) expect(seen).not.toContain('PK701');
    }
  });
});
