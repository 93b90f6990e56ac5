import { startTestApp, type TestApp } from './helpers/app';
import { DashboardDocument } from './generated/graphql';
import { Role } from '../src/auth/role';

/*
 * A measurement, not a check: `DASHBOARD_SCALE=200000 npx jest test/dashboard-scale.test.ts` loads that many households
 * (3 members, a survey, a score, a registration each; 5% flagged) over every district and four tehsils each with
 * set-based SQL (one statement per table, as the COPY generator does), timing each statement with the rollup triggers
 * and the members' again without them; then times dashboards. Skipped unless DASHBOARD_SCALE is set.
 */
const N = Number(process.env.DASHBOARD_SCALE ?? 0);
const maybe = N > 0 ? describe : describe.skip;

maybe('dashboard at scale', () => {
  let app: TestApp;
  const timings: Record<string, number> = {};
  const timed = async (label: string, sql: string) => {
    const start = performance.now();
    await app.sql(sql);
    timings[label] = Math.round(performance.now() - start);
  };

  beforeAll(async () => {
    app = await startTestApp();
  }, 60_000);
  afterAll(async () => {
    await app.close();
  });

  it('loads and answers', async () => {
    await app.sql('create table scale_hh as select gen_random_uuid() as id, gen_random_uuid() as sid, g from generate_series(1, ?::int) g', [N]);
    await timed(
      'households',
      `insert into household (id, district_code, tehsil, area)
       select h.id, d.code, 'Tehsil ' || (h.g % 4), 'RURAL' from scale_hh h
         join (select code, (row_number() over (order by code) - 1)::int as i from district) d on d.i = h.g % 160`,
    );
    await timed(
      'members',
      `insert into household_member (id, household_id, name, relation_to_head, gender, date_of_birth, marital_status, education_level,
         enrolled_in_school, employment, disability)
       select gen_random_uuid(), h.id, 'M', 'SON', 'MALE', '1990-01-01', 'NEVER_MARRIED', 'NONE', false, 'DAILY_WAGE', false
         from scale_hh h cross join generate_series(1, 3)`,
    );
    await app.sql('alter table household_member disable trigger dashboard_household_member_insert');
    await timed(
      'members (no trigger)',
      `insert into household_member (id, household_id, name, relation_to_head, gender, date_of_birth, marital_status, education_level,
         enrolled_in_school, employment, disability)
       select gen_random_uuid(), h.id, 'M', 'SON', 'MALE', '1990-01-01', 'NEVER_MARRIED', 'NONE', false, 'DAILY_WAGE', false
         from scale_hh h cross join generate_series(1, 3)`,
    );
    await app.sql('alter table household_member enable trigger dashboard_household_member_insert');
    await timed(
      'registrations',
      `insert into registration (id, tracking_id, kind, status, applicant_cnic, centre_district_code, household_id, client_key)
       select gen_random_uuid(), upper(substr(md5(h.id::text), 1, 12)), 'NEW_SURVEY', 'SCORED', '3520212345671', 'PK617', h.id, 'scale'
         from scale_hh h`,
    );
    await timed(
      'surveys',
      `insert into survey select (jsonb_populate_record(null::survey, to_jsonb(t) || jsonb_build_object(
          'id', h.sid, 'household_id', h.id, 'version', 1, 'latest', true, 'idempotency_key', null, 'registration_id', null))).*
         from scale_hh h cross join (select * from survey limit 1) t`,
    );
    await timed(
      'scores',
      `insert into poverty_score select (jsonb_populate_record(null::poverty_score, to_jsonb(t) || jsonb_build_object(
          'id', gen_random_uuid(), 'household_id', h.id, 'survey_id', h.sid, 'score', s.score, 'current', true,
          'band', case when s.score <= 16.17 then 'BAND_0_16' when s.score <= 32 then 'BAND_16_32' when s.score <= 50 then 'BAND_32_50' else 'BAND_50_100' end,
          'eligible_programmes', case when s.score <= 32 then '["BENAZIR_KAFAALAT"]'::jsonb else '[]'::jsonb end))).*
         from scale_hh h cross join lateral (select round((random() * 100)::numeric, 2) + 0 * h.g as score) s
         cross join (select * from poverty_score limit 1) t`,
    );
    await timed(
      'flags',
      `insert into data_quality_flag (id, household_id, code, severity, detail)
       select gen_random_uuid(), h.id, 'NAME_MISMATCH', 'MEDIUM', 'scale' from scale_hh h where h.g % 20 = 0`,
    );
    await timed('rebuild', 'select dashboard_rollups_rebuild()');

    const analyst = await app.key(Role.WELFARE_ANALYST);
    const latency = async (scope: object, runs: number) => {
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const start = performance.now();
        const res = await app.gql(DashboardDocument, { scope }, analyst);
        times.push(performance.now() - start);
        expect(res.body.errors).toBeUndefined();
      }
      times.sort((a, b) => a - b);
      return { p50: +times[Math.floor(runs / 2)].toFixed(1), p99: +times[Math.floor(runs * 0.99)].toFixed(1) };
    };
    const results = {
      households: N,
      statementMs: timings,
      punjabWithDistricts: await latency({ province: 'PUNJAB' }, 200),
      nationalWithProvinces: await latency({}, 200),
      districtWithTehsils: await latency({ district: 'PK617' }, 200),
    };
    console.log(JSON.stringify(results, null, 2));
  }, 3_600_000);
});
