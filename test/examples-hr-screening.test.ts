import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { parse } from 'csv-parse/sync';
import { startTestApp, type TestApp } from './helpers/app';
import { Role } from '../src/auth/role';
import { BAD_ROWS, DOCUMENTED_PEOPLE, makePayroll } from '../examples/hr-screening/src/make-payroll';
import { screenPayroll } from '../examples/hr-screening/src/screen';
import { RESULT_COLUMNS } from '../examples/hr-screening/src/results';
import { TasdeeqClient } from '../examples/hr-screening/src/tasdeeq-client';
import { seedSandbox } from '../src/sandbox/sandbox.seed';
import { SANDBOX_KEYS } from '../src/sandbox/families';

const EXAMPLE = path.resolve(__dirname, '../examples/hr-screening');
const TS_NODE = path.resolve(__dirname, '../node_modules/ts-node/dist/bin.js');

type Result = Record<(typeof RESULT_COLUMNS)[number], string>;
const readResults = (file: string): Result[] => parse(fs.readFileSync(file, 'utf8'), { columns: true });
const lines = (file: string) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n').length - 1 : 0);

describe('examples/hr-screening', () => {
  let app: TestApp;
  let dir: string;

  beforeAll(async () => {
    // Stricter than the sandbox the README runs it against (below): the README's `npm start` variant, with the
    // not-found-share detector set to fire only when every lookup finds nobody and the other detectors at their
    // production thresholds, except the odd-hour one (the README says why), so the suite passes whatever the hour.
    app = await startTestApp({
      env: { ENUMERATION_NOT_FOUND_SHARE: '1', ENUMERATION_NOT_FOUND_MIN_LOOKUPS: '50', ENUMERATION_SEQUENTIAL_MAX: '25' },
    });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hr-screening-'));
  });
  afterAll(async () => {
    await app.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('screens 10,000 rows, killed (SIGKILL) mid-run and resumed: every row answered exactly once, in order', async () => {
    // The key as the README creates it: EMPLOYER's default budget (20,000 points a minute), a daily cap over the payroll.
    const key = await app.key(Role.EMPLOYER, { name: 'Payroll screening', budgetPerMinute: 20_000, dailyDistinctCap: 20_000 });
    const payroll = path.join(dir, 'payroll.csv');
    const out = path.join(dir, 'results.csv');
    fs.writeFileSync(payroll, makePayroll(10_000));

    const child = spawn(process.execPath, [TS_NODE, '--transpile-only', '-P', path.join(EXAMPLE, 'tsconfig.json'), path.join(EXAMPLE, 'src/screen.cli.ts'), payroll, '--out', out], {
      env: { ...process.env, TASDEEQ_KEY: key, TASDEEQ_URL: `${app.url}/graphql` },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const deadline = Date.now() + 60_000;
    while (lines(out) < 2001 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    child.kill('SIGKILL');
    await exited;
    const answeredBeforeKill = lines(out) - 1;
    expect({ answeredBeforeKill: answeredBeforeKill >= 2000 && answeredBeforeKill < 10_000, stderr }).toEqual({ answeredBeforeKill: true, stderr: '' });
    // A write torn by a crash: a partial last line, which the resume must cut off.
    fs.appendFileSync(out, `${answeredBeforeKill + 1},E0`);

    const summary = await screenPayroll({ payrollPath: payroll, outPath: out, client: new TasdeeqClient(`${app.url}/graphql`, key) });
    expect(summary).toMatchObject({ outcome: 'COMPLETE', total: 10_000, resumedAt: answeredBeforeKill, done: 10_000 });

    const input: Record<string, string>[] = parse(fs.readFileSync(payroll, 'utf8'), { columns: true, relax_column_count: true });
    const results = readResults(out);
    expect(results.map((r) => Number(r.row))).toEqual(input.map((_, i) => i + 1));
    expect(results.map((r) => r.employee_id)).toEqual(input.map((r) => r.employee_id));

    // The documented people answer as the README documents them.
    const documented = results.filter((_, i) => DOCUMENTED_PEOPLE.some((p) => p.cnic === input[i].cnic && p.fatherName === input[i].father_name));
    expect(documented.map((r) => [r.name, r.result, r.grade])).toEqual(DOCUMENTED_PEOPLE.map((p) => [p.name, p.result, p.grade]));
    // Bad rows carry their error, and are never checked.
    const bad = results.filter((r) => r.result === 'NOT_CHECKED');
    expect(bad.map((r) => [r.error_code, r.error_field])).toEqual(
      BAD_ROWS.map((b) => [b.errorCode, b.errorCode === 'INVALID_CNIC' ? 'cnic' : 'consentRef']),
    );
    expect(bad.find((r) => r.error_code === 'INVALID')!.error_message).toBe('`consentRef` is required for EMPLOYMENT_SCREENING: cite the subject\'s consent.');
    // Everyone else is a synthetic employee nobody has registered.
    const others = results.filter((r) => r.result !== 'NOT_CHECKED' && !documented.includes(r));
    expect(others).toHaveLength(10_000 - DOCUMENTED_PEOPLE.length - BAD_ROWS.length);
    expect(new Set(others.map((r) => `${r.result} ${r.grade}`))).toEqual(new Set(['NO_RECORD NOT_FOUND']));
    expect(new Set(results.filter((r) => r.check_id).map((r) => r.check_id)).size).toBe(10_000 - 5);

    // Rows answered by the API but not yet written when the process died were checked again: at most one batch.
    const [{ count }] = await app.sql<{ count: string }>("select count(*) from audit_event where client_name = 'Payroll screening'");
    expect(Number(count) - (10_000 - 5)).toBeLessThanOrEqual(1000);
    // The API raised no alert and suspended nothing on the way.
    expect(await app.sql("select kind from security_alert where client_name = 'Payroll screening'")).toEqual([]);
  }, 120_000);

  it('with a budget smaller than a batch, shrinks the batch, waits out RATE_LIMITED, and still finishes', async () => {
    const key = await app.key(Role.EMPLOYER, { name: 'Tiny budget', budgetPerMinute: 600 });
    const payroll = path.join(dir, 'small.csv');
    const out = path.join(dir, 'small-results.csv');
    fs.writeFileSync(payroll, makePayroll(640, 7));
    const waits: number[] = [];
    const statuses = new Set<string>();
    const summary = await screenPayroll({
      payrollPath: payroll,
      outPath: out,
      client: new TasdeeqClient(`${app.url}/graphql`, key),
      onProgress: (p) => statuses.add(p.status),
      sleep: async (ms) => {
        waits.push(ms);
        await new Promise((r) => setTimeout(r, ms));
      },
    });
    // 1,000 checks cost 1,001 points > 600: QUERY_TOO_COMPLEX, so 599 (600 points, the whole bucket), then 41 (42
    // points) once 10 points a second have refilled enough: RATE_LIMITED with retryAfterSeconds of up to 5 (less if the
    // first batch took a while).
    expect(summary).toMatchObject({ outcome: 'COMPLETE', done: 640, retries: 0 });
    expect(summary.rateLimitedWaits).toBeGreaterThanOrEqual(1);
    const waited = [...statuses].filter((s) => s.includes('RATE_LIMITED')).map((s) => Number(/^waiting (\d) s \(RATE_LIMITED\)$/.exec(s)?.[1]));
    expect(waited.length && waited.every((s) => s >= 1 && s <= 5)).toBe(true);
    expect(waits[0]).toBeGreaterThanOrEqual(waited[0] * 1000);
    expect(readResults(out).map((r) => Number(r.row))).toEqual(Array.from({ length: 640 }, (_, i) => i + 1));
  }, 60_000);

  it('stops, resumably, when the daily cap on distinct people is reached, instead of waiting until midnight', async () => {
    const key = await app.key(Role.EMPLOYER, { name: 'Small daily cap', dailyDistinctCap: 100 });
    const payroll = path.join(dir, 'capped.csv');
    const out = path.join(dir, 'capped-results.csv');
    fs.writeFileSync(payroll, makePayroll(300, 11));
    const summary = await screenPayroll({ payrollPath: payroll, outPath: out, client: new TasdeeqClient(`${app.url}/graphql`, key), maxWaitSeconds: 1 });
    expect(summary).toMatchObject({ outcome: 'STOPPED', done: 0 });
    expect(summary.reason).toMatch(/^RATE_LIMITED for \d+ s: Your client has reached its daily cap on distinct people looked up; .* 0 of 300 rows are answered; run the same command again to resume\.$/);
    expect(fs.readFileSync(out, 'utf8')).toBe(`${RESULT_COLUMNS.join(',')}\n`);
  });

  it('refuses to continue results that belong to another payroll', async () => {
    const key = await app.key(Role.EMPLOYER);
    const out = path.join(dir, 'capped-results.csv');
    const other = path.join(dir, 'other.csv');
    fs.writeFileSync(other, makePayroll(20, 3));
    await expect(screenPayroll({ payrollPath: other, outPath: out, client: new TasdeeqClient(`${app.url}/graphql`, key) })).rejects.toThrow(
      /holds results for a different payroll/,
    );
  });
});

describe('examples/hr-screening, run as its README says', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hr-screening-readme-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("on the sandbox with its published EMPLOYER key: the 10,000-row payroll completes, as the README's summary line says", async () => {
    // `npm run sandbox`: sandbox mode, the whole demo registry, the sandbox's families and keys, and its relaxed
    // detectors (startTestApp's defaults).
    const app = await startTestApp({ demoData: 'npm start', env: { SANDBOX: 'true' } });
    try {
      await seedSandbox(app.ownerOrm.em.fork());
      const payroll = path.join(dir, 'payroll.csv');
      const out = path.join(dir, 'results.csv');
      fs.writeFileSync(payroll, makePayroll(10_000));
      const summary = await screenPayroll({ payrollPath: payroll, outPath: out, client: new TasdeeqClient(`${app.url}/graphql`, SANDBOX_KEYS.EMPLOYER) });
      expect(summary).toMatchObject({ outcome: 'COMPLETE', total: 10_000, done: 10_000, rateLimitedWaits: 0, retries: 0 });
      const readme = fs.readFileSync(path.join(EXAMPLE, 'README.md'), 'utf8');
      const counts = Object.entries(summary.results).map(([result, n]) => `${result} ${n}`).join(', ');
      expect(readme).toContain(`10000/10000 rows answered in results.csv. This run: ${counts}.`);
      expect(await app.sql('select kind from security_alert')).toEqual([]);
    } finally {
      await app.close();
    }
  }, 300_000);

  it("on npm start's production detectors instead, the first batch suspends the client, and every later call says why", async () => {
    const app = await startTestApp({
      env: { ENUMERATION_NOT_FOUND_MIN_LOOKUPS: '50', ENUMERATION_SEQUENTIAL_MAX: '25', ENUMERATION_ODD_HOUR_MAX: '1000000' },
    });
    try {
      const key = await app.key(Role.EMPLOYER, { name: 'Acme HR payroll', dailyDistinctCap: 20_000 });
      const payroll = path.join(dir, 'suspended.csv');
      const out = path.join(dir, 'suspended-results.csv');
      fs.writeFileSync(payroll, makePayroll(2_000, 5));
      const run = () => screenPayroll({ payrollPath: payroll, outPath: out, client: new TasdeeqClient(`${app.url}/graphql`, key) });
      const after = '0 of 2000 rows are answered; run the same command again to resume.';
      expect(await run()).toMatchObject({
        outcome: 'STOPPED',
        done: 0,
        reason: `FORBIDDEN: This client has been suspended pending review: its lookups match an enumeration pattern. ${after}`,
      });
      expect(await run()).toMatchObject({
        outcome: 'STOPPED',
        done: 0,
        reason:
          'FORBIDDEN: This client has been suspended pending review: its lookups match an enumeration pattern (most of its lookups found nobody, ' +
          `as when CNICs are guessed). An administrator reviews the security alert and reinstates the client (reinstateClient). ${after}`,
      });
      expect(await app.sql("select kind from security_alert where client_name = 'Acme HR payroll'")).toEqual([{ kind: 'NOT_FOUND_SHARE' }]);
    } finally {
      await app.close();
    }
  }, 60_000);
});
