import { Migration } from '@mikro-orm/migrations';

/*
 * Welfare-dashboard rollups (issue #7, docs/dashboards.md). Aggregates per (district, tehsil) and per district, kept
 * in the same transaction as every write to the base tables by statement-level AFTER triggers with transition tables:
 * one trigger per table and event, each aggregating its transition table with one GROUP BY, so a COPY of millions
 * of rows fires it once. The rollups are derived only from the base tables; `dashboard_rollups_rebuild()` recomputes
 * them from scratch with the same fact queries the triggers use.
 *
 * Every figure is a sum over rows of one base table, keyed by the household's current (district, tehsil), except
 * "households with an open flag of a code", which compares the open-flag count of each touched (household, code)
 * before and after the statement. A household that moves takes its members, surveys, scores, flags and linked
 * registrations with it (the household UPDATE trigger re-keys them).
 */

/** SQL producing a trigger's source rows with a `sgn` column: +1 for rows the statement added, -1 for rows it removed. */
type Op = 'insert' | 'update' | 'delete';
const SOURCE: Record<Op, string> = {
  insert: '(select 1 as sgn, n.* from new_rows n)',
  update: '(select 1 as sgn, n.* from new_rows n union all select -1 as sgn, o.* from old_rows o)',
  delete: '(select -1 as sgn, o.* from old_rows o)',
};
const REFERENCING: Record<Op, string> = {
  insert: 'referencing new table as new_rows',
  update: 'referencing old table as old_rows new table as new_rows',
  delete: 'referencing old table as old_rows',
};

/*
 * Facts of the child tables, not yet keyed: (household_id, metric, k, n). `src` has the table's columns and `sgn`.
 * Metrics: members; surveyed (latest survey) and msurv (surveys by submitted month); scored, score_cents, band, prog
 * and cents (current score, cents = score × 100 for the exact-median histogram).
 */
const memberFacts = (src: string) =>
  `select s.household_id, 'members'::text as metric, ''::text as k, s.sgn::bigint as n from ${src} s where s.status = 'ACTIVE'`;
const surveyFacts = (src: string) =>
  `select s.household_id, f.metric, f.k, s.sgn::bigint as n from ${src} s
     cross join lateral (values ('surveyed'::text, ''::text, s.latest), ('msurv', dashboard_month(s.submitted_at)::text, true)) f(metric, k, included)
    where f.included`;
const scoreFacts = (src: string) =>
  `select s.household_id, f.metric, f.k, s.sgn * f.n as n from ${src} s
     cross join lateral (
       select 'scored'::text as metric, ''::text as k, 1::bigint as n
       union all select 'score_cents', '', round(s.score * 100)::bigint
       union all select 'band', s.band, 1
       union all select 'cents', round(s.score * 100)::bigint::text, 1
       union all select 'prog', p, 1 from unnest(s.eligible_programmes) p
     ) f
    where s.current`;
/** Registrations also carry the centre's district: one not yet linked to a household counts there (tehsil ''). */
const registrationFacts = (src: string) =>
  `select s.household_id, s.centre_district_code, f.metric, f.k, s.sgn::bigint as n from ${src} s
     cross join lateral (values ('reg'::text, s.status::text), ('mreg', dashboard_month(s.created_at)::text)) f(metric, k)`;
/** Households with at least one open flag of a code, for whole tables (rebuild, a household moving). */
const openFlagFacts = (where: string) =>
  `select distinct f.household_id, 'flag'::text as metric, f.code::text as k, 1::bigint as n
     from data_quality_flag f where f.resolved_at is null ${where}`;

const HOUSEHOLD_KEY = 'h.district_code::text as district_code, dashboard_tehsil(h.tehsil) as tehsil';
const keyedByHousehold = (facts: string) =>
  `select ${HOUSEHOLD_KEY}, f.metric, f.k, f.n from (${facts}) f join household h on h.id = f.household_id`;
