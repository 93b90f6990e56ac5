import { startTestApp, type TestApp } from './helpers/app';
import { DisclosurePolicy, Role } from '../src/auth/role';
import { SenderHasher } from '../src/sms/sender';
import { SMS_REPLIES } from '../src/sms/sms.templates';

const RASHID = '3520287654321'; // ACTIVE conviction
const TAHIR = '3740176543213'; // overturned on appeal
const ALI = '3520212345671'; // no conviction; household ELIGIBLE
const AYESHA = '4210123456782'; // household PENDING_VERIFICATION
const IMRAN = '1730134567893'; // household NOT_ELIGIBLE
const USMAN = '6110156789015'; // no household

const RASHID_UR = 'خبردار! راشد محمود ولد غلام محمود سزا یافتہ مجرم ہے۔ اسے بچوں اور خواتین کے قریب نہ جانے دیں۔';
const RASHID_EN = "Beware! Rashid Mehmood son of Ghulam Mehmood is a convict. Don't let him be around children and women.";
const NO_RECORD_UR = 'اس شناختی کارڈ نمبر پر جنسی مجرموں کے رجسٹر میں کوئی فعال ریکارڈ نہیں۔';
const NO_RECORD_EN = 'No active record in the sex offenders register for this CNIC.';
const HELP_7000 = 'اپنا 13 ہندسوں کا شناختی کارڈ نمبر ڈیش کے بغیر 7000 پر بھیجیں۔\nSend your 13-digit CNIC without dashes to 7000.';
const URDU = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0x06f0 + Number(d)));
const ARABIC = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d)));
const HMAC_KEY = 'test-hmac-key-0123456789abcdef0123456789';

let app: TestApp;
let gateway: string;
let serial = 1000000;
/** A fresh sender for each message, unless a test is about one sender. */
const nextSender = () => `0300${++serial}`;

interface Reply {
  status: number;
  text: string;
  coding: string | null;
  contentType: string | null;
  requestId: string | null;
}

async function reply(response: Response): Promise<Reply> {
  return {
    status: response.status,
    text: await response.text(),
    coding: response.headers.get('x-kannel-coding'),
    contentType: response.headers.get('content-type'),
    requestId: response.headers.get('x-request-id'),
  };
}

/** Kannel's get-url: `?from=%p&to=%P&text=%a&key=...`. */
async function sms(to: string, text: string, options: { from?: string; key?: string | null; url?: string } = {}): Promise<Reply> {
  const params = new URLSearchParams({ from: options.from ?? nextSender(), to, text });
  const key = options.key === undefined ? gateway : options.key;
  if (key) params.set('key', key);
  return reply(await fetch(`${options.url ?? app.url}/sms/inbound?${params}`));
}

beforeAll(async () => {
  app = await startTestApp({ env: { SMS_MESSAGES_PER_HOUR: '3' } });
  gateway = await app.key(Role.SMS_GATEWAY);
});
afterAll(() => app.close());

describe('SMS webhook: who may call it', () => {
  it('answers 401 with no text without a key, with a bad key, or with a key of another role', async () => {
    const employer = await app.key(Role.EMPLOYER, { disclosure: DisclosurePolicy.NAME_LINE });
    const before = await app.sql<{ n: number }>('select count(*)::int as n from audit_event');
    for (const key of [null, 'tsq_aaaaaaaaaaaa_' + 'a'.repeat(43), 'nonsense', employer]) {
      const res = await sms('7000', RASHID, { key });
      expect(res).toMatchObject({ status: 401, text: '' });
    }
    expect(await app.sql('select count(*)::int as n from audit_event')).toEqual(before);
  });

  it('answers 401 to a revoked key and to a suspended client', async () => {
    const revoked = await app.key(Role.SMS_GATEWAY);
    await app.sql('update api_key set revoked_at = now() where prefix = ?', [revoked.split('_')[1]]);
    expect(await sms('7000', RASHID, { key: revoked })).toMatchObject({ status: 401, text: '' });
    const suspended = await app.key(Role.SMS_GATEWAY, { name: 'suspended gateway' });
    await app.sql("update api_client set suspended_at = now() where name = 'suspended gateway'");
    expect(await sms('7000', RASHID, { key: suspended })).toMatchObject({ status: 401, text: '' });
  });

  it('answers 401 to the right key from an address that is not on SMS_ALLOWED_ADDRESSES', async () => {
    const elsewhere = await startTestApp({ env: { SMS_ALLOWED_ADDRESSES: '192.0.2.10' } });
    try {
      const key = await elsewhere.key(Role.SMS_GATEWAY);
      expect(await sms('7000', RASHID, { key, url: elsewhere.url })).toMatchObject({ status: 401, text: '' });
    } finally {
      await elsewhere.close();
    }
  });

  it('accepts the key in an Authorization header, and 400s a call without a sender', async () => {
    const headers = { authorization: `ApiKey ${gateway}` };
    const ok = await reply(await fetch(`${app.url}/sms/inbound?from=03009999001&to=7000&text=${RASHID}`, { headers }));
    expect(ok).toMatchObject({ status: 200, text: RASHID_UR });
    const bad = await reply(await fetch(`${app.url}/sms/inbound?to=7000&text=${RASHID}`, { headers }));
    expect(bad).toMatchObject({ status: 400, text: '' });
  });
});

