import { startTestApp, type TestApp } from './helpers/app';
import {
  AuditEventsDocument,
  CitizenDocument,
  MatchIdentityDocument,
  RegisterConvictionDocument,
  ReinstateClientDocument,
  StartRegistrationDocument,
  VerifyOffenderDocument,
} from './generated/graphql';
import { Role } from '../src/auth/role';
import { CNIC_FORMAT_MESSAGE } from '../src/common/cnic';

/** Everything a hostile request could change, except the logs that record it (audit, tallies, buckets). */
const FINGERPRINTED: Record<string, string> = {
  citizen: '*',
  api_client: '*',
  // last_used_at is access logging, not state a request may change.
  api_key: 'id, client_id, prefix, secret_hash, created_at, revoked_at, expires_at',
  district: '*',
  province: '*',
  security_alert: '*',
};

const HOSTILE_STRINGS = [
  "'; drop table citizen; --",
  "' or '1'='1",
  '1; select pg_sleep(5)',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '${jndi:ldap://x}',
  '{{7*7}}',
  '\u0000\u0001\u0002',
  '\u202Eevil',
  'a'.repeat(10_000),
];
/** NUL is refused before anything else looks at the input (its own test below). */
const TEXT = HOSTILE_STRINGS.filter((s) => !s.includes('\u0000'));

