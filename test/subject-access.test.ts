import { createHmac } from 'node:crypto';
import { startTestApp, type TestApp } from './helpers/app';
import {
  CheckWithReceiptDocument,
  EligibilityWithReceiptDocument,
  LegalHoldsDocument,
  LiftLegalHoldDocument,
  OffenderDocument,
  PlaceLegalHoldDocument,
  SubjectAccessReportDocument,
} from './generated/graphql';
import { DisclosurePolicy, Role } from '../src/auth/role';
import { Province } from '../src/jurisdictions/province';
import { measureSms, MAX_SEGMENTS } from '../src/sms/sms-length';

const RASHID = '3520287654321'; // number 03218765432
const RASHID_NUMBER = '03218765432';
const ALI = '3520212345671'; // numbers 03211234567, 03331234567
const ALI_NUMBER = '03211234567';
const HMAC_KEY = 'test-hmac-key-0123456789abcdef0123456789';
const hash = (cnic: string) => createHmac('sha256', HMAC_KEY).update(cnic).digest('hex');
const NOT_REGISTERED = 'یہ پیغام اپنے نام پر رجسٹرڈ موبائل نمبر سے بھیجیں۔\nSend this from a mobile number registered in your name.';
const today = () => new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Karachi', day: '2-digit', month: '2-digit', year: '2-digit' }).format(new Date());

