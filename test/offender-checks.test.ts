import { randomUUID } from 'node:crypto';
import { Province } from '../src/jurisdictions/province';
import { startTestApp, type TestApp } from './helpers/app';
import {
  ChangeConvictionStatusDocument,
  OffenderDocument,
  VerifyOffenderDocument,
  VerifyOffendersDocument,
  type LookupPurpose,
  type OffenderCheckInput,
} from './generated/graphql';
import { DisclosurePolicy, Role } from '../src/auth/role';
import { ALLOWED_PURPOSES } from '../src/audit/purpose';
import { hashCnic, type Cnic } from '../src/common/cnic';
import { fromGlobalId } from '../src/common/global-id';

const RASHID = '35202-8765432-1'; // ACTIVE, Lahore
const TAHIR = '37401-7654321-3'; // OVERTURNED_ON_APPEAL, Rawalpindi
const KAMRAN = '4220165432105'; // ACTIVE, Central Karachi
const MUHAMMAD_ALI = '35202-1234567-1'; // no conviction
const UNKNOWN = '35202-9999999-1';
const CHECKERS = [Role.EMPLOYER, Role.EDUCATION, Role.SMS_GATEWAY, Role.LAW_ENFORCEMENT];

const purposeOf = (role: Role) => (ALLOWED_PURPOSES[role][0] ?? 'WELFARE_ADMINISTRATION') as LookupPurpose;
const check = (role: Role, cnic: string, extra: Partial<OffenderCheckInput> = {}): OffenderCheckInput => ({
  cnic,
  purpose: purposeOf(role),
  consentRef: 'CONSENT-1',
  ...extra,
});

const RASHID_LINE = {
  english: "Beware! Rashid Mehmood son of Ghulam Mehmood is a convict. Don't let him be around children and women.",
  urdu: 'خبردار! راشد محمود ولد غلام محمود سزا یافتہ مجرم ہے۔ اسے بچوں اور خواتین کے قریب نہ جانے دیں۔',
};