describe('hostile input', () => {
  let app: TestApp;
  let officer: string;
  let employer: string;
  let auditor: string;
  let admin: string;

  const fingerprint = async () =>
    (
      await Promise.all(
        Object.entries(FINGERPRINTED).map(async ([table, columns]) => {
          const [row] = await app.sql<{ h: string }>(
            `select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) h from (select ${columns} from ${table}) t`,
          );
          return `${table}:${row.h}`;
        }),
      )
    ).join(',');

  beforeAll(async () => {
    app = await startTestApp();
    officer = await app.key(Role.WELFARE_OFFICER, { budgetPerMinute: 1_000_000 });
    employer = await app.key(Role.EMPLOYER, { budgetPerMinute: 1_000_000, dailyDistinctCap: 1_000_000 });
    auditor = await app.key(Role.AUDITOR, { budgetPerMinute: 1_000_000 });
    admin = await app.key(Role.ADMIN, { budgetPerMinute: 1_000_000 });
  });
  afterAll(() => app.close());

  /** Sends the request and checks: a clear error with `code`, no internal error, database unchanged. */
  async function expectRefused(send: () => Promise<{ status: number; body: { errors?: { message: string; extensions: { code: string } }[] } }>, code: string) {
    const before = await fingerprint();
    const res = await send();
    expect(res.body.errors?.map((e) => e.extensions.code)).toContain(code);
    for (const e of res.body.errors ?? []) expect(e.message.length).toBeGreaterThan(10);
    expect(await fingerprint()).toBe(before);
    return res;
  }

  describe('CNICs', () => {
    const lengths = Array.from({ length: 20 }, (_, i) => i + 1).filter((n) => n !== 13);
    it.each(lengths)('refuses %i digits', (n) =>
      expectRefused(() => app.gql(CitizenDocument, { cnic: '3'.repeat(n), purpose: 'WELFARE_ADMINISTRATION' }, officer), 'BAD_USER_INPUT'),
    );

    it.each([
      ['letters', '35202-12345AB-1'],
      // Urdu and Arabic-Indic digits and spaces are how people write CNICs (accepted, as by SMS: cnic.test.ts).
      ['Devanagari digits', '३५२०२१२३४५६७१'],
      ['fullwidth digits', '３５２０２１２３４５６７１'],
      ['a trailing dash', '3520212345671-'],
      ['words among the digits', '35202 and 1234567 1'],
      ['10 kB', '3'.repeat(10_240)],
      ['last digit 0', '3520212345670'],
      ['SQL', "3520212345671' or '1'='1"],
    ])('refuses %s, without echoing it', async (_label, cnic) => {
      const res = await expectRefused(() => app.gql(CitizenDocument, { cnic, purpose: 'WELFARE_ADMINISTRATION' }, officer), 'BAD_USER_INPUT');
      expect(res.body.errors![0].message).toContain(CNIC_FORMAT_MESSAGE);
      expect(JSON.stringify(res.body)).not.toContain(cnic.slice(0, 10));
    });
  });

  describe('wrong types', () => {
    it.each([
      ['a number', 3520212345671],
      ['an object', { cnic: '3520212345671' }],
      ['an array', ['3520212345671']],
      ['a boolean', true],
    ])('refuses a CNIC given as %s', (_label, cnic) =>
      expectRefused(() => app.gql(CitizenDocument, { cnic: cnic as never, purpose: 'WELFARE_ADMINISTRATION' }, officer), 'BAD_USER_INPUT'),
    );

    it('refuses an unknown enum value', () =>
      expectRefused(() => app.gql(CitizenDocument, { cnic: '3520212345671', purpose: 'CURIOSITY' as never }, officer), 'BAD_USER_INPUT'));

    it.each([['a string', '10'], ['a float', 1.5], ['a huge number', 2 ** 40]])('refuses `first` as %s', (_l, first) =>
      expectRefused(() => app.gql(AuditEventsDocument, { first: first as never }, auditor), 'BAD_USER_INPUT'),
    );

    it('refuses prototype-polluting input objects', () =>
      expectRefused(
        () => app.gql(MatchIdentityDocument, JSON.parse('{"input":{"cnic":"3520212345671","purpose":"EMPLOYMENT_SCREENING","consentRef":"c","__proto__":{"admin":true}}}'), employer),
        'BAD_USER_INPUT',
      ));
  });

  describe('query shapes', () => {
    it('refuses fragment cycles', () =>
      expectRefused(() => app.gql('query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }', undefined, officer), 'GRAPHQL_VALIDATION_FAILED'));

    it('refuses an alias bomb', () => {
      const aliases = Array.from({ length: 200 }, (_, i) => `c${i}: citizen(cnic: "3520212345671", purpose: WELFARE_ADMINISTRATION) { cnic }`).join(' ');
      return expectRefused(() => app.gql(`{ ${aliases} }`, undefined, officer), 'QUERY_TOO_COMPLEX');
    });

    it('refuses a document of 100 kB of tokens', () =>
      expectRefused(() => app.gql(`{ ${'__typename '.repeat(10_000)} }`, undefined, officer), 'GRAPHQL_PARSE_FAILED'));

    it('refuses several operations without an operationName', () =>
      expectRefused(() => app.gql('query A { __typename } query B { __typename }', undefined, officer), 'OPERATION_RESOLUTION_FAILURE'));

    it('refuses bulk arrays over the limit', () => {
      const ids = Array.from({ length: 101 }, () => 'Q2l0aXplbjox');
      return expectRefused(() => app.gql('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids }, officer), 'BAD_USER_INPUT');
    });

    it('refuses huge variables (over the 1 MB body cap) with 413', async () => {
      const before = await fingerprint();
      const res = await app.gql(MatchIdentityDocument, { input: { cnic: '3520212345671', name: 'x'.repeat(1_100_000), purpose: 'EMPLOYMENT_SCREENING', consentRef: 'c' } }, employer);
      expect(res.status).toBe(413);
      expect(await fingerprint()).toBe(before);
    });
  });

  describe('SQL- and script-looking strings in every text input', () => {
    it.each(TEXT)('matchIdentity name and father name: %#', async (text) => {
      const before = await fingerprint();
      const res = await app.gql(
        MatchIdentityDocument,
        { input: { cnic: '3520212345671', name: text, fatherName: text, purpose: 'EMPLOYMENT_SCREENING', consentRef: 'C-1' } },
        employer,
      );
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data!.matchIdentity.grade).toBe('CONFLICT');
      expect(await fingerprint()).toBe(before);
    });

    it('a bidi control character does not defeat name matching', async () => {
      const res = await app.gql(
        MatchIdentityDocument,
        { input: { cnic: '3520212345671', name: 'محمد علی\u200F', fatherName: '\u202Bاحمد خان', purpose: 'EMPLOYMENT_SCREENING', consentRef: 'C-1' } },
        employer,
      );
      expect(res.body.data!.matchIdentity.grade).toBe('EXACT');
    });

    it.each(TEXT)('consentRef: %#', (text) =>
      expectRefused(
        () => app.gql(MatchIdentityDocument, { input: { cnic: '3520212345671', purpose: 'EMPLOYMENT_SCREENING', consentRef: text } }, employer),
        'BAD_USER_INPUT',
      ),
    );

    it.each(TEXT)('audit filter ids: %#', (text) =>
      expectRefused(() => app.gql(AuditEventsDocument, { first: 5, filter: { clientId: text } }, auditor), 'BAD_USER_INPUT'),
    );

    it('refuses NUL characters in any text input, variables or literals', async () => {
      const nul = await expectRefused(() => app.gql(AuditEventsDocument, { first: 5, filter: { action: 'identity\u0000read' } }, auditor), 'BAD_USER_INPUT');
      expect(nul.status).toBe(400);
      expect(nul.body.errors![0].message).toBe('Text inputs may not contain NUL (\\u0000) characters.');
      await expectRefused(() => app.gql(CitizenDocument, { cnic: '352021234567\u00001', purpose: 'WELFARE_ADMINISTRATION' }, officer), 'BAD_USER_INPUT');
      await expectRefused(() => app.gql('{ auditEvents(first: 1, filter: {action: "a\\u0000b"}) { totalCount } }', undefined, auditor), 'BAD_USER_INPUT');
    });

    it.each(TEXT)('audit filter text: %#', async (text) => {
      const before = await fingerprint();
      const res = await app.gql(AuditEventsDocument, { first: 5, filter: { action: text, outcome: text } }, auditor);
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data!.auditEvents.totalCount).toBe(0);
      expect(await fingerprint()).toBe(before);
    });

    it.each(TEXT)('cursors: %#', (text) =>
      expectRefused(() => app.gql(AuditEventsDocument, { first: 5, after: text }, auditor), 'BAD_USER_INPUT'),
    );

    it.each(TEXT)('reinstateClient: %#', async (text) => {
      const before = await fingerprint();
      const res = await app.gql(ReinstateClientDocument, { input: { clientId: text, reason: text } }, admin);
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data!.reinstateClient.userErrors.length).toBe(1);
      expect(await fingerprint()).toBe(before);
    });

    it.each(TEXT)('global ids: %#', async (text) => {
      const res = await expectRefused(() => app.gql('query($id: ID!) { node(id: $id) { id } }', { id: text }, officer), 'BAD_USER_INPUT');
      expect(res.status).toBe(200);
    });
  });
});

