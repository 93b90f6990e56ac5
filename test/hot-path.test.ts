import { startTestApp, type TestApp } from './helpers/app';
import { Role } from '../src/auth/role';

/** A plain check (no FULL record, so no reads through the entity manager): the hot path. */
const CHECK = `query Check($input: OffenderCheckInput!) { verifyOffender(input: $input) { result message checkId } }`;
const RASHID = '3520287654321';
const input = (cnic: string) => ({ input: { cnic, purpose: 'EMPLOYMENT_SCREENING', consentRef: 'C-1' } });

describe('the offender check hot path (admission: budget and enumeration guard; then the check: register read, audit rows)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  const audited = async (clientName: string) =>
    Number(
      (
        await app.sql<{ n: string }>(
          "select count(*) n from audit_event a join api_client c on c.id = a.client_id where c.name = ? and a.action = 'offender.check'",
          [clientName],
        )
      )[0].n,
    );

  it('sends the key lookup, then admission and the check in one statement, with no request transaction around them, and reports the cost', async () => {
    const key = await app.key(Role.EMPLOYER, { name: 'hot employer' });
    await app.gql(CHECK, input(RASHID), key); // stamps last-used
    const { result, statements } = await app.countQueries(() => app.gql(CHECK, input(RASHID), key));
    expect(result.body.errors).toBeUndefined();
    expect(result.body.data).toMatchObject({ verifyOffender: { result: 'RECORD_FOUND' } });
    expect(result.body.extensions!.cost).toMatchObject({ requested: 1, remaining: expect.any(Number) });
    expect(statements.map((s) => s.split('(')[0].trim())).toEqual([
      'select * from api_key_lookup',
      'select * from offender_check',
    ]);
    expect(await audited('hot employer')).toBe(2);
  });

  it('refuses over budget at admission: 429 with Retry-After, nothing read, no audit row', async () => {
    const key = await app.key(Role.EMPLOYER, { name: 'hot spender', budgetPerMinute: 1 });
    const first = await app.gql(CHECK, input(RASHID), key);
    expect(first.body.extensions!.cost).toMatchObject({ requested: 1, limit: 1, remaining: 0 });
    const second = await app.gql(CHECK, input(RASHID), key);
    expect(second.status).toBe(429);
    expect(Number(second.headers.get('retry-after'))).toBeGreaterThanOrEqual(59);
    expect(second.body.errors![0].extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(second.body.data ?? null).toBeNull();
    expect(await audited('hot spender')).toBe(1);
  });

  it('refuses past the daily distinct cap at admission, with no audit row and one alert', async () => {
    const key = await app.key(Role.EMPLOYER, { name: 'hot capped', dailyDistinctCap: 1 });
    expect((await app.gql(CHECK, input(RASHID), key)).status).toBe(200);
    const over = await app.gql(CHECK, input('3520212345671'), key);
    expect(over.status).toBe(429);
    expect(over.body.errors![0].message).toMatch(/daily cap on distinct people/);
    expect(await audited('hot capped')).toBe(1);
    const alerts = await app.sql<{ kind: string }>(
      'select kind from security_alert a join api_client c on c.id = a.client_id where c.name = ?',
      ['hot capped'],
    );
    expect(alerts).toEqual([{ kind: 'DAILY_DISTINCT_CAP' }]);
  });

  it('still runs the request transaction when the selection reads through the entity manager (a FULL record)', async () => {
    const key = await app.key(Role.LAW_ENFORCEMENT, { name: 'hot police' });
    const res = await app.gql(
      `query { verifyOffender(input: { cnic: "${RASHID}", purpose: LAW_ENFORCEMENT }) {
        result disclosure { __typename ... on OffenderRecord { convictions { status } } } } }`,
      undefined,
      key,
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data).toMatchObject({
      verifyOffender: { result: 'RECORD_FOUND', disclosure: { __typename: 'OffenderRecord', convictions: [{ status: 'ACTIVE' }] } },
    });
  });
});
