import { startTestApp, type TestApp } from './helpers/app';
import {
  DataQualityFlagsDocument,
  HouseholdMaskedDocument,
  HouseholdNodeDocument,
  HouseholdOfDocument,
  HouseholdsMaskedPageDocument,
  HouseholdsPageDocument,
  HouseholdWholeDocument,
  SurveyStatusDocument,
} from './generated/graphql';
import { Role } from '../src/auth/role';
import { ageOn, today } from '../src/households/dates';
import { addCitizens, child, head, spouse, surveyedHousehold, type TestCitizen } from './helpers/households';

const FAISALABAD = 'PK608';
const MULTAN = 'PK622';
const HYDERABAD = 'PK706';
const ASLAM: TestCitizen = { cnic: '3520291000011', nameEn: 'Aslam Pervaiz', gender: 'MALE', dateOfBirth: '1982-04-04', districtCode: FAISALABAD };
const RUBINA: TestCitizen = { cnic: '3520291000022', nameEn: 'Rubina Aslam', gender: 'FEMALE', dateOfBirth: '1986-08-08', districtCode: FAISALABAD };
const JAMIL: TestCitizen = { cnic: '3630291000031', nameEn: 'Jamil Akhtar', gender: 'MALE', dateOfBirth: '1965-12-12', districtCode: MULTAN };
const NADEEM: TestCitizen = { cnic: '3630291000041', nameEn: 'Nadeem Iqbal', gender: 'MALE', dateOfBirth: '1990-10-10', districtCode: MULTAN };
const GHULAM: TestCitizen = { cnic: '4130291000051', nameEn: 'Ghulam Rasool', gender: 'MALE', dateOfBirth: '1977-01-01', districtCode: HYDERABAD };
const NOBODY = '3520291999991';

const byCode = (a: { code: string }, b: { code: string }) => a.code.localeCompare(b.code);
// Two Punjab districts the demo households leave alone.
const PUNJAB = { kind: 'DISTRICTS', districts: [FAISALABAD, MULTAN] } as never;