describe('crafted cursors', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ demoData: false });
  });
  afterAll(() => app.close());

  it.each([
    ['a non-uuid id', ['2026-01-01T00:00:00.000Z', "x' or 1=1"]],
    ['a bad time', ['yesterday', '00000000-0000-0000-0000-000000000000']],
    ['numbers', [1, 2]],
    ['an empty key', []],
  ])('refuses a well-encoded cursor holding %s', async (_label, key) => {
    const after = Buffer.from(JSON.stringify(key)).toString('base64url');
    const res = await app.gql(AuditEventsDocument, { first: 5, after }, await app.key(Role.AUDITOR));
    expect(res.body.errors![0]).toMatchObject({ message: 'The cursor is not one from this connection.', extensions: { code: 'BAD_USER_INPUT' } });
  });
});

describe('hostile text in the registers', () => {
  let app: TestApp;
  let police: string;
  let centre: string;
  let employer: string;
  beforeAll(async () => {
    app = await startTestApp();
    police = await app.key(Role.LAW_ENFORCEMENT);
    centre = await app.key(Role.REGISTRATION_CENTRE);
    employer = await app.key(Role.EMPLOYER);
  });
  afterAll(() => app.close());

  const noInternalError = (res: { body: { errors?: { extensions: { code: string } }[] } }) =>
    expect((res.body.errors ?? []).filter((e) => e.extensions.code === 'INTERNAL_SERVER_ERROR')).toEqual([]);
  const identity = async () => (await app.sql<{ h: string }>("select md5(string_agg(c::text, '|' order by c.cnic)) h from citizen c"))[0].h;

  it.each(TEXT)('registerConviction free text, stored verbatim or refused, never a 500: %#', async (text) => {
    const before = await identity();
    const res = await app.gql(
      RegisterConvictionDocument,
      {
        input: {
          cnic: '35202-1234567-1', sections: ['PPC 376'], court: text, caseNumber: text, convictionDate: '2025-01-15',
          sentence: text, district: 'PK617', lastKnownAddress: text,
        },
      },
      police,
    );
    noInternalError(res);
    const payload = res.body.data?.registerConviction;
    if (payload?.conviction) expect(payload.conviction).toMatchObject({ court: text });
    else expect(payload?.userErrors.length).toBeGreaterThan(0);
    expect(await identity()).toBe(before);
  });

  it.each(TEXT)('verifyOffender names and the survey applicant, never a 500: %#', async (text) => {
    const check = await app.gql(
      VerifyOffenderDocument,
      { input: { cnic: '35202-1234567-1', name: text, fatherName: text, purpose: 'EMPLOYMENT_SCREENING', consentRef: 'C-1' } },
      employer,
    );
    noInternalError(check);
    expect(check.body.data?.verifyOffender.result).toBeDefined();
    const start = await app.gql(StartRegistrationDocument, { input: { cnic: '35202-1234567-1', centreDistrict: text } }, centre);
    noInternalError(start);
  });
});
