import { startTestApp, type TestApp } from './helpers/app';
import { HouseholdsPageDocument, HouseholdWholeDocument, MoveMemberDocument, RecordDeathDocument, SurveyStatusDocument, UpdateMemberDocument } from './generated/graphql';
import { Role } from '../src/auth/role';
import { addCitizens, child, head, spouse, surveyedHousehold, tableCounts, type TestCitizen } from './helpers/households';

const LAHORE = 'PK617';
const QUETTA = 'PK226';
const FAISAL: TestCitizen = { cnic: '3520292000011', nameEn: 'Faisal Javed', gender: 'MALE', dateOfBirth: '1978-05-05', districtCode: LAHORE };
const SADIA: TestCitizen = { cnic: '3520292000022', nameEn: 'Sadia Faisal', gender: 'FEMALE', dateOfBirth: '1983-06-06', districtCode: LAHORE };
const ZAHID: TestCitizen = { cnic: '3520292000031', nameEn: 'Zahid Hussain', gender: 'MALE', dateOfBirth: '1960-01-01', districtCode: LAHORE };
const KHAN: TestCitizen = { cnic: '5440092000041', nameEn: 'Akbar Khan', gender: 'MALE', dateOfBirth: '1970-03-03', districtCode: QUETTA };

describe('member changes', () => {
  let app: TestApp;
  let officer: string;
  let faisalHousehold: string;
  let zahidHousehold: string;
  let khanHousehold: string;
  const keys = {} as Record<Role, string>;
  const household = async (id: string) => (await app.gql(HouseholdWholeDocument, { id }, keys.WELFARE_OFFICER)).body.data!.household;

  beforeAll(async () => {
    app = await startTestApp();
    await addCitizens(app, [FAISAL, SADIA, ZAHID, KHAN]);
    for (const role of Object.values(Role)) keys[role] = await app.key(role);
    officer = await app.key(Role.WELFARE_OFFICER, { jurisdiction: { kind: 'PROVINCE', province: 'PUNJAB' as never } });
    faisalHousehold = await surveyedHousehold(app, officer, LAHORE, [
      head(FAISAL),
      spouse(SADIA),
      child({ name: 'Maryam Faisal', gender: 'FEMALE', dateOfBirth: '2019-09-09' }),
    ]);
    zahidHousehold = await surveyedHousehold(app, officer, LAHORE, [head(ZAHID)]);
    khanHousehold = await surveyedHousehold(app, keys.REGISTRATION_CENTRE, QUETTA, [head(KHAN)]);
  });
  afterAll(() => app.close());

  it('moves a member to another household; the person then belongs there only', async () => {
    const before = await household(faisalHousehold);
    const sadia = before.members.find((m) => m.cnic === SADIA.cnic)!;
    const res = await app.gql(MoveMemberDocument, { input: { memberId: sadia.id, version: sadia.version, toHouseholdId: zahidHousehold, relationToHead: 'CHILD_IN_LAW' } }, officer);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.moveMember).toMatchObject({ userErrors: [], member: { id: sadia.id, relationToHead: 'CHILD_IN_LAW', version: sadia.version + 1 } });
    const from = await household(faisalHousehold);
    const to = await household(zahidHousehold);
    expect(from.members.map((m) => m.name)).toEqual(['Faisal Javed', 'Maryam Faisal']);
    expect(to.members.map((m) => m.name)).toEqual(['Zahid Hussain', 'Sadia Faisal']);
    expect([from.version, to.version]).toEqual([before.version + 1, 2]);
    const audit = await app.sql("select outcome, subject_hash is not null as has_subject from audit_event where action = 'member.move'");
    expect(audit).toEqual([{ outcome: 'SUCCESS', has_subject: true }]);
  });

  it('refuses a stale version, the head, and a household outside jurisdiction, writing nothing', async () => {
    const members = (await household(faisalHousehold)).members;
    const [faisal, maryam] = members;
    const before = await tableCounts(app);
    const move = async (input: object) => (await app.gql(MoveMemberDocument, { input: { memberId: maryam.id, version: maryam.version, toHouseholdId: zahidHousehold, relationToHead: 'GRANDCHILD', ...input } }, officer)).body.data!.moveMember;
    expect(await move({ version: maryam.version - 1 })).toEqual({
      member: null,
      userErrors: [{ field: ['version'], code: 'STALE_VERSION', message: `The member changed since you read it (now version ${maryam.version}): refetch and retry.` }],
    });
    expect((await move({ memberId: faisal.id, version: faisal.version })).userErrors).toEqual([
      { field: ['memberId'], code: 'CONFLICT', message: 'The head cannot be moved: submit a roster update naming a new head first.' },
    ]);
    expect((await move({ toHouseholdId: khanHousehold })).userErrors).toEqual([
      { field: ['toHouseholdId'], code: 'NOT_FOUND', message: 'No household with this ID in your jurisdiction.' },
    ]);
    expect((await move({ relationToHead: 'HEAD' })).userErrors[0].code).toBe('INVALID');
    expect(await tableCounts(app)).toEqual(before);
  });

  it('corrects answers with validation and optimistic locking', async () => {
    const maryam = (await household(faisalHousehold)).members[1];
    const update = async (input: object) => (await app.gql(UpdateMemberDocument, { input: { memberId: maryam.id, version: maryam.version, ...input } }, officer)).body.data!.updateMember;
    expect((await update({ employment: 'PRIVATE' })).userErrors).toEqual([
      { field: ['employment'], code: 'INVALID', message: 'Under 10, employment is NOT_IN_LABOUR_FORCE.' },
    ]);
    const ok = await update({ educationLevel: 'PRIMARY', disability: true });
    expect(ok).toMatchObject({ userErrors: [], member: { educationLevel: 'PRIMARY', disability: true, version: maryam.version + 1 } });
    expect((await update({ disability: false })).userErrors[0].code).toBe('STALE_VERSION');
  });

  it('records a death: the member stays as DECEASED, a dead head raises HEAD_DECEASED, the person no longer answers as surveyed', async () => {
    const faisal = (await household(faisalHousehold)).members[0];
    const res = await app.gql(RecordDeathDocument, { input: { memberId: faisal.id, version: faisal.version, dateOfDeath: '2026-10-01' } }, officer);
    expect(res.body.data!.recordDeath).toMatchObject({ userErrors: [], member: { status: 'DECEASED', dateOfDeath: '2026-10-01' } });
    const after = await household(faisalHousehold);
    expect(after.flags).toEqual([{ code: 'HEAD_DECEASED', severity: 'HIGH', detail: 'The head of the household has died: the next survey must name a new head.' }]);
    const status = await app.gql(SurveyStatusDocument, { cnic: FAISAL.cnic }, keys.SMS_GATEWAY);
    expect(status.body.data!.surveyStatus.status).toBe('NOT_SURVEYED');
    const again = await app.gql(RecordDeathDocument, { input: { memberId: faisal.id, version: faisal.version + 1, dateOfDeath: '2026-10-01' } }, officer);
    expect(again.body.data!.recordDeath.userErrors).toEqual([{ field: ['memberId'], code: 'CONFLICT', message: 'The member is recorded as deceased.' }]);
  });

  const writers = [Role.REGISTRATION_CENTRE, Role.WELFARE_OFFICER];
  it.each(Object.values(Role).filter((r) => !writers.includes(r)))('%s may not change members', async (role) => {
    const input = { memberId: 'x', version: 1 };
    for (const res of [
      await app.gql(MoveMemberDocument, { input: { ...input, toHouseholdId: zahidHousehold, relationToHead: 'SIBLING' } }, keys[role]),
      await app.gql(RecordDeathDocument, { input: { ...input, dateOfDeath: '2026-01-01' } }, keys[role]),
      await app.gql(UpdateMemberDocument, { input }, keys[role]),
    ]) {
      expect(res.body.errors![0]).toMatchObject({ message: `The ${role} role may not write member data.`, extensions: { code: 'FORBIDDEN' } });
    }
  });
});

