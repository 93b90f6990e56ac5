import { startTestApp, type TestApp } from './helpers/app';
import { Role } from '../src/auth/role';
import { addCitizens, head, spouse, surveyedHousehold, type TestCitizen } from './helpers/households';

// Issue #20, "Reads that cross jurisdiction": a reader outside its jurisdiction gets exactly the answer of a CNIC
// that does not exist; only roles whose mandate is national (SMS_GATEWAY, EDUCATION) read nationally.
const FAISALABAD = 'PK608';
const HYDERABAD = 'PK706';
const WASEEM: TestCitizen = { cnic: '3520293000011', nameEn: 'Waseem Akram', gender: 'MALE', dateOfBirth: '1979-02-02', districtCode: FAISALABAD };
const SHAZIA: TestCitizen = { cnic: '3520293000022', nameEn: 'Shazia Waseem', gender: 'FEMALE', dateOfBirth: '1983-03-03', districtCode: FAISALABAD };
const QADIR: TestCitizen = { cnic: '4130293000031', nameEn: 'Qadir Bux', gender: 'MALE', dateOfBirth: '1972-07-07', districtCode: HYDERABAD };
const SAKINA: TestCitizen = { cnic: '4130293000042', nameEn: 'Sakina Qadir', gender: 'FEMALE', dateOfBirth: '1976-06-06', districtCode: HYDERABAD };
/** In no identity record and no household anywhere. */
const NOBODY = '3520293999991';
const PUNJAB = { kind: 'PROVINCE', province: 'PUNJAB' } as never;
const SINDH = { kind: 'PROVINCE', province: 'SINDH' } as never;

const ELIGIBILITY = `query($input: EligibilityInput!) { eligibility(input: $input) { eligible reasons programme ruleVersion band surveyDate } }`;
const SURVEY_STATUS = `query($cnic: Cnic!) { surveyStatus(cnic: $cnic) { status message messageUrdu messageRomanUrdu } }`;
const START = `mutation($input: StartRegistrationInput!) { startRegistration(input: $input) {
  registration { kind status applicantCnicMasked householdId centreDistrict { code } } userErrors { field code message } } }`;

