import { Migration } from '@mikro-orm/migrations';

/*
 * The rollup rebuild without the per-cent facts in the big sort (issue #17: the generator's 1M-household load spent
 * 35 s in `dashboard_rollups_rebuild()`, the largest phase after the COPYs).
 *
 * `dashboard_rollups_rebuild_staged()` (Migration20261208200000) counted scores per cent of score as a third grouping
 * set beside bands and programmes, turned each of those ~640,000 counts (1M households) into a fact row through a
 * lateral VALUES, sorted them with every other fact by text keys (the planner expected 24M rows and chose a sort), and
 * regrouped them per whole point for the `fine` rows. Now the score histogram is its own aggregate: scores counted per
 * district, tehsil (as `dashboard_tehsil` keys it) and cent, then per whole point into the same `fine` rows (the
 * per-cent counts as a JSON object, as before); the bands, programmes, scored count and score total keep their
 * grouping sets, and the facts left to sort are the few tens of thousands of small counts. The deltas are the same rows
 * with the same figures, applied through `dashboard_apply` as before; test/dashboard*.test.ts hold the rebuild equal to
 * the rollups the triggers keep, after every kind of change.
 */
/** The definition this replaces (Migration20261208200000), for `down`. */
const OLD = `
    begin
      truncate dashboard_tehsil_rollup, dashboard_district_rollup, dashboard_tehsil_monthly, dashboard_district_monthly, dashboard_tehsil_score_fine, dashboard_district_score_fine;
      perform dashboard_apply(array(select row(d.district_code, d.tehsil, d.metric, d.k, d.n, d.fine)::dashboard_delta from (with
   facts as (
     select x.district_code::text as district_code, dashboard_tehsil(x.tehsil) as tehsil, 'households'::text as metric, ''::text as k, x.n
       from (select h.district_code, h.tehsil, count(*)::bigint as n from household h group by 1, 2) x
     union all
     select x.district_code::text, dashboard_tehsil(x.tehsil), 'members', '', x.n
       from (select h.district_code, h.tehsil, count(*)::bigint as n
               from household_member m join household h on h.id = m.household_id where m.status = 'ACTIVE' group by 1, 2) x
     union all
     select x.district_code::text, dashboard_tehsil(x.tehsil), f.metric, f.k, f.n
       from (select h.district_code, h.tehsil, dashboard_month(s.submitted_at) as month, count(*)::bigint as n,
                    count(*) filter (where s.latest)::bigint as latest
               from survey s join household h on h.id = s.household_id group by 1, 2, 3) x
      cross join lateral (values ('surveyed'::text, ''::text, x.latest), ('msurv', x.month::text, x.n)) f(metric, k, n)
     union all
     select x.district_code::text, dashboard_tehsil(x.tehsil), f.metric, f.k, f.n
       from (select h.district_code, h.tehsil, s.band, round(s.score * 100)::bigint as cents, p.p,
                    grouping(s.band, round(s.score * 100)::bigint, p.p) as g, count(*)::bigint as rows,
                    count(*) filter (where p.p is null)::bigint as n,
                    coalesce(sum(round(s.score * 100)::bigint) filter (where p.p is null), 0)::bigint as total
               from poverty_score s join household h on h.id = s.household_id
              cross join lateral unnest(array_prepend(null::text, s.eligible_programmes)) p(p)
              where s.current
              group by grouping sets ((h.district_code, h.tehsil, s.band), (h.district_code, h.tehsil, round(s.score * 100)::bigint),
                                      (h.district_code, h.tehsil, p.p))) x
      cross join lateral (values ('scored'::text, ''::text, x.n, x.g = 3), ('score_cents', '', x.total, x.g = 3), ('band', x.band, x.n, x.g = 3),
                                 ('cents', x.cents::text, x.n, x.g = 5), ('prog', x.p, x.rows, x.g = 6 and x.p is not null)) f(metric, k, n, included)
      where f.included
     union all
     select x.district_code::text, case when x.unlinked then '' else dashboard_tehsil(x.tehsil) end, f.metric, f.k, f.n
       from (select coalesce(h.district_code, r.centre_district_code) as district_code, h.tehsil, h.id is null as unlinked,
                    r.status::text as status, dashboard_month(r.created_at) as month, count(*)::bigint as n
               from registration r left join household h on h.id = r.household_id group by 1, 2, 3, 4, 5) x
      cross join lateral (values ('reg'::text, x.status, x.n), ('mreg', x.month::text, x.n)) f(metric, k, n)
     union all
     select h.district_code::text, dashboard_tehsil(h.tehsil), f.metric, f.k, f.n
       from (select distinct f.household_id, 'flag'::text as metric, f.code::text as k, 1::bigint as n
               from data_quality_flag f where f.resolved_at is null) f join household h on h.id = f.household_id),
   agg as (select district_code, tehsil, metric, k, sum(n)::bigint as n from facts group by 1, 2, 3, 4 having sum(n) <> 0)
   select district_code, tehsil, metric, k, n, null::jsonb as fine from agg where metric <> 'cents'
   union all
   select district_code, tehsil, 'fine', (k::int / 100)::text, sum(n)::bigint, jsonb_object_agg((k::int % 100)::text, n)
     from agg where metric = 'cents' group by district_code, tehsil, k::int / 100) d));
    end`;

