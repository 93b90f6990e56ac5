import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { JSONWebKeySet } from 'jose';
import { startTestApp, type TestApp } from './helpers/app';
import {
  ChangeConvictionStatusDocument,
  ChecksWithReceiptsDocument,
  CheckWithReceiptDocument,
  ConsentNodeDocument,
  ConsentsDocument,
  CreateWatchOnConsentDocument,
  EligibilityWithReceiptDocument,
  OffenderDocument,
  RequestConsentDocument,
  WatchStatesDocument,
  type RequestConsentInput,
} from './generated/graphql';
import { DisclosurePolicy, Role } from '../src/auth/role';
import { createLogger } from '../src/logger';
import { SmsOutboxWorker } from '../src/sms/sms-outbox';
import { verifyReceipt } from '../examples/receipts/src/verify';

const ALI = '3520212345671'; // numbers 03211234567, 03331234567; household ELIGIBLE
const ALI_NUMBERS = ['03211234567', '03331234567'];
const RASHID = '3520287654321'; // ACTIVE conviction, number 03218765432
const RASHID_NUMBER = '03218765432';
const AYESHA = '4210123456782'; // number 03452345678
const AYESHA_NUMBER = '03452345678';
const USMAN = '6110156789015'; // number 03215678901
const USMAN_NUMBER = '03215678901';
const STRANGER = '03009990001';
const HMAC_KEY = 'test-hmac-key-0123456789abcdef0123456789';

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000);
const shortDate = (at: Date) => new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Karachi', day: '2-digit', month: '2-digit', year: '2-digit' }).format(at);

