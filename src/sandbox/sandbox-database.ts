import { Client } from 'pg';

/** The comment the sandbox leaves on its database: the mark that it may be reset. */
export const SANDBOX_MARK = 'tasdeeq-sandbox: recreated at every `npm run sandbox`';

export class SandboxRefusal extends Error {}

/**
 * Empties the database at `url` for a new sandbox run, if that is safe: it is either empty (no tables in `public`) or
 * marked as the sandbox's own by an earlier run. Anything else is refused: the sandbox never resets a database it
 * did not create. Then marks it.
 */
export async function resetSandboxDatabase(url: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ tables: string; mark: string | null; name: string }>(
      `select (select count(*) from pg_tables where schemaname = 'public') as tables,
              shobj_description(d.oid, 'pg_database') as mark, d.datname as name
         from pg_database d where d.datname = current_database()`,
    );
    const [{ tables, mark, name }] = rows;
    if (Number(tables) > 0 && mark !== SANDBOX_MARK) {
      throw new SandboxRefusal(
        `DATABASE_URL points at "${name}", which has tables and was not created by the sandbox. The sandbox resets its ` +
          'database at every start, so it only uses an empty database or its own: create one (`createdb tasdeeq_sandbox`) ' +
          'or unset DATABASE_URL to use the embedded one under .sandbox-data/.',
      );
    }
    await client.query('drop schema if exists public cascade');
    await client.query('create schema public');
    await client.query(`comment on database ${client.escapeIdentifier(name)} is ${client.escapeLiteral(SANDBOX_MARK)}`);
  } finally {
    await client.end();
  }
}
