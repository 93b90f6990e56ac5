import type { Client } from 'pg';

/**
 * Runs `fn` in a transaction of a raw `tasdeeq_app` session with `token` (a sealed scope) as its scope, rolled back
 * after: how the suites act as the app role would, or as an attacker holding its login.
 */
export async function inScope<T>(sql: Client, token: string, fn: () => Promise<T>): Promise<T> {
  await sql.query('begin');
  try {
    await sql.query("select set_config('app.scope', $1, true)", [token]);
    return await fn();
  } finally {
    await sql.query('rollback');
  }
}