describe('consent the subject gives', () => {
  let app: TestApp;
  let gateway: string;
  let employer: string;
  let strict: string;
  let other: string;

  /** Kannel's get-url, as the gateway calls us. */
  const sms = async (from: string, text: string, to = '7000') => {
    const params = new URLSearchParams({ from, to, text, key: gateway });
    const res = await fetch(`${app.url}/sms/inbound?${params}`);
    return res.text();
  };
  /** The code the person received: the newest text queued to their number. */
  const codeSentTo = async (number: string) => {
    const [row] = await app.sql<{ body: string }>('select body from sms_outbox where to_number = ? order by created_at desc limit 1', [number]);
    return /YES (\d{6})/.exec(row.body)![1];
  };
  const ask = async (key: string, input: Partial<RequestConsentInput> & { cnic: string }) => {
    const res = await app.gql(
      RequestConsentDocument,
      { input: { purpose: 'EMPLOYMENT_SCREENING', scope: ['OFFENDER_CHECK'], expiresAt: inDays(30).toISOString(), ...input } },
      key,
    );
    return res.body.data!.requestConsent;
  };
  const consentRow = async (id: string) => {
    const key = Buffer.from(id, 'base64url').toString().split(':')[2];
    const [row] = await app.sql<{ status: string; version: number }>('select status, version from consent where id = ?', [key]);
    return row;
  };
  /** A consent the person granted, with its code. */
  const granted = async (key: string, cnic: string, number: string, input: Partial<RequestConsentInput> = {}) => {
    const { consent } = await ask(key, { cnic, ...input });
    const code = await codeSentTo(number);
    await sms(number, `YES ${code}`);
    return { id: consent!.id, code };
  };

  beforeAll(async () => {
    app = await startTestApp({
      env: { SMS_MESSAGES_PER_HOUR: '1000', CONSENT_REQUESTS_PER_NUMBER_PER_DAY: '50', CONSENT_CODE_ATTEMPTS_PER_DAY: '50' },
    });
    gateway = await app.key(Role.SMS_GATEWAY);
    employer = await app.key(Role.EMPLOYER, { name: 'Acme HR', disclosure: DisclosurePolicy.NAME_LINE });
    strict = await app.key(Role.EMPLOYER, { name: 'Careful Homes', disclosure: DisclosurePolicy.NAME_LINE, requireVerifiedConsent: true });
    other = await app.key(Role.EMPLOYER, { name: 'Other Employer', disclosure: DisclosurePolicy.NAME_LINE });
  });
  afterAll(() => app.close());

  describe('requestConsent', () => {
    it('texts every number registered to the CNIC, naming the client, the purpose and the end date, with a one-time code', async () => {
      const expiresAt = inDays(30);
      const before = new Date();
      const { consent, userErrors } = await ask(employer, { cnic: ALI, scope: ['OFFENDER_CHECK', 'WATCH'], expiresAt: expiresAt.toISOString() });
      expect(userErrors).toEqual([]);
      expect(consent).toEqual({
        id: expect.any(String),
        status: 'PENDING',
        purpose: 'EMPLOYMENT_SCREENING',
        scope: ['OFFENDER_CHECK', 'WATCH'],
        grantedAt: null,
        refusedAt: null,
        withdrawnAt: null,
        expiresAt: expiresAt.toISOString(),
        codeExpiresAt: expect.any(String),
        requestedAt: expect.any(String),
        cnicMasked: '35202-*******-1',
      });
      expect(new Date(consent!.codeExpiresAt).getTime() - new Date(consent!.requestedAt).getTime()).toBe(24 * 3_600_000);
      const texts = await app.sql<{ to_number: string; short_code: string; body: string; kind: string; status: string }>(
        'select to_number, short_code, body, kind, status from sms_outbox where created_at >= ? order by to_number',
        [before],
      );
      const code = /YES (\d{6})/.exec(texts[0].body)![1];
      const body = `Acme HR: ملازمت کی جانچ اور نگرانی کی اجازت ${shortDate(expiresAt)} تک۔ ہاں: YES ${code} نہیں: NO ${code}`;
      expect(texts).toEqual(ALI_NUMBERS.map((n) => ({ to_number: n, short_code: '7000', body, kind: 'CONSENT_REQUEST', status: 'PENDING' })));
      const key = Buffer.from(consent!.id, 'base64url').toString().split(':')[2];
      const [stored] = await app.sql<Record<string, unknown>>('select code_hash from consent where id = ?', [key]);
      expect(stored.code_hash).not.toContain(code);
      const audit = await app.sql('select action, outcome, purpose, consent_ref, detail from audit_event where action = ? and consent_ref = ?', ['consent.request', consent!.id]);
      expect(audit).toEqual([{ action: 'consent.request', outcome: 'SUCCESS', purpose: 'EMPLOYMENT_SCREENING', consent_ref: consent!.id, detail: { scope: ['OFFENDER_CHECK', 'WATCH'], numbers: 2, expiresAt: expiresAt.toISOString() } }]);
    });

    it('refuses bad input with exact userErrors and texts nobody', async () => {
      const [{ n: before }] = await app.sql<{ n: number }>('select count(*)::int as n from sms_outbox');
      const [{ cnic: noNumber }] = await app.sql<{ cnic: string }>(
        'select c.cnic from citizen c where not exists (select 1 from citizen_mobile_number m where m.citizen_id = c.id) order by c.cnic limit 1',
      );
      expect((await ask(employer, { cnic: ALI, purpose: 'ADMISSIONS' })).userErrors).toEqual([
        { field: ['input', 'purpose'], code: 'FORBIDDEN', message: 'The EMPLOYER role may not declare the purpose ADMISSIONS.' },
      ]);
      expect((await ask(employer, { cnic: ALI, scope: [] })).userErrors[0]).toMatchObject({ field: ['input', 'scope'], code: 'INVALID' });
      expect((await ask(employer, { cnic: ALI, scope: ['WATCH', 'WATCH'] })).userErrors[0]).toMatchObject({ field: ['input', 'scope'], code: 'INVALID' });
      for (const expiresAt of [inDays(-1), inDays(400)]) {
        expect((await ask(employer, { cnic: ALI, expiresAt: expiresAt.toISOString() })).userErrors).toEqual([
          { field: ['input', 'expiresAt'], code: 'INVALID', message: '`expiresAt` must be after the code expires and at most 12 months ahead.' },
        ]);
      }
      expect((await ask(employer, { cnic: '3520299999991' })).userErrors).toEqual([
        { field: ['input', 'cnic'], code: 'NOT_FOUND', message: 'No identity record has this CNIC. Check it for a typo.' },
      ]);
      expect((await ask(employer, { cnic: noNumber })).userErrors).toEqual([
        { field: ['input', 'cnic'], code: 'CONFLICT', message: 'No mobile number is registered to this CNIC, so the person cannot be asked by SMS.' },
      ]);
      expect(await app.sql('select count(*)::int as n from sms_outbox')).toEqual([{ n: before }]);
    });

    it('returns the first request for a repeated idempotency key, texting once', async () => {
      const first = await ask(employer, { cnic: USMAN, idempotencyKey: 'hire-42' });
      const again = await ask(employer, { cnic: USMAN, idempotencyKey: 'hire-42' });
      expect(again.consent!.id).toBe(first.consent!.id);
      expect(await app.sql('select count(*)::int as n from sms_outbox where to_number = ?', [USMAN_NUMBER])).toEqual([{ n: 1 }]);
    });

    it('lists your own consents only, and node() refuses others\'', async () => {
      const { consent } = await ask(other, { cnic: USMAN });
      const mine = (await app.gql(ConsentsDocument, { first: 100 }, other)).body.data!.consents;
      expect(mine.edges.map((e) => e.node.id)).toEqual([consent!.id]);
      expect((await app.gql(ConsentNodeDocument, { id: consent!.id }, other)).body.data!.node).toEqual({ id: consent!.id, status: 'PENDING' });
      const res = await app.gql(ConsentNodeDocument, { id: consent!.id }, employer);
      expect(res.body.errors?.[0].extensions.code).toBe('NOT_FOUND');
    });
  });

  describe('the person answers by SMS', () => {
    it('YES grants it, once: the code is single-use', async () => {
      const { consent } = await ask(employer, { cnic: AYESHA });
      const code = await codeSentTo(AYESHA_NUMBER);
      expect(await sms(AYESHA_NUMBER, `YES ${code}`)).toBe('Consent given to Acme HR. To withdraw it, send WITHDRAW and the same code.');
      const node = (await app.gql(ConsentsDocument, { first: 100, status: 'GRANTED' }, employer)).body.data!.consents.edges.map((e) => e.node);
      expect(node.find((c) => c.id === consent!.id)).toMatchObject({ status: 'GRANTED', grantedAt: expect.any(String) });
      expect(await sms(AYESHA_NUMBER, `ہاں ${code}`)).toBe('اس کوڈ کا جواب پہلے دیا جا چکا ہے (GRANTED)۔');
      const audit = await app.sql('select action, outcome, role, consent_ref from audit_event where consent_ref = ? and action like ? order by occurred_at', [consent!.id, 'consent.%']);
      expect(audit).toEqual([
        { action: 'consent.request', outcome: 'SUCCESS', role: 'EMPLOYER', consent_ref: consent!.id },
        { action: 'consent.grant', outcome: 'SUCCESS', role: 'SMS_GATEWAY', consent_ref: consent!.id },
        { action: 'consent.answer', outcome: 'REFUSED', role: 'SMS_GATEWAY', consent_ref: consent!.id },
      ]);
    });

    it('a wrong code changes nothing; a number not registered to the person is told to use one that is', async () => {
      const { consent } = await ask(employer, { cnic: AYESHA });
      const code = await codeSentTo(AYESHA_NUMBER);
      const wrong = code === '000000' ? '000001' : '000000';
      expect(await sms(AYESHA_NUMBER, `YES ${wrong}`)).toBe('This code is not valid. Nothing was changed.');
      expect(await sms(STRANGER, `YES ${code}`)).toBe('یہ پیغام اپنے نام پر رجسٹرڈ موبائل نمبر سے بھیجیں۔\nSend this from a mobile number registered in your name.');
      // Another person's registered number, with the right code: still not theirs to answer.
      expect(await sms(USMAN_NUMBER, `YES ${code}`)).toBe('This code is not valid. Nothing was changed.');
      expect(await consentRow(consent!.id)).toEqual({ status: 'PENDING', version: 1 });
      expect(await sms(AYESHA_NUMBER, `NO ${code}`)).toBe('Consent refused to Acme HR.');
      expect(await consentRow(consent!.id)).toEqual({ status: 'REFUSED', version: 2 });
    });

    it('an expired code changes nothing', async () => {
      const { consent } = await ask(employer, { cnic: AYESHA });
      const code = await codeSentTo(AYESHA_NUMBER);
      const key = Buffer.from(consent!.id, 'base64url').toString().split(':')[2];
      await app.sql(`update consent set code_expires_at = now() - interval '1 minute' where id = ?`, [key]);
      expect(await sms(AYESHA_NUMBER, `YES ${code}`)).toBe('This code has expired. Nothing was changed.');
      expect(await consentRow(consent!.id)).toEqual({ status: 'PENDING', version: 1 });
      expect((await app.gql(ConsentNodeDocument, { id: consent!.id }, employer)).body.data!.node).toEqual({ id: consent!.id, status: 'EXPIRED' });
    });
  });

  describe('checks citing a consent', () => {
    it('requireVerifiedConsent: NAME_LINE answers need a granted consent; without one the check answers CONSENT_REQUIRED, audited', async () => {
      const res = await app.gql(CheckWithReceiptDocument, { input: { cnic: RASHID, purpose: 'EMPLOYMENT_SCREENING', consentRef: 'paper form' } }, strict);
      expect(res.body.data).toBeNull();
      expect(res.body.errors).toEqual([
        expect.objectContaining({
          message: 'Your disclosure policy requires a consent the person granted: cite it as `consentId` (see requestConsent).',
          extensions: expect.objectContaining({ code: 'CONSENT_REQUIRED', checkId: expect.any(String) }),
        }),
      ]);
      const checkId = res.body.errors![0].extensions.checkId as string;
      const key = Buffer.from(checkId, 'base64url').toString().split(':')[2];
      expect(await app.sql('select action, outcome, client_name from audit_event where id = ?', [key])).toEqual([
        { action: 'offender.check', outcome: 'INVALID', client_name: 'Careful Homes' },
      ]);

      const consent = await granted(strict, RASHID, RASHID_NUMBER);
      const ok = await app.gql(CheckWithReceiptDocument, { input: { cnic: RASHID, purpose: 'EMPLOYMENT_SCREENING', consentId: consent.id } }, strict);
      expect(ok.body.data!.verifyOffender).toMatchObject({ result: 'RECORD_FOUND', reason: null, disclosure: { __typename: 'NameLine' } });
      const [row] = await app.sql<{ consent_ref: string }>('select consent_ref from audit_event where request_id = ? and action = ?', [ok.body.extensions!.requestId, 'offender.check']);
      expect(row.consent_ref).toBe(consent.id);
      const jwks = (await (await fetch(`${app.url}/.well-known/jwks.json`)).json()) as JSONWebKeySet;
      const v = await verifyReceipt(ok.body.data!.verifyOffender.receipt, jwks);
      expect(v.valid && v.claims.consent).toEqual({ id: consent.id });
    });

    it('refuses a consent for another person, purpose or scope, another client\'s, and one that was refused', async () => {
      const rashid = await granted(strict, RASHID, RASHID_NUMBER);
      const checksOnly = await granted(other, AYESHA, AYESHA_NUMBER, { scope: ['WATCH'] });
      const { consent: refused } = await ask(strict, { cnic: AYESHA });
      await sms(AYESHA_NUMBER, `NO ${await codeSentTo(AYESHA_NUMBER)}`);
      const inputs = [
        { cnic: AYESHA, purpose: 'EMPLOYMENT_SCREENING' as const, consentId: rashid.id },
        { cnic: AYESHA, purpose: 'EMPLOYMENT_SCREENING' as const, consentId: checksOnly.id },
        { cnic: AYESHA, purpose: 'EMPLOYMENT_SCREENING' as const, consentId: refused!.id },
        { cnic: RASHID, purpose: 'EMPLOYMENT_SCREENING' as const, consentId: 'not-an-id' },
        { cnic: RASHID, purpose: 'EMPLOYMENT_SCREENING' as const, consentId: rashid.id },
      ];
      const answers = (await app.gql(ChecksWithReceiptsDocument, { inputs }, strict)).body.data!.verifyOffenders;
      expect(answers.map((a) => [a.result, a.errors])).toEqual([
        ['NOT_CHECKED', [{ field: ['inputs', '0', 'consentId'], code: 'CONSENT_REQUIRED', message: 'The consent you cited is for another person.' }]],
        ['NOT_CHECKED', [{ field: ['inputs', '1', 'consentId'], code: 'CONSENT_REQUIRED', message: 'No consent of yours has this `consentId`.' }]],
        ['NOT_CHECKED', [{ field: ['inputs', '2', 'consentId'], code: 'CONSENT_REQUIRED', message: 'The consent you cited is REFUSED: only a GRANTED consent allows this.' }]],
        ['NOT_CHECKED', [{ field: ['inputs', '3', 'consentId'], code: 'CONSENT_REQUIRED', message: 'No consent of yours has this `consentId`.' }]],
        ['RECORD_FOUND', []],
      ]);
      const scoped = await app.gql(CheckWithReceiptDocument, { input: { cnic: AYESHA, purpose: 'EMPLOYMENT_SCREENING', consentId: checksOnly.id } }, other);
      expect(scoped.body.errors?.[0]).toMatchObject({ message: 'The consent you cited does not cover OFFENDER_CHECK.', extensions: { code: 'CONSENT_REQUIRED' } });
    });

    it('costs no statement for clients that cite no consent, and one read for a batch that does', async () => {
      const consent = await granted(employer, RASHID, RASHID_NUMBER);
      const query = 'query($inputs: [OffenderCheckInput!]!) { verifyOffenders(inputs: $inputs) { result } }';
      const plain = [RASHID, ALI].map((cnic) => ({ cnic, purpose: 'EMPLOYMENT_SCREENING', consentRef: 'form' }));
      const without = await app.countQueries(() => app.gql(query, { inputs: plain }, employer));
      expect(without.statements.filter((s) => /from consent/.test(s))).toEqual([]);
      const citing = [RASHID, RASHID].map((cnic) => ({ cnic, purpose: 'EMPLOYMENT_SCREENING', consentId: consent.id }));
      const withConsent = await app.countQueries(() => app.gql(query, { inputs: citing }, employer));
      expect(withConsent.statements.length).toBe(without.statements.length + 1);
      expect(withConsent.statements.filter((s) => /from consent/.test(s))).toHaveLength(1);
    });

    it('an eligibility check may cite a consent covering ELIGIBILITY_CHECK', async () => {
      const university = await app.key(Role.EDUCATION, { name: 'NED University' });
      const consent = await granted(university, ALI, ALI_NUMBERS[0], { purpose: 'ADMISSIONS', scope: ['ELIGIBILITY_CHECK'] });
      const [{ short_code }] = await app.sql<{ short_code: string }>('select short_code from sms_outbox where to_number = ? order by created_at desc limit 1', [ALI_NUMBERS[0]]);
      expect(short_code).toBe('8171');
      const res = await app.gql(EligibilityWithReceiptDocument, { input: { cnic: ALI, programme: 'HEC_NEED_BASED_SCHOLARSHIP', purpose: 'ADMISSIONS', consentId: consent.id } }, university);
      expect(res.body.data!.eligibility.eligible).toBe(true);
      const bad = await app.gql(EligibilityWithReceiptDocument, { input: { cnic: RASHID, programme: 'HEC_NEED_BASED_SCHOLARSHIP', purpose: 'ADMISSIONS', consentId: consent.id } }, university);
      expect(bad.body.errors?.[0]).toMatchObject({ message: 'The consent you cited is for another person.', extensions: { code: 'CONSENT_REQUIRED' } });
    });
  });

  describe('watches resting on a consent', () => {
    it('rest on a granted WATCH consent, end no later than it, and end when the person withdraws it', async () => {
      const expiresAt = inDays(60);
      const consent = await granted(employer, RASHID, RASHID_NUMBER, { scope: ['OFFENDER_CHECK', 'WATCH'], expiresAt: expiresAt.toISOString() });
      await app.gql(CheckWithReceiptDocument, { input: { cnic: RASHID, purpose: 'EMPLOYMENT_SCREENING', consentId: consent.id } }, employer);
      const watchInput = { cnic: RASHID, consentId: consent.id, callbackUrl: 'https://hr.example/hooks', expiresAt: expiresAt.toISOString() };
      const tooLong = await app.gql(CreateWatchOnConsentDocument, { input: { ...watchInput, expiresAt: inDays(61).toISOString() } }, employer);
      expect(tooLong.body.data!.createWatch.userErrors).toEqual([{ field: ['input', 'expiresAt'], code: 'INVALID', message: '`expiresAt` must not be after the consent\'s `expiresAt`.' }]);
      const created = (await app.gql(CreateWatchOnConsentDocument, { input: watchInput }, employer)).body.data!.createWatch;
      expect(created.watch).toEqual({ id: expect.any(String), consentId: consent.id, consentRef: consent.id, state: 'ACTIVE', expiresAt: expiresAt.toISOString() });

      expect(await sms(RASHID_NUMBER, `WITHDRAW ${consent.code}`)).toBe('Consent withdrawn from Acme HR.');
      const watches = (await app.gql(WatchStatesDocument, { first: 100 }, employer)).body.data!.watches.edges.map((e) => e.node);
      expect(watches.find((w) => w.id === created.watch!.id)).toMatchObject({ state: 'CONSENT_WITHDRAWN', cancelledAt: expect.any(String) });
      expect((await app.gql(ConsentNodeDocument, { id: consent.id }, employer)).body.data!.node).toEqual({ id: consent.id, status: 'WITHDRAWN' });
      const [audit] = await app.sql('select outcome, detail from audit_event where action = ? and consent_ref = ?', ['consent.withdraw', consent.id]);
      expect(audit).toEqual({ outcome: 'SUCCESS', detail: { answer: 'WITHDRAW', watchesEnded: 1 } });

      // A status change afterwards notifies no one through the ended watch.
      const officer = await app.key(Role.LAW_ENFORCEMENT);
      const conviction = (await app.gql(OffenderDocument, { cnic: RASHID }, officer)).body.data!.offender.convictions[0];
      await app.gql(ChangeConvictionStatusDocument, { input: { id: conviction.id, version: conviction.version, status: 'PARDONED', reason: 'test' } }, officer);
      const watchKey = Buffer.from(created.watch!.id, 'base64url').toString().split(':')[2];
      expect(await app.sql('select count(*)::int as n from webhook_delivery where watch_id = ?', [watchKey])).toEqual([{ n: 0 }]);
      // The withdrawn consent no longer allows checks either.
      const after = await app.gql(CheckWithReceiptDocument, { input: { cnic: RASHID, purpose: 'EMPLOYMENT_SCREENING', consentId: consent.id } }, employer);
      expect(after.body.errors?.[0].extensions.code).toBe('CONSENT_REQUIRED');
    });
  });
});

