import type { EntityManager } from '@mikro-orm/postgresql';
import { escapeLiteral } from 'pg';

interface PooledClient {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
  query(text: string): Promise<{ rows: unknown[] } | { rows: unknown[] }[]>;
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

/**
 * Several statements in one message (the simple protocol: one write, one round trip), for a hot path that needs two
 * transactions in a row. Values must be written into `text` as literals (`literal()`). The first error stops the
 * message; if it struck inside an explicit transaction block, that block is rolled back before the connection goes
 * back to the pool. Returns each statement's rows, in order.
 */
export async function rawScript(em: EntityManager, text: string): Promise<unknown[][]> {
  const onQuery = em.config.get('onQuery') as ((sql: string, params: unknown[]) => string) | undefined;
  onQuery?.(text, []);
  const client = em.getConnection().getKnex().client as unknown as KnexClient;
  const connection = await client.acquireConnection();
  try {
    const results = await connection.query(text);
    return (Array.isArray(results) ? results : [results]).map((r) => r.rows);
  } catch (error) {
    await connection.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    await client.releaseConnection(connection);
  }
}

/** A value as an SQL literal for `rawScript` (strings quoted by pg's escapeLiteral). */
export function literal(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return escapeLiteral(String(value));
}