describe('reads that cross jurisdiction answer as for a CNIC that does not exist', () => {
  let app: TestApp;
  const keys: Record<string, string> = {};

  /** The answer without what differs per request (`extensions`: requestId, cost, readFrom). */
  const answer = async (query: string, variables: Record<string, unknown>, key: string): Promise<string> => {
    const res = await app.gql(query, variables, key);
    return JSON.stringify({ status: res.status, data: res.body.data, errors: res.body.errors?.map(({ message, path, extensions: { code } }) => ({ message, path, code })) });
  };
  const outcomes = (action: string, role: string) =>
    app.sql<{ outcome: string; subject: boolean }>(
      'select outcome, subject_hash is not null as subject from audit_event where action = ? and role = ? order by occurred_at, id',
      [action, role],
    );

  beforeAll(async () => {
    app = await startTestApp();
    await addCitizens(app, [WASEEM, SHAZIA, QADIR, SAKINA]);
    keys.punjabOfficer = await app.key(Role.WELFARE_OFFICER, { jurisdiction: PUNJAB });
    keys.sindhOfficer = await app.key(Role.WELFARE_OFFICER, { jurisdiction: SINDH });
    keys.sindhAnalyst = await app.key(Role.WELFARE_ANALYST, { jurisdiction: SINDH });
    keys.sindhCentre = await app.key(Role.REGISTRATION_CENTRE, { jurisdiction: SINDH });
    keys.education = await app.key(Role.EDUCATION, { jurisdiction: SINDH });
    keys.national = await app.key(Role.WELFARE_OFFICER);
    keys.gatewaySindh = await app.key(Role.SMS_GATEWAY, { jurisdiction: SINDH });
    await surveyedHousehold(app, keys.punjabOfficer, FAISALABAD, [head(WASEEM), spouse(SHAZIA)]);
    await surveyedHousehold(app, keys.sindhOfficer, HYDERABAD, [head(QADIR)]);
  });
  afterAll(() => app.close());

  const eligibility = (cnic: string, key: string, purpose = 'WELFARE_ADMINISTRATION') =>
    answer(ELIGIBILITY, { input: { cnic, programme: 'BENAZIR_KAFAALAT', purpose, ...(purpose === 'ADMISSIONS' ? { consentRef: 'ADM-1' } : {}) } }, key);

  it('eligibility: a Sindh officer, analyst or centre asking about a Punjab woman gets the unknown CNIC\'s answer; in jurisdiction unchanged', async () => {
    for (const key of [keys.sindhOfficer, keys.sindhAnalyst, keys.sindhCentre]) {
      expect(await eligibility(SHAZIA.cnic, key)).toBe(await eligibility(NOBODY, key));
    }
    expect(JSON.parse(await eligibility(NOBODY, keys.sindhOfficer)).data.eligibility).toEqual({
      eligible: false, reasons: ['NOT_SURVEYED'], programme: 'BENAZIR_KAFAALAT', ruleVersion: 1, band: null, surveyDate: null,
    });
    // In jurisdiction (and for a national officer): the household's answer, band and survey date as before.
    const home = JSON.parse(await eligibility(SHAZIA.cnic, keys.punjabOfficer)).data.eligibility;
    expect(home).toMatchObject({ programme: 'BENAZIR_KAFAALAT', ruleVersion: 1, surveyDate: new Date().toISOString().slice(0, 10) });
    expect(home.band).not.toBeNull();
    expect(JSON.parse(await eligibility(SHAZIA.cnic, keys.national)).data.eligibility).toEqual(home);
    expect(await outcomes('eligibility.check', 'WELFARE_ANALYST')).toEqual([
      { outcome: 'OUT_OF_JURISDICTION', subject: true },
      { outcome: 'NOT_FOUND', subject: true },
    ]);
  });

  it('eligibility: a university learns eligible / not eligible, nationally, and nothing that describes the household', async () => {
    const shazia = JSON.parse(await eligibility(SHAZIA.cnic, keys.education, 'ADMISSIONS')).data.eligibility;
    const home = JSON.parse(await eligibility(SHAZIA.cnic, keys.punjabOfficer)).data.eligibility;
    expect(shazia).toEqual({ eligible: home.eligible, reasons: [], programme: 'BENAZIR_KAFAALAT', ruleVersion: 1, band: null, surveyDate: null });
    expect(JSON.parse(await eligibility(NOBODY, keys.education, 'ADMISSIONS')).data.eligibility).toEqual({
      eligible: false, reasons: [], programme: 'BENAZIR_KAFAALAT', ruleVersion: 1, band: null, surveyDate: null,
    });
  });

  it('surveyStatus: a Sindh officer, analyst or centre asking about a Punjab person gets NOT_SURVEYED, as for nobody; in jurisdiction unchanged', async () => {
    for (const key of [keys.sindhOfficer, keys.sindhAnalyst, keys.sindhCentre]) {
      expect(await answer(SURVEY_STATUS, { cnic: WASEEM.cnic }, key)).toBe(await answer(SURVEY_STATUS, { cnic: NOBODY }, key));
    }
    expect(JSON.parse(await answer(SURVEY_STATUS, { cnic: NOBODY }, keys.sindhOfficer)).data.surveyStatus.status).toBe('NOT_SURVEYED');
    const home = JSON.parse(await answer(SURVEY_STATUS, { cnic: WASEEM.cnic }, keys.punjabOfficer)).data.surveyStatus;
    expect(home.status).not.toBe('NOT_SURVEYED');
    expect(JSON.parse(await answer(SURVEY_STATUS, { cnic: WASEEM.cnic }, keys.national)).data.surveyStatus).toEqual(home);
    expect((await outcomes('survey.status', 'WELFARE_ANALYST')).map((r) => r.outcome)).toEqual(['OUT_OF_JURISDICTION', 'NOT_FOUND']);
  });

  it('surveyStatus for the SMS gateway (8171: the person about themselves) stays national, whatever its client\'s jurisdiction', async () => {
    const sms = JSON.parse(await answer(`query($cnic: Cnic!) { surveyStatus(cnic: $cnic, purpose: CITIZEN_SELF_CHECK) { status message } }`, { cnic: WASEEM.cnic }, keys.gatewaySindh));
    const home = JSON.parse(await answer(SURVEY_STATUS, { cnic: WASEEM.cnic }, keys.punjabOfficer)).data.surveyStatus;
    expect(sms.data.surveyStatus).toEqual({ status: home.status, message: home.message });
  });

  it('startRegistration: a Sindh officer opening one for a Punjab person gets the unknown CNIC\'s answer and opens nothing', async () => {
    const start = (cnic: string, key: string, centreDistrict: string) => answer(START, { input: { cnic, centreDistrict } }, key);
    const before = await app.sql<{ n: string }>('select count(*) as n from registration');
    const away = await start(WASEEM.cnic, keys.sindhOfficer, HYDERABAD);
    expect(away).toBe(await start(NOBODY, keys.sindhOfficer, HYDERABAD));
    expect(JSON.parse(away).data.startRegistration).toEqual({
      registration: null,
      userErrors: [{ field: ['cnic'], code: 'NOT_FOUND', message: 'No identity record has this CNIC. Check it for a typo.' }],
    });
    expect(await app.sql('select count(*) as n from registration')).toEqual(before);
    expect(await outcomes('registration.start', 'WELFARE_OFFICER')).toContainEqual({ outcome: 'OUT_OF_JURISDICTION', subject: true });
    // In jurisdiction, unchanged: the Punjab officer opens the roster update of the Punjab household.
    const home = JSON.parse(await start(WASEEM.cnic, keys.punjabOfficer, FAISALABAD)).data.startRegistration;
    expect(home.userErrors).toEqual([]);
    expect(home.registration).toMatchObject({ kind: 'ROSTER_UPDATE', status: 'SURVEY_SCHEDULED', centreDistrict: { code: FAISALABAD } });
    expect(home.registration.householdId).not.toBeNull();
  });

  it('startRegistration: a Punjab officer\'s attempt on a Sindh person neither leaks the household nor blocks the Sindh officer', async () => {
    const attempt = await answer(START, { input: { cnic: QADIR.cnic, centreDistrict: FAISALABAD } }, keys.punjabOfficer);
    expect(attempt).toBe(await answer(START, { input: { cnic: NOBODY, centreDistrict: FAISALABAD } }, keys.punjabOfficer));
    expect(attempt).not.toContain('householdId');
    const sindh = JSON.parse(await answer(START, { input: { cnic: QADIR.cnic, centreDistrict: HYDERABAD } }, keys.sindhOfficer)).data.startRegistration;
    expect(sindh.userErrors).toEqual([]);
    expect(sindh.registration).toMatchObject({ kind: 'ROSTER_UPDATE', status: 'SURVEY_SCHEDULED', applicantCnicMasked: '41302-*******-1' });
    // Its open registration is in Sindh: a Punjab officer asking again gets the unknown answer, not "already open".
    expect(await answer(START, { input: { cnic: QADIR.cnic, centreDistrict: FAISALABAD } }, keys.punjabOfficer)).toBe(
      await answer(START, { input: { cnic: NOBODY, centreDistrict: FAISALABAD } }, keys.punjabOfficer),
    );
  });

  it('a person in no household with an open registration in Punjab: the Sindh officer gets the unknown answer, the Punjab one CONFLICT', async () => {
    const start = (key: string, centreDistrict: string) => answer(START, { input: { cnic: SAKINA.cnic, centreDistrict } }, key);
    expect(JSON.parse(await start(keys.punjabOfficer, FAISALABAD)).data.startRegistration.registration).toMatchObject({ kind: 'NEW_SURVEY', householdId: null });
    expect(await start(keys.sindhOfficer, HYDERABAD)).toBe(await answer(START, { input: { cnic: NOBODY, centreDistrict: HYDERABAD } }, keys.sindhOfficer));
    expect(JSON.parse(await start(keys.punjabOfficer, FAISALABAD)).data.startRegistration.userErrors.map((e: { code: string }) => e.code)).toEqual(['CONFLICT']);
  });
});