describe('consent limits', () => {
  let app: TestApp;
  let gateway: string;
  beforeAll(async () => {
    app = await startTestApp({
      env: { CONSENT_REQUESTS_PER_NUMBER_PER_DAY: '2', CONSENT_REQUESTS_PER_CLIENT_PER_HOUR: '4', CONSENT_CODE_ATTEMPTS_PER_DAY: '3', SMS_MESSAGES_PER_HOUR: '1000' },
    });
    gateway = await app.key(Role.SMS_GATEWAY);
  });
  afterAll(() => app.close());

  const ask = async (key: string, cnic: string) =>
    (await app.gql(RequestConsentDocument, { input: { cnic, purpose: 'EMPLOYMENT_SCREENING', scope: ['OFFENDER_CHECK'], expiresAt: inDays(30).toISOString() } }, key)).body.data!.requestConsent;

  it('per number: a person is asked at most N times a day, whoever asks; the refusal is audited and texts nobody', async () => {
    const a = await app.key(Role.EMPLOYER, { name: 'A' });
    const b = await app.key(Role.EMPLOYER, { name: 'B' });
    expect((await ask(a, AYESHA)).userErrors).toEqual([]);
    expect((await ask(b, AYESHA)).userErrors).toEqual([]);
    const third = await ask(a, AYESHA);
    expect(third.userErrors).toEqual([{ field: ['input', 'cnic'], code: 'RATE_LIMITED', message: expect.stringMatching(/^This person has had enough consent requests for now; retry in \d+ s\.$/) }]);
    expect(await app.sql('select count(*)::int as n from sms_outbox where to_number = ?', [AYESHA_NUMBER])).toEqual([{ n: 2 }]);
    expect(await app.sql(`select outcome, detail from audit_event where action = 'consent.request' order by occurred_at desc limit 1`)).toEqual([{ outcome: 'REFUSED', detail: { reason: 'RATE_LIMITED' } }]);
  });

  it('per client: N requests an hour, then RATE_LIMITED', async () => {
    const c = await app.key(Role.EMPLOYER, { name: 'C' });
    const people = await app.sql<{ cnic: string }>(
      `select c.cnic from citizen c join citizen_mobile_number m on m.citizen_id = c.id where m.number like '0346%' order by c.cnic limit 5`,
    );
    const results = [];
    for (const p of people) results.push((await ask(c, p.cnic)).userErrors.map((e) => e.code));
    expect(results).toEqual([[], [], [], [], ['RATE_LIMITED']]);
  });

  it('per sender: codes are limited per number per day, right or wrong', async () => {
    const key = await app.key(Role.EMPLOYER, { name: 'D' });
    await ask(key, USMAN);
    const replies = [];
    for (let i = 0; i < 4; i++) {
      const params = new URLSearchParams({ from: USMAN_NUMBER, to: '7000', text: `YES 99999${i}`, key: gateway });
      replies.push(await (await fetch(`${app.url}/sms/inbound?${params}`)).text());
    }
    expect(replies).toEqual([...Array(3).fill('This code is not valid. Nothing was changed.'), 'Too many codes today. Please try again tomorrow.']);
  });
});

