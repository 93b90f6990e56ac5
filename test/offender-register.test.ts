import { startTestApp, type TestApp } from './helpers/app';
import {
  AmendConvictionDocument,
  ChangeConvictionStatusDocument,
  OffenderDocument,
  OffendersDocument,
  RegisterConvictionDocument,
  type RegisterConvictionInput,
} from './generated/graphql';
import { Role } from '../src/auth/role';
import type { Jurisdiction } from '../src/jurisdictions/jurisdiction';

const RASHID = '3520287654321'; // ACTIVE, Lahore (Punjab)
const TAHIR = '3740176543213'; // OVERTURNED_ON_APPEAL, Rawalpindi (Punjab)
const MUHAMMAD_ALI = '3520212345671'; // identity record, no conviction
const PUNJAB: Jurisdiction = { kind: 'PROVINCE', province: 'PUNJAB' as never };
const SINDH: Jurisdiction = { kind: 'PROVINCE', province: 'SINDH' as never };

const newConviction = (extra: Partial<RegisterConvictionInput> = {}): RegisterConvictionInput => ({
  cnic: MUHAMMAD_ALI,
  sections: ['ppc-376'],
  court: 'Sessions Court Lahore',
  caseNumber: 'FIR 1/2026 PS Model Town',
  convictionDate: '2026-01-15',
  sentence: '10 years',
  district: 'PK617',
  lastKnownAddress: 'House 1, Model Town, Lahore',
  ...extra,
});