/** Scores: bands, programmes, the scored count and total as grouping sets; per cent no longer among them. */
const OLD_SCORES = `     select x.district_code::text, dashboard_tehsil(x.tehsil), f.metric, f.k, f.n
       from (select h.district_code, h.tehsil, s.band, round(s.score * 100)::bigint as cents, p.p,
                    grouping(s.band, round(s.score * 100)::bigint, p.p) as g, count(*)::bigint as rows,
                    count(*) filter (where p.p is null)::bigint as n,
                    coalesce(sum(round(s.score * 100)::bigint) filter (where p.p is null), 0)::bigint as total
               from poverty_score s join household h on h.id = s.household_id
              cross join lateral unnest(array_prepend(null::text, s.eligible_programmes)) p(p)
              where s.current
              group by grouping sets ((h.district_code, h.tehsil, s.band), (h.district_code, h.tehsil, round(s.score * 100)::bigint),
                                      (h.district_code, h.tehsil, p.p))) x
      cross join lateral (values ('scored'::text, ''::text, x.n, x.g = 3), ('score_cents', '', x.total, x.g = 3), ('band', x.band, x.n, x.g = 3),
                                 ('cents', x.cents::text, x.n, x.g = 5), ('prog', x.p, x.rows, x.g = 6 and x.p is not null)) f(metric, k, n, included)
      where f.included
`;
const NEW_SCORES = `     select x.district_code::text, dashboard_tehsil(x.tehsil), f.metric, f.k, f.n
       from (select h.district_code, h.tehsil, s.band, p.p,
                    grouping(s.band, p.p) as g, count(*)::bigint as rows,
                    count(*) filter (where p.p is null)::bigint as n,
                    coalesce(sum(round(s.score * 100)::bigint) filter (where p.p is null), 0)::bigint as total
               from poverty_score s join household h on h.id = s.household_id
              cross join lateral unnest(array_prepend(null::text, s.eligible_programmes)) p(p)
              where s.current
              group by grouping sets ((h.district_code, h.tehsil, s.band), (h.district_code, h.tehsil, p.p))) x
      cross join lateral (values ('scored'::text, ''::text, x.n, x.g = 1), ('score_cents', '', x.total, x.g = 1), ('band', x.band, x.n, x.g = 1),
                                 ('prog', x.p, x.rows, x.g = 2 and x.p is not null)) f(metric, k, n, included)
      where f.included
`;

/** The last step: the per-cent counts come from their own aggregate, not from the sorted facts. */
const OLD_TAIL = `   agg as (select district_code, tehsil, metric, k, sum(n)::bigint as n from facts group by 1, 2, 3, 4 having sum(n) <> 0)
   select district_code, tehsil, metric, k, n, null::jsonb as fine from agg where metric <> 'cents'
   union all
   select district_code, tehsil, 'fine', (k::int / 100)::text, sum(n)::bigint, jsonb_object_agg((k::int % 100)::text, n)
     from agg where metric = 'cents' group by district_code, tehsil, k::int / 100) d));
    end`;
const NEW_TAIL = `   agg as (select district_code, tehsil, metric, k, sum(n)::bigint as n from facts group by 1, 2, 3, 4 having sum(n) <> 0),
   cents as (
     select h.district_code::text as district_code, dashboard_tehsil(h.tehsil) as tehsil, round(s.score * 100)::bigint as cents, count(*)::bigint as n
       from poverty_score s join household h on h.id = s.household_id
      where s.current
      group by 1, 2, 3)
   select district_code, tehsil, metric, k, n, null::jsonb as fine from agg
   union all
   select district_code, tehsil, 'fine', (cents / 100)::text, sum(n)::bigint, jsonb_object_agg((cents % 100)::text, n)
     from cents group by district_code, tehsil, cents / 100) d));
    end`;

const NEW = OLD.replace(OLD_SCORES, NEW_SCORES).replace(OLD_TAIL, NEW_TAIL);

export class Migration20261209000000 extends Migration {
  override async up(): Promise<void> {
    // CREATE OR REPLACE keeps the owner and the grants (execute revoked from public by Migration20261207930000).
    this.addSql(`create or replace function dashboard_rollups_rebuild_staged() returns void language plpgsql as $$${NEW}$$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`create or replace function dashboard_rollups_rebuild_staged() returns void language plpgsql as $$${OLD}$$;`);
  }
}
