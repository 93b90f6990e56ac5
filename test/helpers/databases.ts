import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** The suites' CNIC_HMAC_KEY; the app role's password derives from it (src/app/database.ts). */
export const TEST_CNIC_HMAC_KEY = 'test-hmac-key-0123456789abcdef0123456789';

/** Set by global-setup: a URL of the server's maintenance database, and the migrated template to clone. */
export function testServer(): { adminUrl: string; template: string } {
  const adminUrl = process.env.TASDEEQ_TEST_ADMIN_URL;
  const template = process.env.TASDEEQ_TEST_TEMPLATE;
  if (!adminUrl || !template) throw new Error('Run the tests with jest (global-setup prepares the database).');
  return { adminUrl, template };
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function adminQuery(sql: string): Promise<void> {
  const client = new Client({ connectionString: testServer().adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh database per test file, cloned from the migrated template (fast: a file copy, no migrations). */
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const { adminUrl, template } = testServer();
  const name = `tasdeeq_t_${randomBytes(5).toString('hex')}`;
  await adminQuery(`create database ${name} template ${template}`);
  return {
    url: withDatabase(adminUrl, name),
    drop: () => adminQuery(`drop database if exists ${name} with (force)`),
  };
}
