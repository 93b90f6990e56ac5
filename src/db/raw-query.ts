import type { EntityManager } from '@mikro-orm/postgresql';

interface PooledClient {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}
interface KnexClient {
  acquireConnection(): Promise<PooledClient>;
  releaseConnection(connection: PooledClient): Promise<void>;
}

/**
 * One statement, in a transaction of its own (autocommit), on a connection from the ORM's pool (so it acts as the
 * application role like every other statement), as a named prepared statement: parsed and planned once per
 * connection, with the values sent apart from the SQL (MikroORM's `execute` inlines them, so every call is planned
 * anew). For the hot path's single-statement calls only; anything that needs the request's transaction uses the
 * entity manager. The ORM's `onQuery` hook still sees the statement (tests count statements with it).
 */
export async function rawQuery<T>(em: EntityManager, name: string, text: string, values: unknown[]): Promise<T[]> {
  const onQuery = em.config.get('onQuery') as ((sql: string, params: unknown[]) => string) | undefined;
  onQuery?.(text, values);
  const client = em.getConnection().getKnex().client as unknown as KnexClient;
  const connection = await client.acquireConnection();
  try {
    return (await connection.query({ name, text, values })).rows as T[];
  } finally {
    await client.releaseConnection(connection);
  }
}

type SqlArgs = Record<string, unknown>;

/**
 * A SQL function called with one named argument object: `fn({ clientId: …, day: … })` sends
 * `select * from fn(p_client_id => $1::uuid, p_day => $2::date, …)` as a named prepared statement. The names are the
 * function's own parameter names (camelCase here, `p_snake_case` there) and the types its own, so an argument can
 * never land in the wrong position; an argument left out is sent as null.
 */
export function sqlFunction<A extends object, R>(name: string, signature: { [K in keyof A]-?: string }) {
  const keys = Object.keys(signature) as (keyof A & string)[];
  const parameters = keys.map((k, i) => `p_${k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)} => $${i + 1}::${signature[k]}`);
  const text = `select * from ${name}(${parameters.join(', ')})`;
  return (em: EntityManager, args: A): Promise<R[]> => rawQuery<R>(em, name, text, keys.map((k) => (args as SqlArgs)[k] ?? null));
}

interface KnexRaw {
  transacting(trx: unknown): KnexRaw;
  then<R>(onfulfilled: (result: { rows: unknown[] }) => R): Promise<R>;
}

/**
 * One statement in `em`'s transaction (the request's), its values sent to PostgreSQL apart from the SQL as bound
 * parameters (`?` placeholders). MikroORM's `execute` inlines every value into the SQL text, escaping it character by
 * character in JavaScript: for a large value (a page's audit rows as one JSON document, ~90 KB) that escaping was the
 * largest single cost of a households page (issue #17). Outside a transaction it runs as `execute` would, on its own
 * connection. The ORM's `onQuery` hook still sees the statement.
 */
export async function boundQuery<T>(em: EntityManager, text: string, values: unknown[]): Promise<T[]> {
  const trx = em.getTransactionContext();
  if (!trx) return em.execute<T[]>(text, values as never[]);
  const onQuery = em.config.get('onQuery') as ((sql: string, params: unknown[]) => string) | undefined;
  onQuery?.(text, values);
  const raw = em.getConnection().getKnex().raw(text, values as never) as unknown as KnexRaw;
  return raw.transacting(trx).then((r) => r.rows as T[]);
}

/**
 * A PostgreSQL array literal (`{a,b}`) of values that need no quoting (uuids, district codes), to bind as one
 * parameter: `= any(?::uuid[])` keeps the statement's text the same whatever the list's length.
 */
export function sqlArray(values: readonly string[]): string {
  return `{${values.join(',')}}`;
}

/**
 * A PostgreSQL array literal of any text values, each quoted (null: NULL): a column of a set-based write, bound as one
 * parameter and read with `unnest(?::uuid[], ?::text[], ...)`. PostgreSQL reads such arrays several times faster than
 * the same rows as one JSON document (`jsonb_to_recordset`: 13 µs a re-scored household, arrays 3 µs).
 */
export function sqlQuotedArray(values: readonly (string | number | boolean | null)[]): string {
  let out = '{';
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (i) out += ',';
    out += v === null ? 'NULL' : `"${String(v).replace(/[\\"]/g, '\\$&')}"`;
  }
  return `${out}}`;
}
