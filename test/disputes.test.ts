import { createHmac } from 'node:crypto';
import type { JSONWebKeySet } from 'jose';
import { startTestApp, type TestApp } from './helpers/app';
import {
  ChangeConvictionStatusDocument,
  CheckWithReceiptDocument,
  DisputeDocument,
  DisputeForReviewerDocument,
  DisputesDocument,
  FileDisputeDocument,
  OffenderDocument,
  ResolveDisputeDocument,
  type FileDisputeInput,
} from './generated/graphql';
import { DisclosurePolicy, Role } from '../src/auth/role';
import { Province } from '../src/jurisdictions/province';
import { verifyReceipt } from '../examples/receipts/src/verify';

const RASHID = '3520287654321'; // ACTIVE conviction in Lahore (PK617); number 03218765432
const RASHID_NUMBER = '03218765432';
const KAMRAN = '4220165432105'; // ACTIVE conviction in Central Karachi (PK702); number 03126543210
const KAMRAN_NUMBER = '03126543210';
const ALI = '3520212345671'; // household in Lahore; number 03331234567
const ALI_NUMBER = '03331234567';
const HMAC_KEY = 'test-hmac-key-0123456789abcdef0123456789';
const hash = (cnic: string) => createHmac('sha256', HMAC_KEY).update(cnic).digest('hex');
const TRACKING_ID = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{2}$/;
const PUNJAB = { kind: 'PROVINCE', province: Province.PUNJAB } as const;
const SINDH = { kind: 'PROVINCE', province: Province.SINDH } as const;
const RASHID_UNDER_DISPUTE_EN = "This CNIC's record is under dispute. Do not act on this check alone: refer it to law enforcement.";
const RASHID_UNDER_DISPUTE_UR = 'اس شناختی کارڈ کا ریکارڈ زیرِ اعتراض ہے۔ صرف اس جانچ پر عمل نہ کریں؛ معاملہ قانون نافذ کرنے والے ادارے کو بھیجیں۔';