describe('SMS webhook: 7000, the offender check', () => {
  it('answers a hit with the Urdu name line, as UTF-8 text/plain that Kannel sends as UCS-2', async () => {
    const res = await sms('7000', RASHID);
    expect(res).toEqual(expect.objectContaining({ status: 200, text: RASHID_UR, coding: '2' }));
    expect(res.contentType).toBe('text/plain; charset=utf-8');
  });

  it('answers in English (GSM-7) when the text is written in Latin letters', async () => {
    expect(await sms('7000', 'check 35202-8765432-1')).toMatchObject({ status: 200, text: RASHID_EN, coding: '0' });
  });

  it('answers no record for a clear CNIC and for an overturned conviction', async () => {
    expect(await sms('7000', ALI)).toMatchObject({ text: NO_RECORD_UR, coding: '2' });
    expect(await sms('7000', `cnic ${TAHIR}`)).toMatchObject({ text: NO_RECORD_EN, coding: '0' });
  });

  it('reads Urdu-Indic and Arabic-Indic digits, dashes and spaces', async () => {
    expect((await sms('7000', URDU('35202-8765432-1'))).text).toBe(RASHID_UR);
    expect((await sms('7000', ARABIC('3520287654321'))).text).toBe(RASHID_UR);
    expect((await sms('7000', '35202 8765432 1')).text).toBe(RASHID_UR);
  });

  it("decodes a Unicode message as Kannel passes it (UTF-16BE bytes, coding 2)", async () => {
    const bytes = Buffer.from(URDU(RASHID), 'utf16le').swap16();
    const text = [...bytes].map((b) => `%${b.toString(16).padStart(2, '0').toUpperCase()}`).join('');
    const url = `${app.url}/sms/inbound?from=${nextSender()}&to=7000&text=${text}&coding=2&charset=UTF-16BE&key=${gateway}`;
    expect((await reply(await fetch(url))).text).toBe(RASHID_UR);
  });

  it('follows the gateway client\'s disclosure policy: MATCH_ONLY names no one, NONE is unavailable', async () => {
    const matchOnly = await app.key(Role.SMS_GATEWAY, { disclosure: DisclosurePolicy.MATCH_ONLY });
    const res = await sms('7000', `check ${RASHID}`, { key: matchOnly });
    expect(res.text).toBe('This CNIC has an active record in the sex offenders register.');
    const none = await app.key(Role.SMS_GATEWAY, { disclosure: DisclosurePolicy.NONE });
    expect((await sms('7000', RASHID, { key: none })).text).toBe(SMS_REPLIES.unavailable);
  });

  it('answers garbage, wrong lengths and two CNICs with the help text', async () => {
    for (const text of ['hello', '', '352028765432', '35202876543210', `${RASHID} ${ALI}`]) {
      expect(await sms('7000', text)).toMatchObject({ status: 200, text: HELP_7000, coding: '2' });
    }
  });
});

describe('SMS webhook: 8171, the survey status', () => {
  it.each([
    [USMAN, 'آپ کا سروے مکمل نہیں۔ براہ کرم قریبی رجسٹریشن سینٹر تشریف لے جائیں۔'],
    [ALI, 'آپ رجسٹرڈ ہیں اور اہل ہیں۔'],
    [AYESHA, 'آپ رجسٹرڈ ہیں۔ آپ کی اہلیت کی تصدیق زیرِ عمل ہے۔'],
    [IMRAN, 'آپ رجسٹرڈ ہیں مگر اہل نہیں ہیں۔'],
  ])('answers %s in Urdu', async (cnic, text) => {
    expect(await sms('8171', cnic)).toMatchObject({ status: 200, text, coding: '2' });
  });

  it('answers in English to a Latin text, and help to garbage', async () => {
    expect((await sms('8171', 'status 35202-1234567-1')).text).toBe('You are registered and eligible.');
    expect((await sms('8171', 'status 61101-5678901-5')).text).toBe('Your survey is not complete. Please visit your nearest registration centre.');
    expect((await sms('8171', 'hello')).text).toContain('Send your 13-digit CNIC without dashes to 8171.');
  });

  it('answers help on an unknown short code, even with a CNIC', async () => {
    expect((await sms('1234', ALI)).text).toContain('Send your CNIC to 7000 (offenders) or 8171 (survey).');
  });
});

