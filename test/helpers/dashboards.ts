import { randomUUID } from 'node:crypto';
import type { TestApp } from './app';
import { bandOf } from '../../src/scorecard/scorecard.enums';

/** A household to add straight to the base tables (as a bulk loader would), for dashboard figures. */
export interface HouseholdSpec {
  district: string;
  tehsil?: string | null;
  /** Active members (default 2). */
  members?: number;
  /** A latest survey (default true; a score needs one). */
  surveyed?: boolean;
  /** Current score (none by default). */
  score?: number | null;
  programmes?: string[];
  /** Open flags, by code. */
  flags?: string[];
  /** A registration linked to the household, with this current status. */
  registration?: string | null;
}

/** Adds households with SQL, one statement per table (the triggers keep the rollups). Returns their ids. */
export async function addHouseholds(app: TestApp, specs: HouseholdSpec[]): Promise<string[]> {
  const rows = specs.map((s) => ({
    id: randomUUID(),
    sid: randomUUID(),
    rid: s.registration ? randomUUID() : null,
    district: s.district,
    tehsil: s.tehsil ?? null,
    members: s.members ?? 2,
    surveyed: s.surveyed ?? true,
    score: s.score ?? null,
    band: s.score == null ? null : bandOf(s.score),
    programmes: s.programmes ?? [],
    flags: s.flags ?? [],
    registration: s.registration ?? null,
  }));
  const data = JSON.stringify(rows);
  const spec = `jsonb_to_recordset(?::jsonb) as x(id uuid, sid uuid, rid uuid, district text, tehsil text, members int, surveyed boolean,
    score numeric, band text, programmes text[], flags text[], registration text)`;
  await app.sql(`insert into household (id, district_code, tehsil, area) select x.id, x.district, x.tehsil, 'RURAL' from ${spec}`, [data]);
  await app.sql(
    `insert into household_member (id, household_id, name, relation_to_head, gender, date_of_birth, marital_status, education_level,
       enrolled_in_school, employment, disability)
     select gen_random_uuid(), x.id, 'Test member', case when g = 1 then 'HEAD' else 'SON' end, 'MALE', '1980-01-01', 'MARRIED', 'NONE',
       false, 'DAILY_WAGE', false
       from ${spec} cross join generate_series(1, x.members) g`,
    [data],
  );
  await app.sql(
    `insert into registration (id, tracking_id, kind, status, applicant_cnic, centre_district_code, household_id, client_key)
     select x.rid, upper(substr(md5(x.rid::text), 1, 12)), 'NEW_SURVEY', x.registration, '3520212345671', x.district, x.id, 'test'
       from ${spec} where x.registration is not null`,
    [data],
  );
  await app.sql(
    `insert into survey select (jsonb_populate_record(null::survey, to_jsonb(t) || jsonb_build_object(
        'id', x.sid, 'household_id', x.id, 'version', 1, 'latest', true, 'idempotency_key', null, 'registration_id', null,
        'submitted_at', now()))).*
       from ${spec} cross join (select * from survey limit 1) t where x.surveyed`,
    [data],
  );
  await app.sql(
    `insert into poverty_score select (jsonb_populate_record(null::poverty_score, to_jsonb(t) || jsonb_build_object(
        'id', gen_random_uuid(), 'household_id', x.id, 'survey_id', x.sid, 'score', x.score, 'band', x.band, 'current', true,
        'eligible_programmes', to_jsonb(x.programmes)))).*
       from ${spec} cross join (select * from poverty_score limit 1) t where x.score is not null`,
    [data],
  );
  await app.sql(
    `insert into data_quality_flag (id, household_id, code, severity, detail)
     select gen_random_uuid(), x.id, c, 'LOW', 'test' from ${spec} cross join unnest(x.flags) c`,
    [data],
  );
  return rows.map((r) => r.id);
}

/** Every rollup row, figures only, all-zero rows left out (they are what a rebuild would not write). */
export async function rollupSnapshot(app: TestApp): Promise<Record<string, unknown[]>> {
  const tables: Record<string, string> = {
    dashboard_tehsil_rollup: `households <> 0 or members <> 0 or surveyed <> 0 or scored <> 0 or score_cents <> 0 or registrations <> '{}'
      or bands <> '{}' or programmes <> '{}' or flags <> '{}' or points <> '{}'`,
    dashboard_district_rollup: `households <> 0 or members <> 0 or surveyed <> 0 or scored <> 0 or score_cents <> 0 or registrations <> '{}'
      or bands <> '{}' or programmes <> '{}' or flags <> '{}' or points <> '{}'`,
    dashboard_tehsil_monthly: 'registrations <> 0 or surveys <> 0',
    dashboard_district_monthly: 'registrations <> 0 or surveys <> 0',
    dashboard_tehsil_score_fine: `cents <> '{}'`,
    dashboard_district_score_fine: `cents <> '{}'`,
  };
  const out: Record<string, unknown[]> = {};
  for (const [table, nonZero] of Object.entries(tables)) {
    out[table] = await app.sql(`select * from ${table} where ${nonZero} order by 1, 2, 3`);
  }
  return out;
}
