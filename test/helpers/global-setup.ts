import os from 'node:os';
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { Client } from 'pg';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../src/db/embedded-postgres';
import { createLogger } from '../../src/logger';
import { withDatabase } from './databases';

declare global {
  var __TASDEEQ_EMBEDDED__: EmbeddedDatabase | undefined;
}

/**
 * One PostgreSQL for the whole run: DATABASE_URL's server when set, else an embedded one in a temp dir. A template
 * database is migrated once with reference data; every test file clones it.
 */
export default async function globalSetup(): Promise<void> {
  const logger = createLogger('warn', true);
  let adminUrl: string;
  if (process.env.DATABASE_URL) {
    adminUrl = withDatabase(process.env.DATABASE_URL, 'postgres');
  } else {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tasdeeq-test-'));
    const embedded = await startEmbeddedPostgres({ dataDir, database: 'postgres', logger, ephemeral: true });
    globalThis.__TASDEEQ_EMBEDDED__ = embedded;
    adminUrl = embedded.url;
  }
  const template = `tasdeeq_template_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${template}`);
  await admin.end();

  execFileSync(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', path.join(__dirname, 'prepare-template.ts'), withDatabase(adminUrl, template)],
    { stdio: 'inherit' },
  );

  process.env.TASDEEQ_TEST_ADMIN_URL = adminUrl;
  process.env.TASDEEQ_TEST_TEMPLATE = template;
}