const registrationsKeyed = (src: string) =>
  `select coalesce(h.district_code, f.centre_district_code)::text as district_code,
          case when h.id is null then '' else dashboard_tehsil(h.tehsil) end as tehsil, f.metric, f.k, f.n
     from (${registrationFacts(src)}) f left join household h on h.id = f.household_id`;
const householdFacts = (src: string) =>
  `select s.district_code::text as district_code, dashboard_tehsil(s.tehsil) as tehsil, 'households'::text as metric, ''::text as k, s.sgn::bigint as n from ${src} s`;

/**
 * The flag trigger: for each (household, code) the statement touched, open flags now versus before the statement
 * (now minus the open rows it added plus the open rows it removed); the household counts when the count leaves or
 * reaches zero.
 */
const flagTriggerFacts = (src: string) =>
  `select ${HOUSEHOLD_KEY}, 'flag'::text as metric, p.code as k,
          ((p.now_open > 0)::int - ((p.now_open - p.changed) > 0)::int)::bigint as n
     from (select c.household_id, c.code::text as code,
                  coalesce(sum(c.sgn) filter (where c.resolved_at is null), 0) as changed,
                  (select count(*) from data_quality_flag f
                    where f.household_id = c.household_id and f.code = c.code and f.resolved_at is null) as now_open
             from ${src} c group by c.household_id, c.code) p
     join household h on h.id = p.household_id`;

/** A household UPDATE that changes (district, tehsil) moves everything hanging off the household to the new key. */
const MOVED = `moved as (
    select n.id, o.district_code::text as old_district, dashboard_tehsil(o.tehsil) as old_tehsil,
           n.district_code::text as new_district, dashboard_tehsil(n.tehsil) as new_tehsil
      from new_rows n join old_rows o on o.id = n.id
     where o.district_code <> n.district_code or dashboard_tehsil(o.tehsil) <> dashboard_tehsil(n.tehsil)),
  keymap as (
    select id, old_district as district_code, old_tehsil as tehsil, -1 as sgn from moved
    union all select id, new_district, new_tehsil, 1 from moved)`;
const movedFacts = () => {
  const whole = (table: string) => `(select 1 as sgn, t.* from ${table} t where t.household_id in (select id from moved))`;
  const rekey = (facts: string) =>
    `select m.district_code, m.tehsil, f.metric, f.k, f.n * m.sgn from (${facts}) f join keymap m on m.id = f.household_id`;
  return [
    rekey(memberFacts(whole('household_member'))),
    rekey(surveyFacts(whole('survey'))),
    rekey(scoreFacts(whole('poverty_score'))),
    rekey(openFlagFacts('and f.household_id in (select id from moved)')),
    `select m.district_code, m.tehsil, f.metric, f.k, f.n * m.sgn
       from (${registrationFacts(whole('registration'))}) f join keymap m on m.id = f.household_id`,
  ];
};

/** Sums keyed facts into deltas; the cents of scores become one `fine` row per whole point (a jsonb of cents). */
const deltas = (keyedFacts: string[], ctes = '') =>
  `with ${ctes ? `${ctes},` : ''}
   facts as (${keyedFacts.join('\n union all ')}),
   agg as (select district_code, tehsil, metric, k, sum(n)::bigint as n from facts group by 1, 2, 3, 4 having sum(n) <> 0)
   select district_code, tehsil, metric, k, n, null::jsonb as fine from agg where metric <> 'cents'
   union all
   select district_code, tehsil, 'fine', (k::int / 100)::text, sum(n)::bigint, jsonb_object_agg((k::int % 100)::text, n)
     from agg where metric = 'cents' group by district_code, tehsil, k::int / 100`;

const applyDeltas = (sql: string) =>
  `perform dashboard_apply(array(select row(d.district_code, d.tehsil, d.metric, d.k, d.n, d.fine)::dashboard_delta from (${sql}) d));`;

const TABLES = ['household', 'household_member', 'survey', 'poverty_score', 'registration', 'data_quality_flag'] as const;
type Table = (typeof TABLES)[number];

