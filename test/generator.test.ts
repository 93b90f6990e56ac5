import path from 'node:path';
import { execFile } from 'node:child_process';
import { startTestApp, type TestApp } from './helpers/app';
import { rollupSnapshot } from './helpers/dashboards';
import { EligibilityDocument, SurveyStatusDocument, VerifyOffenderDocument } from './generated/graphql';
import { Role } from '../src/auth/role';
import { DEFAULT_AS_OF, generateRegistry, type GenerateReport } from '../src/generator/generate';
import { MOBILE_NUMBER_HOUSEHOLDS, makeCnicFactory, makeMobileNumberFactory, makeTrackingIdFactory } from '../src/generator/identifiers';
import { yearsBefore } from '../src/generator/households';
import { ts } from '../src/generator/text';
import { checkSurvey } from '../src/households/survey-validation';
import type { SubmitSurveyInput } from '../src/households/household.input';
import type { CitizenEntity } from '../src/identity/citizen.entity';
import type { IndicatorValues, RosterEntry } from '../src/households/survey-indicators';
import { SURVEY_INDICATORS } from '../src/households/survey-indicators';
import { FlagCode, RegistrationStatus } from '../src/households/household.enums';
import { ConvictionStatus } from '../src/offenders/offender.enums';
import { scoreHousehold, type ModelSpec } from '../src/scorecard/scoring';
import { compactExplanation, expandExplanation, type CompactExplanation } from '../src/scorecard/explanation';
import { householdEligibleProgrammes, type ProgrammeRules } from '../src/scorecard/household-eligibility';
import { bandOf } from '../src/scorecard/scorecard.enums';
import { Province, provinceCnicDigit } from '../src/jurisdictions/province';
import { DOCUMENTED_CITIZENS } from '../src/demo/demo.seed';
import { normaliseTrackingId } from '../src/households/tracking-id';
import { maskCnic, type Cnic } from '../src/common/cnic';