describe('the SMS outbox', () => {
  let app: TestApp;
  let received: URLSearchParams[];
  let statuses: number[];
  let server: http.Server;
  let url: string;

  beforeAll(async () => {
    app = await startTestApp();
    received = [];
    statuses = [];
    // Kannel's sendsms interface, on loopback: answers 202 "Accepted for delivery" unless told otherwise.
    server = http.createServer((req, res) => {
      received.push(new URL(req.url!, 'http://x').searchParams);
      const status = statuses.shift() ?? 202;
      res.writeHead(status).end(status === 202 ? '0: Accepted for delivery' : 'error');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/cgi-bin/sendsms?username=tasdeeq&password=secret`;
  });
  afterAll(async () => {
    await app.close();
    await new Promise((r) => server.close(r));
  });

  it('sends each queued text through sendsms (UTF-8, UCS-2 for Urdu), retries a failure, and erases the body once sent', async () => {
    const key = await app.key(Role.EMPLOYER, { name: 'Acme HR' });
    await app.gql(RequestConsentDocument, { input: { cnic: USMAN, purpose: 'EMPLOYMENT_SCREENING', scope: ['OFFENDER_CHECK'], expiresAt: inDays(30).toISOString() } }, key);
    const [queued] = await app.sql<{ id: string; body: string }>('select id, body from sms_outbox where to_number = ?', [USMAN_NUMBER]);
    const worker = new SmsOutboxWorker(app.orm, () => app.sealer.system('sms-outbox'), url, HMAC_KEY, createLogger('silent'), { backoffBaseMs: 0 });
    statuses.push(500);
    expect(await worker.drain()).toBe(2);
    expect(received.map((p) => Object.fromEntries(p))).toEqual(
      Array(2).fill({ username: 'tasdeeq', password: 'secret', from: '7000', to: USMAN_NUMBER, text: queued.body, charset: 'UTF-8', coding: '2' }),
    );
    expect(await app.sql('select status, attempts, body, last_error, sent_at is not null as sent from sms_outbox where id = ?', [queued.id])).toEqual([
      { status: 'SENT', attempts: 2, body: null, last_error: null, sent: true },
    ]);
  });
});