describe('SQL per page of households', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ demoData: false });
    // 120 households in one tehsil, each with three members, a survey and two open flags, written straight to the tables.
    await app.sql(`insert into household (id, district_code, tehsil, area, created_at)
      select gen_random_uuid(), 'PK622', 'Count', 'RURAL', now() - make_interval(secs => g) from generate_series(1, 120) g`);
    await app.sql(`insert into household_member (id, household_id, name, relation_to_head, gender, date_of_birth, marital_status,
        education_level, enrolled_in_school, employment, disability)
      select gen_random_uuid(), h.id, 'Member ' || g, case when g = 1 then 'HEAD' else 'OTHER_RELATIVE' end, 'MALE', '1980-01-01',
        'MARRIED', 'NONE', false, 'DAILY_WAGE', false
      from household h cross join generate_series(1, 3) g`);
    await app.sql(`insert into survey (id, household_id, version, latest, submitted_by, client_key, roster, member_count, rooms,
        wall_material, roof_material, toilet, water_source, cooking_fuel, has_electricity, fridges, televisions, air_conditioners,
        washing_machines, motorcycles, cars, tractors, agricultural_land_acres, cattle, buffaloes, goats_and_sheep,
        monthly_income_rs, monthly_phone_bill_rs, member_travelled_abroad)
      select gen_random_uuid(), h.id, 1, true, 'test', 'test', '[]', 3, 2, 'MUD', 'THATCH', 'NONE', 'WELL', 'WOOD', false,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 10000, 0, false from household h`);
    await app.sql(`insert into data_quality_flag (id, household_id, code, severity, detail)
      select gen_random_uuid(), h.id, c, 'LOW', 'test' from household h cross join unnest(array['NAME_MISMATCH', 'LOCALITY_UNVERIFIED']) c`);
  });
  afterAll(() => app.close());

  it('a page of 100 households with members, latest survey and flags costs the same statements as a page of 10', async () => {
    const key = await app.key(Role.WELFARE_OFFICER);
    const run = (first: number) => app.gql(HouseholdsPageDocument, { first, filter: { tehsil: 'Count' } }, key);
    await run(1); // warms the key's last-used stamp
    const ten = await app.countQueries(() => run(10));
    const hundred = await app.countQueries(() => run(100));
    expect(hundred.result.body.data!.households.edges).toHaveLength(100);
    expect(hundred.result.body.data!.households.edges.every((e) => e.node.members.length === 3 && e.node.flags.length === 2 && e.node.latestSurvey)).toBe(true);
    expect(ten.result.body.data!.households.totalCount).toBe(120);
    // The loaders' statements may come in any order; their number and kind may not change with the page size.
    // The table a statement reads: a function called first, else the first table named outside parentheses (a
    // survey's outcome is a subquery of its score rows in the select list: src/households/survey-outcome.ts).
    const outside = (s: string) => {
      let t = s;
      while (/\([^()]*\)/.test(t)) t = t.replace(/\([^()]*\)/g, ' ');
      return t;
    };
    const table = (s: string) => (s.includes('set_config(') ? 'set_config' : (/^select (?!count\()(\w+)\(/.exec(s) ?? /(?:from|into|update) "?(\w+)/.exec(outside(s)))?.[1]);
    const summary = (statements: string[]) => statements.map((s) => `${s.split(' ')[0]} ${table(s)}`).sort();
    expect(summary(hundred.statements)).toEqual(summary(ten.statements));
    expect(summary(hundred.statements)).toEqual([
      'select api_key_lookup',
      'select audit_write',
      'select data_quality_flag',
      'select household',
      'select household',
      // The roster's members, and their CNICs alone for the person audit (plain rows, no entities).
      'select household_member',
      'select household_member',
      'select rate_bucket_charge',
      'select set_config',
      // The latest survey (latestSurvey), and its eligibility alone for `status` (one column: a page that shows only
      // the status never hydrates surveys).
      'select survey',
      'select survey',
    ]);
  });
});
