import { json, startTestApp, type TestApp } from './helpers/app';
import { CitizenDocument, MatchIdentityDocument } from './generated/graphql';
import { Role } from '../src/auth/role';

describe('errors and HTTP conventions', () => {
  let app: TestApp;
  let officer: string;

  beforeAll(async () => {
    app = await startTestApp();
    officer = await app.key(Role.WELFARE_OFFICER);
  });
  afterAll(() => app.close());

  it('answers /healthz and /readyz', async () => {
    expect(await (await fetch(`${app.url}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${app.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('hides field suggestions', async () => {
    const res = await app.gql('{ citizn(cnic: "3520212345671", purpose: WELFARE_ADMINISTRATION) { cnic } }', undefined, officer);
    expect(res.status).toBe(400);
    expect(res.body.errors![0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.body.errors![0].message).not.toMatch(/Did you mean/);
  });

  it('answers malformed JSON in GraphQL error shape, without a stack', async () => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `ApiKey ${officer}` },
      body: '{"query": ',
    });
    expect(res.status).toBe(400);
    const body = await json(res);
    expect(body.errors![0]).toMatchObject({ message: 'Malformed request body: send JSON.', extensions: { code: 'BAD_REQUEST' } });
  });

  it('caps the body size', async () => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `ApiKey ${officer}` },
      body: JSON.stringify({ query: `{ __typename }`, variables: { pad: 'x'.repeat(1_100_000) } }),
    });
    expect(res.status).toBe(413);
    expect((await json(res)).errors![0].message).toBe('Request body is too large (limit 1 MB).');
  });

  it('refuses batched requests', async () => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `ApiKey ${officer}` },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(res.status).toBe(400);
  });

  it('refuses a GET query without a preflight header (CSRF prevention)', async () => {
    const res = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { authorization: `ApiKey ${officer}` },
    });
    expect(res.status).toBe(400);
  });

  it('echoes a well-formed X-Request-Id and replaces a hostile one', async () => {
    const mine = await fetch(`${app.url}/healthz`, { headers: { 'x-request-id': 'integrator-req-12345' } });
    expect(mine.headers.get('x-request-id')).toBe('integrator-req-12345');
    const hostile = await fetch(`${app.url}/healthz`, { headers: { 'x-request-id': '<script>' } });
    expect(hostile.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('masks unexpected errors (no SQL, no stack) and gives the request id', async () => {
    await app.sql('alter table citizen rename to citizen_gone');
    try {
      const res = await app.gql(CitizenDocument, { cnic: '3520212345671', purpose: 'WELFARE_ADMINISTRATION' }, officer);
      expect(res.status).toBe(200);
      expect(res.body.errors).toEqual([
        {
          message: 'Internal server error. Quote the requestId when you contact support.',
          locations: [{ line: 2, column: 3 }],
          path: ['citizen'],
          extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: res.headers.get('x-request-id') },
        },
      ]);
      expect(JSON.stringify(res.body)).not.toMatch(/citizen_gone|relation|select|at /i);
    } finally {
      await app.sql('alter table citizen_gone rename to citizen');
    }
  });

  it('answers an unknown route with 404 JSON', async () => {
    const res = await fetch(`${app.url}/nope`);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: 'Not found. The API is at /graphql.' });
  });
});

describe('request transactions', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ env: { QUERY_COST_LIMIT: '50' } });
  });
  afterAll(() => app.close());

  it('leave no transaction open after any kind of refusal', async () => {
    const key = await app.key(Role.WELFARE_OFFICER);
    const tiny = await app.key(Role.WELFARE_OFFICER, { budgetPerMinute: 6 });
    const batched = () =>
      fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `ApiKey ${key}` },
        body: JSON.stringify([{ query: '{ __typename }' }]),
      });
    for (let i = 0; i < 25; i++) {
      await Promise.all([
        app.gql(CitizenDocument, { cnic: 'bad', purpose: 'WELFARE_ADMINISTRATION' }, key), // variable coercion
        app.gql('{ nope }', undefined, key), // validation
        app.gql('{ auditEvents(first: 100) { totalCount } }', undefined, key), // too complex
        app.gql(CitizenDocument, { cnic: '3520212345671', purpose: 'WELFARE_ADMINISTRATION' }, tiny), // rate limited
        app.gql(CitizenDocument, { cnic: '3520212345671', purpose: 'EMPLOYMENT_SCREENING' }, key), // forbidden
        batched(),
      ]);
    }
    const ok = await app.gql(CitizenDocument, { cnic: '3520212345671', purpose: 'WELFARE_ADMINISTRATION' }, key);
    expect(ok.body.data?.citizen.cnic).toBe('3520212345671');
    const [row] = await app.sql<{ n: string }>(
      "select count(*) n from pg_stat_activity where datname = current_database() and state like 'idle in transaction%'",
    );
    expect(row.n).toBe('0');
  });

  it('serve a burst well past the connection pool without deadlock (each takes up to three connections)', async () => {
    const employer = await app.key(Role.EMPLOYER);
    const officer = await app.key(Role.WELFARE_OFFICER, { jurisdiction: { kind: 'PROVINCE', province: 'SINDH' as never } });
    const burst = Array.from({ length: 60 }, (_, i) =>
      i % 2
        ? app.gql(MatchIdentityDocument, { input: { cnic: '3520212345671', name: 'Muhammad Ali', purpose: 'EMPLOYMENT_SCREENING', consentRef: `B-${i}` } }, employer)
        : app.gql(CitizenDocument, { cnic: '3520212345671', purpose: 'WELFARE_ADMINISTRATION' }, officer), // not found here: a national check follows
    );
    const answers = await Promise.all(burst);
    expect(answers.filter((r) => r.body.errors?.some((e) => e.extensions.code !== 'NOT_FOUND'))).toEqual([]);
    expect(answers.filter((r) => (r.body.data as { matchIdentity?: { grade: string } } | null)?.matchIdentity?.grade === 'PARTIAL')).toHaveLength(30);
  }, 60_000);
});