describe('households', () => {
  let app: TestApp;
  let officer: string;
  let analyst: string;
  let aslamHousehold: string;
  let jamilHousehold: string;
  let nadeemHousehold: string;
  const keys = {} as Record<Role, string>;
  const householdKey = async (cnic: string) =>
    (await app.sql<{ household_id: string }>('select household_id from household_member where id_number = ?', [cnic]))[0].household_id;

  beforeAll(async () => {
    app = await startTestApp();
    await addCitizens(app, [ASLAM, RUBINA, JAMIL, NADEEM, GHULAM]);
    for (const role of Object.values(Role)) keys[role] = await app.key(role);
    officer = await app.key(Role.WELFARE_OFFICER, { jurisdiction: PUNJAB });
    analyst = await app.key(Role.WELFARE_ANALYST, { jurisdiction: PUNJAB });
    aslamHousehold = await surveyedHousehold(app, officer, FAISALABAD, [
      head(ASLAM),
      spouse(RUBINA),
      child({ name: 'Bilal Aslam', gender: 'MALE', dateOfBirth: '2014-03-01', bFormNumber: '3520291000063' }),
    ], { tehsil: 'Model Town' });
    jamilHousehold = await surveyedHousehold(app, officer, MULTAN, [head(JAMIL, { name: 'Jamal Akhtar', dateOfBirth: '1965-12-13' })], { tehsil: 'Shujabad' });
    nadeemHousehold = await surveyedHousehold(app, officer, MULTAN, [head(NADEEM, { maritalStatus: 'NEVER_MARRIED' })], { tehsil: 'Shujabad' });
    await surveyedHousehold(app, keys.REGISTRATION_CENTRE, HYDERABAD, [head(GHULAM)], { tehsil: 'Latifabad' });
    // Surveys are scored on submission (the scorecard); Aslam's is set back to unscored to stand for a pending one.
    await app.sql('update survey set eligibility = null, scored_at = null where household_id = ?', [await householdKey(ASLAM.cnic)]);
    await app.sql("update survey set eligibility = 'ELIGIBLE', scored_at = now() where household_id = ?", [await householdKey(JAMIL.cnic)]);
    await app.sql("update survey set eligibility = 'NOT_ELIGIBLE', scored_at = now() where household_id = ?", [await householdKey(NADEEM.cnic)]);
  });
  afterAll(() => app.close());

  describe('surveyStatus', () => {
    it.each([
      [NOBODY, 'NOT_SURVEYED', 'Your survey is not complete. Please visit your nearest registration centre.', 'Aap ka survey mukammal nahi. Baraye meharbani qareebi registration centre tashreef le jayen.', 'آپ کا سروے مکمل نہیں۔ براہ کرم قریبی رجسٹریشن سینٹر تشریف لے جائیں۔'],
      [RUBINA.cnic, 'PENDING_VERIFICATION', 'You are registered. Your eligibility is pending verification.', 'Aap registered hain. Aap ki ahliyat ki tasdeeq zer-e-amal hai.', 'آپ رجسٹرڈ ہیں۔ آپ کی اہلیت کی تصدیق زیرِ عمل ہے۔'],
      [JAMIL.cnic, 'ELIGIBLE', 'You are registered and eligible.', 'Aap registered hain aur ahal hain.', 'آپ رجسٹرڈ ہیں اور اہل ہیں۔'],
      [NADEEM.cnic, 'NOT_ELIGIBLE', 'You are registered and not eligible.', 'Aap registered hain magar ahal nahi hain.', 'آپ رجسٹرڈ ہیں مگر اہل نہیں ہیں۔'],
    ])('%s answers %s, and nothing else', async (cnic, status, message, messageRomanUrdu, messageUrdu) => {
      const res = await app.gql(SurveyStatusDocument, { cnic }, keys.SMS_GATEWAY);
      expect(res.body).toMatchObject({ data: { surveyStatus: { status, message, messageRomanUrdu, messageUrdu } } });
    });

    it('answers for a B-form number too, and audits each check with its purpose', async () => {
      const res = await app.gql(SurveyStatusDocument, { cnic: '3520291000063' }, keys.SMS_GATEWAY);
      expect(res.body.data!.surveyStatus.status).toBe('PENDING_VERIFICATION');
      const rows = await app.sql("select purpose, outcome from audit_event where action = 'survey.status' order by occurred_at");
      expect(rows[0]).toEqual({ purpose: 'CITIZEN_SELF_CHECK', outcome: 'NOT_FOUND' });
      expect(rows).toHaveLength(5);
    });

    it('asks a university for its consent reference', async () => {
      const without = await app.gql(SurveyStatusDocument, { cnic: JAMIL.cnic }, keys.EDUCATION);
      expect(without.body.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: ['consentRef'] } });
      const withConsent = await app.gql(SurveyStatusDocument, { cnic: JAMIL.cnic, consentRef: 'ADM-2026-001' }, keys.EDUCATION);
      expect(withConsent.body.data!.surveyStatus.status).toBe('ELIGIBLE');
    });

    const allowed = [Role.SMS_GATEWAY, Role.EDUCATION, Role.WELFARE_ANALYST, Role.WELFARE_OFFICER, Role.REGISTRATION_CENTRE];
    it.each(Object.values(Role).filter((r) => !allowed.includes(r)))('%s may not ask', async (role) => {
      const res = await app.gql(SurveyStatusDocument, { cnic: JAMIL.cnic }, keys[role]);
      expect(res.body.errors![0]).toMatchObject({ message: `The ${role} role may not status survey data.`, extensions: { code: 'FORBIDDEN' } });
    });
  });

  describe('the two welfare views', () => {
    it('a WELFARE_OFFICER sees members whole, with flags and survey history', async () => {
      const res = await app.gql(HouseholdWholeDocument, { id: aslamHousehold }, officer);
      expect(res.body.errors).toBeUndefined();
      const h = res.body.data!.household;
      expect(h).toMatchObject({ id: aslamHousehold, status: 'PENDING_VERIFICATION', tehsil: 'Model Town', district: { code: FAISALABAD, province: 'PUNJAB' }, flags: [], latestSurvey: { version: 1, memberCount: 3 }, surveys: [{ version: 1 }] });
      expect(h.members.map((m) => [m.relationToHead, m.cnic, m.bFormNumber, m.name, m.dateOfBirth])).toEqual([
        ['HEAD', ASLAM.cnic, null, 'Aslam Pervaiz', '1982-04-04'],
        ['SPOUSE', RUBINA.cnic, null, 'Rubina Aslam', '1986-08-08'],
        ['SON', null, '3520291000063', 'Bilal Aslam', '2014-03-01'],
      ]);
    });

    it('a WELFARE_ANALYST sees masked numbers, no names, ages only — and may not ask for `members`', async () => {
      const res = await app.gql(HouseholdMaskedDocument, { id: aslamHousehold }, analyst);
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data!.household.maskedMembers.map((m) => [m.relationToHead, m.cnicMasked, m.bFormNumberMasked, m.age])).toEqual([
        ['HEAD', '35202-*******-1', null, ageOn('1982-04-04', today())],
        ['SPOUSE', '35202-*******-2', null, ageOn('1986-08-08', today())],
        ['SON', null, '35202-*******-3', ageOn('2014-03-01', today())],
      ]);
      const whole = await app.gql(HouseholdWholeDocument, { id: aslamHousehold }, analyst);
      expect(whole.body.data).toBeNull();
      expect(whole.body.errors![0]).toMatchObject({ message: 'The WELFARE_ANALYST role may not read household data.', extensions: { code: 'FORBIDDEN' } });
    });

    it('householdOf finds a person\'s household in jurisdiction, and answers outside it exactly as for nobody', async () => {
      const res = await app.gql(HouseholdOfDocument, { cnic: RUBINA.cnic }, officer);
      expect(res.body.data!.householdOf).toMatchObject({ id: aslamHousehold, status: 'PENDING_VERIFICATION' });
      const outside = await app.gql(HouseholdOfDocument, { cnic: GHULAM.cnic }, officer);
      const nobody = await app.gql(HouseholdOfDocument, { cnic: NOBODY }, officer);
      expect(outside.body.errors![0]).toMatchObject({ message: 'No household with this member in your jurisdiction.', extensions: { code: 'NOT_FOUND' } });
      expect(nobody.body.errors![0].message).toBe(outside.body.errors![0].message);
      const audit = await app.sql("select outcome, purpose from audit_event where action = 'household.of' order by occurred_at");
      expect(audit).toEqual([
        { outcome: 'SUCCESS', purpose: 'WELFARE_ADMINISTRATION' },
        { outcome: 'NOT_FOUND', purpose: 'WELFARE_ADMINISTRATION' },
        { outcome: 'NOT_FOUND', purpose: 'WELFARE_ADMINISTRATION' },
      ]);
    });

    it('refetches households, members and surveys by global ID under the same rules', async () => {
      const h = (await app.gql(HouseholdWholeDocument, { id: aslamHousehold }, officer)).body.data!.household;
      expect((await app.gql(HouseholdNodeDocument, { id: aslamHousehold }, officer)).body.data!.node).toEqual({ __typename: 'Household', id: aslamHousehold, status: 'PENDING_VERIFICATION' });
      expect((await app.gql(HouseholdNodeDocument, { id: h.members[0].id }, officer)).body.data!.node).toEqual({ __typename: 'Member', id: h.members[0].id, name: 'Aslam Pervaiz' });
      const member = await app.gql(HouseholdNodeDocument, { id: h.members[0].id }, analyst);
      expect(member.body.errors![0].extensions.code).toBe('FORBIDDEN');
      const sindh = await app.key(Role.WELFARE_OFFICER, { jurisdiction: { kind: 'PROVINCE', province: 'SINDH' as never } });
      expect((await app.gql(HouseholdNodeDocument, { id: h.members[0].id }, sindh)).body.errors![0].extensions.code).toBe('NOT_FOUND');
    });

    it('refuses a household outside jurisdiction as NOT_FOUND', async () => {
      const sindh = await app.key(Role.WELFARE_OFFICER, { jurisdiction: { kind: 'PROVINCE', province: 'SINDH' as never } });
      const res = await app.gql(HouseholdWholeDocument, { id: aslamHousehold }, sindh);
      expect(res.body.errors![0]).toMatchObject({ message: 'No household with this ID in your jurisdiction.', extensions: { code: 'NOT_FOUND' } });
    });

    it('a national REGISTRATION_CENTRE reads members whole, by CNIC and by member ID', async () => {
      const res = await app.gql(HouseholdOfDocument, { cnic: GHULAM.cnic }, keys.REGISTRATION_CENTRE);
      expect(res.body.data!.householdOf.members).toEqual([{ name: 'Ghulam Rasool', relationToHead: 'HEAD' }]);
      const h = (await app.gql(HouseholdWholeDocument, { id: res.body.data!.householdOf.id }, keys.REGISTRATION_CENTRE)).body.data!.household;
      const node = await app.gql(HouseholdNodeDocument, { id: h.members[0].id }, keys.REGISTRATION_CENTRE);
      expect(node.body.data!.node).toMatchObject({ __typename: 'Member', name: 'Ghulam Rasool' });
    });

    const readers = [Role.WELFARE_ANALYST, Role.WELFARE_OFFICER, Role.REGISTRATION_CENTRE];
    it.each(Object.values(Role).filter((r) => !readers.includes(r)))('%s may not read households', async (role) => {
      for (const res of [
        await app.gql(HouseholdMaskedDocument, { id: aslamHousehold }, keys[role]),
        await app.gql(HouseholdsMaskedPageDocument, { first: 1 }, keys[role]),
        await app.gql(DataQualityFlagsDocument, { first: 1 }, keys[role]),
        await app.gql(HouseholdOfDocument, { cnic: RUBINA.cnic }, keys[role]),
      ]) {
        expect(res.body.errors![0]).toMatchObject({ message: `The ${role} role may not readMasked household data.`, extensions: { code: 'FORBIDDEN' } });
      }
    });
  });

  describe('households(filter)', () => {
    const page = async (filter: object, key = officer) => {
      const res = await app.gql(HouseholdsPageDocument, { first: 10, filter }, key);
      expect(res.body.errors).toBeUndefined();
      return res.body.data!.households;
    };

    it('lists only the jurisdiction, newest first', async () => {
      const all = await page({});
      expect(all.totalCount).toBe(3);
      expect(all.edges.map((e) => e.node.id)).toEqual([nadeemHousehold, jamilHousehold, aslamHousehold]);
    });

    it('filters by district, tehsil, status and flag', async () => {
      expect((await page({ district: MULTAN })).edges.map((e) => e.node.id)).toEqual([nadeemHousehold, jamilHousehold]);
      expect((await page({ tehsil: 'model town' })).edges.map((e) => e.node.id)).toEqual([aslamHousehold]);
      expect((await page({ status: 'ELIGIBLE' })).edges.map((e) => e.node.id)).toEqual([jamilHousehold]);
      expect((await page({ status: 'NOT_ELIGIBLE' })).edges.map((e) => e.node.id)).toEqual([nadeemHousehold]);
      expect((await page({ status: 'PENDING_VERIFICATION' })).edges.map((e) => e.node.id)).toEqual([aslamHousehold]);
      expect((await page({ flag: 'NAME_MISMATCH' })).edges.map((e) => [e.node.id, [...e.node.flags].sort(byCode)])).toEqual([
        [jamilHousehold, [{ code: 'NAME_MISMATCH', severity: 'MEDIUM' }, { code: 'BIRTH_DATE_MISMATCH', severity: 'MEDIUM' }].sort(byCode)],
      ]);
      expect((await page({ province: 'SINDH' })).totalCount).toBe(0);
    });

    it('pages with cursors', async () => {
      const first = await app.gql(HouseholdsPageDocument, { first: 2 }, officer);
      const { edges, pageInfo } = first.body.data!.households;
      expect(pageInfo.hasNextPage).toBe(true);
      const next = await app.gql(HouseholdsPageDocument, { first: 2, after: pageInfo.endCursor }, officer);
      expect([...edges, ...next.body.data!.households.edges].map((e) => e.node.id)).toEqual([nadeemHousehold, jamilHousehold, aslamHousehold]);
      expect(next.body.data!.households.pageInfo.hasNextPage).toBe(false);
    });

    it('counts only when totalCount is selected, and then counts the filter across pages', async () => {
      const withoutTotal = 'query($f: HouseholdFilter) { households(first: 1, filter: $f) { edges { node { id } } } }';
      const withTotal = 'query($f: HouseholdFilter) { households(first: 1, filter: $f) { totalCount edges { node { id } } } }';
      const counts = (statements: string[]) => statements.filter((s) => /^select count\(/i.test(s.trim())).length;
      const plain = await app.countQueries(() => app.gql(withoutTotal, { f: { district: MULTAN } }, officer));
      expect(plain.result.body.data).toEqual({ households: { edges: [{ node: { id: nadeemHousehold } }] } });
      expect(counts(plain.statements)).toBe(0);
      const counted = await app.countQueries(() => app.gql(withTotal, { f: { district: MULTAN } }, officer));
      expect(counted.result.body.data).toEqual({ households: { totalCount: 2, edges: [{ node: { id: nadeemHousehold } }] } });
      expect(counts(counted.statements)).toBe(1);
      // Twice in one document (aliases): still one count.
      const twice = await app.countQueries(() =>
        app.gql('{ households(first: 1) { a: totalCount b: totalCount } }', undefined, officer),
      );
      expect(twice.result.body.data).toEqual({ households: { a: 3, b: 3 } });
      expect(counts(twice.statements)).toBe(1);
    });

    it('lists open data-quality flags with their household', async () => {
      const res = await app.gql(DataQualityFlagsDocument, { first: 10, filter: { district: MULTAN } }, analyst);
      const { totalCount, edges } = res.body.data!.dataQualityFlags;
      expect(totalCount).toBe(2);
      expect(edges.map((e) => e.node).sort((a, b) => a.code.localeCompare(b.code))).toEqual([
        { code: 'BIRTH_DATE_MISMATCH', severity: 'MEDIUM', detail: 'Member 1: the date of birth differs from the identity record.', household: { id: jamilHousehold } },
        { code: 'NAME_MISMATCH', severity: 'MEDIUM', detail: 'Member 1: the name differs from the identity record.', household: { id: jamilHousehold } },
      ]);
    });
  });
});