function triggerDeltas(table: Table, op: Op): string {
  const src = SOURCE[op];
  switch (table) {
    case 'household':
      return op === 'update' ? deltas([householdFacts(src), ...movedFacts()], MOVED) : deltas([householdFacts(src)]);
    case 'household_member':
      return deltas([keyedByHousehold(memberFacts(src))]);
    case 'survey':
      return deltas([keyedByHousehold(surveyFacts(src))]);
    case 'poverty_score':
      return deltas([keyedByHousehold(scoreFacts(src))]);
    case 'registration':
      return deltas([registrationsKeyed(src)]);
    case 'data_quality_flag':
      return deltas([flagTriggerFacts(src)]);
  }
}

const ALL = (table: string) => `(select 1 as sgn, t.* from ${table} t)`;
const REBUILD_DELTAS = deltas([
  householdFacts(ALL('household')),
  keyedByHousehold(memberFacts(ALL('household_member'))),
  keyedByHousehold(surveyFacts(ALL('survey'))),
  keyedByHousehold(scoreFacts(ALL('poverty_score'))),
  registrationsKeyed(ALL('registration')),
  keyedByHousehold(openFlagFacts('')),
]);

const ROLLUP_TABLES = [
  'dashboard_tehsil_rollup',
  'dashboard_district_rollup',
  'dashboard_tehsil_monthly',
  'dashboard_district_monthly',
  'dashboard_tehsil_score_fine',
  'dashboard_district_score_fine',
];

const FIGURES = `households int not null default 0, members int not null default 0, surveyed int not null default 0,
  scored int not null default 0, score_cents bigint not null default 0,
  registrations jsonb not null default '{}', bands jsonb not null default '{}', programmes jsonb not null default '{}',
  flags jsonb not null default '{}', points jsonb not null default '{}'`;

/** Upsert of the main rollup from deltas `x` grouped by `keys` (figures pivoted; maps merged by dashboard_jsonb_add). */
const upsertRollup = (table: string, keys: string[], from: string) => {
  const sum = (metric: string) => `coalesce(sum(x.n) filter (where x.metric = '${metric}'), 0)`;
  const map = (metric: string) => `coalesce(jsonb_object_agg(x.k, x.n) filter (where x.metric = '${metric}' and x.n <> 0), '{}')`;
  const keyList = keys.join(', ');
  return `insert into ${table} as r (${keyList}, households, members, surveyed, scored, score_cents, registrations, bands, programmes, flags, points)
    select ${keys.map((k) => `x.${k}`).join(', ')}, ${sum('households')}, ${sum('members')}, ${sum('surveyed')}, ${sum('scored')}, ${sum('score_cents')},
           ${map('reg')}, ${map('band')}, ${map('prog')}, ${map('flag')}, ${map('fine')}
      from ${from} x group by ${keys.map((k) => `x.${k}`).join(', ')} order by ${keys.map((k) => `x.${k}`).join(', ')}
    on conflict (${keyList}) do update set
      households = r.households + excluded.households, members = r.members + excluded.members,
      surveyed = r.surveyed + excluded.surveyed, scored = r.scored + excluded.scored, score_cents = r.score_cents + excluded.score_cents,
      registrations = dashboard_jsonb_add(r.registrations, excluded.registrations), bands = dashboard_jsonb_add(r.bands, excluded.bands),
      programmes = dashboard_jsonb_add(r.programmes, excluded.programmes), flags = dashboard_jsonb_add(r.flags, excluded.flags),
      points = dashboard_jsonb_add(r.points, excluded.points);`;
};

