import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { Client } from 'pg';
import { startTestApp, type TestApp } from './helpers/app';
import { createTestDatabase, adminQuery, testServer, withDatabase } from './helpers/databases';
import { seedSandbox, type SandboxSeed } from '../src/sandbox/sandbox.seed';
import { Family, familyCnics, FAMILY_SIZE, SANDBOX_KEYS } from '../src/sandbox/families';
import { resetSandboxDatabase, SandboxRefusal, SANDBOX_MARK } from '../src/sandbox/sandbox-database';
import { ConfigError, loadConfig } from '../src/config';
import { createServer } from '../src/app/server';
import { createLogger } from '../src/logger';
import { Role } from '../src/auth/role';

const README = fs.readFileSync(path.resolve(__dirname, '../docs/integrators.md'), 'utf8');
const section = README.slice(README.indexOf('### Sandbox'), README.indexOf('## Conventions'));

/** The rows of the markdown table whose header starts with `| first |`. */
function table(first: string): string[][] {
  const lines = section.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`| ${first} |`));
  expect(start).toBeGreaterThan(-1);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(line.slice(1, -1).split(' | ').map((c) => c.trim()));
  }
  return rows;
}

/** `` `a: X`, `b: [P, Q]`, `c: "text"` `` → { a: 'X', b: ['P', 'Q'], c: 'text' }. */
function answer(cell: string): Record<string, unknown> {
  const pairs = [...cell.matchAll(/`([\w.-]+): ((?:[^`])*)`/g)];
  return Object.fromEntries(pairs.map(([, key, raw]) => [key, value(raw)]));
}

function value(raw: string): unknown {
  if (raw.startsWith('"')) return JSON.parse(raw);
  if (raw.startsWith('[')) {
    const inner = raw.slice(1, -1).trim();
    return inner ? inner.split(',').map((v) => v.trim()) : [];
  }
  if (raw === 'true' || raw === 'false' || raw === 'null') return JSON.parse(raw);
  if (/^-?\d+(\.\d+)?$/.test(raw)) return Number(raw);
  return raw;
}

/** The CNIC of a pattern such as `35202-99940NN-2` (x: any gender digit). */
function cnicOf(pattern: string, nn: string, anyDigit: string): string {
  return pattern.replace('NN', nn).replace(/x$/, anyDigit);
}

const STANDARD = 'name: "Sandbox Person", fatherName: "Sandbox Father", dateOfBirth: "1990-01-01"';
const DECLARATION = 'purpose: EMPLOYMENT_SCREENING, consentRef: "TEST-1"';

/** The request of each `ask`, exactly as the README's request table says. */
function request(ask: string, cnic: string): { role: Role; query: string; field: string } {
  const name = /with `name: ("[^"]+")`/.exec(ask)?.[1];
  const identity = name ? STANDARD.replace('"Sandbox Person"', name) : STANDARD;
  const op = /^`([^`]+)`/.exec(ask)![1];
  switch (op) {
    case 'verifyOffender':
      return { role: Role.EMPLOYER, field: op, query: `{ verifyOffender(input: {cnic: "${cnic}", ${identity}, ${DECLARATION}}) { result grade } }` };
    case 'matchIdentity':
      return { role: Role.EMPLOYER, field: op, query: `{ matchIdentity(input: {cnic: "${cnic}", ${identity}, ${DECLARATION}}) { grade matchedFields } }` };
    case 'surveyStatus':
      return { role: Role.WELFARE_OFFICER, field: op, query: `{ surveyStatus(cnic: "${cnic}") { status messageRomanUrdu } }` };
    case 'eligibility(BENAZIR_KAFAALAT)':
      return {
        role: Role.WELFARE_OFFICER,
        field: 'eligibility',
        query: `{ eligibility(input: {cnic: "${cnic}", programme: BENAZIR_KAFAALAT, purpose: WELFARE_ADMINISTRATION}) { eligible reasons band score surveyDate } }`,
      };
    case 'eligibility(HEC_NEED_BASED_SCHOLARSHIP)':
      return {
        role: Role.EDUCATION,
        field: 'eligibility',
        query: `{ eligibility(input: {cnic: "${cnic}", programme: HEC_NEED_BASED_SCHOLARSHIP, purpose: ADMISSIONS, consentRef: "TEST-1"}) { eligible reasons } }`,
      };
    case 'registration(SBX0-99FF-NN)': {
      const digits = cnic.replace(/-/g, '');
      const trackingId = `SBX0-99${digits.slice(8, 10)}-${digits.slice(10, 12)}`;
      return { role: Role.REGISTRATION_CENTRE, field: 'registration', query: `{ registration(trackingId: "${trackingId}") { status } }` };
    }
    default:
      throw new Error(`The README's sandbox table asks \`${op}\`, which this test does not know.`);
  }
}

