import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { Client } from 'pg';
import { createTestDatabase } from './helpers/databases';
import { json } from './helpers/app';
import { isAlive } from '../src/db/embedded-postgres';
import { TEST_CNIC_HMAC_KEY } from './helpers/databases';

const MAIN = path.resolve(__dirname, '../dist/src/main.js');
const KEYS = path.resolve(__dirname, '../dist/src/cli/keys.js');

/** Runs the compiled server as `npm start` does and waits for it to print its URL. */
function startProcess(env: Record<string, string>): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = spawn(process.execPath, [MAIN], {
    // The suites' CNIC_HMAC_KEY: the app role's password derives from it, and the role is the whole server's. With
    // the development key, this server would reset tasdeeq_app's password under every suite running beside it.
    env: { PATH: process.env.PATH!, HOME: os.tmpdir(), NODE_ENV: 'development', PORT: '0', LOG_LEVEL: 'warn', CNIC_HMAC_KEY: TEST_CNIC_HMAC_KEY, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Tasdeeq is serving (http:\/\/[^\s]+)\/graphql/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1], output: () => output });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
}

function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.on('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

/**
 * Runs the compiled keys CLI. Asynchronously: a synchronous child would freeze this process's event loop, and fetch
 * would then reuse a keep-alive connection the server closed meanwhile ("other side closed").
 */
function runKeys(args: string[], env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) =>
    execFile(process.execPath, [KEYS, ...args], { env: { PATH: process.env.PATH!, LOG_LEVEL: 'warn', CNIC_HMAC_KEY: TEST_CNIC_HMAC_KEY, ...env }, encoding: 'utf8' }, (error, stdout) =>
      error ? reject(error) : resolve(stdout),
    ),
  );
}

beforeAll(() => {
  if (!fs.existsSync(MAIN)) throw new Error('Build first: `npm run build` (npm test does it).');
});

