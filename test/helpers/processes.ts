import os from 'node:os';
import path from 'node:path';
import { execFile, spawn, type ChildProcess } from 'node:child_process';

/**
 * Real server processes (`node dist/src/main.js`, as `npm start` runs it) for the suites about several processes:
 * test/scale-out.test.ts and test/replica.test.ts. `npm test` builds dist/ first.
 */

export const MAIN = path.resolve(__dirname, '../../dist/src/main.js');
const KEYS = path.resolve(__dirname, '../../dist/src/cli/keys.js');

export const TEST_HMAC_KEY = 'test-hmac-key-0123456789abcdef0123456789';

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  /** Everything it printed so far (stdout and stderr). */
  output(): string;
  /** SIGTERM, then resolves with its exit code. */
  stop(): Promise<number | null>;
}

/** Starts the compiled server and waits for it (all its workers, with WORKERS) to listen. */
export function startServer(env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, [MAIN], {
    env: {
      PATH: process.env.PATH!,
      HOME: os.tmpdir(),
      NODE_ENV: 'development',
      PORT: '0',
      LOG_LEVEL: 'info',
      DEMO_DATA: 'false',
      CNIC_HMAC_KEY: TEST_HMAC_KEY,
      WEBHOOK_WORKER: 'false',
      RESCORE_WORKER: 'false',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 90_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Tasdeeq is serving (http:\/\/[^\s]+)\/graphql/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({
          child,
          url: match[1],
          output: () => output,
          async stop() {
            if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
            return exited;
          },
        });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before listening:\n${output}`));
    });
  });
}

/** `npm run keys -- create --role ROLE --name NAME [...]`: the key it prints last. */
export function createKey(databaseUrl: string, role: string, name: string, extra: string[] = []): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [KEYS, 'create', '--role', role, '--name', name, ...extra],
      { env: { PATH: process.env.PATH!, LOG_LEVEL: 'warn', DATABASE_URL: databaseUrl } },
      (error, stdout, stderr) => (error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout.trim().split('\n').pop()!)),
    );
  });
}

/** `npm run keys -- revoke <prefix>`. */
export function revokeKey(databaseUrl: string, key: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [KEYS, 'revoke', key.split('_')[1]],
      { env: { PATH: process.env.PATH!, LOG_LEVEL: 'warn', DATABASE_URL: databaseUrl } },
      (error, stdout, stderr) => (error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout)),
    );
  });
}

export interface Answer<T = Record<string, unknown>> {
  status: number;
  data: T | null;
  errors?: { message: string; extensions: { code: string } & Record<string, unknown> }[];
  extensions: Record<string, unknown>;
  /** When the answer arrived (ms since the epoch). */
  at: number;
}

/** POSTs an operation with an API key, on a fresh connection (so a cluster's workers share the requests). */
export async function gqlAt<T = Record<string, unknown>>(url: string, key: string, query: string, variables?: Record<string, unknown>): Promise<Answer<T>> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `ApiKey ${key}`, connection: 'close' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T | null; errors?: Answer<T>['errors']; extensions?: Record<string, unknown> };
  return { status: res.status, data: body.data ?? null, errors: body.errors, extensions: body.extensions ?? {}, at: Date.now() };
}

/** Retries `check` until it holds or `ms` pass; returns whether it held. */
export async function eventually(check: () => Promise<boolean>, ms: number, every = 50): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, every));
  }
  return check();
}

/** One sample of a Prometheus text exposition: the value of `name{labels}` (labels matched exactly, in any order). */
export function metricValue(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const found = Object.fromEntries([...(match[2] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]));
    const want = Object.entries(labels);
    if (want.length === Object.keys(found).length && want.every(([k, v]) => found[k] === v)) return Number(match[3]);
  }
  return undefined;
}
