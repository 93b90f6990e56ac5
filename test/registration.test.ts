import { startTestApp, type TestApp } from './helpers/app';
import {
  RegistrationDocument,
  RejectRegistrationDocument,
  StartRegistrationDocument,
  SubmitSurveyDocument,
  type SubmitSurveyInput,
} from './generated/graphql';
import { Role } from '../src/auth/role';
import { addCitizens, child, head, INDICATORS, spouse, startRegistration, submitSurvey, tableCounts, type TestCitizen } from './helpers/households';

const LAHORE = 'PK617';
const HYDERABAD = 'PK706';
const RASHID: TestCitizen = { cnic: '3520290000011', nameEn: 'Rashid Mehmood', gender: 'MALE', dateOfBirth: '1980-01-15', districtCode: LAHORE };
const NARGIS: TestCitizen = { cnic: '3520290000022', nameEn: 'Nargis Bibi', gender: 'FEMALE', dateOfBirth: '1984-05-20', districtCode: LAHORE };
const TARIQ: TestCitizen = { cnic: '3520290000031', nameEn: 'Tariq Aziz', gender: 'MALE', dateOfBirth: '1975-09-09', districtCode: LAHORE };
const SAIMA: TestCitizen = { cnic: '3520290000042', nameEn: 'Saima Tariq', gender: 'FEMALE', dateOfBirth: '1979-03-03', districtCode: LAHORE };
const SALEEM: TestCitizen = { cnic: '4210190000051', nameEn: 'Saleem Shah', gender: 'MALE', dateOfBirth: '1970-07-07', districtCode: HYDERABAD };
const AJK: TestCitizen = { cnic: '8130290000061', nameEn: 'Kamran Abbasi', gender: 'MALE', dateOfBirth: '1990-02-02', districtCode: LAHORE };
const RAZIA: TestCitizen = { cnic: '3520290000082', nameEn: 'Razia Sultana', gender: 'FEMALE', dateOfBirth: '1992-12-12', districtCode: LAHORE };
const UNKNOWN_CNIC = '3520299999991';
const TRACKING = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{2}$/;