export class Migration20261125020000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table dashboard_tehsil_rollup (district_code text not null, tehsil text not null, ${FIGURES},
      constraint dashboard_tehsil_rollup_pkey primary key (district_code, tehsil));`);
    this.addSql(`create table dashboard_district_rollup (district_code text not null, ${FIGURES},
      constraint dashboard_district_rollup_pkey primary key (district_code));`);
    this.addSql(`create table dashboard_tehsil_monthly (district_code text not null, tehsil text not null, month date not null,
      registrations int not null default 0, surveys int not null default 0,
      constraint dashboard_tehsil_monthly_pkey primary key (district_code, tehsil, month));`);
    this.addSql(`create table dashboard_district_monthly (district_code text not null, month date not null,
      registrations int not null default 0, surveys int not null default 0,
      constraint dashboard_district_monthly_pkey primary key (district_code, month));`);
    this.addSql(`create table dashboard_tehsil_score_fine (district_code text not null, tehsil text not null, point smallint not null,
      cents jsonb not null default '{}', constraint dashboard_tehsil_score_fine_pkey primary key (district_code, tehsil, point));`);
    this.addSql(`create table dashboard_district_score_fine (district_code text not null, point smallint not null,
      cents jsonb not null default '{}', constraint dashboard_district_score_fine_pkey primary key (district_code, point));`);

    // Re-keying a moved household's registrations looks them up by household.
    this.addSql(`create index "registration_household_id_index" on "registration" ("household_id");`);

    // Tehsil is free text: blank (or "UNSPECIFIED") is one key, ''. Months are Pakistan's (PKT, UTC+5, as src/households/dates.ts).
    this.addSql(`create function dashboard_tehsil(t text) returns text language sql immutable parallel safe as $$
      select case when t is null or btrim(t) = '' or upper(btrim(t)) = 'UNSPECIFIED' then '' else btrim(t) end $$;`);
    this.addSql(`create function dashboard_month(t timestamptz) returns date language sql immutable parallel safe as $$
      select date_trunc('month', (t at time zone 'UTC') + interval '5 hours')::date $$;`);
    // Adds two {key: count} maps, dropping keys whose count becomes 0 (so incremental and rebuilt rollups are equal).
    this.addSql(`create function dashboard_jsonb_add(a jsonb, b jsonb) returns jsonb language sql immutable parallel safe as $$
      select coalesce(jsonb_object_agg(key, total), '{}'::jsonb) from (
        select key, sum(value::bigint) as total
          from (select * from jsonb_each_text(a) union all select * from jsonb_each_text(b)) e
         group by key having sum(value::bigint) <> 0) s $$;`);
    this.addSql(`create type dashboard_delta as (district_code text, tehsil text, metric text, k text, n bigint, fine jsonb);`);

    // Applies deltas to every rollup table, each in key order (so two writers lock shared rows in the same order).
    this.addSql(`create function dashboard_apply(d dashboard_delta[]) returns void language plpgsql as $$
    begin
      if coalesce(array_length(d, 1), 0) = 0 then return; end if;
      ${upsertRollup('dashboard_tehsil_rollup', ['district_code', 'tehsil'], `(select * from unnest(d) u where u.metric not in ('mreg', 'msurv'))`)}
      ${upsertRollup(
        'dashboard_district_rollup',
        ['district_code'],
        `(select u.district_code, u.metric, u.k, sum(u.n)::bigint as n from unnest(d) u where u.metric not in ('mreg', 'msurv')
           group by 1, 2, 3 having sum(u.n) <> 0 or u.metric = 'fine')`,
      )}
      insert into dashboard_tehsil_monthly as r (district_code, tehsil, month, registrations, surveys)
        select u.district_code, u.tehsil, u.k::date, coalesce(sum(u.n) filter (where u.metric = 'mreg'), 0), coalesce(sum(u.n) filter (where u.metric = 'msurv'), 0)
          from unnest(d) u where u.metric in ('mreg', 'msurv') group by 1, 2, 3 order by 1, 2, 3
        on conflict (district_code, tehsil, month) do update set registrations = r.registrations + excluded.registrations, surveys = r.surveys + excluded.surveys;
      insert into dashboard_district_monthly as r (district_code, month, registrations, surveys)
        select u.district_code, u.k::date, coalesce(sum(u.n) filter (where u.metric = 'mreg'), 0), coalesce(sum(u.n) filter (where u.metric = 'msurv'), 0)
          from unnest(d) u where u.metric in ('mreg', 'msurv') group by 1, 2 order by 1, 2
        on conflict (district_code, month) do update set registrations = r.registrations + excluded.registrations, surveys = r.surveys + excluded.surveys;
      insert into dashboard_tehsil_score_fine as r (district_code, tehsil, point, cents)
        select u.district_code, u.tehsil, u.k::smallint, u.fine from unnest(d) u where u.metric = 'fine' order by 1, 2, 3
        on conflict (district_code, tehsil, point) do update set cents = dashboard_jsonb_add(r.cents, excluded.cents);
      insert into dashboard_district_score_fine as r (district_code, point, cents)
        select c.district_code, c.point, jsonb_object_agg(c.cent, c.n) from (
          select u.district_code, u.k::smallint as point, e.key as cent, sum(e.value::bigint) as n
            from unnest(d) u cross join lateral jsonb_each_text(u.fine) e where u.metric = 'fine'
           group by 1, 2, 3 having sum(e.value::bigint) <> 0) c
         group by 1, 2 order by 1, 2
        on conflict (district_code, point) do update set cents = dashboard_jsonb_add(r.cents, excluded.cents);
    end $$;`);

    this.addSql(`create function dashboard_rollups_rebuild() returns void language plpgsql as $$
    begin
      truncate ${ROLLUP_TABLES.join(', ')};
      ${applyDeltas(REBUILD_DELTAS)}
    end $$;`);
    // TRUNCATE has no transition table: recompute (cheap when the tables are empty, which is when loaders truncate).
    this.addSql(`create function dashboard_truncated() returns trigger language plpgsql security definer as $$
    begin
      perform dashboard_rollups_rebuild();
      return null;
    end $$;`);

    const definers = ['dashboard_truncated'];
    for (const table of TABLES) {
      for (const op of ['insert', 'update', 'delete'] as const) {
        const fn = `dashboard_${table}_${op}`;
        definers.push(fn);
        // SECURITY DEFINER: the rollups are written by the owner, whatever role writes the base table (the app role
        // may only read them), and the fact queries see every household (a registration's household may lie outside
        // the writer's row-level-security jurisdiction).
        // A household UPDATE that moves nothing (the ORM bumps `version` on every roster change) changes no figure:
        // skip it rather than plan the re-keying queries over the child tables.
        const guard =
          table === 'household' && op === 'update'
            ? `if not exists (select 1 from new_rows n join old_rows o on o.id = n.id
                 where o.district_code <> n.district_code or dashboard_tehsil(o.tehsil) <> dashboard_tehsil(n.tehsil)) then
                 return null;
               end if;`
            : '';
        this.addSql(`create function ${fn}() returns trigger language plpgsql security definer as $$
        begin
          ${guard}
          ${applyDeltas(triggerDeltas(table, op))}
          return null;
        end $$;`);
        this.addSql(`create trigger ${fn} after ${op} on "${table}" ${REFERENCING[op]} for each statement execute function ${fn}();`);
      }
      this.addSql(`create trigger dashboard_${table}_truncate after truncate on "${table}" for each statement execute function dashboard_truncated();`);
    }

    // Definers run with a fixed search_path; the app role reads the rollups and nothing more (no writes, no rebuild).
    this.addSql(`do $$ declare f text; begin
      foreach f in array array['${definers.join("', '")}'] loop
        execute format('alter function %I() set search_path = %I, pg_temp', f, current_schema());
      end loop;
      revoke execute on function dashboard_rollups_rebuild(), dashboard_apply(dashboard_delta[]) from public;
      if exists (select from pg_roles where rolname = 'tasdeeq_app') then
        revoke insert, update, delete, truncate on ${ROLLUP_TABLES.join(', ')} from tasdeeq_app;
        grant select on ${ROLLUP_TABLES.join(', ')} to tasdeeq_app;
      end if;
    end $$;`);
  }
}
