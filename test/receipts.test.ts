import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHmac } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { CompactSign, decodeProtectedHeader, generateKeyPair, type JSONWebKeySet } from 'jose';
import { startTestApp, type TestApp } from './helpers/app';
import { CheckReceiptQrDocument, ChecksWithReceiptsDocument, CheckWithReceiptDocument, EligibilityWithReceiptDocument, RegistrationSlipDocument } from './generated/graphql';
import { DisclosurePolicy, Role } from '../src/auth/role';
import { rotateReceiptKeys } from '../src/receipts/key-store';
import { readQrSvg, verifyReceipt } from '../examples/receipts/src/verify';

const HMAC_KEY = 'test-hmac-key-0123456789abcdef0123456789';
const RASHID = '3520287654321';
const ALI = '3520212345671';
const hash = (cnic: string) => createHmac('sha256', HMAC_KEY).update(cnic).digest('hex');
const TS_NODE = path.resolve(__dirname, '../node_modules/ts-node/dist/bin.js');
const VERIFIER = path.resolve(__dirname, '../examples/receipts');

async function jwks(app: TestApp): Promise<JSONWebKeySet> {
  return (await (await fetch(`${app.url}/.well-known/jwks.json`)).json()) as JSONWebKeySet;
}

/** The receipt with one claim changed and the signature kept: what a forger would try. */
function tamper(receipt: string, change: (claims: Record<string, unknown>) => void): string {
  const [header, payload, signature] = receipt.split('.');
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
  change(claims);
  return [header, Buffer.from(JSON.stringify(claims)).toString('base64url'), signature].join('.');
}

