import { startTestApp, type TestApp } from './helpers/app';
import { CitizenDocument } from './generated/graphql';
import { Role } from '../src/auth/role';

const LAHORE_CITIZEN = { cnic: '35202-1234567-1', purpose: 'LAW_ENFORCEMENT' as const };

/** Retries `check` until it holds or `ms` pass; returns whether it held. */
async function eventually(check: () => Promise<boolean>, ms = 3_000): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 25));
  }
  return check();
}

describe('API-key authentication cache (AUTH_CACHE_TTL_MS)', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ env: { AUTH_CACHE_TTL_MS: '60000' } });
  });
  afterAll(() => app.close());

  const readsKey = async (key: string) => {
    const { result, statements } = await app.countQueries(() => app.gql(CitizenDocument, LAHORE_CITIZEN, key));
    expect(result.status).toBe(200);
    return statements.some((s) => /from "api_key"/.test(s));
  };

  it('serves a key from memory once read, and drops it the moment it is revoked elsewhere (NOTIFY)', async () => {
    const key = await app.key(Role.LAW_ENFORCEMENT);
    // The cache is on once the listener is listening (it starts with the server).
    expect(await eventually(async () => !(await readsKey(key)))).toBe(true);

    // As another process would: straight SQL on another connection.
    await app.sql('update api_key set revoked_at = now() where prefix = ?', [key.split('_')[1]]);
    expect(await eventually(async () => (await app.gql(CitizenDocument, LAHORE_CITIZEN, key)).status === 401, 2_000)).toBe(true);
    const res = await app.gql(CitizenDocument, LAHORE_CITIZEN, key);
    expect(res.body.errors![0].message).toBe('This API key has been revoked.');
  });

  it('drops a client\'s keys when the client is suspended', async () => {
    const key = await app.key(Role.LAW_ENFORCEMENT, { name: 'cached then suspended' });
    expect(await eventually(async () => !(await readsKey(key)))).toBe(true);
    await app.sql("update api_client set suspended_at = now() where name = 'cached then suspended'");
    expect(await eventually(async () => (await app.gql(CitizenDocument, LAHORE_CITIZEN, key)).status === 403, 2_000)).toBe(true);
  });

  it('is not invalidated by last-used stamps (they are not a change that matters to authentication)', async () => {
    const key = await app.key(Role.LAW_ENFORCEMENT, { name: 'stamped' });
    expect(await eventually(async () => !(await readsKey(key)))).toBe(true);
    const other = await app.key(Role.LAW_ENFORCEMENT, { name: 'another' });
    await app.gql(CitizenDocument, LAHORE_CITIZEN, other); // stamps `another`'s last_used_at
    await new Promise((r) => setTimeout(r, 100));
    expect(await readsKey(key)).toBe(false);
  });
});