describe('who checked me', () => {
  let app: TestApp;
  let centre: string;
  let employer: string;
  let police: string;
  let gateway: string;

  const report = async (cnic: string, first = 50, key = centre) =>
    app.gql(SubjectAccessReportDocument, { input: { cnic, purpose: 'SUBJECT_ACCESS', requestRef: 'Token 17' }, first }, key);
  const sms = async (from: string, text: string, to = '7000') => {
    const params = new URLSearchParams({ from, to, text, key: gateway });
    return (await fetch(`${app.url}/sms/inbound?${params}`)).text();
  };

  beforeAll(async () => {
    app = await startTestApp({ env: { SMS_MESSAGES_PER_HOUR: '1000' } });
    centre = await app.key(Role.REGISTRATION_CENTRE, { name: 'Lahore centre', jurisdiction: { kind: 'DISTRICTS', districts: ['PK401'] } });
    employer = await app.key(Role.EMPLOYER, { name: 'Acme HR', disclosure: DisclosurePolicy.NAME_LINE });
    police = await app.key(Role.LAW_ENFORCEMENT, { name: 'Punjab Police CTD' });
    gateway = await app.key(Role.SMS_GATEWAY);
    const university = await app.key(Role.EDUCATION, { name: 'NED University' });
    await app.gql(CheckWithReceiptDocument, { input: { cnic: RASHID, purpose: 'EMPLOYMENT_SCREENING', consentRef: 'HR-9' } }, employer);
    await app.gql(OffenderDocument, { cnic: RASHID }, police);
    await app.gql(EligibilityWithReceiptDocument, { input: { cnic: ALI, programme: 'HEC_NEED_BASED_SCHOLARSHIP', purpose: 'ADMISSIONS', consentRef: 'ADM-1' } }, university);
  });
  afterAll(() => app.close());

  it('lists every access, newest first, with institution, purpose, consent and time; law enforcement as "Law enforcement"; the report itself first', async () => {
    await sms('03009990001', RASHID); // a member of the public, by 7000
    const res = await report(RASHID);
    const page = res.body.data!.subjectAccessReport;
    expect(page.cnicMasked).toBe('35202-*******-1');
    expect(page.someEntriesWithheld).toBe(false);
    expect(page.edges.map((e) => ({ ...e.node, occurredAt: undefined }))).toEqual([
      { occurredAt: undefined, kind: 'SUBJECT_ACCESS', action: 'subject.access', institution: 'Lahore centre', role: 'REGISTRATION_CENTRE', purpose: 'SUBJECT_ACCESS', consentRef: null, outcome: 'SUCCESS' },
      { occurredAt: undefined, kind: 'CHECK', action: 'offender.check', institution: 'Public SMS check', role: 'SMS_GATEWAY', purpose: 'CITIZEN_SELF_CHECK', consentRef: null, outcome: 'SUCCESS' },
      { occurredAt: undefined, kind: 'READ', action: 'offender.read', institution: 'Law enforcement', role: 'LAW_ENFORCEMENT', purpose: 'LAW_ENFORCEMENT', consentRef: null, outcome: 'SUCCESS' },
      { occurredAt: undefined, kind: 'CHECK', action: 'offender.check', institution: 'Acme HR', role: 'EMPLOYER', purpose: 'EMPLOYMENT_SCREENING', consentRef: 'HR-9', outcome: 'SUCCESS' },
    ]);
    expect(page.totalCount).toBe(4);
    const times = page.edges.map((e) => e.node.occurredAt);
    expect([...times].sort().reverse()).toEqual(times);
    expect(await app.sql(`select outcome, detail, subject_hash from audit_event where action = 'subject.access' and role = 'REGISTRATION_CENTRE'`)).toEqual([
      { outcome: 'SUCCESS', detail: { requestRef: 'Token 17' }, subject_hash: hash(RASHID) },
    ]);
  });

  it('pages as a connection', async () => {
    const first = (await report(RASHID, 2)).body.data!.subjectAccessReport;
    expect(first.edges).toHaveLength(2);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = await app.gql(SubjectAccessReportDocument, { input: { cnic: RASHID, purpose: 'SUBJECT_ACCESS', requestRef: 'Token 17' }, first: 50, after: first.pageInfo.endCursor }, centre);
    expect(rest.body.data!.subjectAccessReport.edges.map((e) => e.node.action)).toEqual(['offender.check', 'offender.read', 'offender.check']);
  });

  it('refuses other roles, other purposes and a bad reference', async () => {
    for (const key of [employer, police]) expect((await report(RASHID, 5, key)).body.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const wrong = await app.gql(SubjectAccessReportDocument, { input: { cnic: RASHID, purpose: 'REGISTRATION', requestRef: 'T' }, first: 5 }, centre);
    expect(wrong.body.errors?.[0]).toMatchObject({ message: '`purpose` must be SUBJECT_ACCESS: the report is for the person, at their request.', extensions: { code: 'BAD_USER_INPUT' } });
    const ref = await app.gql(SubjectAccessReportDocument, { input: { cnic: RASHID, purpose: 'SUBJECT_ACCESS', requestRef: '<script>' }, first: 5 }, centre);
    expect(ref.body.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  describe('legal holds', () => {
    let holdId: string;

    it('law enforcement places one in its jurisdiction; its entries are withheld and the report says so', async () => {
      const sindh = await app.key(Role.LAW_ENFORCEMENT, { name: 'Sindh Police', jurisdiction: { kind: 'PROVINCE', province: Province.SINDH } });
      const outside = await app.gql(PlaceLegalHoldDocument, { input: { cnic: RASHID, district: 'PK617', reason: 'Investigation.' } }, sindh);
      expect(outside.body.data!.placeLegalHold.userErrors).toEqual([{ field: ['input', 'district'], code: 'FORBIDDEN', message: 'This district is outside your jurisdiction.' }]);
      const placed = (await app.gql(PlaceLegalHoldDocument, { input: { cnic: RASHID, district: 'PK617', reason: 'Investigation 12/2026: do not disclose.' } }, police)).body.data!.placeLegalHold;
      expect(placed).toEqual({
        userErrors: [],
        legalHold: { id: expect.any(String), cnicMasked: '35202-*******-1', district: { code: 'PK617' }, reason: 'Investigation 12/2026: do not disclose.', placedBy: 'Punjab Police CTD', placedAt: expect.any(String), expiresAt: null, liftedAt: null, inForce: true, version: 1 },
      });
      holdId = placed.legalHold!.id;
      const page = (await report(RASHID)).body.data!.subjectAccessReport;
      expect(page.someEntriesWithheld).toBe(true);
      expect(page.edges.filter((e) => e.node.role === 'LAW_ENFORCEMENT')).toEqual([]);
      expect(await sms(RASHID_NUMBER, `CHECKS ${RASHID}`)).toMatch(/\nSome entries are withheld\.$/);
      expect((await app.gql(LegalHoldsDocument, { cnic: RASHID }, sindh)).body.data!.legalHolds).toEqual([]);
      expect((await app.gql(LegalHoldsDocument, { cnic: RASHID }, police)).body.data!.legalHolds.map((h) => h.id)).toEqual([holdId]);
      expect((await app.gql(PlaceLegalHoldDocument, { input: { cnic: RASHID, district: 'PK617', reason: 'x' } }, centre)).body.errors?.[0].extensions.code).toBe('FORBIDDEN');
    });

    it('lifting it (at its version) shows the entries again', async () => {
      const stale = await app.gql(LiftLegalHoldDocument, { input: { id: holdId, version: 3, reason: 'Closed.' } }, police);
      expect(stale.body.data!.liftLegalHold.userErrors[0].code).toBe('STALE_VERSION');
      const lifted = (await app.gql(LiftLegalHoldDocument, { input: { id: holdId, version: 1, reason: 'Investigation closed.' } }, police)).body.data!.liftLegalHold;
      expect(lifted.legalHold).toMatchObject({ inForce: false, liftedAt: expect.any(String), version: 2 });
      const page = (await report(RASHID)).body.data!.subjectAccessReport;
      expect(page.someEntriesWithheld).toBe(false);
      expect(page.edges.filter((e) => e.node.role === 'LAW_ENFORCEMENT').map((e) => [e.node.institution, e.node.action])).toEqual([
        ['Law enforcement', 'legalhold.lift'],
        ['Law enforcement', 'legalhold.read'],
        ['Law enforcement', 'legalhold.read'],
        ['Law enforcement', 'legalhold.place'],
        ['Law enforcement', 'offender.read'],
      ]);
    });
  });

  describe('CHECKS by SMS', () => {
    it('answers the latest checks by others, newest first, within two segments, to a registered number (7000 or 8171, English or Urdu)', async () => {
      const english = await sms(ALI_NUMBER, `CHECKS ${ALI}`);
      expect(english).toBe(`Checks of 35202-*******-1:\n${today()} NED University (admissions)`);
      const urdu = await sms(ALI_NUMBER, `کس نے جانچا ${ALI}`, '8171');
      expect(urdu).toBe(`آپ (35202-*******-1) کو جانچا:\n${today()} NED University (داخلہ)`);
      // Newest first: law enforcement's reads and holds, then the public 7000 check; the person's own requests are left out.
      const rashid = await sms(RASHID_NUMBER, `checks ${RASHID}`);
      expect(rashid).toBe(
        ['Checks of 35202-*******-1:', ...Array(4).fill(`${today()} Law enforcement (law enforcement)`), `${today()} Public SMS check (public check)`, '+2 more: ask a registration centre.'].join('\n'),
      );
      for (const reply of [english, urdu, rashid]) expect(measureSms(reply).segments).toBeLessThanOrEqual(MAX_SEGMENTS);
      const audited = await app.sql(`select outcome, purpose, detail from audit_event where action = 'subject.access' and role = 'SMS_GATEWAY' and subject_hash = ?`, [hash(ALI)]);
      expect(audited).toEqual([
        { outcome: 'SUCCESS', purpose: 'SUBJECT_ACCESS', detail: { channel: 'SMS' } },
        { outcome: 'SUCCESS', purpose: 'SUBJECT_ACCESS', detail: { channel: 'SMS' } },
      ]);
    });

    it('keeps to two segments however many checks there were, saying how many more a centre can show', async () => {
      for (let i = 0; i < 12; i++) await app.gql(CheckWithReceiptDocument, { input: { cnic: ALI, purpose: 'EMPLOYMENT_SCREENING', consentRef: `HR-${i}` } }, employer);
      const reply = await sms(ALI_NUMBER, `CHECKS ${ALI}`);
      expect(measureSms(reply).segments).toBe(2);
      expect(reply).toMatch(/\n\+\d+ more: ask a registration centre\.$/);
    });

    it('tells a sender whose number is not registered to that CNIC, in Urdu and English, and reveals nothing', async () => {
      const before = await app.sql('select count(*)::int as n from audit_event where action = ?', ['subject.access']);
      expect(await sms(RASHID_NUMBER, `CHECKS ${ALI}`)).toBe(NOT_REGISTERED);
      expect(await sms('03009990009', `CHECKS ${ALI}`)).toBe(NOT_REGISTERED);
      expect(await app.sql('select count(*)::int as n from audit_event where action = ?', ['subject.access'])).toEqual(before);
      const [row] = await app.sql<{ outcome: string; detail: { reply: string } }>(`select outcome, detail from audit_event where action = 'sms.inbound' order by occurred_at desc limit 1`);
      expect([row.outcome, row.detail.reply]).toEqual(['REFUSED', 'NOT_REGISTERED']);
    });
  });

  it('counts the person\'s rows only when totalCount is selected, and then exactly (under the subject\'s scope)', async () => {
    const input = { cnic: RASHID, purpose: 'SUBJECT_ACCESS', requestRef: 'Token 18' };
    const counts = (statements: string[]) => statements.filter((s) => /count\(/i.test(s) && /audit_event/.test(s));
    const without = await app.countQueries(() =>
      app.gql('query($input: SubjectAccessInput!) { subjectAccessReport(input: $input, first: 2) { edges { node { action } } } }', { input }, centre),
    );
    expect(without.result.body.errors).toBeUndefined();
    expect((without.result.body.data as { subjectAccessReport: { edges: unknown[] } }).subjectAccessReport.edges).toHaveLength(2);
    expect(counts(without.statements)).toEqual([]);
    const [{ n }] = await app.sql<{ n: string }>('select count(*) n from audit_event where subject_hash = ?', [hash(RASHID)]);
    const withCount = await app.countQueries(() => report(RASHID, 1));
    expect(counts(withCount.statements)).toHaveLength(1);
    // Every row of the person, this request's own included (it commits before the count).
    expect(withCount.result.body.data!.subjectAccessReport.totalCount).toBe(Number(n) + 1);
  });
});