describe('receipts anyone can verify', () => {
  let app: TestApp;
  let keysDir: string;
  let employer: string;

  beforeAll(async () => {
    keysDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tasdeeq-receipt-keys-'));
    app = await startTestApp({ env: { RECEIPT_KEYS_DIR: keysDir } });
    employer = await app.key(Role.EMPLOYER, { name: 'Acme HR', disclosure: DisclosurePolicy.NAME_LINE });
  });
  afterAll(async () => {
    await app.close();
    fs.rmSync(keysDir, { recursive: true, force: true });
  });

  it('publishes the public keys at /.well-known/jwks.json, with key IDs and no private part', async () => {
    const res = await fetch(`${app.url}/.well-known/jwks.json`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    const body = (await res.json()) as JSONWebKeySet;
    expect(body.keys).toHaveLength(1);
    expect(Object.keys(body.keys[0]).sort()).toEqual(['alg', 'crv', 'kid', 'kty', 'use', 'x']);
    expect(body.keys[0]).toMatchObject({ kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA', use: 'sig' });
    expect(body.keys[0].kid).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('keeps the private key in a file only its owner can read, never in the database', async () => {
    const files = fs.readdirSync(keysDir).filter((f) => f.endsWith('.private.json'));
    expect(files).toHaveLength(1);
    expect(fs.statSync(path.join(keysDir, files[0])).mode & 0o777).toBe(0o600);
    expect(fs.statSync(keysDir).mode & 0o777).toBe(0o700);
    const d = (JSON.parse(fs.readFileSync(path.join(keysDir, files[0]), 'utf8')) as { jwk: { d: string } }).jwk.d;
    const [{ n }] = await app.sql<{ n: number }>(
      `select count(*)::int as n from information_schema.columns c
       where c.table_schema = current_schema() and exists (select 1 from pg_tables t where t.tablename = c.table_name)
         and c.column_name ilike '%private%'`,
    );
    expect(n).toBe(0);
    const dump = await app.sql<{ found: boolean }>(`select exists (select 1 from audit_event where detail::text like ?) as found`, [`%${d}%`]);
    expect(dump).toEqual([{ found: false }]);
  });

  it('signs an offender check over check ID, time, client, purpose, consent, the CNIC\'s keyed hash and the result', async () => {
    const res = await app.gql(CheckWithReceiptDocument, { input: { cnic: RASHID, purpose: 'EMPLOYMENT_SCREENING', consentRef: 'HR-2026-0042' } }, employer);
    const check = res.body.data!.verifyOffender;
    const verified = await verifyReceipt(check.receipt, await jwks(app), 'tasdeeq');
    expect(verified.valid).toBe(true);
    if (!verified.valid) return;
    const [audit] = await app.sql<{ id: string; client_id: string; occurred_at: Date; subject_hash: string }>(
      `select id, client_id, occurred_at, subject_hash from audit_event where action = 'offender.check' and request_id = ?`,
      [res.body.extensions!.requestId],
    );
    const { iat, ...claims } = verified.claims;
    expect(claims).toEqual({
      iss: 'tasdeeq',
      jti: check.checkId,
      kind: 'OFFENDER_CHECK',
      checkedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      client: { id: audit.client_id, name: 'Acme HR', role: 'EMPLOYER' },
      purpose: 'EMPLOYMENT_SCREENING',
      consent: { ref: 'HR-2026-0042' },
      sub: hash(RASHID),
      cnicMasked: '35202-*******-1',
      result: { result: 'RECORD_FOUND', reason: null, grade: 'PARTIAL', disclosure: 'NAME_LINE' },
    });
    expect(audit.subject_hash).toBe(hash(RASHID));
    expect(Buffer.from(check.checkId, 'base64url').toString()).toBe(`AuditEvent:1:${audit.id}`);
    expect(iat).toBe(Math.floor(new Date(claims.checkedAt as string).getTime() / 1000));
    expect(decodeProtectedHeader(check.receipt)).toEqual({ alg: 'EdDSA', kid: verified.kid, typ: 'tasdeeq-receipt+jwt' });
  });

  it('fails verification when a claim is changed, when re-signed by another key, and with another issuer', async () => {
    const { receipt } = (await app.gql(CheckWithReceiptDocument, { input: { cnic: ALI, purpose: 'EMPLOYMENT_SCREENING', consentRef: 'HR-1' } }, employer)).body.data!.verifyOffender;
    const keys = await jwks(app);
    expect((await verifyReceipt(receipt, keys)).valid).toBe(true);
    for (const forged of [
      tamper(receipt, (c) => ((c.result as Record<string, unknown>).result = 'RECORD_FOUND')),
      tamper(receipt, (c) => (c.sub = hash(RASHID))),
      tamper(receipt, (c) => ((c.client as Record<string, unknown>).name = 'Someone Else')),
    ]) {
      expect(await verifyReceipt(forged, keys)).toEqual({ valid: false, reason: expect.stringMatching(/^JWSSignatureVerificationFailed/) });
    }
    // A forger's own key under the published key ID.
    const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
    const [header, payload] = receipt.split('.');
    const resigned = await new CompactSign(Buffer.from(payload, 'base64url'))
      .setProtectedHeader(JSON.parse(Buffer.from(header, 'base64url').toString()) as { alg: string })
      .sign(privateKey);
    expect((await verifyReceipt(resigned, keys)).valid).toBe(false);
    expect(await verifyReceipt(receipt, keys, 'someone-else')).toEqual({ valid: false, reason: expect.stringMatching(/^JWTClaimValidationFailed/) });
  });

  it('signs only when the field is selected: a batch that does not ask pays for no signature, and no statement more', async () => {
    const spy = jest.spyOn(app.server.kernel.receipts, 'check');
    try {
      const inputs = [RASHID, ALI, '4210123456782'].map((cnic) => ({ cnic, purpose: 'EMPLOYMENT_SCREENING' as const, consentRef: 'HR-2' }));
      const plain = `query($inputs: [OffenderCheckInput!]!) { verifyOffenders(inputs: $inputs) { checkId result } }`;
      const without = await app.countQueries(() => app.gql(plain, { inputs }, employer));
      expect(spy).not.toHaveBeenCalled();
      const withReceipts = await app.countQueries(() => app.gql(ChecksWithReceiptsDocument, { inputs }, employer));
      expect(spy).toHaveBeenCalledTimes(3);
      // The same statements (the key's last-used stamp, once a minute, aside).
      const shape = (statements: string[]) => statements.filter((s) => !s.includes('api_key_touch')).map((s) => s.split('(')[0]);
      expect(shape(withReceipts.statements)).toEqual(shape(without.statements));
      const keys = await jwks(app);
      const answers = withReceipts.result.body.data!.verifyOffenders;
      for (const a of answers) {
        const v = await verifyReceipt(a.receipt, keys);
        expect(v.valid && v.claims.jti).toBe(a.checkId);
      }
    } finally {
      spy.mockRestore();
    }
  });

  it('prints a receipt as a QR code (SVG) that the verifier reads back and verifies', async () => {
    const { receipt, receiptQr } = (await app.gql(CheckReceiptQrDocument, { input: { cnic: ALI, purpose: 'EMPLOYMENT_SCREENING', consentRef: 'HR-3' } }, employer)).body.data!.verifyOffender;
    expect(receiptQr.startsWith('<svg')).toBe(true);
    expect(readQrSvg(receiptQr)).toBe(receipt);
  });

  it('the example verifier, as a command: VALID for the QR code with a saved JWKS, INVALID (exit 1) for a tampered receipt', async () => {
    const { receipt, receiptQr } = (await app.gql(CheckReceiptQrDocument, { input: { cnic: RASHID, purpose: 'EMPLOYMENT_SCREENING', consentRef: 'HR-4' } }, employer)).body.data!.verifyOffender;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'verifier-'));
    try {
      fs.writeFileSync(path.join(dir, 'jwks.json'), JSON.stringify(await jwks(app)));
      fs.writeFileSync(path.join(dir, 'receipt.svg'), receiptQr);
      fs.writeFileSync(path.join(dir, 'forged.jwt'), tamper(receipt, (c) => (c.purpose = 'ADMISSIONS')));
      const run = (file: string) =>
        spawnSync(process.execPath, [TS_NODE, '--transpile-only', '-P', path.join(VERIFIER, 'tsconfig.json'), path.join(VERIFIER, 'src/verify.cli.ts'), path.join(dir, file), '--jwks', path.join(dir, 'jwks.json')], { encoding: 'utf8' });
      const ok = run('receipt.svg');
      expect({ status: ok.status, first: ok.stdout.split('\n')[0] }).toEqual({ status: 0, first: expect.stringMatching(/^VALID \(key [A-Za-z0-9_-]{43}\)$/) });
      expect(JSON.parse(ok.stdout.slice(ok.stdout.indexOf('\n') + 1))).toMatchObject({ kind: 'OFFENDER_CHECK', purpose: 'EMPLOYMENT_SCREENING', sub: hash(RASHID) });
      const bad = run('forged.jwt');
      expect({ status: bad.status, stderr: bad.stderr.trim() }).toEqual({ status: 1, stderr: expect.stringMatching(/^INVALID: JWSSignatureVerificationFailed/) });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('signs an eligibility answer over its check ID and the decision, nothing about the household', async () => {
    const university = await app.key(Role.EDUCATION, { name: 'NED University' });
    const res = await app.gql(EligibilityWithReceiptDocument, { input: { cnic: ALI, programme: 'HEC_NEED_BASED_SCHOLARSHIP', purpose: 'ADMISSIONS', consentRef: 'ADM-7' } }, university);
    const answer = res.body.data!.eligibility;
    const [audit] = await app.sql<{ id: string; client_id: string }>(`select id, client_id from audit_event where action = 'eligibility.check' and request_id = ?`, [res.body.extensions!.requestId]);
    expect(Buffer.from(answer.checkId, 'base64url').toString()).toBe(`AuditEvent:1:${audit.id}`);
    const v = await verifyReceipt(answer.receipt, await jwks(app));
    expect(v.valid).toBe(true);
    if (!v.valid) return;
    const { iat: _iat, checkedAt: _at, ...claims } = v.claims;
    expect(claims).toEqual({
      iss: 'tasdeeq',
      jti: answer.checkId,
      kind: 'ELIGIBILITY',
      client: { id: audit.client_id, name: 'NED University', role: 'EDUCATION' },
      purpose: 'ADMISSIONS',
      consent: { ref: 'ADM-7' },
      sub: hash(ALI),
      cnicMasked: '35202-*******-1',
      result: { programme: 'HEC_NEED_BASED_SCHOLARSHIP', eligible: answer.eligible, ruleVersion: answer.ruleVersion },
    });
    expect(readQrSvg(answer.receiptQr)).toBe(answer.receipt);
  });

  it('signs a registration\'s tracking slip, printable as a QR code', async () => {
    const centre = await app.key(Role.REGISTRATION_CENTRE);
    const registration = (await app.gql(RegistrationSlipDocument, { trackingId: 'K7Q2-MX4P-9D' }, centre)).body.data!.registration;
    const v = await verifyReceipt(registration.trackingSlip, await jwks(app));
    expect(v.valid && { ...v.claims, iat: undefined }).toEqual({
      iss: 'tasdeeq',
      jti: 'K7Q2-MX4P-9D',
      iat: undefined,
      kind: 'REGISTRATION_SLIP',
      trackingId: 'K7Q2-MX4P-9D',
      issuedAt: registration.createdAt,
      cnicMasked: '61101-*******-5',
      registrationKind: 'NEW_SURVEY',
      centreDistrict: 'PK401',
    });
    expect(readQrSvg(registration.trackingSlipQr)).toBe(registration.trackingSlip);
  });

  it('rotation: a new key signs, the old one stays published, and receipts of both verify', async () => {
    const input = { cnic: ALI, purpose: 'EMPLOYMENT_SCREENING' as const, consentRef: 'HR-5' };
    const before = (await app.gql(CheckWithReceiptDocument, { input }, employer)).body.data!.verifyOffender.receipt;
    const oldKid = decodeProtectedHeader(before).kid;
    const { kid: newKid, retired } = await rotateReceiptKeys(keysDir);
    expect(retired).toEqual([oldKid]);
    expect(fs.readdirSync(keysDir).filter((f) => f.endsWith('.private.json'))).toEqual([expect.stringContaining(newKid)]);
    // Servers look at the directory again within seconds: wait for the new key to sign.
    let after = before;
    for (let i = 0; i < 50 && decodeProtectedHeader(after).kid !== newKid; i++) {
      await new Promise((r) => setTimeout(r, 200));
      after = (await app.gql(CheckWithReceiptDocument, { input }, employer)).body.data!.verifyOffender.receipt;
    }
    expect(decodeProtectedHeader(after).kid).toBe(newKid);
    const keys = await jwks(app);
    expect(keys.keys.map((k) => k.kid)).toEqual([newKid, oldKid]);
    expect((await verifyReceipt(before, keys)).valid).toBe(true);
    expect((await verifyReceipt(after, keys)).valid).toBe(true);
  });
});