describe('registration and surveys', () => {
  let app: TestApp;
  let centre: string;
  const keys = {} as Record<Role, string>;

  beforeAll(async () => {
    app = await startTestApp();
    await addCitizens(app, [RASHID, NARGIS, TARIQ, SAIMA, SALEEM, AJK, RAZIA]);
    for (const role of Object.values(Role)) keys[role] = await app.key(role);
    centre = await app.key(Role.REGISTRATION_CENTRE, { jurisdiction: { kind: 'PROVINCE', province: 'PUNJAB' as never } });
  });
  afterAll(() => app.close());

  const rashidFamily = () => [
    head(RASHID),
    spouse(NARGIS),
    child({ name: 'Ahmed Rashid', gender: 'MALE', dateOfBirth: '2012-06-01', bFormNumber: '3520290000073' }),
    child({ name: 'Hina Rashid', gender: 'FEMALE', dateOfBirth: '2020-02-02' }),
  ];
  const survey = (trackingId: string, extra: Partial<SubmitSurveyInput> = {}): SubmitSurveyInput => ({
    trackingId,
    district: LAHORE,
    tehsil: 'Lahore City',
    area: 'URBAN',
    indicators: INDICATORS,
    members: rashidFamily(),
    ...extra,
  });

  it('screens a CNIC in no household into a NEW_SURVEY with a phone-readable tracking ID and a timeline', async () => {
    const res = await app.gql(StartRegistrationDocument, { input: { cnic: '35202-9000001-1', centreDistrict: LAHORE } }, centre);
    expect(res.body.errors).toBeUndefined();
    const { registration, userErrors } = res.body.data!.startRegistration;
    expect(userErrors).toEqual([]);
    expect(registration!.trackingId).toMatch(TRACKING);
    expect(registration).toMatchObject({
      kind: 'NEW_SURVEY',
      status: 'SURVEY_SCHEDULED',
      applicantCnicMasked: '35202-*******-1',
      centreDistrict: { code: LAHORE },
      householdId: null,
      version: 1,
    });
    expect(registration!.timeline.map((e) => [e.status, e.reason])).toEqual([
      ['RECEIVED', null],
      ['SURVEY_SCHEDULED', null],
    ]);
    const [row] = await app.sql<{ action: string; outcome: string; purpose: string }>(
      "select action, outcome, purpose from audit_event where action = 'registration.start'",
    );
    expect(row).toEqual({ action: 'registration.start', outcome: 'SUCCESS', purpose: 'REGISTRATION' });
  });

  it('takes a full valid survey: household, members, survey version 1, scored in the same transaction (registration SCORED)', async () => {
    const [registration] = await app.sql<{ tracking_id: string }>("select tracking_id from registration where applicant_cnic = ?", [RASHID.cnic]);
    const result = await submitSurvey(app, centre, survey(registration.tracking_id));
    expect(result.userErrors).toEqual([]);
    expect(result.registration).toMatchObject({ status: 'SCORED', kind: 'NEW_SURVEY', version: 2, householdId: result.household!.id });
    expect(result.registration!.timeline.map((e) => e.status)).toEqual(['RECEIVED', 'SURVEY_SCHEDULED', 'SURVEYED', 'VALIDATED', 'SCORED']);
    expect(result.household).toMatchObject({ version: 1, status: 'NOT_ELIGIBLE', tehsil: 'Lahore City', area: 'URBAN', district: { code: LAHORE } });
    expect(result.survey).toMatchObject({ version: 1, status: 'NOT_ELIGIBLE', memberCount: 4, indicators: INDICATORS });
    const members = await app.sql<{ id_number: string | null; id_document: string | null; relation_to_head: string }>(
      'select id_number, id_document, relation_to_head from household_member where household_id = (select household_id from household_member where id_number = ?) order by date_of_birth',
      [RASHID.cnic],
    );
    expect(members).toEqual([
      { id_number: RASHID.cnic, id_document: 'CNIC', relation_to_head: 'HEAD' },
      { id_number: NARGIS.cnic, id_document: 'CNIC', relation_to_head: 'SPOUSE' },
      { id_number: '3520290000073', id_document: 'B_FORM', relation_to_head: 'SON' },
      { id_number: null, id_document: null, relation_to_head: 'DAUGHTER' },
    ]);
    const [snapshot] = await app.sql<{ roster: { relationToHead: string; idDocument: string | null }[] }>(
      'select roster from survey where household_id = (select household_id from household_member where id_number = ?)',
      [RASHID.cnic],
    );
    expect(snapshot.roster.map((r) => [r.relationToHead, r.idDocument])).toEqual([
      ['HEAD', 'CNIC'],
      ['SPOUSE', 'CNIC'],
      ['SON', 'B_FORM'],
      ['DAUGHTER', null],
    ]);
    expect(JSON.stringify(snapshot.roster)).not.toContain(RASHID.cnic);
  });

  it('screens a member of a surveyed household into a ROSTER_UPDATE, which adds survey version 2 and keeps version 1', async () => {
    const registration = await startRegistration(app, centre, NARGIS.cnic, LAHORE);
    expect(registration.kind).toBe('ROSTER_UPDATE');
    expect(registration.householdId).not.toBeNull();
    const members = rashidFamily();
    members[2] = { ...members[2], educationLevel: 'MIDDLE' };
    const result = await submitSurvey(app, centre, survey(registration.trackingId, { members, indicators: { ...INDICATORS, rooms: 3 } }));
    expect(result.userErrors).toEqual([]);
    expect(result.household).toMatchObject({ id: registration.householdId, version: 2 });
    expect(result.survey).toMatchObject({ version: 2, indicators: { rooms: 3 } });
    expect(await app.sql('select version, latest, rooms from survey where household_id = (select household_id from household_member where id_number = ?) order by version', [RASHID.cnic])).toEqual([
      { version: 1, latest: false, rooms: 2 },
      { version: 2, latest: true, rooms: 3 },
    ]);
    expect(await app.sql("select education_level, version from household_member where id_number = '3520290000073'")).toEqual([{ education_level: 'MIDDLE', version: 2 }]);
  });

  it('returns the first result for a repeated idempotency key, and refuses a second survey on the same registration', async () => {
    const first = await app.gql(StartRegistrationDocument, { input: { cnic: TARIQ.cnic, centreDistrict: LAHORE, idempotencyKey: 'visit-77' } }, centre);
    const again = await app.gql(StartRegistrationDocument, { input: { cnic: TARIQ.cnic, centreDistrict: LAHORE, idempotencyKey: 'visit-77' } }, centre);
    expect(again.body.data!.startRegistration.registration!.trackingId).toBe(first.body.data!.startRegistration.registration!.trackingId);
    expect(await app.sql('select count(*)::int as n from registration where applicant_cnic = ?', [TARIQ.cnic])).toEqual([{ n: 1 }]);

    const trackingId = first.body.data!.startRegistration.registration!.trackingId;
    const input = survey(trackingId, { members: [head(TARIQ), spouse(SAIMA)], idempotencyKey: 'survey-77' });
    const one = await submitSurvey(app, centre, input);
    const two = await submitSurvey(app, centre, input);
    expect(two).toEqual(one);
    const three = await submitSurvey(app, centre, { ...input, idempotencyKey: 'survey-78' });
    expect(three.userErrors).toEqual([
      { field: ['trackingId'], code: 'CONFLICT', message: 'This registration is SCORED, not awaiting a survey; open a new one.' },
    ]);
  });

  it('answers concurrent starts with the same key with one registration', async () => {
    const input = { cnic: RAZIA.cnic, centreDistrict: LAHORE, idempotencyKey: 'race-1' };
    const results = await Promise.all([1, 2, 3, 4, 5, 6, 7, 8].map(() => app.gql(StartRegistrationDocument, { input }, centre)));
    const ids = results.map((r) => r.body.data!.startRegistration.registration!.trackingId);
    expect(new Set(ids).size).toBe(1);
    expect(await app.sql('select count(*)::int as n from registration where applicant_cnic = ?', [RAZIA.cnic])).toEqual([{ n: 1 }]);

    const survey_ = survey(ids[0], { members: [head(RAZIA, { maritalStatus: 'NEVER_MARRIED' })], idempotencyKey: 'race-2' });
    const surveys = await Promise.all([1, 2, 3, 4].map(() => app.gql(SubmitSurveyDocument, { input: survey_ }, centre)));
    expect(new Set(surveys.map((r) => r.body.data!.submitSurvey.survey!.id)).size).toBe(1);
    expect(await app.sql('select count(*)::int as n from survey where client_key like ? and idempotency_key = ?', ['client:%', 'race-2'])).toEqual([{ n: 1 }]);
  });

  it('reads a tracking ID however it is typed, within jurisdiction only', async () => {
    const [row] = await app.sql<{ tracking_id: string }>('select tracking_id from registration where applicant_cnic = ?', [TARIQ.cnic]);
    const typed = row.tracking_id.replace(/-/g, ' ').toLowerCase().replace(/1/g, 'l').replace(/0/g, 'o');
    const res = await app.gql(RegistrationDocument, { trackingId: typed }, centre);
    expect(res.body.data!.registration).toMatchObject({ trackingId: row.tracking_id, status: 'SCORED' });
    const sindh = await app.key(Role.REGISTRATION_CENTRE, { jurisdiction: { kind: 'PROVINCE', province: 'SINDH' as never } });
    const outside = await app.gql(RegistrationDocument, { trackingId: row.tracking_id }, sindh);
    expect(outside.body.errors![0]).toMatchObject({ message: 'No registration with this tracking ID in your jurisdiction.', extensions: { code: 'NOT_FOUND' } });
  });

  it('refuses a CNIC with no identity record, a second open registration, and a centre outside jurisdiction, writing nothing', async () => {
    const before = await tableCounts(app);
    const start = async (cnic: string, centreDistrict: string, key = centre) =>
      (await app.gql(StartRegistrationDocument, { input: { cnic, centreDistrict } }, key)).body.data!.startRegistration;
    expect(await start(UNKNOWN_CNIC, LAHORE)).toEqual({
      registration: null,
      userErrors: [{ field: ['cnic'], code: 'NOT_FOUND', message: 'No identity record has this CNIC. Check it for a typo.' }],
    });
    expect((await start('35202-9000001-1', LAHORE)).userErrors).toEqual([]); // Rashid again: a roster update is open
    const afterOpen = await tableCounts(app);
    expect((await start('35202-9000001-1', LAHORE)).userErrors).toEqual([
      { field: ['cnic'], code: 'CONFLICT', message: 'This person already has an open registration: continue it with its tracking ID.' },
    ]);
    expect((await start(SALEEM.cnic, HYDERABAD)).userErrors).toEqual([
      { field: ['centreDistrict'], code: 'FORBIDDEN', message: 'This district is outside your jurisdiction.' },
    ]);
    expect((await start(SALEEM.cnic, 'PK999')).userErrors[0].code).toBe('INVALID');
    expect(await tableCounts(app)).toEqual(afterOpen);
    expect(afterOpen.registration).toBe(before.registration + 1);
  });

  it('rejects a registration awaiting its survey, with the reason in the timeline', async () => {
    const open = await startRegistration(app, centre, SAIMA.cnic, LAHORE); // Saima's household is Tariq's: a roster update
    const reject = async (input: object) =>
      (await app.gql(RejectRegistrationDocument, { input: { trackingId: open.trackingId, version: open.version, reason: 'Did not attend the survey visit.', ...input } }, centre)).body.data!.rejectRegistration;
    expect((await reject({ version: 7 })).userErrors[0].code).toBe('STALE_VERSION');
    const done = await reject({});
    expect(done.userErrors).toEqual([]);
    expect(done.registration).toMatchObject({ status: 'REJECTED', version: 2 });
    expect(done.registration!.timeline.map((e) => [e.status, e.reason])).toEqual([
      ['RECEIVED', null],
      ['SURVEY_SCHEDULED', null],
      ['REJECTED', 'Did not attend the survey visit.'],
    ]);
    expect((await reject({ version: 2 })).userErrors).toEqual([
      { field: ['trackingId'], code: 'CONFLICT', message: 'This registration is REJECTED; only one awaiting its survey can be rejected.' },
    ]);
  });

  describe('validation', () => {
    let trackingId: string;
    beforeAll(async () => {
      trackingId = (await startRegistration(app, centre, SALEEM.cnic, LAHORE)).trackingId;
    });
    const saleem = () => head({ ...SALEEM });
    const refuse = async (extra: Partial<SubmitSurveyInput>) => {
      const before = await tableCounts(app);
      const res = await app.gql(SubmitSurveyDocument, { input: { ...survey(trackingId), members: [saleem()], ...extra } }, centre);
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data!.submitSurvey).toMatchObject({ registration: null, household: null, survey: null });
      expect(await tableCounts(app)).toEqual(before);
      return res.body.data!.submitSurvey.userErrors;
    };

    it('needs exactly one head', async () => {
      expect(await refuse({ members: [{ ...saleem(), relationToHead: 'SIBLING', maritalStatus: 'NEVER_MARRIED' }] })).toEqual([
        { field: ['members'], code: 'INVALID', message: 'A household has exactly one HEAD; this one has 0.' },
      ]);
    });

    it('refuses a CNIC missing from the identity record, without echoing it', async () => {
      const errors = await refuse({ members: [saleem(), { ...spouse(NARGIS), cnic: UNKNOWN_CNIC }] });
      expect(errors).toContainEqual({ field: ['members', '1', 'cnic'], code: 'NOT_FOUND', message: 'Member 2: no identity record has this CNIC. Check it for a typo.' });
      expect(JSON.stringify(errors)).not.toContain(UNKNOWN_CNIC);
    });

    it('refuses a person who belongs to another household (moving is explicit)', async () => {
      expect(await refuse({ members: [saleem(), spouse(NARGIS)] })).toEqual([
        { field: ['members', '1', 'cnic'], code: 'CONFLICT', message: 'Member 2 already belongs to another household: move them with moveMember first.' },
      ]);
    });

    it('checks ages against relations', async () => {
      const errors = await refuse({
        members: [
          saleem(),
          child({ name: 'Too Old Son', gender: 'MALE', dateOfBirth: '1965-01-01', cnic: TARIQ.cnic, enrolledInSchool: false, employment: 'DAILY_WAGE' }),
          child({ name: 'Baby', gender: 'FEMALE', dateOfBirth: '2025-01-01', relationToHead: 'SON', enrolledInSchool: true, employment: 'PRIVATE', maritalStatus: 'MARRIED' }),
        ],
      });
      expect(errors.map((e) => [e.field!.join('.'), e.code])).toEqual([
        ['members.1.cnic', 'CONFLICT'],
        ['members.1.relationToHead', 'INVALID'],
        ['members.2.enrolledInSchool', 'INVALID'],
        ['members.2.employment', 'INVALID'],
        ['members.2.maritalStatus', 'INVALID'],
        ['members.2.relationToHead', 'INVALID'],
      ]);
      expect(errors[1].message).toBe('Member 2: a child of the head is at least 12 years younger than the head.');
      expect(errors[5].message).toBe('Member 3: a SON is male.');
    });

    it('needs a CNIC from age 18 and refuses future birth dates', async () => {
      expect(await refuse({ members: [{ ...saleem(), cnic: null }, child({ name: 'Future', gender: 'MALE', dateOfBirth: '2099-01-01' })] })).toEqual([
        { field: ['members', '0', 'cnic'], code: 'INVALID', message: 'Member 1: members aged 18 or over need a CNIC.' },
        { field: ['members', '1', 'dateOfBirth'], code: 'INVALID', message: 'Member 2: the date of birth must be a real past date, at most 120 years ago.' },
        { field: ['members'], code: 'INVALID', message: 'The applicant whose CNIC opened the registration must be a member.' },
      ]);
    });

    it('refuses indicators out of range', async () => {
      expect(await refuse({ indicators: { ...INDICATORS, rooms: 0, cars: 21, agriculturalLandAcres: -1 } })).toEqual([
        { field: ['indicators', 'rooms'], code: 'INVALID', message: '`rooms` must be a whole number from 1 to 50.' },
        { field: ['indicators', 'cars'], code: 'INVALID', message: '`cars` must be a whole number from 0 to 20.' },
        { field: ['indicators', 'agriculturalLandAcres'], code: 'INVALID', message: '`agriculturalLandAcres` must be a number from 0 to 100000.' },
      ]);
    });

    it('refuses a household district outside jurisdiction and an unknown tracking ID', async () => {
      expect(await refuse({ district: HYDERABAD })).toEqual([
        { field: ['district'], code: 'FORBIDDEN', message: 'This district is outside your jurisdiction.' },
      ]);
      expect(await refuse({ trackingId: '0000-0000-00' })).toEqual([
        { field: ['trackingId'], code: 'NOT_FOUND', message: 'No registration with this tracking ID in your jurisdiction.' },
      ]);
    });

    it('turns identity mismatches into data-quality flags, not refusals', async () => {
      const result = await submitSurvey(app, centre, {
        ...survey(trackingId),
        members: [{ ...saleem(), name: 'Salim Shah', dateOfBirth: '1970-07-08' }, { ...head(AJK), relationToHead: 'SIBLING', maritalStatus: 'NEVER_MARRIED', gender: 'FEMALE' }],
      });
      expect(result.userErrors).toEqual([]);
      expect(await app.sql('select code, severity, detail from data_quality_flag where household_id = (select household_id from household_member where id_number = ?) order by code', [SALEEM.cnic])).toEqual([
        { code: 'BIRTH_DATE_MISMATCH', severity: 'MEDIUM', detail: 'Member 1: the date of birth differs from the identity record.' },
        { code: 'GENDER_MISMATCH', severity: 'HIGH', detail: 'Member 2: the gender differs from the identity record.' },
        { code: 'LOCALITY_UNVERIFIED', severity: 'LOW', detail: "Member 2: the CNIC's first digit is not a published province code." },
      ]);
    });
  });

  describe('roles', () => {
    const writers = [Role.REGISTRATION_CENTRE, Role.WELFARE_OFFICER];
    it.each(Object.values(Role).filter((r) => !writers.includes(r)))('%s may not start, submit, reject or read registrations', async (role) => {
      const start = await app.gql(StartRegistrationDocument, { input: { cnic: SALEEM.cnic, centreDistrict: LAHORE } }, keys[role]);
      expect(start.body.errors![0]).toMatchObject({ message: `The ${role} role may not write registration data.`, extensions: { code: 'FORBIDDEN' } });
      const submit = await app.gql(SubmitSurveyDocument, { input: survey('0000-0000-00') }, keys[role]);
      expect(submit.body.errors![0].extensions.code).toBe('FORBIDDEN');
      const reject = await app.gql(RejectRegistrationDocument, { input: { trackingId: '0000-0000-00', version: 1, reason: 'x' } }, keys[role]);
      expect(reject.body.errors![0].extensions.code).toBe('FORBIDDEN');
      const read = await app.gql(RegistrationDocument, { trackingId: '0000-0000-00' }, keys[role]);
      expect(read.body.errors![0]).toMatchObject({ message: `The ${role} role may not read registration data.`, extensions: { code: 'FORBIDDEN' } });
    });

    it('a WELFARE_OFFICER may register too', async () => {
      // Zainab Baig's demo registration was REJECTED, so she may register again.
      const registration = await startRegistration(app, keys.WELFARE_OFFICER, '7150167890126', 'PK305');
      expect(registration.kind).toBe('NEW_SURVEY');
    });
  });
});
