import { startTestApp, type TestApp } from './helpers/app';
import { AuditEventsDocument, CitizenDocument, MatchIdentityDocument, NodeDocument, VerifyOffenderDocument } from './generated/graphql';
import { Role } from '../src/auth/role';
import { hashCnic, type Cnic } from '../src/common/cnic';

describe('audit', () => {
  let app: TestApp;
  let auditor: string;
  let officer: string;
  let employer: string;
  const hmac = (cnic: string) => hashCnic(cnic as Cnic, app.config.cnicHmacKey);

  beforeAll(async () => {
    app = await startTestApp();
    auditor = await app.key(Role.AUDITOR, { name: 'Audit office' });
    officer = await app.key(Role.WELFARE_OFFICER, { name: 'Punjab officer', jurisdiction: { kind: 'PROVINCE', province: 'PUNJAB' as never } });
    employer = await app.key(Role.EMPLOYER, { name: 'Acme HR' });
  });
  afterAll(() => app.close());

  const rowsFor = (requestId: string) =>
    app.sql<Record<string, unknown>>('select * from audit_event where request_id = ? order by occurred_at', [requestId]);

  it('records a successful read with who, why and an HMAC of the CNIC (never the CNIC)', async () => {
    const res = await app.gql(CitizenDocument, { cnic: '35202-1234567-1', purpose: 'WELFARE_ADMINISTRATION' }, officer);
    const requestId = res.body.extensions!.requestId as string;
    expect(res.headers.get('x-request-id')).toBe(requestId);
    const rows = await rowsFor(requestId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actor_kind: 'API_KEY',
      actor_id: officer.split('_')[1],
      client_name: 'Punjab officer',
      role: 'WELFARE_OFFICER',
      action: 'identity.read',
      outcome: 'SUCCESS',
      purpose: 'WELFARE_ADMINISTRATION',
      subject_hash: hmac('3520212345671'),
      consent_ref: null,
    });
    expect(JSON.stringify(rows)).not.toContain('3520212345671');
  });

  it('records reads that found nothing, and reads outside the jurisdiction, distinctly', async () => {
    const outside = await app.gql(CitizenDocument, { cnic: '42101-2345678-2', purpose: 'WELFARE_ADMINISTRATION' }, officer);
    expect((await rowsFor(outside.body.errors![0].extensions.requestId!))[0]).toMatchObject({ outcome: 'OUT_OF_JURISDICTION' });
    const missing = await app.gql(CitizenDocument, { cnic: '35202-9999999-1', purpose: 'WELFARE_ADMINISTRATION' }, officer);
    expect((await rowsFor(missing.body.errors![0].extensions.requestId!))[0]).toMatchObject({
      outcome: 'NOT_FOUND',
      subject_hash: hmac('3520299999991'),
    });
  });

  it('records matches with the consent reference and the grade', async () => {
    const res = await app.gql(
      MatchIdentityDocument,
      { input: { cnic: '3520212345671', name: 'Muhammad Ali', purpose: 'EMPLOYMENT_SCREENING', consentRef: 'HR/2026/77' } },
      employer,
    );
    const [row] = await rowsFor(res.body.extensions!.requestId as string);
    expect(row).toMatchObject({ action: 'identity.match', consent_ref: 'HR/2026/77', detail: { grade: 'PARTIAL' }, outcome: 'SUCCESS' });
  });

  it('lets the auditor page through the log and filter by CNIC', async () => {
    const first = await app.gql(AuditEventsDocument, { first: 2, filter: { subjectCnic: '35202-1234567-1' } }, auditor);
    expect(first.body.errors).toBeUndefined();
    const page1 = first.body.data!.auditEvents;
    expect(page1.totalCount).toBe(2);
    expect(page1.edges.map((e) => e.node.action)).toEqual(['identity.match', 'identity.read']);
    expect(page1.edges[0].node).toMatchObject({ clientName: 'Acme HR', role: 'EMPLOYER', purpose: 'EMPLOYMENT_SCREENING', consentRef: 'HR/2026/77' });
    expect(page1.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });

    const all = await app.gql(AuditEventsDocument, { first: 2 }, auditor);
    const connection = all.body.data!.auditEvents;
    expect(connection.totalCount).toBe(4);
    expect(connection.pageInfo.hasNextPage).toBe(true);
    const next = await app.gql(AuditEventsDocument, { first: 2, after: connection.pageInfo.endCursor }, auditor);
    expect(next.body.data!.auditEvents.edges.map((e) => e.node.outcome)).toEqual(['OUT_OF_JURISDICTION', 'SUCCESS']);
    expect(next.body.data!.auditEvents.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });

    const back = await app.gql(AuditEventsDocument, { last: 2, before: next.body.data!.auditEvents.pageInfo.startCursor }, auditor);
    expect(back.body.data!.auditEvents.edges.map((e) => e.node.id)).toEqual(connection.edges.map((e) => e.node.id));
  });

  it('refetches an audit event by its global id', async () => {
    const all = await app.gql(AuditEventsDocument, { first: 1 }, auditor);
    const id = all.body.data!.auditEvents.edges[0].node.id;
    const res = await app.gql(NodeDocument, { id }, auditor);
    expect(res.body.data!.node).toEqual({ __typename: 'AuditEvent', id, action: 'identity.match' });
    const refused = await app.gql(NodeDocument, { id }, officer);
    expect(refused.body.errors![0].extensions.code).toBe('FORBIDDEN');
  });

  it.each([
    [{}, 'Pass exactly one of `first` or `last` (1-100).'],
    [{ first: 0 }, '`first` must be between 1 and 100.'],
    [{ first: 101 }, '`first` must be between 1 and 100.'],
    [{ first: 1, last: 1 }, 'Pass exactly one of `first` or `last` (1-100).'],
    [{ first: 1, after: 'bm90LWEtY3Vyc29y!' }, '`after` is not a cursor from this connection.'],
    [{ first: 1, before: 'x' }, 'Use `after` with `first`, `before` with `last`.'],
  ])('refuses bad pagination %j', async (args, message) => {
    const res = await app.gql(AuditEventsDocument, args, auditor);
    expect(res.body.errors![0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT' } });
  });

  it.each(Object.values(Role).filter((r) => r !== Role.AUDITOR))('refuses the log to %s', async (role) => {
    const res = await app.gql(AuditEventsDocument, { first: 1 }, await app.key(role));
    expect(res.body.errors![0]).toMatchObject({ message: `The ${role} role may not read audit data.`, extensions: { code: 'FORBIDDEN' } });
  });

  it('is append-only: the database refuses UPDATE, DELETE and TRUNCATE', async () => {
    await expect(app.sql("update audit_event set outcome = 'SUCCESS'")).rejects.toThrow(/audit_event is append-only: UPDATE is not allowed/);
    await expect(app.sql('delete from audit_event')).rejects.toThrow(/audit_event is append-only: DELETE is not allowed/);
    await expect(app.sql('truncate audit_event')).rejects.toThrow(/audit_event is append-only: TRUNCATE is not allowed/);
    const [{ count }] = await app.sql<{ count: string }>('select count(*) from audit_event');
    expect(Number(count)).toBeGreaterThanOrEqual(4);
  });

  it('both audit writers (the service in TypeScript and the offender check in SQL) write the same row shape', async () => {
    // The same client and subject through each writer: matchIdentity (AuditService.recordMany) and verifyOffender
    // (offender_check), each read back whole.
    const input = { cnic: '3520212345671', name: 'Muhammad Ali', purpose: 'EMPLOYMENT_SCREENING' as const, consentRef: 'HR/2026/78' };
    const matched = await app.gql(MatchIdentityDocument, { input }, employer);
    const checked = await app.gql(VerifyOffenderDocument, { input }, employer);
    const [byService] = await rowsFor(matched.body.extensions!.requestId as string);
    const [bySql] = await rowsFor(checked.body.extensions!.requestId as string);
    const actor = (row: Record<string, unknown>) => ({
      actor_kind: row.actor_kind,
      actor_id: row.actor_id,
      client_id: row.client_id,
      client_name: row.client_name,
      role: row.role,
      subject_hash: row.subject_hash,
      purpose: row.purpose,
      consent_ref: row.consent_ref,
      outcome: row.outcome,
    });
    expect(actor(bySql)).toEqual(actor(byService));
    expect(actor(byService)).toEqual({
      actor_kind: 'API_KEY',
      actor_id: employer.split('_')[1],
      client_id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      client_name: 'Acme HR',
      role: 'EMPLOYER',
      subject_hash: hmac('3520212345671'),
      purpose: 'EMPLOYMENT_SCREENING',
      consent_ref: 'HR/2026/78',
      outcome: 'SUCCESS',
    });
    expect(Object.keys(bySql).sort()).toEqual(Object.keys(byService).sort());
    expect([byService.request_id, bySql.request_id]).toEqual([matched.body.extensions!.requestId, checked.body.extensions!.requestId]);
    expect([byService.action, bySql.action]).toEqual(['identity.match', 'offender.check']);
  });

  it('gives new rows time-ordered ids (UUID version 7) from both writers, so the primary key grows at its end', async () => {
    const input = { cnic: '3520212345671', name: 'Muhammad Ali', purpose: 'EMPLOYMENT_SCREENING' as const, consentRef: 'HR/2026/79' };
    const matched = await app.gql(MatchIdentityDocument, { input }, employer);
    const checked = await app.gql(VerifyOffenderDocument, { input }, employer);
    const [byService] = await rowsFor(matched.body.extensions!.requestId as string);
    const [bySql] = await rowsFor(checked.body.extensions!.requestId as string);
    const v7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect(byService.id).toMatch(v7);
    expect(bySql.id).toMatch(v7);
    // The check's id is the one it quoted back to the client.
    expect(Buffer.from(checked.body.data!.verifyOffender.checkId, 'base64url').toString()).toBe(`AuditEvent:1:${bySql.id}`);
    // The first 48 bits are the Unix milliseconds of the row (within the second it was written), and later rows sort after.
    const millis = (id: unknown) => parseInt((id as string).replace(/-/g, '').slice(0, 12), 16);
    for (const row of [byService, bySql]) expect(Math.abs(millis(row.id) - (row.occurred_at as Date).getTime())).toBeLessThan(1000);
    expect(String(bySql.id) > String(byService.id)).toBe(true);
  });
});
