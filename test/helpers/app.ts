import 'reflect-metadata';
import { print, type DocumentNode } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { MikroORM } from '@mikro-orm/postgresql';
import { Pool } from 'pg';
import { exportSPKI, generateKeyPair, SignJWT, type KeyLike } from 'jose';
import { loadConfig, type Config } from '../../src/config';
import { ormConfig } from '../../src/app/orm.config';
import { createLogger } from '../../src/logger';
import { createServer, type Server } from '../../src/app/server';
import { ApiKeysService } from '../../src/auth/api-keys.service';
import { DisclosurePolicy, Role } from '../../src/auth/role';
import { NATIONAL, type Jurisdiction } from '../../src/jurisdictions/jurisdiction';
import { seedDemoData } from '../../src/demo/demo.seed';
import { createTestDatabase, TEST_CNIC_HMAC_KEY } from './databases';
import { prepareAppLogin } from '../../src/app/database';
import type { ScopeSealer } from '../../src/db/scope-seal';
import { scope, scopeOf } from '../../src/db/jurisdiction-scope';
import type { Viewer } from '../../src/auth/viewer';
import type { EntityManager } from '@mikro-orm/postgresql';
import { mentionsRateLimitedCnic } from '../../src/sandbox/families';

export const JWT_ISSUER = 'https://idp.test.tasdeeq';
export const JWT_AUDIENCE = 'tasdeeq';

export interface GraphQLResponse<T> {
  status: number;
  headers: Headers;
  body: {
    data?: T | null;
    errors?: { message: string; path?: string[]; extensions: { code: string; requestId?: string } & Record<string, unknown> }[];
    extensions?: Record<string, unknown>;
  };
}

/** Reads a JSON response body for assertions. */
export async function json(response: Response): Promise<GraphQLResponse<unknown>['body'] & Record<string, unknown>> {
  return (await response.json()) as GraphQLResponse<unknown>['body'] & Record<string, unknown>;
}

export interface TestApp {
  url: string;
  /** The server's pool: it logs in as the app role, as in production. */
  orm: MikroORM;
  /** A pool of the schema's owner, for what tests arrange beneath the API (keys, seeds), as the CLIs do. */
  ownerOrm: MikroORM;
  /** The server's scope sealer: tests that drive a service or worker directly need scopes PostgreSQL trusts. */
  sealer: ScopeSealer;
  /** A scope sealed for `viewer` as the server seals a request's (districts null: national). */
  seal(viewer: Viewer, districts: string[] | null, requestId?: string): string;
  /** An entity manager of the app role scoped to a jurisdiction, as a request of a viewer of `role` there. */
  scopedEm(jurisdiction: Jurisdiction, role?: Role): EntityManager;
  config: Config;
  server: Server;
  /**
   * Creates a client with one key and returns the key. Budgets and daily caps default to effectively unlimited
   * here; limits.test.ts and security.test.ts set real ones.
   */
  key(
    role: Role,
    options?: {
      jurisdiction?: Jurisdiction;
      disclosure?: DisclosurePolicy;
      name?: string;
      budgetPerMinute?: number;
      dailyDistinctCap?: number;
      requireVerifiedConsent?: boolean;
    },
  ): Promise<string>;
  /** Signs an agency JWT with the test identity provider's key. */
  token(claims: Record<string, unknown>, options?: { expiresIn?: string | number; audience?: string; issuer?: string }): Promise<string>;
  /** POSTs an operation. `auth` is an API key (`tsq_...`) or a whole Authorization header value. */
  gql<TData, TVars>(
    document: TypedDocumentNode<TData, TVars> | DocumentNode | string,
    variables?: TVars,
    auth?: string,
  ): Promise<GraphQLResponse<TData>>;
  sql<T = Record<string, unknown>>(query: string, params?: unknown[]): Promise<T[]>;
  /** Runs `fn` and returns the SQL statements the server sent meanwhile (BEGIN/COMMIT excluded). */
  countQueries<T>(fn: () => Promise<T>): Promise<{ result: T; statements: string[] }>;
  close(): Promise<void>;
}

let signingKey: KeyLike | undefined;
let publicKeyPem: string | undefined;

async function jwtKeys(): Promise<{ signingKey: KeyLike; publicKeyPem: string }> {
  if (!signingKey || !publicKeyPem) {
    const pair = await generateKeyPair('ES256');
    signingKey = pair.privateKey;
    publicKeyPem = await exportSPKI(pair.publicKey);
  }
  return { signingKey, publicKeyPem };
}

