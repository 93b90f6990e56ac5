import { Migration } from '@mikro-orm/migrations';

/*
 * The score triggers key each score by its household with one index probe per score row (issue #17: re-scoring was
 * not flat in registry size).
 *
 * `dashboard_poverty_score_{insert,update,delete}` (Migration20261125020000) expanded every score of the statement into
 * its five or six facts first and then joined the facts to `household`. For a re-score chunk (5,000 scores) the planner
 * chose a hash join, and hashed the whole household table for every chunk: at 300,000 households 13% of the re-score's
 * PostgreSQL CPU was building that hash (perf), and the bench's PostgreSQL CPU per household grew from 71 µs at 100k to
 * 95 µs at 300k (155 µs at 1M, bench/results/rescore-1m.md). Now each score row that counts (`current`) looks up its
 * household's (district, tehsil) once, through the primary key, before its facts are made: 5,000 probes a chunk
 * whatever the registry's size, and `dashboard_tehsil` computed once per score rather than once per fact. The deltas
 * are the same rows with the same figures, applied by `dashboard_apply` as before; test/dashboard*.test.ts hold the
 * rebuild equal to the rollups the triggers keep.
 */
type Op = 'insert' | 'update' | 'delete';
/** A trigger's source rows with `sgn` (as Migration20261125020000's SOURCE). */
const SOURCE: Record<Op, string> = {
  insert: '(select 1 as sgn, n.* from new_rows n)',
  update: '(select 1 as sgn, n.* from new_rows n union all select -1 as sgn, o.* from old_rows o)',
  delete: '(select -1 as sgn, o.* from old_rows o)',
};

/** A score's facts (as Migration20261125020000's scoreFacts). */
const LINES = `
       select 'scored'::text as metric, ''::text as k, 1::bigint as n
       union all select 'score_cents', '', round(s.score * 100)::bigint
       union all select 'band', s.band, 1
       union all select 'cents', round(s.score * 100)::bigint::text, 1
       union all select 'prog', p, 1 from unnest(s.eligible_programmes) p`;

/** Before: facts first, then joined to household (the planner hashed the table). */
const factsJoined = (src: string) =>
  `select h.district_code::text as district_code, dashboard_tehsil(h.tehsil) as tehsil, f.metric, f.k, f.n from (select s.household_id, f.metric, f.k, s.sgn * f.n as n from ${src} s
     cross join lateral (${LINES}
     ) f
    where s.current) f join household h on h.id = f.household_id`;

/** Now: each current score keyed by one probe of its household (`limit 1` keeps the lateral a per-row probe). */
const factsKeyedPerScore = (src: string) =>
  `select k.district_code, k.tehsil, f.metric, f.k, s.sgn * f.n as n from ${src} s
     cross join lateral (select h.district_code::text as district_code, dashboard_tehsil(h.tehsil) as tehsil
                           from household h where h.id = s.household_id limit 1) k
     cross join lateral (${LINES}
     ) f
    where s.current`;

/** The trigger function around the facts (as Migration20261125020000's deltas and applyDeltas). */
const definition = (op: Op, facts: (src: string) => string) => `create or replace function dashboard_poverty_score_${op}() returns trigger
  language plpgsql security definer as $$
        begin
          perform dashboard_apply(array(select row(d.district_code, d.tehsil, d.metric, d.k, d.n, d.fine)::dashboard_delta from (with
   facts as (${facts(SOURCE[op])}),
   agg as (select district_code, tehsil, metric, k, sum(n)::bigint as n from facts group by 1, 2, 3, 4 having sum(n) <> 0)
   select district_code, tehsil, metric, k, n, null::jsonb as fine from agg where metric <> 'cents'
   union all
   select district_code, tehsil, 'fine', (k::int / 100)::text, sum(n)::bigint, jsonb_object_agg((k::int % 100)::text, n)
     from agg where metric = 'cents' group by district_code, tehsil, k::int / 100) d));
          return null;
        end $$;`;

/** `create or replace` resets a function's settings: definers run with a fixed search_path (Migration20261125020000). */
const searchPath = (op: Op) =>
  `do $$ begin execute format('alter function dashboard_poverty_score_${op}() set search_path = %I, pg_temp', current_schema()); end $$;`;

const OPS: Op[] = ['insert', 'update', 'delete'];

export class Migration20261211000000 extends Migration {
  override async up(): Promise<void> {
    for (const op of OPS) {
      this.addSql(definition(op, factsKeyedPerScore));
      this.addSql(searchPath(op));
    }
  }

  override async down(): Promise<void> {
    for (const op of OPS) {
      this.addSql(definition(op, factsJoined));
      this.addSql(searchPath(op));
    }
  }
}