describe('disputes with tracking', () => {
  let app: TestApp;
  let centre: string;
  let punjabPolice: string;
  let sindhPolice: string;
  let punjabWelfare: string;
  let employer: string;
  let matchOnly: string;
  let gateway: string;

  const file = async (input: Partial<FileDisputeInput> & { cnic: string }, key = centre) =>
    (await app.gql(FileDisputeDocument, { input: { kind: 'CONVICTION_RECORD', details: 'The conviction is not mine: I was abroad.', ...input } }, key)).body.data!.fileDispute;
  const sms = async (from: string, text: string, to = '8171') => {
    const params = new URLSearchParams({ from, to, text, key: gateway });
    return (await fetch(`${app.url}/sms/inbound?${params}`)).text();
  };
  const check = async (key: string, cnic = RASHID) =>
    (await app.gql(CheckWithReceiptDocument, { input: { cnic, purpose: 'EMPLOYMENT_SCREENING', consentRef: 'form-1' } }, key)).body.data!.verifyOffender;

  beforeAll(async () => {
    app = await startTestApp({ env: { SMS_MESSAGES_PER_HOUR: '1000' } });
    // An Islamabad centre: the person at its counter may have records anywhere.
    centre = await app.key(Role.REGISTRATION_CENTRE, { name: 'Islamabad centre', jurisdiction: { kind: 'DISTRICTS', districts: ['PK401'] } });
    punjabPolice = await app.key(Role.LAW_ENFORCEMENT, { name: 'Punjab Police', jurisdiction: PUNJAB });
    sindhPolice = await app.key(Role.LAW_ENFORCEMENT, { name: 'Sindh Police', jurisdiction: SINDH });
    punjabWelfare = await app.key(Role.WELFARE_OFFICER, { name: 'Punjab welfare', jurisdiction: PUNJAB });
    employer = await app.key(Role.EMPLOYER, { name: 'Acme HR', disclosure: DisclosurePolicy.NAME_LINE });
    matchOnly = await app.key(Role.EMPLOYER, { name: 'Quiet HR', disclosure: DisclosurePolicy.MATCH_ONLY });
    gateway = await app.key(Role.SMS_GATEWAY);
  });
  afterAll(() => app.close());

  describe('a conviction dispute, from filing to resolution', () => {
    let trackingId: string;
    let id: string;

    it('a centre files it for anyone at its counter and gets a tracking ID in the registrations\' style', async () => {
      expect((await check(employer)).result).toBe('RECORD_FOUND');
      const { dispute, userErrors } = await file({ cnic: RASHID, reference: 'Passport exit stamps 2024' });
      expect(userErrors).toEqual([]);
      expect(dispute).toEqual({
        id: expect.any(String),
        trackingId: expect.stringMatching(TRACKING_ID),
        kind: 'CONVICTION_RECORD',
        status: 'OPEN',
        cnicMasked: '35202-*******-1',
        details: 'The conviction is not mine: I was abroad.',
        reference: 'Passport exit stamps 2024',
        filedVia: 'API',
        filedAt: expect.any(String),
        resolvedAt: null,
        version: 1,
        history: [{ status: 'OPEN', reason: null, actorName: 'Islamabad centre', version: 1, at: expect.any(String) }],
        changes: [],
        trackingSlip: expect.any(String),
      });
      trackingId = dispute!.trackingId;
      id = dispute!.id;
      const v = await verifyReceipt(dispute!.trackingSlip, (await (await fetch(`${app.url}/.well-known/jwks.json`)).json()) as JSONWebKeySet);
      expect(v.valid && v.claims).toMatchObject({ kind: 'DISPUTE_SLIP', jti: trackingId, disputeKind: 'CONVICTION_RECORD', filedVia: 'API', cnicMasked: '35202-*******-1' });
      expect(await app.sql('select action, outcome, purpose, subject_hash, client_name from audit_event where action = ?', ['dispute.file'])).toEqual([
        { action: 'dispute.file', outcome: 'SUCCESS', purpose: 'SUBJECT_ACCESS', subject_hash: hash(RASHID), client_name: 'Islamabad centre' },
      ]);
    });

    it('while open, checks that would name the person refer to law enforcement instead (UNDER_DISPUTE); others are unchanged', async () => {
      expect(await check(employer)).toMatchObject({ result: 'REFER_TO_LAW_ENFORCEMENT', reason: 'UNDER_DISPUTE', message: RASHID_UNDER_DISPUTE_EN, disclosure: { __typename: 'ResultOnly' } });
      expect(await check(matchOnly)).toMatchObject({ result: 'RECORD_FOUND', reason: null });
      expect(await check(employer, KAMRAN)).toMatchObject({ result: 'RECORD_FOUND', disclosure: { __typename: 'NameLine' } });
      // Law enforcement in jurisdiction still reads the record.
      const police = await app.gql(CheckWithReceiptDocument, { input: { cnic: RASHID, purpose: 'LAW_ENFORCEMENT' } }, punjabPolice);
      expect(police.body.data!.verifyOffender).toMatchObject({ result: 'RECORD_FOUND', disclosure: { __typename: 'OffenderRecord' } });
      // The public 7000 check too.
      expect(await sms('03009990001', RASHID, '7000')).toBe(RASHID_UNDER_DISPUTE_UR);
    });

    it('the centre follows it by tracking ID as a person types it; the reviewing body within jurisdiction sees it whole; others do not', async () => {
      const typed = trackingId.toLowerCase().replace(/-/g, ' ');
      expect((await app.gql(DisputeDocument, { trackingId: typed }, centre)).body.data!.dispute).toMatchObject({ id, status: 'OPEN' });
      const forCentre = await app.gql(DisputeForReviewerDocument, { trackingId }, centre);
      expect(forCentre.body.errors?.[0]).toMatchObject({ path: ['dispute', 'cnic'], extensions: { code: 'FORBIDDEN' } });
      expect((await app.gql(DisputeForReviewerDocument, { trackingId }, punjabPolice)).body.data!.dispute).toMatchObject({ id, cnic: RASHID });
      for (const key of [sindhPolice, punjabWelfare]) {
        const res = await app.gql(DisputeDocument, { trackingId }, key);
        expect(res.body.errors?.[0]).toMatchObject({ message: 'No dispute with this tracking ID that you may see.', extensions: { code: 'NOT_FOUND' } });
      }
      const page = (await app.gql(DisputesDocument, { first: 10, filter: { status: 'OPEN' } }, punjabPolice)).body.data!.disputes;
      expect(page.edges.map((e) => e.node.trackingId)).toEqual([trackingId]);
      expect((await app.gql(DisputesDocument, { first: 10 }, sindhPolice)).body.data!.disputes.totalCount).toBe(0);
      expect((await app.gql(DisputesDocument, { first: 10 }, punjabWelfare)).body.data!.disputes.totalCount).toBe(0);
      const [{ n }] = await app.sql<{ n: number }>(`select count(*)::int as n from audit_event where action = 'dispute.list' and subject_hash = ?`, [hash(RASHID)]);
      expect(n).toBe(1);
    });

    it('resolution: another jurisdiction finds nothing, a stale version is refused, UPHELD needs the correction first', async () => {
      const resolve = (key: string, version: number, outcome: 'UPHELD' | 'REJECTED' = 'UPHELD') =>
        app.gql(ResolveDisputeDocument, { input: { id, version, outcome, reason: 'Exit stamps confirmed by FIA.' } }, key);
      expect((await resolve(sindhPolice, 1)).body.data!.resolveDispute.userErrors).toEqual([{ field: ['input', 'id'], code: 'NOT_FOUND', message: 'No dispute with this ID for you to resolve.' }]);
      expect((await resolve(punjabWelfare, 1)).body.data!.resolveDispute.userErrors[0].code).toBe('NOT_FOUND');
      expect((await resolve(punjabPolice, 7)).body.data!.resolveDispute.userErrors).toEqual([{ field: ['input', 'version'], code: 'STALE_VERSION', message: 'The dispute is at version 1: refetch it and retry.' }]);
      expect((await resolve(punjabPolice, 1)).body.data!.resolveDispute.userErrors).toEqual([
        { field: ['input', 'outcome'], code: 'CONFLICT', message: 'Record the correction first (conviction.status, conviction.amend on this person since the dispute was filed): an upheld dispute links the change it caused.' },
      ]);
    });

    it('UPHELD links the conviction status change it caused, keeps the history, and checks stop referring', async () => {
      const conviction = (await app.gql(OffenderDocument, { cnic: RASHID }, punjabPolice)).body.data!.offender.convictions[0];
      await app.gql(ChangeConvictionStatusDocument, { input: { id: conviction.id, version: conviction.version, status: 'OVERTURNED_ON_APPEAL', reason: 'Dispute: wrong person.' } }, punjabPolice);
      const [change] = await app.sql<{ id: string; occurred_at: Date }>(`select id, occurred_at from audit_event where action = 'conviction.status' and subject_hash = ?`, [hash(RASHID)]);
      const res = await app.gql(ResolveDisputeDocument, { input: { id, version: 1, outcome: 'UPHELD', reason: 'Exit stamps confirmed by FIA.' } }, punjabPolice);
      expect(res.body.data!.resolveDispute).toEqual({
        userErrors: [],
        dispute: expect.objectContaining({
          status: 'UPHELD',
          version: 2,
          resolvedAt: expect.any(String),
          history: [
            { status: 'OPEN', reason: null, actorName: 'Islamabad centre', version: 1, at: expect.any(String) },
            { status: 'UPHELD', reason: 'Exit stamps confirmed by FIA.', actorName: 'Punjab Police', version: 2, at: expect.any(String) },
          ],
          changes: [{ action: 'conviction.status', auditEventId: Buffer.from(`AuditEvent:1:${change.id}`).toString('base64url'), occurredAt: change.occurred_at.toISOString() }],
        }),
      });
      const again = await app.gql(ResolveDisputeDocument, { input: { id, version: 2, outcome: 'REJECTED', reason: 'x' } }, punjabPolice);
      expect(again.body.data!.resolveDispute.userErrors).toEqual([{ field: ['input', 'id'], code: 'CONFLICT', message: 'The dispute is already UPHELD; file a new one to reopen the matter.' }]);
      expect(await check(employer)).toMatchObject({ result: 'NO_RECORD', reason: null });
      expect(await app.sql(`select outcome, detail from audit_event where action = 'dispute.resolve'`)).toEqual([
        { outcome: 'SUCCESS', detail: { trackingId, outcome: 'UPHELD', changes: [change.id] } },
      ]);
    });

    it('history is append-only, in the database too', async () => {
      await expect(app.sql('update dispute_event set reason = ?', ['rewritten'])).rejects.toThrow(/not allowed/);
      await expect(app.sql('delete from dispute')).rejects.toThrow(/not allowed/);
    });
  });

  it('costs the hot path one read, only when a check finds a record it would name', async () => {
    const plain = `query($input: OffenderCheckInput!) { verifyOffender(input: $input) { result } }`;
    const run = async (key: string, cnic: string) => {
      await app.gql(plain, { input: { cnic, purpose: 'EMPLOYMENT_SCREENING', consentRef: 'C-1' } }, key); // stamps last-used
      const { statements } = await app.countQueries(() => app.gql(plain, { input: { cnic, purpose: 'EMPLOYMENT_SCREENING', consentRef: 'C-1' } }, key));
      return statements.map((s) => s.split('(')[0].trim()).filter((s) => !/api_key/.test(s));
    };
    const admitAndCheck = ['select * from offender_check'];
    expect(await run(employer, ALI)).toEqual(admitAndCheck);
    expect(await run(matchOnly, KAMRAN)).toEqual(admitAndCheck);
    expect(await run(employer, KAMRAN)).toEqual([...admitAndCheck, 'select open_register_disputes from open_register_disputes']);
  });

  it('REJECTED: the record stands, and checks name the person again', async () => {
    const { dispute } = await file({ cnic: KAMRAN });
    expect(await check(employer, KAMRAN)).toMatchObject({ result: 'REFER_TO_LAW_ENFORCEMENT', reason: 'UNDER_DISPUTE' });
    const res = await app.gql(ResolveDisputeDocument, { input: { id: dispute!.id, version: 1, outcome: 'REJECTED', reason: 'Fingerprints match the convict.' } }, sindhPolice);
    expect(res.body.data!.resolveDispute.dispute).toMatchObject({ status: 'REJECTED', changes: [], version: 2 });
    expect(await check(employer, KAMRAN)).toMatchObject({ result: 'RECORD_FOUND', disclosure: { __typename: 'NameLine' } });
  });

  it('household data goes to the welfare officers of the household\'s district, not to law enforcement', async () => {
    const { dispute } = await file({ cnic: ALI, kind: 'HOUSEHOLD_DATA', details: 'We have no car.' });
    expect((await app.gql(DisputeDocument, { trackingId: dispute!.trackingId }, punjabWelfare)).body.data!.dispute.kind).toBe('HOUSEHOLD_DATA');
    expect((await app.gql(DisputeDocument, { trackingId: dispute!.trackingId }, punjabPolice)).body.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const upheld = await app.gql(ResolveDisputeDocument, { input: { id: dispute!.id, version: 1, outcome: 'UPHELD', reason: 'x' } }, punjabWelfare);
    expect(upheld.body.data!.resolveDispute.userErrors[0].message).toBe(
      'Record the correction first (survey.submit, member.update, member.move, member.death on this person since the dispute was filed): an upheld dispute links the change it caused.',
    );
  });

  it('refuses bad input, and an idempotent retry files once', async () => {
    expect((await file({ cnic: ALI, details: '  ' })).userErrors).toEqual([{ field: ['input', 'details'], code: 'INVALID', message: '`details` must be 1-2000 characters.' }]);
    expect((await file({ cnic: ALI, reference: 'x'.repeat(129) })).userErrors[0]).toMatchObject({ field: ['input', 'reference'], code: 'INVALID' });
    expect((await file({ cnic: '3520299999991' })).userErrors).toEqual([{ field: ['input', 'cnic'], code: 'NOT_FOUND', message: 'No identity record has this CNIC. Check it for a typo.' }]);
    const first = await file({ cnic: ALI, kind: 'SCORE', idempotencyKey: 'ticket-9' });
    const again = await file({ cnic: ALI, kind: 'SCORE', idempotencyKey: 'ticket-9' });
    expect(again.dispute!.trackingId).toBe(first.dispute!.trackingId);
    expect(await app.sql(`select count(*)::int as n from dispute where idempotency_key = 'ticket-9'`)).toEqual([{ n: 1 }]);
  });

  describe('by SMS', () => {
    it('DISPUTE <CNIC> from a registered number files one and answers its tracking ID; the ID to 8171 answers the status', async () => {
      const reply = await sms(KAMRAN_NUMBER, `DISPUTE ${KAMRAN} not me`, '7000');
      const trackingId = /Tracking ID (\S+)\. Send it to 8171 for its status\.$/.exec(reply)![1];
      expect(reply).toBe(`Dispute received. Tracking ID ${trackingId}. Send it to 8171 for its status.`);
      const [row] = await app.sql('select kind, filed_via, details, status from dispute where tracking_id = ?', [trackingId]);
      expect(row).toEqual({ kind: 'CONVICTION_RECORD', filed_via: 'SMS', details: 'not me', status: 'OPEN' });
      expect(await sms(KAMRAN_NUMBER, trackingId.toLowerCase())).toBe(`اعتراض ${trackingId}: زیرِ غور ہے۔\nDispute ${trackingId}: open, under review.`);
      const urdu = await sms(ALI_NUMBER, `اعتراض ${ALI}`);
      expect(urdu).toMatch(/^آپ کا اعتراض درج ہو گیا۔ ٹریکنگ آئی ڈی \S+۔ صورتحال کے لیے یہ آئی ڈی 8171 پر بھیجیں۔$/);
      const [household] = await app.sql('select kind, register from dispute where filed_via = ? and cnic = ?', ['SMS', ALI]);
      expect(household).toEqual({ kind: 'HOUSEHOLD_DATA', register: 'NSER' });
    });

    it('refuses a sender not registered to the CNIC, and answers a tracking ID only to the person', async () => {
      const before = await app.sql('select count(*)::int as n from dispute');
      expect(await sms(ALI_NUMBER, `DISPUTE ${KAMRAN}`)).toBe('یہ پیغام اپنے نام پر رجسٹرڈ موبائل نمبر سے بھیجیں۔\nSend this from a mobile number registered in your name.');
      expect(await sms('03009990002', `DISPUTE ${KAMRAN}`)).toBe('یہ پیغام اپنے نام پر رجسٹرڈ موبائل نمبر سے بھیجیں۔\nSend this from a mobile number registered in your name.');
      expect(await app.sql('select count(*)::int as n from dispute')).toEqual(before);
      const [{ tracking_id }] = await app.sql<{ tracking_id: string }>('select tracking_id from dispute where cnic = ? order by filed_at limit 1', [KAMRAN]);
      const notYours = 'اس ٹریکنگ آئی ڈی کا کوئی اعتراض آپ کے نمبر پر نہیں۔\nNo dispute of yours has this ID. Check it; send from your registered number.';
      expect(await sms(RASHID_NUMBER, tracking_id)).toBe(notYours);
      expect(await sms(KAMRAN_NUMBER, 'ZZZZ-ZZZZ-ZZ')).toBe(notYours);
      expect(await sms(KAMRAN_NUMBER, tracking_id)).toBe(`اعتراض ${tracking_id}: مسترد: وجہ رجسٹریشن سینٹر سے معلوم کریں۔\nDispute ${tracking_id}: rejected: ask a registration centre why.`);
      const audited = await app.sql<{ outcome: string; detail: { reply: string } }>(`select outcome, detail from audit_event where action = 'sms.inbound' order by occurred_at desc limit 4`);
      expect(audited.map((a) => [a.outcome, a.detail.reply])).toEqual([
        ['SUCCESS', 'DISPUTE_STATUS'],
        ['NOT_FOUND', 'DISPUTE_STATUS'],
        ['NOT_FOUND', 'DISPUTE_STATUS'],
        ['REFUSED', 'NOT_REGISTERED'],
      ]);
    });
  });
});