describe('demo households', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('cover every survey status across provinces, registrations in every state, and flags', async () => {
    const sms = await app.key(Role.SMS_GATEWAY);
    const status = async (cnic: string) => (await app.gql(SurveyStatusDocument, { cnic }, sms)).body.data!.surveyStatus.status;
    expect([
      await status('35202-1234567-1'),
      await status('42101-2345678-2'),
      await status('17301-3456789-3'),
      await status('54400-4567890-4'),
      await status('81302-7890123-7'),
      await status('61101-5678901-5'),
    ]).toEqual(['ELIGIBLE', 'PENDING_VERIFICATION', 'NOT_ELIGIBLE', 'ELIGIBLE', 'PENDING_VERIFICATION', 'NOT_SURVEYED']);
    expect(await app.sql('select status, count(*)::int as n from registration group by status order by status')).toEqual([
      { status: 'REJECTED', n: 1 },
      { status: 'SCORED', n: 3 },
      { status: 'SURVEY_SCHEDULED', n: 1 },
      { status: 'VALIDATED', n: 2 },
    ]);
    expect(await app.sql('select code from data_quality_flag order by code')).toEqual([{ code: 'BIRTH_DATE_MISMATCH' }, { code: 'LOCALITY_UNVERIFIED' }]);
  });
});