describe('the register', () => {
  let app: TestApp;
  const keys = {} as Record<Role, string>;
  let punjab: string;
  let sindh: string;

  const counts = async () =>
    (
      await app.sql<{ c: number; e: number; a: number; w: number }>(
        `select (select count(*)::int from conviction) c, (select count(*)::int from conviction_event) e,
                (select count(*)::int from audit_event where action like 'conviction.%') a,
                (select count(*)::int from webhook_delivery) w`,
      )
    )[0];

  beforeAll(async () => {
    app = await startTestApp();
    for (const role of Object.values(Role)) keys[role] = await app.key(role);
    punjab = await app.key(Role.LAW_ENFORCEMENT, { jurisdiction: PUNJAB, name: 'Punjab Police' });
    sindh = await app.key(Role.LAW_ENFORCEMENT, { jurisdiction: SINDH, name: 'Sindh Police' });
  });
  afterAll(() => app.close());

  describe('offender(cnic)', () => {
    it('gives law enforcement the record, convictions and history, and audits the read', async () => {
      const res = await app.gql(OffenderDocument, { cnic: TAHIR }, keys.LAW_ENFORCEMENT);
      expect(res.body.errors).toBeUndefined();
      const { id, convictions, ...person } = res.body.data!.offender;
      expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(person).toEqual({
        cnic: TAHIR,
        name: { latin: 'Tahir Iqbal', urdu: 'طاہر اقبال' },
        relation: 'SON_OF',
        relativeName: { latin: 'Muhammad Iqbal', urdu: 'محمد اقبال' },
        gender: 'MALE',
        dateOfBirth: '1990-12-01',
        district: { code: 'PK630', province: 'PUNJAB' },
      });
      expect(convictions).toHaveLength(1);
      expect(convictions[0]).toMatchObject({
        version: 2,
        status: 'OVERTURNED_ON_APPEAL',
        sections: ['PPC 377'],
        court: 'Sessions Court Rawalpindi',
        caseNumber: 'FIR 88/2023 PS Saddar',
        convictionDate: '2023-05-30',
        registeringAgency: 'Punjab Police',
        district: { code: 'PK630', province: 'PUNJAB' },
        endsOn: null,
      });
      expect(convictions[0].history.map((h) => [h.kind, h.fromStatus, h.toStatus, h.version])).toEqual([
        ['REGISTERED', null, 'ACTIVE', 1],
        ['STATUS_CHANGED', 'ACTIVE', 'OVERTURNED_ON_APPEAL', 2],
      ]);
      const [audit] = await app.sql("select outcome, purpose from audit_event where action = 'offender.read' and request_id = ?", [
        res.body.extensions!.requestId,
      ]);
      expect(audit).toEqual({ outcome: 'SUCCESS', purpose: 'LAW_ENFORCEMENT' });
    });

    it.each(Object.values(Role).filter((r) => r !== Role.LAW_ENFORCEMENT))('%s is refused', async (role) => {
      const res = await app.gql(OffenderDocument, { cnic: RASHID }, keys[role]);
      expect(res.body.errors![0]).toMatchObject({ message: `The ${role} role may not read offender data.`, extensions: { code: 'FORBIDDEN' } });
      const list = await app.gql(OffendersDocument, { first: 5 }, keys[role]);
      expect(list.body.errors![0].extensions.code).toBe('FORBIDDEN');
    });

    it('answers outside the jurisdiction exactly as for someone not on the register', async () => {
      const outside = await app.gql(OffenderDocument, { cnic: RASHID }, sindh);
      const clean = await app.gql(OffenderDocument, { cnic: '3520212345671' }, sindh);
      expect(outside.body.errors![0]).toMatchObject({
        message: 'No offender with this CNIC on the register in your jurisdiction.',
        extensions: { code: 'NOT_FOUND' },
      });
      expect(clean.body.errors![0].message).toBe(outside.body.errors![0].message);
      const inside = await app.gql(OffenderDocument, { cnic: RASHID }, punjab);
      expect(inside.body.data!.offender.cnic).toBe(RASHID);
    });
  });

  describe('node(id)', () => {
    it('refetches offender records and convictions under the same rules', async () => {
      const record = (await app.gql(OffenderDocument, { cnic: TAHIR }, keys.LAW_ENFORCEMENT)).body.data!.offender;
      const node = `query($id: ID!) { node(id: $id) { __typename id ... on OffenderRecord { cnic } ... on Conviction { status version } } }`;
      const asRecord = await app.gql<{ node: { __typename: string; cnic?: string } }, { id: string }>(node, { id: record.id }, keys.LAW_ENFORCEMENT);
      expect(asRecord.body.data!.node).toEqual({ __typename: 'OffenderRecord', id: record.id, cnic: TAHIR });
      const conviction = record.convictions[0];
      const asConviction = await app.gql<{ node: unknown }, { id: string }>(node, { id: conviction.id }, punjab);
      expect(asConviction.body.data!.node).toEqual({ __typename: 'Conviction', id: conviction.id, status: 'OVERTURNED_ON_APPEAL', version: 2 });
      const outside = await app.gql<{ node: unknown }, { id: string }>(node, { id: conviction.id }, sindh);
      expect(outside.body.errors![0].extensions.code).toBe('NOT_FOUND');
      const dashes = (type: string) => Buffer.from(`${type}:1:${'-'.repeat(36)}`).toString('base64url');
      for (const id of [dashes('OffenderRecord'), dashes('Conviction'), dashes('Watch')]) {
        const hostile = await app.gql<{ node: unknown }, { id: string }>(node, { id }, keys.LAW_ENFORCEMENT);
        expect(hostile.body.errors![0].extensions.code).toBe('BAD_USER_INPUT'); // not a Tasdeeq global ID
      }
      const hostileChange = await app.gql(ChangeConvictionStatusDocument, { input: { id: dashes('Conviction'), version: 1, status: 'PARDONED', reason: 'x' } }, punjab);
      expect(hostileChange.body.data!.changeConvictionStatus.userErrors[0].code).toBe('NOT_FOUND');
      const hostileCursor = await app.gql(OffendersDocument, { first: 1, after: Buffer.from(JSON.stringify(['-'.repeat(36)])).toString('base64url') }, punjab);
      expect(hostileCursor.body.errors![0]).toMatchObject({ message: 'The cursor is not from this connection.', extensions: { code: 'BAD_USER_INPUT' } });
      const employer = await app.gql<{ node: unknown }, { id: string }>(node, { id: record.id }, keys.EMPLOYER);
      expect(employer.body.errors![0].extensions.code).toBe('FORBIDDEN');
    });
  });

  describe('offenders(filter)', () => {
    const cnics = (res: { body: { data?: { offenders: { edges: { node: { cnic: string } }[] } } | null } }) =>
      res.body.data!.offenders.edges.map((e) => e.node.cnic).sort();

    it('filters by status, province, district and section', async () => {
      const le = keys.LAW_ENFORCEMENT;
      const all = await app.gql(OffendersDocument, { first: 100 }, le);
      expect(all.body.data!.offenders.totalCount).toBe(6);
      expect(cnics(await app.gql(OffendersDocument, { first: 100, filter: { status: 'ACTIVE' } }, le))).toEqual([
        '1730154321097', '3520287654321', '4220165432105',
      ]);
      expect(cnics(await app.gql(OffendersDocument, { first: 100, filter: { province: 'PUNJAB' } }, le))).toEqual([RASHID, TAHIR]);
      expect(cnics(await app.gql(OffendersDocument, { first: 100, filter: { district: 'PK226' } }, le))).toEqual(['5440043210989']);
      expect(cnics(await app.gql(OffendersDocument, { first: 100, filter: { section: 'PPC 376' } }, le))).toEqual(['1730154321097', RASHID]);
      const bad = await app.gql(OffendersDocument, { first: 5, filter: { section: 'theft' } }, le);
      expect(bad.body.errors![0]).toMatchObject({ message: '`filter.section` must look like `PPC 376` or `PECA 22`.', extensions: { code: 'BAD_USER_INPUT' } });
    });

    it('counts the register only when totalCount is selected', async () => {
      const counts = (statements: string[]) => statements.filter((s) => /count\(\*\)/i.test(s)).length;
      const plain = await app.countQueries(() => app.gql('{ offenders(first: 2) { edges { node { cnic } } } }', undefined, keys.LAW_ENFORCEMENT));
      expect((plain.result.body.data as { offenders: { edges: unknown[] } }).offenders.edges).toHaveLength(2);
      expect(counts(plain.statements)).toBe(0);
      const counted = await app.countQueries(() => app.gql('{ offenders(first: 2) { totalCount } }', undefined, keys.LAW_ENFORCEMENT));
      expect(counted.result.body.data).toEqual({ offenders: { totalCount: 6 } });
      expect(counts(counted.statements)).toBe(1);
    });

    it('is scoped to the jurisdiction by the query, whatever the filter asks', async () => {
      expect(cnics(await app.gql(OffendersDocument, { first: 100 }, punjab))).toEqual([RASHID, TAHIR]);
      const other = await app.gql(OffendersDocument, { first: 100, filter: { province: 'SINDH' } }, punjab);
      expect(other.body.data!.offenders).toMatchObject({ totalCount: 0, edges: [] });
    });

    it('pages forward and back with opaque cursors', async () => {
      const le = keys.LAW_ENFORCEMENT;
      const all = (await app.gql(OffendersDocument, { first: 100 }, le)).body.data!.offenders.edges.map((e) => e.node.cnic);
      const first = (await app.gql(OffendersDocument, { first: 4 }, le)).body.data!.offenders;
      expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
      const second = (await app.gql(OffendersDocument, { first: 4, after: first.pageInfo.endCursor }, le)).body.data!.offenders;
      expect(second.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
      expect([...first.edges, ...second.edges].map((e) => e.node.cnic)).toEqual(all);
      const back = (await app.gql(OffendersDocument, { last: 4, before: second.pageInfo.startCursor }, le)).body.data!.offenders;
      expect(back.edges.map((e) => e.node.cnic)).toEqual(all.slice(0, 4));
    });
  });

  describe('registerConviction', () => {
    it('registers, records who and when, and makes checks answer at once', async () => {
      const res = await app.gql(RegisterConvictionDocument, { input: newConviction({ cnic: '35202-1234567-1' }) }, punjab);
      const payload = res.body.data!.registerConviction;
      expect(payload.userErrors).toEqual([]);
      expect(payload.offender).toEqual({ cnic: MUHAMMAD_ALI });
      expect(payload.conviction).toMatchObject({
        version: 1,
        status: 'ACTIVE',
        sections: ['PPC 376'],
        registeringAgency: 'Punjab Police',
        district: { code: 'PK617', province: 'PUNJAB' },
        endsOn: null,
        lastKnownAddress: 'House 1, Model Town, Lahore',
        history: [{ kind: 'REGISTERED', fromStatus: null, toStatus: 'ACTIVE', changedFields: [], reason: 'Registered.', version: 1, actorName: 'Punjab Police' }],
      });
      expect(payload.conviction!.registeredOn).toBe(new Date().toISOString().slice(0, 10));
      const [audit] = await app.sql("select outcome, detail->>'status' as status from audit_event where action = 'conviction.register' and request_id = ?", [
        res.body.extensions!.requestId,
      ]);
      expect(audit).toEqual({ outcome: 'SUCCESS', status: 'ACTIVE' });
    });

    it('registers once per idempotency key and client', async () => {
      const before = await counts();
      const input = newConviction({ cnic: '3520287654321', idempotencyKey: 'retry-123', caseNumber: 'FIR 2/2026' });
      const first = await app.gql(RegisterConvictionDocument, { input }, punjab);
      const retry = await app.gql(RegisterConvictionDocument, { input }, punjab);
      expect(retry.body.data!.registerConviction.conviction!.id).toBe(first.body.data!.registerConviction.conviction!.id);
      expect(await counts()).toMatchObject({ c: before.c + 1, e: before.e + 1, a: before.a + 1 });
      const otherClient = await app.gql(RegisterConvictionDocument, { input: { ...input, district: 'PK617' } }, keys.LAW_ENFORCEMENT);
      expect(otherClient.body.data!.registerConviction.conviction!.id).not.toBe(first.body.data!.registerConviction.conviction!.id);
    });

    it('registers once when the same key arrives twice at the same moment', async () => {
      const before = await counts();
      const input = newConviction({ cnic: RASHID, idempotencyKey: 'parallel-1', caseNumber: 'FIR 3/2026' });
      const results = await Promise.all([1, 2, 3].map(() => app.gql(RegisterConvictionDocument, { input }, punjab)));
      const ids = new Set(results.map((r) => r.body.data!.registerConviction.conviction!.id));
      expect(ids.size).toBe(1);
      expect(await counts()).toMatchObject({ c: before.c + 1, e: before.e + 1, a: before.a + 1 });
    });

    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    it.each([
      ['a future conviction date', newConviction({ convictionDate: tomorrow }), [
        { field: ['input', 'convictionDate'], code: 'INVALID', message: '`convictionDate` must not be in the future.' },
        { field: ['input', 'registeredOn'], code: 'INVALID', message: '`registeredOn` must not precede `convictionDate`.' },
      ]],
      ['an unregistrable section', newConviction({ sections: ['PPC 354'] }), [{ field: ['input', 'sections', '0'], code: 'INVALID', message: 'PPC 354 is not a registrable offence (Rules 2023, s.2(h)).' }]],
      ['a section that is no section', newConviction({ sections: ['theft'] }), [{ field: ['input', 'sections', '0'], code: 'INVALID', message: 'A section looks like `PPC 376` or `PECA 22`.' }]],
      ['no section', newConviction({ sections: [] }), [{ field: ['input', 'sections'], code: 'INVALID', message: 'Give at least one statute section, e.g. `PPC 376`.' }]],
      ['an empty court', newConviction({ court: '  ' }), [{ field: ['input', 'court'], code: 'INVALID', message: '`court` must not be empty.' }]],
      ['an unknown district', newConviction({ district: 'PK999' }), [{ field: ['input', 'district'], code: 'INVALID', message: '`district` is not a district code (e.g. `PK617`).' }]],
      ['an end before registration', newConviction({ registeredOn: '2026-01-20', endsOn: '2026-01-01' }), [{ field: ['input', 'endsOn'], code: 'INVALID', message: '`endsOn` must be after `registeredOn`.' }]],
      ['a district of another jurisdiction', newConviction({ district: 'PK706' }), [{ field: ['input', 'district'], code: 'FORBIDDEN', message: 'This district is outside your jurisdiction.' }]],
      ['a CNIC with no identity record', newConviction({ cnic: '3520299999991' }), [{ field: ['input', 'cnic'], code: 'NOT_FOUND', message: 'No identity record has this CNIC: an offender must match the identity mirror.' }]],
      ['a malformed idempotency key', newConviction({ idempotencyKey: 'has spaces' }), [{ field: ['input', 'idempotencyKey'], code: 'INVALID', message: '`idempotencyKey` must be 1-128 of A-Z a-z 0-9 . _ : -' }]],
    ])('refuses %s and changes nothing', async (_name, input, userErrors) => {
      const before = await counts();
      const res = await app.gql(RegisterConvictionDocument, { input }, punjab);
      expect(res.status).toBe(200);
      expect(res.body.data!.registerConviction).toEqual({ conviction: null, offender: null, userErrors });
      expect(await counts()).toEqual(before);
    });

    it.each(Object.values(Role).filter((r) => r !== Role.LAW_ENFORCEMENT))('%s may not change the register', async (role) => {
      const res = await app.gql(RegisterConvictionDocument, { input: newConviction() }, keys[role]);
      expect(res.body.errors![0]).toMatchObject({ message: `The ${role} role may not write offender data.`, extensions: { code: 'FORBIDDEN' } });
      const amend = await app.gql(AmendConvictionDocument, { input: { id: 'x', version: 1, court: 'x', reason: 'x' } }, keys[role]);
      expect(amend.body.errors![0].extensions.code).toBe('FORBIDDEN');
      const status = await app.gql(ChangeConvictionStatusDocument, { input: { id: 'x', version: 1, status: 'PARDONED', reason: 'x' } }, keys[role]);
      expect(status.body.errors![0].extensions.code).toBe('FORBIDDEN');
    });
  });

  describe('amendConviction and changeConvictionStatus', () => {
    const rashidConviction = async () => (await app.gql(OffenderDocument, { cnic: RASHID }, punjab)).body.data!.offender.convictions.find((c) => c.caseNumber === 'FIR 412/2024 PS Gulberg')!;

    it('amends with a version and a reason, keeping the history', async () => {
      const c = await rashidConviction();
      const res = await app.gql(AmendConvictionDocument, { input: { id: c.id, version: c.version, sentence: '14 years', reason: 'Clerical error in the sentence' } }, punjab);
      const { conviction, userErrors } = res.body.data!.amendConviction;
      expect(userErrors).toEqual([]);
      expect(conviction).toMatchObject({ version: c.version + 1, sentence: '14 years', status: 'ACTIVE' });
      expect(conviction!.history.at(-1)).toMatchObject({ kind: 'AMENDED', changedFields: ['sentence'], reason: 'Clerical error in the sentence', version: c.version + 1, actorName: 'Punjab Police' });
    });

    it('refuses a stale version, an empty change, a missing reason and another jurisdiction, changing nothing', async () => {
      const c = await rashidConviction();
      const before = await counts();
      const stale = await app.gql(AmendConvictionDocument, { input: { id: c.id, version: c.version - 1, court: 'Other', reason: 'x' } }, punjab);
      expect(stale.body.data!.amendConviction.userErrors).toEqual([
        { field: ['input', 'version'], code: 'STALE_VERSION', message: `The conviction is at version ${c.version}: refetch it and retry.` },
      ]);
      const same = await app.gql(AmendConvictionDocument, { input: { id: c.id, version: c.version, court: c.court, reason: 'x' } }, punjab);
      expect(same.body.data!.amendConviction.userErrors[0]).toMatchObject({ code: 'INVALID', message: 'Nothing to change: every given value equals the current one.' });
      const future = await app.gql(AmendConvictionDocument, { input: { id: c.id, version: c.version, convictionDate: '2999-01-01', reason: 'x' } }, punjab);
      expect(future.body.data!.amendConviction.userErrors.map((e) => e.field)).toEqual([['input', 'convictionDate'], ['input', 'convictionDate']]);
      const noReason = await app.gql(ChangeConvictionStatusDocument, { input: { id: c.id, version: c.version, status: 'PARDONED', reason: ' ' } }, punjab);
      expect(noReason.body.data!.changeConvictionStatus.userErrors).toEqual([{ field: ['input', 'reason'], code: 'INVALID', message: '`reason` must not be empty.' }]);
      const sameStatus = await app.gql(ChangeConvictionStatusDocument, { input: { id: c.id, version: c.version, status: 'ACTIVE', reason: 'x' } }, punjab);
      expect(sameStatus.body.data!.changeConvictionStatus.userErrors).toEqual([{ field: ['input', 'status'], code: 'INVALID', message: 'The conviction is already ACTIVE.' }]);
      const staleStatus = await app.gql(ChangeConvictionStatusDocument, { input: { id: c.id, version: c.version + 5, status: 'PARDONED', reason: 'x' } }, punjab);
      expect(staleStatus.body.data!.changeConvictionStatus.userErrors[0].code).toBe('STALE_VERSION');
      const elsewhere = await app.gql(ChangeConvictionStatusDocument, { input: { id: c.id, version: c.version, status: 'PARDONED', reason: 'x' } }, sindh);
      expect(elsewhere.body.data!.changeConvictionStatus).toEqual({
        conviction: null,
        userErrors: [{ field: ['input', 'id'], code: 'NOT_FOUND', message: 'No conviction with this ID in your jurisdiction.' }],
      });
      const garbage = await app.gql(ChangeConvictionStatusDocument, { input: { id: 'not-an-id', version: 1, status: 'PARDONED', reason: 'x' } }, punjab);
      expect(garbage.body.data!.changeConvictionStatus.userErrors[0].code).toBe('NOT_FOUND');
      expect(await counts()).toEqual(before);
      expect((await rashidConviction()).version).toBe(c.version);
    });

    it('changes status with a reason, to EXPIRED and back to ACTIVE', async () => {
      const c = await rashidConviction();
      const expired = await app.gql(ChangeConvictionStatusDocument, { input: { id: c.id, version: c.version, status: 'EXPIRED', reason: 'Registration period ended' } }, punjab);
      expect(expired.body.data!.changeConvictionStatus.conviction).toMatchObject({ status: 'EXPIRED', version: c.version + 1 });
      const back = await app.gql(ChangeConvictionStatusDocument, { input: { id: c.id, version: c.version + 1, status: 'ACTIVE', reason: 'Expiry entered in error' } }, punjab);
      expect(back.body.data!.changeConvictionStatus.conviction!.history.slice(-2)).toEqual([
        { kind: 'STATUS_CHANGED', fromStatus: 'ACTIVE', toStatus: 'EXPIRED', reason: 'Registration period ended', version: c.version + 1 },
        { kind: 'STATUS_CHANGED', fromStatus: 'EXPIRED', toStatus: 'ACTIVE', reason: 'Expiry entered in error', version: c.version + 2 },
      ]);
    });

    it('lets exactly one of two concurrent changes with the same version win', async () => {
      const c = await rashidConviction();
      const change = (status: 'PARDONED' | 'EXPIRED') =>
        app.gql(ChangeConvictionStatusDocument, { input: { id: c.id, version: c.version, status, reason: 'race' } }, punjab);
      const results = await Promise.all([change('PARDONED'), change('EXPIRED')]);
      const codes = results.map((r) => r.body.data!.changeConvictionStatus.userErrors.map((e) => e.code)).sort();
      expect(codes).toEqual([[], ['STALE_VERSION']]);
      const after = await rashidConviction();
      expect(after.version).toBe(c.version + 1);
      const restore = await app.gql(ChangeConvictionStatusDocument, { input: { id: c.id, version: after.version, status: 'ACTIVE', reason: 'undo race' } }, punjab);
      expect(restore.body.data!.changeConvictionStatus.userErrors).toEqual([]);
    });

    it('works the same for agency staff on JWTs, with idempotency keys per officer', async () => {
      const token = `Bearer ${await app.token({ sub: 'officer-17', role: 'LAW_ENFORCEMENT', jurisdiction: 'PROVINCE:PUNJAB', org: 'Punjab Police CIA' })}`;
      const input = newConviction({ cnic: TAHIR, district: 'PK630', idempotencyKey: 'officer-17-a', caseNumber: 'FIR 9/2026' });
      const first = await app.gql(RegisterConvictionDocument, { input }, token);
      expect(first.body.data!.registerConviction.conviction!.history[0]).toMatchObject({ actorId: 'officer-17', actorName: 'Punjab Police CIA' });
      const again = await app.gql(RegisterConvictionDocument, { input }, token);
      expect(again.body.data!.registerConviction.conviction!.id).toBe(first.body.data!.registerConviction.conviction!.id);
      const outside = await app.gql(OffenderDocument, { cnic: '4220165432105' }, token);
      expect(outside.body.errors![0].extensions.code).toBe('NOT_FOUND');
    });

    it('never deletes: the database refuses deletes and history rewrites', async () => {
      await expect(app.sql('delete from conviction')).rejects.toThrow(/DELETE is not allowed on conviction/);
      await expect(app.sql("update conviction_event set reason = 'rewritten'")).rejects.toThrow(/UPDATE is not allowed on conviction_event/);
    });
  });
});