describe('sandbox', () => {
  let app: TestApp;
  let seeded: SandboxSeed;
  beforeAll(async () => {
    app = await startTestApp({ env: { SANDBOX: 'true' } });
    seeded = await seedSandbox(app.ownerOrm.em.fork());
  }, 120_000);
  afterAll(() => app.close());

  it('seeds every CNIC of every data family, and nobody in the NOBODY and RATE_LIMITED families', async () => {
    const counts = await app.sql<{ family: string; n: string }>(
      `select substr(cnic, 9, 2) as family, count(*) as n from citizen where cnic like '35202999%' group by 1 order by 1`,
    );
    const seededFamilies = Object.values(Family).filter((f) => f !== Family.NOBODY && f !== Family.RATE_LIMITED);
    expect(counts.map((c) => [c.family, Number(c.n)])).toEqual(seededFamilies.sort().map((f) => [f, FAMILY_SIZE]));
    expect(seeded).toEqual({ citizens: seededFamilies.length * FAMILY_SIZE, households: 300, keys: SANDBOX_KEYS });
    const [{ n }] = await app.sql<{ n: string }>(
      `select count(*) as n from conviction c join citizen p on p.id = c.citizen_id where p.cnic like '3520299910%' and c.status = 'ACTIVE'`,
    );
    expect(Number(n)).toBe(FAMILY_SIZE);
    expect(familyCnics(Family.ELIGIBLE)[7]).toBe('3520299940072');
  });

  it('the README lists every published key, and each authenticates as its role', async () => {
    const rows = table('role');
    expect(Object.fromEntries(rows.map(([role, key]) => [role, key.replace(/`/g, '')]))).toEqual(SANDBOX_KEYS);
    for (const [role, key] of Object.entries(SANDBOX_KEYS)) {
      const [client] = await app.sql<{ role: string; jurisdiction: string }>(
        `select c.role, c.jurisdiction from api_key k join api_client c on c.id = k.client_id where k.prefix = ?`,
        [key.split('_')[1]],
      );
      expect({ role, client }).toEqual({ role, client: { role, jurisdiction: 'NATIONAL' } });
    }
    const res = await app.gql('{ surveyStatus(cnic: "35202-1234567-1") { status } }', undefined, `ApiKey ${SANDBOX_KEYS.WELFARE_OFFICER}`);
    expect(res.body.data).toEqual({ surveyStatus: { status: 'ELIGIBLE' } }); // the demo people are there too
  });

  const rows = table('CNICs');
  it('the README table has a row for every family', () => {
    const families = new Set(rows.map(([pattern]) => pattern.replace(/`/g, '').slice(9, 11)));
    expect([...families].sort()).toEqual(Object.values(Family).sort());
  });

  it.each(rows.map((row, i) => [i + 1, row[0], row[2], row]))('row %i: %s, %s', async (_i, _pattern, _ask, row) => {
    const [patternCell, , ask, answerCell] = row as string[];
    const pattern = patternCell.replace(/`/g, '');
    const expected = answer(answerCell);
    expect(Object.keys(expected).length).toBeGreaterThan(0);
    for (const [nn, digit] of [['00', '1'], ['37', '8'], ['99', '9']]) {
      const cnic = cnicOf(pattern, nn, digit);
      const { role, query, field } = request(ask, cnic);
      const res = await app.gql(query, undefined, `ApiKey ${SANDBOX_KEYS[role]}`);
      let actual: Record<string, unknown>;
      if ('HTTP' in expected) {
        const error = res.body.errors?.[0];
        actual = {
          HTTP: res.status,
          'Retry-After': res.headers.get('retry-after'),
          code: error?.extensions.code,
          retryAfterSeconds: error?.extensions.retryAfterSeconds,
          data: res.body.data ?? null,
        };
        expect((res.body.extensions?.cost as { remaining: number }).remaining).toBe(0);
      } else {
        expect({ cnic, errors: res.body.errors }).toEqual({ cnic, errors: undefined });
        const data = (res.body.data as Record<string, Record<string, unknown>>)[field];
        actual = Object.fromEntries(Object.keys(expected).map((k) => [k, data[k]]));
      }
      expect({ cnic, ask, answer: actual }).toEqual({ cnic, ask, answer: expected });
    }
  });

  it('the rate-limited family is refused exactly as a spent budget is', async () => {
    const employer = SANDBOX_KEYS.EMPLOYER;
    const audited = async () =>
      Number((await app.sql<{ n: string }>(`select count(*) as n from audit_event where client_name = 'Sandbox EMPLOYER'`))[0].n);
    const before = await audited();
    const spent = await app.key(Role.EMPLOYER, { budgetPerMinute: 1 });
    const check = (cnic: string) =>
      `{ verifyOffender(input: {cnic: "${cnic}", purpose: EMPLOYMENT_SCREENING, consentRef: "T"}) { result } }`;
    await app.gql(check('35202-1234567-1'), undefined, spent);
    const real = await app.gql(check('35202-1234567-1'), undefined, spent);
    const sandbox = await app.gql(check('35202-9999012-3'), undefined, `ApiKey ${employer}`);
    for (const res of [real, sandbox]) {
      expect(res.status).toBe(429);
      // A lone check is charged in its own statement, so a spent budget answers `data: null`; the sandbox refuses
      // before execution, with no `data`. Both mean the same to a client: nothing was answered.
      expect(res.body.data ?? null).toBeNull();
      expect(res.body.errors).toHaveLength(1);
      expect(res.body.errors![0].message).toMatch(/^Your client's query budget is spent; retry in \d+ s\. Budgets refill continuously\.$/);
      expect(Object.keys(res.body.errors![0].extensions).sort()).toEqual(['code', 'requestId', 'retryAfterSeconds']);
      expect(res.headers.get('retry-after')).toBe(String(res.body.errors![0].extensions.retryAfterSeconds));
      expect(Object.keys(res.body.extensions!.cost as object).sort()).toEqual(['limit', 'remaining', 'requested', 'resetAt']);
    }
    // In variables and in a bulk check too, and with a bigger cost a longer wait.
    const bulk = await app.gql(
      'query($inputs: [OffenderCheckInput!]!) { verifyOffenders(inputs: $inputs) { result } }',
      { inputs: Array.from({ length: 1000 }, (_, i) => ({ cnic: i === 500 ? '3520299990991' : '3520212345671', purpose: 'EMPLOYMENT_SCREENING', consentRef: 'T' })) },
      `ApiKey ${employer}`,
    );
    expect(bulk.status).toBe(429);
    expect(bulk.body.errors![0].extensions.retryAfterSeconds).toBe(Math.ceil(1001 / (20_000 / 60)));
    // Written as people write it (the Cnic scalar accepts Urdu digits and spaces): still the rate-limited family.
    for (const written of ['۳۵۲۰۲-۹۹۹۹۰۱۲-۳', '35202 9999012 3']) {
      expect((await app.gql(check(written), undefined, `ApiKey ${employer}`)).status).toBe(429);
    }
    // Nothing ran: no audit row for the refused checks.
    expect(await audited()).toBe(before);
  });
});

describe('the rate-limited mode is never on in production', () => {
  it('outside sandbox mode, the family answers as any CNIC does', async () => {
    const app = await startTestApp({ demoData: false });
    try {
      expect(app.config.sandbox).toBe(false);
      const key = await app.key(Role.EMPLOYER);
      const res = await app.gql('{ verifyOffender(input: {cnic: "35202-9999012-3", purpose: EMPLOYMENT_SCREENING, consentRef: "T"}) { result } }', undefined, key);
      expect(res.status).toBe(200);
      expect(res.body.data).toEqual({ verifyOffender: { result: 'NO_RECORD' } });
    } finally {
      await app.close();
    }
  });

  it('SANDBOX=true with NODE_ENV=production is a configuration error', () => {
    const production = { NODE_ENV: 'production', DATABASE_URL: 'postgres://x@127.0.0.1/x', CNIC_HMAC_KEY: 'k'.repeat(32) };
    expect(loadConfig(production).sandbox).toBe(false);
    expect(() => loadConfig({ ...production, SANDBOX: 'true' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...production, SANDBOX: 'true' })).toThrow(/SANDBOX cannot be enabled with NODE_ENV=production/);
  });

  it('the server refuses to start with sandbox mode in production, however the configuration was made', async () => {
    const production = loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://x@127.0.0.1/x', CNIC_HMAC_KEY: 'k'.repeat(32) });
    // Refused before anything touches the ORM.
    await expect(createServer({} as never, { ...production, sandbox: true }, createLogger('silent', true))).rejects.toThrow(
      'Sandbox mode cannot be enabled in production (NODE_ENV=production).',
    );
  });

  it('npm run sandbox refuses NODE_ENV=production', () => {
    const cli = path.resolve(__dirname, '../dist/src/cli/sandbox.js');
    expect(fs.existsSync(cli)).toBe(true); // npm test builds first
    const run = spawnSync(process.execPath, [cli], {
      env: { PATH: process.env.PATH!, HOME: os.tmpdir(), NODE_ENV: 'production', SANDBOX_DATA_DIR: path.join(os.tmpdir(), 'never-created') },
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('The sandbox refuses to start with NODE_ENV=production: it publishes its API keys and resets its database.\n');
    expect(fs.existsSync(path.join(os.tmpdir(), 'never-created'))).toBe(false);
  });
});

describe('the sandbox resets only a database that is empty or its own', () => {
  it('refuses a database with tables and no sandbox mark; resets an empty or marked one', async () => {
    const used = await createTestDatabase(); // migrated: tables, no mark
    try {
      await expect(resetSandboxDatabase(used.url)).rejects.toThrow(SandboxRefusal);
      const client = new Client({ connectionString: used.url });
      await client.connect();
      const tables = async () => Number((await client.query(`select count(*) as n from pg_tables where schemaname = 'public'`)).rows[0].n);
      expect(await tables()).toBeGreaterThan(0); // untouched
      const name = new URL(used.url).pathname.slice(1);
      await client.query(`comment on database ${name} is '${SANDBOX_MARK}'`);
      await resetSandboxDatabase(used.url);
      expect(await tables()).toBe(0);
      await client.end();
    } finally {
      await used.drop();
    }
    const name = `tasdeeq_t_empty_${process.pid}`;
    await adminQuery(`create database ${name}`);
    try {
      const url = withDatabase(testServer().adminUrl, name);
      await resetSandboxDatabase(url);
      const client = new Client({ connectionString: url });
      await client.connect();
      const mark = await client.query(`select shobj_description(oid, 'pg_database') as mark from pg_database where datname = current_database()`);
      await client.end();
      expect(mark.rows[0].mark).toBe(SANDBOX_MARK);
    } finally {
      await adminQuery(`drop database if exists ${name} with (force)`);
    }
  });
});