describe('offender checks', () => {
  let app: TestApp;
  const keys = {} as Record<Role, string>;

  beforeAll(async () => {
    app = await startTestApp();
    for (const role of Object.values(Role)) keys[role] = await app.key(role);
  });
  afterAll(() => app.close());

  describe('who may check', () => {
    it.each(CHECKERS)('%s gets RECORD_FOUND for an ACTIVE conviction', async (role) => {
      const res = await app.gql(VerifyOffenderDocument, { input: check(role, RASHID) }, keys[role]);
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data!.verifyOffender).toMatchObject({ cnicMasked: '35202-*******-1', result: 'RECORD_FOUND', grade: 'PARTIAL', errors: [] });
    });

    it.each(Object.values(Role).filter((r) => !CHECKERS.includes(r)))('%s is refused', async (role) => {
      const res = await app.gql(VerifyOffenderDocument, { input: check(role, RASHID) }, keys[role]);
      expect(res.body.data).toBeNull();
      expect(res.body.errors![0]).toMatchObject({ message: `The ${role} role may not check offender data.`, extensions: { code: 'FORBIDDEN' } });
      const bulk = await app.gql(VerifyOffendersDocument, { inputs: [check(role, RASHID)] }, keys[role]);
      expect(bulk.body.errors![0].extensions.code).toBe('FORBIDDEN');
    });

    it('refuses a client whose disclosure policy is NONE', async () => {
      const none = await app.key(Role.EMPLOYER, { disclosure: DisclosurePolicy.NONE });
      const res = await app.gql(VerifyOffenderDocument, { input: check(Role.EMPLOYER, RASHID) }, none);
      expect(res.body.errors![0]).toMatchObject({
        message: "Your client's disclosure policy (NONE) does not allow offender checks.",
        extensions: { code: 'FORBIDDEN' },
      });
    });

    it('requires the consent reference for employment screening and the role\'s own purpose', async () => {
      const noConsent = await app.gql(VerifyOffenderDocument, { input: check(Role.EMPLOYER, RASHID, { consentRef: null }) }, keys.EMPLOYER);
      expect(noConsent.body.errors![0]).toMatchObject({
        message: '`consentRef` is required for EMPLOYMENT_SCREENING: cite the subject\'s consent.',
        extensions: { code: 'BAD_USER_INPUT' },
      });
      const wrongPurpose = await app.gql(VerifyOffenderDocument, { input: check(Role.EMPLOYER, RASHID, { purpose: 'LAW_ENFORCEMENT' }) }, keys.EMPLOYER);
      expect(wrongPurpose.body.errors![0]).toMatchObject({
        message: 'The EMPLOYER role may not declare the purpose LAW_ENFORCEMENT.',
        extensions: { code: 'FORBIDDEN' },
      });
    });
  });

  describe('disclosure policies', () => {
    it('MATCH_ONLY: the result only, in English or Urdu', async () => {
      const key = await app.key(Role.EMPLOYER, { disclosure: DisclosurePolicy.MATCH_ONLY });
      const en = await app.gql(VerifyOffenderDocument, { input: check(Role.EMPLOYER, RASHID) }, key);
      expect(en.body.data!.verifyOffender).toMatchObject({
        result: 'RECORD_FOUND',
        message: 'This CNIC has an active record in the sex offenders register.',
        disclosure: { __typename: 'ResultOnly', policy: 'MATCH_ONLY' },
      });
      const ur = await app.gql(VerifyOffenderDocument, { input: check(Role.EMPLOYER, RASHID, { locale: 'UR' }) }, key);
      expect(ur.body.data!.verifyOffender.message).toBe('اس شناختی کارڈ نمبر پر جنسی مجرموں کے رجسٹر میں فعال ریکارڈ موجود ہے۔');
    });

    it('NAME_LINE: the SMS-style line in both scripts, the message in the requested one', async () => {
      const key = await app.key(Role.EMPLOYER, { disclosure: DisclosurePolicy.NAME_LINE });
      const res = await app.gql(VerifyOffenderDocument, { input: check(Role.EMPLOYER, RASHID, { locale: 'UR' }) }, key);
      expect(res.body.data!.verifyOffender).toMatchObject({
        result: 'RECORD_FOUND',
        message: RASHID_LINE.urdu,
        disclosure: {
          __typename: 'NameLine',
          name: { latin: 'Rashid Mehmood', urdu: 'راشد محمود' },
          relation: 'SON_OF',
          relativeName: { latin: 'Ghulam Mehmood', urdu: 'غلام محمود' },
          ...RASHID_LINE,
        },
      });
      const clean = await app.gql(VerifyOffenderDocument, { input: check(Role.EMPLOYER, MUHAMMAD_ALI) }, key);
      expect(clean.body.data!.verifyOffender).toMatchObject({
        result: 'NO_RECORD',
        message: 'No active record in the sex offenders register for this CNIC.',
        disclosure: { __typename: 'ResultOnly', policy: 'NAME_LINE' },
      });
    });

    it('FULL: law enforcement gets the record within its jurisdiction, the name line outside it', async () => {
      const national = await app.gql(VerifyOffenderDocument, { input: check(Role.LAW_ENFORCEMENT, RASHID) }, keys.LAW_ENFORCEMENT);
      const record = national.body.data!.verifyOffender.disclosure;
      expect(record).toMatchObject({ __typename: 'OffenderRecord', cnic: '3520287654321', name: { latin: 'Rashid Mehmood' } });
      expect(record.__typename === 'OffenderRecord' && record.convictions).toEqual([
        { id: expect.any(String), status: 'ACTIVE', sections: ['PPC 376'] },
      ]);
      const sindh = await app.key(Role.LAW_ENFORCEMENT, { jurisdiction: { kind: 'PROVINCE', province: 'SINDH' as never } });
      const outside = await app.gql(VerifyOffenderDocument, { input: check(Role.LAW_ENFORCEMENT, RASHID) }, sindh);
      expect(outside.body.data!.verifyOffender.disclosure).toMatchObject({ __typename: 'NameLine', ...RASHID_LINE });
    });

    it('FULL configured for an institution never shows the record', async () => {
      const key = await app.key(Role.EMPLOYER, { disclosure: DisclosurePolicy.FULL });
      const res = await app.gql(VerifyOffenderDocument, { input: check(Role.EMPLOYER, RASHID) }, key);
      expect(res.body.data!.verifyOffender.disclosure.__typename).toBe('NameLine');
    });
  });

  describe('answers', () => {
    it('NO_RECORD for a conviction overturned on appeal, a clean person and an unknown CNIC', async () => {
      for (const [cnic, grade] of [[TAHIR, 'PARTIAL'], [MUHAMMAD_ALI, 'PARTIAL'], [UNKNOWN, 'NOT_FOUND']]) {
        const res = await app.gql(VerifyOffenderDocument, { input: check(Role.EMPLOYER, cnic) }, keys.EMPLOYER);
        expect(res.body.data!.verifyOffender).toMatchObject({ result: 'NO_RECORD', grade });
      }
    });

    it('grades the identity, and refers to law enforcement when a detail contradicts it', async () => {
      const exact = await app.gql(
        VerifyOffenderDocument,
        { input: check(Role.SMS_GATEWAY, RASHID, { name: 'rashid mehmood', fatherName: 'Ghulam Mehmood', dateOfBirth: '1982-02-11' }) },
        keys.SMS_GATEWAY,
      );
      expect(exact.body.data!.verifyOffender).toMatchObject({ result: 'RECORD_FOUND', grade: 'EXACT' });
      const wrongFather = await app.gql(
        VerifyOffenderDocument,
        { input: check(Role.SMS_GATEWAY, RASHID, { name: 'Rashid Mehmood', fatherName: 'Someone Else' }) },
        keys.SMS_GATEWAY,
      );
      expect(wrongFather.body.data!.verifyOffender).toMatchObject({
        result: 'REFER_TO_LAW_ENFORCEMENT',
        grade: 'CONFLICT',
        message: 'The details given do not match the identity record at this CNIC. Do not act on this check alone: refer it to law enforcement.',
        disclosure: { __typename: 'ResultOnly', policy: 'NAME_LINE' },
      });
    });

    it('answers RECORD_FOUND when the details agree only as spelling variants, initials or a near date (no false referral)', async () => {
      const cases: [Partial<OffenderCheckInput>, string][] = [
        [{ name: 'Raashid Mahmood', fatherName: 'Gulam Mehmood', dateOfBirth: '1982-02-11' }, 'STRONG'],
        [{ name: 'راشد محمود', fatherName: 'غلام محمود' }, 'EXACT'],
        [{ name: 'Rashid M.', fatherName: 'Ghulam Mehmood' }, 'STRONG'],
        [{ name: 'Rashid Mehmood', dateOfBirth: '1982-02-12' }, 'PARTIAL'],
        [{ name: 'Rashid Mehmood', fatherName: 'Ghulam Mehmood', dateOfBirth: '1982-11-02' }, 'STRONG'],
      ];
      for (const [details, grade] of cases) {
        const res = await app.gql(VerifyOffenderDocument, { input: check(Role.SMS_GATEWAY, RASHID, details) }, keys.SMS_GATEWAY);
        expect(res.body.errors).toBeUndefined();
        expect(res.body.data!.verifyOffender).toMatchObject({
          result: 'RECORD_FOUND',
          grade,
          message: RASHID_LINE.english,
          disclosure: { __typename: 'NameLine', ...RASHID_LINE },
        });
      }
    });

    it.each([
      ['another given name', { name: 'Rashid Masood' }],
      ['the father\'s name differing by one word', { name: 'Rashid Mehmood', fatherName: 'Ghulam Murtaza' }],
      ['another date of birth', { name: 'Rashid Mehmood', dateOfBirth: '1990-07-30' }],
    ])('refers to law enforcement on CONFLICT: %s', async (_, details) => {
      for (const role of CHECKERS) {
        const res = await app.gql(VerifyOffenderDocument, { input: check(role, RASHID, details) }, keys[role]);
        expect(res.body.data!.verifyOffender).toMatchObject({ result: 'REFER_TO_LAW_ENFORCEMENT', grade: 'CONFLICT', disclosure: { __typename: 'ResultOnly' } });
      }
    });

    it('writes one audit row per check, keyed by checkId, with purpose and consent', async () => {
      const res = await app.gql(VerifyOffenderDocument, { input: check(Role.EMPLOYER, RASHID, { consentRef: 'HR-77' }) }, keys.EMPLOYER);
      const { checkId } = res.body.data!.verifyOffender;
      const rows = await app.sql('select action, role, subject_hash, purpose, consent_ref, outcome, detail from audit_event where id = ?', [
        fromGlobalId(checkId)!.key,
      ]);
      const asAuditor = await app.gql<{ node: { action: string } }, { id: string }>('query($id: ID!) { node(id: $id) { ... on AuditEvent { action } } }', { id: checkId }, keys.AUDITOR);
      expect(asAuditor.body.data!.node).toEqual({ action: 'offender.check' });
      expect(rows).toEqual([
        {
          action: 'offender.check',
          role: 'EMPLOYER',
          subject_hash: hashCnic('3520287654321' as Cnic, app.config.cnicHmacKey),
          purpose: 'EMPLOYMENT_SCREENING',
          consent_ref: 'HR-77',
          outcome: 'SUCCESS',
          detail: { activeConviction: true },
        },
      ]);
    });

    it('follows a status change at once: no stale answer', async () => {
      const le = keys.LAW_ENFORCEMENT;
      const before = await app.gql(VerifyOffenderDocument, { input: check(Role.EMPLOYER, KAMRAN) }, keys.EMPLOYER);
      expect(before.body.data!.verifyOffender.result).toBe('RECORD_FOUND');
      const record = await app.gql(OffenderDocument, { cnic: KAMRAN }, le);
      const conviction = record.body.data!.offender.convictions[0];
      const overturned = await app.gql(
        ChangeConvictionStatusDocument,
        { input: { id: conviction.id, version: conviction.version, status: 'OVERTURNED_ON_APPEAL', reason: 'High Court appeal allowed' } },
        le,
      );
      expect(overturned.body.data!.changeConvictionStatus.userErrors).toEqual([]);
      const after = await app.gql(VerifyOffenderDocument, { input: check(Role.EMPLOYER, KAMRAN) }, keys.EMPLOYER);
      expect(after.body.data!.verifyOffender.result).toBe('NO_RECORD');
      const restored = await app.gql(
        ChangeConvictionStatusDocument,
        { input: { id: conviction.id, version: conviction.version + 1, status: 'ACTIVE', reason: 'Supreme Court restored the conviction' } },
        le,
      );
      expect(restored.body.data!.changeConvictionStatus.conviction).toMatchObject({ status: 'ACTIVE', version: conviction.version + 2 });
      const again = await app.gql(VerifyOffenderDocument, { input: check(Role.EMPLOYER, KAMRAN) }, keys.EMPLOYER);
      expect(again.body.data!.verifyOffender.result).toBe('RECORD_FOUND');
    });
  });

  describe('under row-level security', () => {
    it('offender_check reads nationally and restores the caller\'s scope', async () => {
      // The server's own login (the app role, subject to row-level security), in a Sindh-scoped transaction.
      const input = [{ ord: 0, check_id: randomUUID(), cnic: '3520287654321', subject_hash: 'h', purpose: 'EMPLOYMENT_SCREENING', consent_ref: null, valid: true }];
      const sindh = app.scopedEm({ kind: 'PROVINCE', province: Province.SINDH });
      const token = sindh.getFilterParams<{ token: string }>('jurisdiction')!.token;
      const seen = await sindh.transactional(async (em) => {
        const [direct] = await em.execute<{ n: number }[]>("select count(*)::int as n from citizen where cnic = '3520287654321'");
        const [hit] = await em.execute<{ active_districts: string[] }[]>('select active_districts from offender_check(?, ?::jsonb)', [
          token,
          JSON.stringify(input),
        ]);
        const [after] = await em.execute<{ s: string }[]>("select current_setting('app.scope', true) as s");
        return { direct: direct.n, active: hit.active_districts, restored: after.s === token };
      });
      expect(seen).toEqual({ direct: 0, active: ['PK617'], restored: true });
    });
  });

  describe('bulk', () => {
    it('answers in input order with per-item errors, auditing every item in one batch', async () => {
      const inputs = [
        check(Role.EMPLOYER, MUHAMMAD_ALI),
        check(Role.EMPLOYER, RASHID),
        check(Role.EMPLOYER, TAHIR, { consentRef: null }),
        check(Role.EMPLOYER, UNKNOWN),
        check(Role.EMPLOYER, RASHID, { purpose: 'ADMISSIONS' }),
        check(Role.EMPLOYER, RASHID, { fatherName: 'Wrong Person' }),
      ];
      const res = await app.gql(VerifyOffendersDocument, { inputs }, keys.EMPLOYER);
      expect(res.body.errors).toBeUndefined();
      const answers = res.body.data!.verifyOffenders;
      expect(answers.map((a) => [a.cnicMasked, a.result])).toEqual([
        ['35202-*******-1', 'NO_RECORD'],
        ['35202-*******-1', 'RECORD_FOUND'],
        ['37401-*******-3', 'NOT_CHECKED'],
        ['35202-*******-1', 'NO_RECORD'],
        ['35202-*******-1', 'NOT_CHECKED'],
        ['35202-*******-1', 'REFER_TO_LAW_ENFORCEMENT'],
      ]);
      expect(answers[2].errors).toEqual([
        { field: ['inputs', '2', 'consentRef'], code: 'INVALID', message: '`consentRef` is required for EMPLOYMENT_SCREENING: cite the subject\'s consent.' },
      ]);
      expect(answers[4].errors).toEqual([
        { field: ['inputs', '4', 'purpose'], code: 'FORBIDDEN', message: 'The EMPLOYER role may not declare the purpose ADMISSIONS.' },
      ]);
      expect(answers[2].message).toBe('Not checked: this item is invalid (see errors).');
      const audited = await app.sql<{ id: string; outcome: string }>(
        `select id, outcome from audit_event where id in (${answers.map(() => '?').join(',')})`,
        answers.map((a) => fromGlobalId(a.checkId)!.key),
      );
      const outcomes = new Map(audited.map((r) => [r.id, r.outcome]));
      expect(answers.map((a) => outcomes.get(fromGlobalId(a.checkId)!.key))).toEqual(['SUCCESS', 'SUCCESS', 'INVALID', 'NOT_FOUND', 'INVALID', 'SUCCESS']);
    });

    it('sends the same SQL statements for 1 check as for 500: one call that reads the register and writes the audit', async () => {
      const run = (n: number) =>
        app.countQueries(() =>
          app.gql(VerifyOffendersDocument, { inputs: Array.from({ length: n }, (_, i) => check(Role.EMPLOYER, i % 2 ? RASHID : MUHAMMAD_ALI)) }, keys.EMPLOYER),
        );
      const one = await run(1);
      const many = await run(500);
      expect(many.result.body.data!.verifyOffenders).toHaveLength(500);
      expect(many.statements.length).toBe(one.statements.length);
      const touching = many.statements.filter((s) => /offender_check|conviction|audit_event/.test(s));
      expect(touching).toHaveLength(1);
      expect(touching[0]).toMatch(/^select \* from offender_check\(/);
      const [{ n }] = await app.sql<{ n: number }>(
        "select count(*)::int as n from audit_event where request_id = ? and action = 'offender.check'",
        [many.result.body.extensions!.requestId],
      );
      expect(n).toBe(500);
    });

    it('takes at most 1,000 inputs', async () => {
      const inputs = Array.from({ length: 1001 }, () => check(Role.EMPLOYER, MUHAMMAD_ALI));
      const res = await app.gql(VerifyOffendersDocument, { inputs }, keys.EMPLOYER);
      expect(res.body.errors![0]).toMatchObject({ message: '`inputs` accepts at most 1000 items (1001 sent).', extensions: { code: 'BAD_USER_INPUT' } });
    });
  });
});