/** Boots the real server on a fresh database cloned from the migrated template, on a free port. */
export async function startTestApp(
  options: {
    /**
     * true (default): the documented demo, whose small exact figures the feature suites assert; 'npm start': also
     * the dashboard households `npm start` loads (what README.md and docs/ show); false: nothing.
     */
    demoData?: boolean | 'npm start';
    env?: Record<string, string>;
  } = {},
): Promise<TestApp> {
  const db = await createTestDatabase();
  const keys = await jwtKeys();
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    DATABASE_URL: db.url,
    CNIC_HMAC_KEY: TEST_CNIC_HMAC_KEY,
    JWT_ALGORITHM: 'ES256',
    JWT_PUBLIC_KEY: keys.publicKeyPem,
    JWT_ISSUER,
    JWT_AUDIENCE,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    // Feature suites make many lookups per client; the detectors are tested with their own thresholds
    // (security.test.ts), so elsewhere they must not fire (nor depend on the hour CI runs at).
    ENUMERATION_NOT_FOUND_MIN_LOOKUPS: '1000000',
    ENUMERATION_SEQUENTIAL_MAX: '1000000',
    ENUMERATION_ODD_HOUR_MAX: '1000000',
    ENUMERATION_UNKNOWN_PER_HOUR: '1000000',
    ENUMERATION_UNKNOWN_PER_DAY: '1000000',
    ENUMERATION_UNKNOWN_PER_WEEK: '1000000',
    IDENTITY_DETAIL_GUESSES_MAX: '1000000',
    // Suites receive webhooks on a loopback server (http://127.0.0.1:<port>): the operator's allowance for a private
    // host. test/abuse.test.ts runs without it.
    WEBHOOK_ALLOWED_PRIVATE_HOSTS: '127.0.0.1',
    ...options.env,
  });
  const logger = createLogger(config.logLevel, true);
  let recording: string[] | null = null;
  const ownerOrm = await MikroORM.init(ormConfig(db.url));
  const owner = new Pool({ connectionString: db.url, max: 2 });
  // close() drops the database with force while an idle client of this pool may still be closing: PostgreSQL's
  // goodbye (57P01) then comes back as the pool's 'error' event, which nothing listened to (seen on Node 24). That one
  // is expected; any other still fails the suite.
  owner.on('error', (error: Error & { code?: string }) => {
    if (error.code !== '57P01') throw error;
  });
  if (options.demoData !== false) await seedDemoData(ownerOrm.em.fork(), { areas: options.demoData === 'npm start' });
  // As openDatabase does: the server logs in as the app role (its password is set once, by global-setup).
  const login = await prepareAppLogin(ownerOrm, db.url, config);
  const orm = await MikroORM.init(ormConfig(login.url, { onQuery: (sql) => recording?.push(sql) }));
  // As `npm run sandbox` does, when the suite asks for sandbox mode.
  const server = await createServer({ orm, sealKey: login.sealKey }, config, logger, config.sandbox ? { alwaysLimited: mentionsRateLimitedCnic } : {});
  const url = await server.listen();
  const apiKeys = new ApiKeysService();

  const app: TestApp = {
    url,
    orm,
    ownerOrm,
    sealer: server.kernel.sealer,
    seal(viewer, districts, requestId = 'test-request') {
      return server.kernel.sealer.seal({
        k: viewer.actorKind,
        i: viewer.actorId,
        c: viewer.clientId,
        n: viewer.clientName,
        r: viewer.role,
        d: districts,
        q: requestId,
        b: viewer.budgetPerMinute,
      });
    },
    scopedEm(jurisdiction, role = Role.WELFARE_OFFICER) {
      const viewer: Viewer = {
        actorKind: 'JWT', actorId: 'test', clientId: null, clientName: 'test', role,
        jurisdiction, disclosure: DisclosurePolicy.NONE, budgetPerMinute: 1,
      };
      return scope(orm.em.fork(), scopeOf(jurisdiction, server.kernel.reference, (d) => app.seal(viewer, d))) as EntityManager;
    },
    config,
    server,
    async key(role, opts = {}) {
      const issued = await apiKeys.createClientWithKey(ownerOrm.em.fork(), {
        name: opts.name ?? `${role} test client`,
        role,
        jurisdiction: opts.jurisdiction ?? NATIONAL,
        disclosure: opts.disclosure,
        budgetPerMinute: opts.budgetPerMinute ?? 100_000_000,
        dailyDistinctCap: opts.dailyDistinctCap ?? 100_000_000,
        requireVerifiedConsent: opts.requireVerifiedConsent,
      });
      return issued.key;
    },
    async token(claims, opts = {}) {
      return new SignJWT(claims)
        .setProtectedHeader({ alg: 'ES256' })
        .setIssuedAt()
        .setIssuer(opts.issuer ?? JWT_ISSUER)
        .setAudience(opts.audience ?? JWT_AUDIENCE)
        .setExpirationTime(opts.expiresIn ?? '5m')
        .sign(keys.signingKey);
    },
    async gql<TData, TVars>(
      document: TypedDocumentNode<TData, TVars> | DocumentNode | string,
      variables?: TVars,
      auth?: string,
    ): Promise<GraphQLResponse<TData>> {
      const query = typeof document === 'string' ? document : print(document);
      const authorization = auth === undefined ? undefined : auth.startsWith('tsq_') ? `ApiKey ${auth}` : auth;
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, headers: response.headers, body: (await response.json()) as GraphQLResponse<TData>['body'] };
    },
    async sql<T>(query: string, params: unknown[] = []): Promise<T[]> {
      // As the owner: the test's view of the whole database, beneath row-level security. `?` placeholders.
      let i = 0;
      const result = await owner.query(query.replace(/\?/g, () => `$${++i}`), params);
      return result.rows as T[];
    },
    async countQueries(fn) {
      recording = [];
      try {
        const result = await fn();
        return { result, statements: recording };
      } finally {
        recording = null;
      }
    },
    async close() {
      await server.close();
      await orm.close(true);
      await ownerOrm.close(true);
      await owner.end();
      await db.drop();
    },
  };
  return app;
}