const HOUSEHOLDS = 2000;
const SEED = 12;
const TABLES = ['citizen', 'citizen_mobile_number', 'household', 'household_member', 'survey', 'poverty_score', 'registration', 'registration_event', 'data_quality_flag', 'conviction', 'conviction_event'];
const snake = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** Runs the CLI (compiled on the fly) and returns its exit code and output. */
function cli(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', path.join(__dirname, '../src/cli/generate.ts'), ...args],
      { env: { ...process.env, ...env }, cwd: path.join(__dirname, '..') },
      (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

describe('synthetic registry generator', () => {
  let app: TestApp;
  let url: string;
  let report: GenerateReport;
  let catalogBefore: string[];

  /** Triggers (with whether they are enabled), constraints (with whether validated) and indexes of the registry tables. */
  const catalog = async () => {
    const rows = await app.sql<{ x: string }>(
      `select x from (
         select tgrelid::regclass::text || ' ' || pg_get_triggerdef(oid) || ' ' || tgenabled::text as x from pg_trigger where not tgisinternal
         union all select conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) || ' ' || convalidated::text from pg_constraint
         union all select pg_get_indexdef(indexrelid) from pg_index) s
        where x ~ '(citizen|household|survey|poverty_score|registration|data_quality_flag|conviction)' order by x`,
    );
    return rows.map((r) => r.x);
  };

  const fingerprint = async () => {
    const parts: string[] = [];
    for (const table of TABLES) {
      const [row] = await app.sql<{ md5: string }>(`select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) as md5 from ${table} t`);
      parts.push(`${table}:${row.md5}`);
    }
    return parts.join(' ');
  };

  beforeAll(async () => {
    app = await startTestApp({ demoData: false });
    url = app.config.databaseUrl!;
    catalogBefore = await catalog();
    report = await generateRegistry({ databaseUrl: url, households: HOUSEHOLDS, seed: SEED, chunkSize: 700, workers: 0 });
  }, 120_000);
  afterAll(() => app.close());

  it('reports what it loaded, matching the tables', async () => {
    expect(report.households).toBe(HOUSEHOLDS);
    for (const table of TABLES) {
      const [{ n }] = await app.sql<{ n: number }>(`select count(*)::int as n from ${table}`);
      expect([table, n]).toEqual([table, report.rows[table as keyof GenerateReport['rows']]]);
    }
    const [{ households, members }] = await app.sql<{ households: number; members: number }>(
      'select (select count(*)::int from household) as households, (select count(*)::int from household_member) as members',
    );
    expect(households).toBe(HOUSEHOLDS);
    // Pakistani households are large (6.3 people in the 2023 census); the registry's are a little smaller.
    expect(members / households).toBeGreaterThan(4.5);
    expect(members / households).toBeLessThan(7.5);
  });

  it('accounts for the whole run phase by phase', () => {
    const names = report.timings.phases.map((p) => p.name);
    for (const name of ['lock and empty the registry', 'waiting for the generator', 'ANALYZE', 'indexes and constraints', 'dashboard rollups', 'commit', 'other']) {
      expect(names).toContain(name);
    }
    for (const table of TABLES) expect(names).toContain(`COPY ${table}`);
    expect(report.timings.phases.reduce((sum, p) => sum + p.ms, 0)).toBeCloseTo(report.timings.totalMs, 6);
  });

  it('puts back every trigger, constraint and index it set aside, and loads the tables frozen', async () => {
    expect(catalogBefore.filter((x) => x.includes('dashboard_household_member_insert'))).toHaveLength(1);
    expect(await catalog()).toEqual(catalogBefore);
    // COPY FREEZE into tables the load emptied: pages go in all-visible (ANALYZE reads the count from the visibility
    // map; without FREEZE it is 0 until a vacuum). PostgreSQL marks only pages a batch of rows starts empty, so not all.
    const pages = await app.sql<{ table: string; visible: number }>(
      `select relname as table, relallvisible as visible from pg_class
        where relname in ('citizen', 'household', 'household_member', 'survey', 'poverty_score', 'registration_event') order by 1`,
    );
    expect(pages).toHaveLength(6);
    for (const p of pages) expect([p.table, p.visible > 0]).toEqual([p.table, true]);
  });

  it('leaves the dashboard rollups (kept by triggers through every COPY) equal to a rebuild from the base tables', async () => {
    const [{ households }] = await app.sql<{ households: number }>('select sum(households)::int as households from dashboard_district_rollup');
    expect(households).toBe(HOUSEHOLDS);
    const loaded = await rollupSnapshot(app);
    await app.sql('select dashboard_rollups_rebuild()');
    expect(await rollupSnapshot(app)).toEqual(loaded);
  });

  it('is deterministic: the same seed gives the same data, another seed other data, whatever the chunking', async () => {
    const first = await fingerprint();
    await generateRegistry({ databaseUrl: url, households: HOUSEHOLDS, seed: SEED, replace: true, chunkSize: 333, workers: 0 });
    expect(await fingerprint()).toBe(first);
    await generateRegistry({ databaseUrl: url, households: HOUSEHOLDS, seed: SEED + 1, replace: true, workers: 0 });
    const other = await fingerprint();
    for (const table of ['citizen', 'household', 'household_member', 'survey', 'poverty_score']) {
      expect(other).not.toContain(first.split(' ').find((p) => p.startsWith(`${table}:`)));
    }
    await generateRegistry({ databaseUrl: url, households: HOUSEHOLDS, seed: SEED, replace: true, chunkSize: 1000, workers: 0 });
    expect(await fingerprint()).toBe(first);
  }, 120_000);

  it('spreads households over every province roughly by population, urban and rural', async () => {
    const rows = await app.sql<{ province: string; n: number; urban: number; districts: number }>(
      `select d.province, count(*)::int as n, count(*) filter (where h.area = 'URBAN')::int as urban, count(distinct d.code)::int as districts
         from household h join district d on d.code = h.district_code group by d.province`,
    );
    const share = Object.fromEntries(rows.map((r) => [r.province, r.n / HOUSEHOLDS]));
    expect(Object.keys(share).sort()).toEqual(Object.values(Province).sort());
    expect(share.PUNJAB).toBeGreaterThan(0.47);
    expect(share.PUNJAB).toBeLessThan(0.56);
    expect(share.SINDH).toBeGreaterThan(0.19);
    expect(share.SINDH).toBeLessThan(0.26);
    expect(share.ISLAMABAD).toBeLessThan(0.02);
    const urban = rows.reduce((t, r) => t + r.urban, 0) / HOUSEHOLDS;
    expect(urban).toBeGreaterThan(0.3);
    expect(urban).toBeLessThan(0.55);
    expect(rows.reduce((t, r) => t + r.districts, 0)).toBeGreaterThan(140);
  });

  it('gives CNICs whose first digit is the province and last digit the gender, outside the demo range', async () => {
    const citizens = await app.sql<{ cnic: string; gender: string; province: Province }>(
      'select c.cnic, c.gender, d.province from citizen c join district d on d.code = c.district_code',
    );
    expect(citizens.length).toBe(report.rows.citizen);
    for (const c of citizens) {
      expect([c.cnic, c.cnic[0]]).toEqual([c.cnic, provinceCnicDigit(c.province)]);
      expect([c.cnic, Number(c.cnic[12]) % 2]).toEqual([c.cnic, c.gender === 'MALE' ? 1 : 0]);
      expect(c.cnic[1]).toBe('0');
    }
    expect(DOCUMENTED_CITIZENS.every((d) => d.cnic[1] !== '0')).toBe(true);
    // Adults have a CNIC and an identity record; children a B-form or nothing.
    const members = await app.sql<{ id_number: string | null; id_document: string | null; gender: string; province: Province; citizen: string | null; adult: boolean }>(
      `select m.id_number, m.id_document, m.gender, d.province, c.cnic as citizen,
              age(s.submitted_at::date, m.date_of_birth) >= interval '18 years' as adult
         from household_member m join household h on h.id = m.household_id join district d on d.code = h.district_code
         join survey s on s.household_id = h.id and s.version = 1
         left join citizen c on c.cnic = m.id_number`,
    );
    for (const m of members) {
      if (m.adult) expect([m.id_document, m.citizen]).toEqual(['CNIC', m.id_number]);
      else expect(m.id_document === 'B_FORM' || m.id_number === null).toBe(true);
      if (m.id_number) expect(m.id_number[0]).toBe(provinceCnicDigit(m.province));
    }
    expect(members.some((m) => m.id_document === 'B_FORM')).toBe(true);
    expect(members.some((m) => !m.adult && m.id_number === null)).toBe(true);
  });

  it('writes registrations in every status, with their timelines and readable tracking IDs', async () => {
    const statuses = await app.sql<{ status: string; n: number }>('select status, count(*)::int as n from registration group by status order by status');
    expect(statuses.map((s) => s.status).sort()).toEqual(Object.values(RegistrationStatus).sort());
    const timelines = await app.sql<{ status: string; steps: string }>(
      `select r.status, string_agg(e.status, ',' order by e.step) as steps from registration r join registration_event e on e.registration_id = r.id
        group by r.id, r.status`,
    );
    const expected: Record<string, string> = {
      RECEIVED: 'RECEIVED',
      SURVEY_SCHEDULED: 'RECEIVED,SURVEY_SCHEDULED',
      SURVEYED: 'RECEIVED,SURVEY_SCHEDULED,SURVEYED',
      VALIDATED: 'RECEIVED,SURVEY_SCHEDULED,SURVEYED,VALIDATED',
      SCORED: 'RECEIVED,SURVEY_SCHEDULED,SURVEYED,VALIDATED,SCORED',
      REJECTED: 'RECEIVED,SURVEY_SCHEDULED,REJECTED',
    };
    for (const t of timelines) expect([t.status, t.steps]).toEqual([t.status, expected[t.status]]);
    const ids = await app.sql<{ tracking_id: string }>('select tracking_id from registration');
    for (const { tracking_id } of ids) expect(normaliseTrackingId(tracking_id)).toBe(tracking_id);
    const [span] = await app.sql<{ first: string; last: string }>("select min(created_at)::date::text as first, max(created_at)::date::text as last from registration");
    expect(span.first >= '2024-11-01').toBe(true);
    expect(span.last < '2026-11-01').toBe(true);
  });

  it('flags households with every flag code, open and resolved, and records offenders in several statuses', async () => {
    const flags = await app.sql<{ code: string; open: number; resolved: number }>(
      `select code, count(*) filter (where resolved_at is null)::int as open, count(*) filter (where resolved_at is not null)::int as resolved
         from data_quality_flag group by code`,
    );
    expect(flags.map((f) => f.code).sort()).toEqual(Object.values(FlagCode).sort());
    expect(flags.every((f) => f.open > 0)).toBe(true);
    expect(flags.filter((f) => f.resolved > 0).length).toBeGreaterThanOrEqual(3);
    const convictions = await app.sql<{ status: string; n: number; events: number }>(
      `select v.status, count(distinct v.id)::int as n, count(e.id)::int as events from conviction v join conviction_event e on e.conviction_id = v.id group by v.status`,
    );
    expect(convictions.map((c) => c.status).sort()).toEqual(Object.values(ConvictionStatus).sort());
    expect(convictions.map((c) => c.status).every((s) => (Object.values(ConvictionStatus) as string[]).includes(s))).toBe(true);
    const history = await app.sql<{ status: string; kinds: string }>(
      `select v.status, string_agg(e.kind || ':' || e.to_status, ',' order by e.version) as kinds from conviction v join conviction_event e on e.conviction_id = v.id group by v.id, v.status`,
    );
    for (const h of history) {
      expect(h.kinds.startsWith('REGISTERED:ACTIVE')).toBe(true);
      expect(h.kinds.endsWith(`:${h.status}`)).toBe(true);
    }
  });

  it('writes surveys that pass the validation the API applies, raising the flags stored with them', async () => {
    const surveys = await app.sql<Record<string, unknown> & { id: string; household_id: string; roster: RosterEntry[]; submitted: string; applicant: string; district_code: string; tehsil: string; area: string }>(
      `select s.*, s.submitted_at::date::text as submitted, r.applicant_cnic as applicant, h.district_code, h.tehsil, h.area
         from survey s join household h on h.id = s.household_id join registration r on r.id = s.registration_id
        where s.latest order by s.id limit 150`,
    );
    expect(surveys.length).toBe(150);
    let flagged = 0;
    for (const s of surveys) {
      const members = await app.sql<{ id: string; id_number: string | null; id_document: string | null; name: string; relation_to_head: string; gender: string; dob: string; marital_status: string; education_level: string; enrolled_in_school: boolean; employment: string; disability: boolean }>(
        "select m.*, m.date_of_birth::text as dob from household_member m where m.household_id = ?",
        [s.household_id],
      );
      const byId = new Map(members.map((m) => [m.id, m]));
      const ordered = s.roster.map((r) => byId.get(r.memberId)!);
      const cnics = ordered.filter((m) => m.id_document === 'CNIC').map((m) => m.id_number!);
      const citizens = await app.sql<{ cnic: string; name_en: string; name_ur: string; gender: string; dob: string }>(
        'select cnic, name_en, name_ur, gender, date_of_birth::text as dob from citizen where cnic = any(?)',
        [cnics],
      );
      const indicators = Object.fromEntries(SURVEY_INDICATORS.map(({ field }) => [field, s[snake(field)]])) as unknown as IndicatorValues;
      const input = {
        trackingId: 'XXXX-XXXX-XX',
        district: s.district_code,
        tehsil: s.tehsil,
        area: s.area,
        indicators,
        members: ordered.map((m) => ({
          cnic: m.id_document === 'CNIC' ? m.id_number : null,
          bFormNumber: m.id_document === 'B_FORM' ? m.id_number : null,
          name: m.name,
          relationToHead: m.relation_to_head,
          gender: m.gender,
          dateOfBirth: m.dob,
          maritalStatus: m.marital_status,
          educationLevel: m.education_level,
          enrolledInSchool: m.enrolled_in_school,
          employment: m.employment,
          disability: m.disability,
        })),
      } as unknown as SubmitSurveyInput;
      const check = checkSurvey(input, {
        today: s.submitted,
        applicantCnic: s.applicant,
        citizens: new Map(citizens.map((c) => [c.cnic, { cnic: c.cnic, nameEn: c.name_en, nameUr: c.name_ur, gender: c.gender, dateOfBirth: c.dob } as unknown as CitizenEntity])),
        holders: new Map(),
        householdId: null,
        roster: [],
      });
      expect([s.id, check.errors]).toEqual([s.id, []]);
      const stored = await app.sql<{ code: string; member_id: string; detail: string }>(
        'select code, member_id, detail from data_quality_flag where survey_id = ? order by code, detail',
        [s.id],
      );
      const raised = check.flags
        .map((f) => ({ code: f.code as string, member_id: ordered[f.memberIndex].id, detail: f.detail }))
        .sort((a, b) => a.code.localeCompare(b.code) || a.detail.localeCompare(b.detail));
      expect([s.id, stored]).toEqual([s.id, raised]);
      if (raised.length) flagged++;
    }
    expect(flagged).toBeGreaterThan(0);
  }, 60_000);

  it('stores scores equal to scoreHousehold and the programme rules, with the survey eligibility score-writer sets', async () => {
    const [model] = await app.sql<{ id: string; version: string; cutoff: number; intercept: number; indicators: ModelSpec['indicators']; region_adjustments: ModelSpec['regionAdjustments'] }>(
      "select * from scorecard_model where status = 'ACTIVE'",
    );
    const spec: ModelSpec = { version: model.version, cutoff: model.cutoff, intercept: model.intercept, indicators: model.indicators, regionAdjustments: model.region_adjustments };
    const ruleRows = await app.sql<{ programme: string; rule: unknown }>('select distinct on (programme) programme, rule from programme_rule order by programme, version desc');
    const rules = Object.fromEntries(ruleRows.map((r) => [r.programme, r.rule])) as ProgrammeRules;
    const rows = await app.sql<Record<string, unknown> & { roster: RosterEntry[]; province: string; area: 'URBAN' | 'RURAL'; submitted: string; computed: string; score: string; band: string; below_cutoff: boolean; explanation: unknown; explanation_values: unknown[]; explanation_points: number[]; explanation_region: string | null; eligible_programmes: string[]; current: boolean; latest: boolean; eligibility: string | null; scored_at: Date | null; computed_at: Date }>(
      `select s.*, p.score, p.band, p.below_cutoff, p.explanation, p.explanation_values, p.explanation_points, p.explanation_region, p.eligible_programmes, p.current, p.computed_at, d.province, h.area,
              s.submitted_at::date::text as submitted, (p.computed_at at time zone 'UTC')::date::text as computed
         from poverty_score p join survey s on s.id = p.survey_id join household h on h.id = p.household_id join district d on d.code = h.district_code
        where p.model_id = ? order by p.id limit 400`,
      [model.id],
    );
    expect(rows.length).toBe(400);
    const outcomes = new Set<string>();
    for (const r of rows) {
      const indicators = Object.fromEntries(SURVEY_INDICATORS.map(({ field }) => [field, r[snake(field)]])) as unknown as IndicatorValues;
      const { score, explanation } = scoreHousehold(spec, { indicators, roster: r.roster, province: r.province, area: r.area, asOf: r.submitted });
      expect(Number(r.score)).toBe(score);
      // Stored compactly, exactly as score-writer stores it (through JSON, where -0 is written 0), and rebuilding the
      // scoring function's lines.
      const stored = { values: r.explanation_values, points: r.explanation_points, region: r.explanation_region } as CompactExplanation;
      expect(r.explanation).toBeNull();
      expect(stored).toEqual(JSON.parse(JSON.stringify(compactExplanation(spec, explanation, r.province, r.area))));
      expect(expandExplanation(spec, stored)).toEqual(JSON.parse(JSON.stringify(explanation)));
      expect(r.band).toBe(bandOf(score));
      expect(r.below_cutoff).toBe(score <= spec.cutoff);
      expect(r.eligible_programmes).toEqual(
        householdEligibleProgrammes(rules, { indicators, roster: r.roster, score, modelVersion: spec.version, today: r.computed }),
      );
      expect(r.current).toBe(r.latest);
      expect(r.scored_at).toEqual(r.computed_at);
      outcomes.add(r.eligibility!);
    }
    expect([...outcomes].sort()).toEqual(['ELIGIBLE', 'NOT_ELIGIBLE']);
    // Some households are not scored (yet): their latest survey is pending.
    const [pending] = await app.sql<{ n: number }>('select count(*)::int as n from survey where latest and eligibility is null and scored_at is null');
    expect(pending.n).toBeGreaterThan(0);
  }, 60_000);

  it('answers through the real API for generated people', async () => {
    const sms = await app.key(Role.SMS_GATEWAY);
    const officer = await app.key(Role.WELFARE_OFFICER);
    const police = await app.key(Role.LAW_ENFORCEMENT);
    const status = async (cnic: string) => (await app.gql(SurveyStatusDocument, { cnic }, sms)).body.data!.surveyStatus.status;

    const [eligibleHead] = await app.sql<{ cnic: string }>(
      `select m.id_number as cnic from household_member m join survey s on s.household_id = m.household_id and s.latest
        where m.relation_to_head = 'HEAD' and m.status = 'ACTIVE' and s.eligibility = 'ELIGIBLE' order by m.id limit 1`,
    );
    expect(await status(eligibleHead.cnic)).toBe('ELIGIBLE');
    const [richHead] = await app.sql<{ cnic: string }>(
      `select m.id_number as cnic from household_member m join survey s on s.household_id = m.household_id and s.latest
        where m.relation_to_head = 'HEAD' and s.eligibility = 'NOT_ELIGIBLE' order by m.id limit 1`,
    );
    expect(await status(richHead.cnic)).toBe('NOT_ELIGIBLE');
    const [pendingHead] = await app.sql<{ cnic: string }>(
      `select m.id_number as cnic from household_member m join survey s on s.household_id = m.household_id and s.latest
        where m.relation_to_head = 'HEAD' and s.eligibility is null order by m.id limit 1`,
    );
    expect(await status(pendingHead.cnic)).toBe('PENDING_VERIFICATION');
    const [applicant] = await app.sql<{ cnic: string }>("select applicant_cnic as cnic from registration where household_id is null order by id limit 1");
    expect(await status(applicant.cnic)).toBe('NOT_SURVEYED');

    // A wife in an eligible household: Benazir Kafaalat, with the stored score's band and the survey's date.
    const [wife] = await app.sql<{ cnic: string; band: string; surveyed: string }>(
      `select m.id_number as cnic, p.band, s.submitted_at::date::text as surveyed from household_member m
         join survey s on s.household_id = m.household_id and s.latest join poverty_score p on p.survey_id = s.id and p.current
        where m.relation_to_head = 'SPOUSE' and m.gender = 'FEMALE' and s.eligibility = 'ELIGIBLE' order by m.id limit 1`,
    );
    const eligibility = await app.gql(EligibilityDocument, { input: { cnic: wife.cnic, programme: 'BENAZIR_KAFAALAT', purpose: 'WELFARE_ADMINISTRATION' } }, officer);
    expect(eligibility.body.errors).toBeUndefined();
    expect(eligibility.body.data!.eligibility).toEqual({
      eligible: true,
      reasons: [],
      programme: 'BENAZIR_KAFAALAT',
      ruleVersion: 1,
      band: wife.band,
      surveyDate: wife.surveyed,
    });

    const [active] = await app.sql<{ cnic: string }>(
      "select c.cnic from conviction v join citizen c on c.id = v.citizen_id where v.status = 'ACTIVE' order by v.id limit 1",
    );
    const found = await app.gql(VerifyOffenderDocument, { input: { cnic: active.cnic, purpose: 'LAW_ENFORCEMENT' } }, police);
    expect(found.body.errors).toBeUndefined();
    expect(found.body.data!.verifyOffender).toMatchObject({ cnicMasked: maskCnic(active.cnic as Cnic), result: 'RECORD_FOUND', errors: [] });
    const [inactive] = await app.sql<{ cnic: string }>(
      "select c.cnic from conviction v join citizen c on c.id = v.citizen_id where v.status <> 'ACTIVE' order by v.id limit 1",
    );
    const none = await app.gql(VerifyOffenderDocument, { input: { cnic: inactive.cnic, purpose: 'LAW_ENFORCEMENT' } }, police);
    expect(none.body.data!.verifyOffender).toMatchObject({ result: 'NO_RECORD', errors: [] });
  });

  it('registers a mobile number to nine adults in ten, none to anyone under 18 on the as-of day, no two alike', async () => {
    const [row] = await app.sql<{ adults: number; numbered: number; minors: number; distinct: number; wellFormed: number; total: number }>(
      `select count(*) filter (where c.date_of_birth <= date '${DEFAULT_AS_OF}' - interval '18 years')::int as adults,
              count(m.id) filter (where c.date_of_birth <= date '${DEFAULT_AS_OF}' - interval '18 years')::int as numbered,
              count(m.id) filter (where c.date_of_birth > date '${DEFAULT_AS_OF}' - interval '18 years')::int as minors,
              count(distinct m.number)::int as distinct, count(*) filter (where m.number ~ '^03[0-9]{9}$')::int as "wellFormed",
              count(m.id)::int as total
         from citizen c left join citizen_mobile_number m on m.citizen_id = c.id`,
    );
    expect(row.minors).toBe(0);
    expect(row.total).toBe(row.numbered);
    expect(row.distinct).toBe(row.total);
    expect(row.wellFormed).toBe(row.total);
    expect(row.numbered / row.adults).toBeGreaterThan(0.85);
    expect(row.numbered / row.adults).toBeLessThan(0.95);
    expect(report.rows.citizen_mobile_number).toBe(row.total);
  });

  it('makes identifiers that never collide', () => {
    const cnic = makeCnicFactory(SEED);
    const seen = new Set<string>();
    for (let i = 0; i < 20_000; i++) for (let slot = 0; slot < 16; slot++) seen.add(cnic('3', i, slot, 1).slice(0, 12));
    expect(seen.size).toBe(20_000 * 16);
    const mobile = makeMobileNumberFactory(SEED);
    const numbers = new Set<string>();
    let none = 0;
    for (let i = 0; i < 20_000; i++) for (let slot = 0; slot < 16; slot++) {
      const n = mobile(i, slot);
      if (n === null) none++;
      else numbers.add(n);
    }
    expect(numbers.size + none).toBe(20_000 * 16);
    expect(none / (20_000 * 16)).toBeCloseTo(0.1, 2);
    expect(mobile(MOBILE_NUMBER_HOUSEHOLDS - 1, 15)).toMatch(/^03[0-9]{9}$/);
    expect(() => mobile(MOBILE_NUMBER_HOUSEHOLDS, 0)).toThrow('too many households for the mobile-number range');
    expect(yearsBefore('2026-02-28', 18)).toBe('2008-02-28');
    expect(yearsBefore('2024-02-29', 18)).toBe('2006-02-28');
    expect(yearsBefore('2024-02-29', 20)).toBe('2004-02-29');
    const tracking = makeTrackingIdFactory(SEED);
    const ids = new Set(Array.from({ length: 100_000 }, (_, n) => tracking(n)));
    expect(ids.size).toBe(100_000);
    for (const ms of [0, Date.UTC(2026, 10, 1, 4, 5, 6, 7), Date.UTC(2024, 1, 29, 23, 59, 59, 999)]) expect(ts(ms)).toBe(new Date(ms).toISOString());
  });

  it('refuses bad input and an existing registry with a clear message and a non-zero exit', async () => {
    const [notANumber, missing, existing] = await Promise.all([
      cli(['--households', 'many'], { DATABASE_URL: url }),
      cli([], { DATABASE_URL: url }),
      cli(['--households', '10'], { DATABASE_URL: url }),
    ]);
    expect(notANumber.code).toBe(2);
    expect(notANumber.stderr).toContain('--households must be a whole number (got "many").');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--households is required.');
    expect(existing.code).toBe(1);
    expect(existing.stderr).toMatch(/^The registry already holds data \(2000 households, \d+ identity records, \d+ convictions\)\. Run with --replace/);
  }, 60_000);
});