describe('npm start', () => {
  it('migrates, loads reference and demo data, serves, and stops cleanly on SIGTERM (DATABASE_URL)', async () => {
    const fresh = await createTestDatabase();
    let started: ChildProcess | undefined;
    try {
      const { child, url, output } = await startProcess({ DATABASE_URL: fresh.url, LOG_LEVEL: 'info' });
      started = child;
      expect(await (await fetch(`${url}/readyz`)).json()).toEqual({ status: 'ready' });
      // The start-up log counts what the demo loaded from the database itself, so it cannot drift from the data.
      const loaded = output()
        .split('\n')
        .filter((line) => line.includes('loaded demo data'))
        .map((line) => JSON.parse(line) as Record<string, unknown>);
      const client = new Client({ connectionString: fresh.url });
      await client.connect();
      const { rows } = await client.query<Record<string, number>>(
        `select (select count(*)::int from citizen) as citizens, (select count(distinct citizen_id)::int from conviction) as offenders,
                (select count(*)::int from household) as households, (select count(*)::int from registration) as registrations`,
      );
      await client.end();
      expect(loaded).toHaveLength(1);
      expect({ citizens: loaded[0].citizens, offenders: loaded[0].offenders, households: loaded[0].households, registrations: loaded[0].registrations }).toEqual(rows[0]);
      // The documented demo (127 citizens, 6 of them offenders, 5 households, 7 registrations) and the dashboard areas.
      expect(rows[0]).toEqual({ citizens: 571, offenders: 6, households: 245, registrations: 269 });
      const key = (await runKeys(['create', '--role', 'EMPLOYER', '--name', 'Startup test'], { DATABASE_URL: fresh.url })).trim().split('\n').pop()!;
      expect(key).toMatch(/^tsq_[a-z2-7]{12}_[A-Za-z0-9_-]{43}$/);
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `ApiKey ${key}` },
        body: JSON.stringify({
          query: '{ matchIdentity(input: {cnic: "35202-1234567-1", name: "Muhammad Ali", purpose: EMPLOYMENT_SCREENING, consentRef: "C-1"}) { grade } }',
        }),
      });
      expect((await json(res)).data).toEqual({ matchIdentity: { grade: 'PARTIAL' } });
      expect(await runKeys(['list'], { DATABASE_URL: fresh.url })).toMatch(/EMPLOYER\s+NATIONAL\s+MATCH_ONLY\s+20000\/min\s+active/);
      // A suspended client's keys are listed as suspended, with the reason, and its calls are FORBIDDEN saying why.
      const admin = new Client({ connectionString: fresh.url });
      await admin.connect();
      await admin.query("update api_client set suspended_at = '2026-11-24T10:00:00Z', suspended_reason = 'Automatic: NOT_FOUND_SHARE' where name = 'Startup test'");
      await admin.end();
      expect(await runKeys(['list'], { DATABASE_URL: fresh.url })).toMatch(
        /EMPLOYER\s+NATIONAL\s+MATCH_ONLY\s+20000\/min\s+suspended 2026-11-24T10:00:00\.000Z\s+last used \S+ {2}Startup test {2}\(suspended: its lookups match an enumeration pattern \(most of its lookups found nobody, as when CNICs are guessed\); an ADMIN reinstates it with reinstateClient\)\n/,
      );
      const refused = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `ApiKey ${key}` },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(refused.status).toBe(403);
      expect((await json(refused)).errors).toMatchObject([{ extensions: { code: 'FORBIDDEN' }, message: expect.stringMatching(/^This client has been suspended pending review: its lookups match/) }]);
      expect(await stop(child)).toBe(0);
    } finally {
      // A failed assertion must not leave the server running.
      if (started && started.exitCode === null && started.signalCode === null) started.kill('SIGKILL');
      await fresh.drop();
    }
  }, 120_000);

  it('refuses to start in production without its required settings', async () => {
    const child = spawn(process.execPath, [MAIN], { env: { PATH: process.env.PATH!, NODE_ENV: 'production' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr!.on('data', (c: Buffer) => (err += c.toString()));
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code).toBe(2);
    expect(err).toContain('CNIC_HMAC_KEY is required in production');
    expect(err).toContain('DATABASE_URL is required in production');
  });

  it('fails at once on a busy port, naming PORT, before it starts or migrates any database', async () => {
    const busy = net.createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const port = (busy.address() as net.AddressInfo).port;
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tasdeeq-busy-'));
    try {
      const child = spawn(process.execPath, [MAIN], {
        env: { PATH: process.env.PATH!, HOME: os.tmpdir(), NODE_ENV: 'development', PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'info' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      let err = '';
      child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
      child.stderr!.on('data', (c: Buffer) => (err += c.toString()));
      const code = await new Promise((resolve) => child.on('exit', resolve));
      expect(code).toBe(2);
      expect(err).toBe(
        `PORT ${port} is already in use on 127.0.0.1: another server (another \`npm start\`?) is listening there. ` +
          'Stop it, or set PORT to another port (e.g. PORT=4001; PORT=0 picks a free one).\n',
      );
      // No embedded PostgreSQL was initialised or started, and nothing was logged about a database.
      expect(out).toBe('');
      expect(fs.readdirSync(dataDir)).toEqual([]);
    } finally {
      busy.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('starts its own PostgreSQL when DATABASE_URL is unset, and leaves no postgres behind', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tasdeeq-start-'));
    try {
      const { child, url, output } = await startProcess({ DATA_DIR: dataDir, LOG_LEVEL: 'info' });
      expect(output()).toContain('loaded demo data');
      expect(await (await fetch(`${url}/readyz`)).json()).toEqual({ status: 'ready' });
      const postmasterPid = Number(fs.readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
      expect(isAlive(postmasterPid)).toBe(true);
      // While it runs, the keys CLI uses the same embedded database.
      expect(await runKeys(['list'], { DATA_DIR: dataDir })).toContain('No API keys yet.');
      expect(await stop(child)).toBe(0);
      expect(isAlive(postmasterPid)).toBe(false);

      // A second start reuses the cluster and does not reload demo data.
      const again = await startProcess({ DATA_DIR: dataDir, LOG_LEVEL: 'info' });
      expect(again.output()).not.toContain('loaded demo data');

      // A server killed outright leaves its postgres running; the next start reclaims the data directory.
      const orphan = Number(fs.readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
      again.child.removeAllListeners('exit');
      await new Promise((resolve) => {
        again.child.on('exit', resolve);
        again.child.kill('SIGKILL');
      });
      expect(isAlive(orphan)).toBe(true);
      const third = await startProcess({ DATA_DIR: dataDir });
      expect(isAlive(orphan)).toBe(false);
      expect(await (await fetch(`${third.url}/readyz`)).json()).toEqual({ status: 'ready' });
      expect(await stop(third.child)).toBe(0);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