describe('SMS webhook: Kannel post-url and forms', () => {
  it('takes the text as a POST body with X-Kannel-From / X-Kannel-To, and a POSTed form', async () => {
    const posted = await reply(
      await fetch(`${app.url}/sms/inbound?key=${gateway}`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain; charset=utf-8', 'x-kannel-from': nextSender(), 'x-kannel-to': '7000' },
        body: URDU(RASHID),
      }),
    );
    expect(posted).toMatchObject({ status: 200, text: RASHID_UR });
    const form = await reply(
      await fetch(`${app.url}/sms/inbound`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `ApiKey ${gateway}` },
        body: new URLSearchParams({ from: nextSender(), to: '8171', text: ALI }).toString(),
      }),
    );
    expect(form).toMatchObject({ status: 200, text: 'آپ رجسٹرڈ ہیں اور اہل ہیں۔' });
  });

  it('reads a Unicode text POSTed as UTF-16BE, as Kannel\'s post-url sends one', async () => {
    const posted = await reply(
      await fetch(`${app.url}/sms/inbound?key=${gateway}`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain; charset=UTF-16BE', 'x-kannel-from': nextSender(), 'x-kannel-to': '7000' },
        body: Buffer.from(`چیک ${URDU(RASHID)}`, 'utf16le').swap16(),
      }),
    );
    expect(posted).toMatchObject({ status: 200, text: RASHID_UR });
  });

  it('answers 401 before reading the body of a stranger\'s POST', async () => {
    const res = await fetch(`${app.url}/sms/inbound`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'x'.repeat(100_000),
    });
    expect(res.status).toBe(401);
    expect(await res.text()).toBe('');
  });
});

describe('SMS webhook: per-number limit and audit', () => {
  it('limits each number (in any of its formats) to SMS_MESSAGES_PER_HOUR, and no other', async () => {
    const texts = [];
    for (const from of ['03001234567', '+923001234567', '923001234567', '00923001234567']) texts.push((await sms('7000', ALI, { from })).text);
    expect(texts).toEqual([NO_RECORD_UR, NO_RECORD_UR, NO_RECORD_UR, SMS_REPLIES.tooMany]);
    expect((await sms('8171', 'hello', { from: '03001234567' })).text).toBe(SMS_REPLIES.tooMany);
    expect((await sms('7000', ALI, { from: '03007654321' })).text).toBe(NO_RECORD_UR);
    const buckets = await app.sql<{ key: string }>("select key from rate_bucket where key like 'sms:%'");
    expect(buckets.length).toBeGreaterThan(0);
    expect(JSON.stringify(buckets)).not.toMatch(/3001234567|3007654321/);
  });

  it('audits each message with a keyed hash of the sender, never the number, beside the lookup\'s own row', async () => {
    const from = '03215550123';
    const res = await sms('7000', RASHID, { from });
    const rows = await app.sql<Record<string, unknown>>('select * from audit_event where request_id = ? order by action', [res.requestId]);
    expect(rows.map((r) => [r.action, r.outcome, r.purpose])).toEqual([
      ['offender.check', 'SUCCESS', 'CITIZEN_SELF_CHECK'],
      ['sms.inbound', 'SUCCESS', 'CITIZEN_SELF_CHECK'],
    ]);
    const senderHash = new SenderHasher(HMAC_KEY).hash(from);
    expect(rows[1].detail).toEqual({ shortCode: '7000', senderHash, reply: 'OFFENDER_CHECK' });
    expect(new SenderHasher(HMAC_KEY).hash('+923215550123')).toBe(senderHash);
    const everything = JSON.stringify(await app.sql('select * from audit_event'));
    expect(everything).not.toContain('3215550123');

    const help = await sms('7000', 'hello', { from });
    const [helpRow] = await app.sql<Record<string, unknown>>('select outcome, detail from audit_event where request_id = ?', [help.requestId]);
    expect(helpRow).toEqual({ outcome: 'INVALID', detail: { shortCode: '7000', senderHash, reply: 'HELP' } });
  });
});
