import { Migration } from '@mikro-orm/migrations';

/*
 * Dashboards at national scale (issue #17).
 *
 * - **No deadlock between writers.** The rollup triggers no longer upsert the rollups as each statement runs (a
 *   transaction of several statements then locked district rows in the order its statements came, and two such
 *   transactions touching the same districts in opposite orders deadlocked). `dashboard_apply` now stages the
 *   statement's deltas in `dashboard_pending` (unlogged, one row per statement, never outliving its transaction); a
 *   deferred constraint trigger applies everything the transaction staged at commit, once, summed, with every row
 *   locked in one global order (district versions first, then `dashboard_apply_now`, the former `dashboard_apply`:
 *   table by table, each in key order). A transaction at commit waits only for rollup rows, which nobody holding
 *   them waits on anything else for, so no cycle can form; the rollup rows are also held for the commit alone, not
 *   for the whole transaction. The rollups stay exact: the deltas are the same, applied in the writer's transaction.
 * - **A version per district** (`dashboard_version`), bumped in the same flush as the district's rollups: the sum over
 *   districts changes whenever any rollup does (rebuilds bump every district), so a reader that reads the sum in the
 *   same statement as the rollups knows exactly which state it holds, and a later statement that reads the same sum
 *   saw the same rollups. The API keeps what it computed from the rollups per version (src/dashboards/).
 * - **One statement per dashboard read**: `dashboard_read(p_scope, p_bucket_cost, p_known, p_from)` charges the
 *   deferred budget (as offender_check does), reads the version and, only when it is not `p_known`, every district's
 *   rollup row with its months, all in one snapshot. `dashboard_detail` reads tehsil rows and score histograms with
 *   the version of the snapshot it read them in.
 */
export class Migration20261207930000 extends Migration {
  override async up(): Promise<void> {
    const definer = (sql: string) => this.addSql(sql.replace(/\bDEFINER\b/, 'security definer set search_path = public, pg_temp'));

    this.addSql(`create unlogged table dashboard_pending (tx bigint not null, deltas dashboard_delta[] not null);`);
    this.addSql(`create index dashboard_pending_tx_index on dashboard_pending (tx);`);
    this.addSql(`create table dashboard_version (district_code text not null primary key, version bigint not null);`);
    this.addSql(`insert into dashboard_version (district_code, version)
      select district_code, 1 from dashboard_district_rollup union select district_code, 1 from dashboard_district_monthly;`);
    this.addSql(`revoke all on dashboard_pending, dashboard_version from public;`);

    this.addSql(`alter function dashboard_apply(dashboard_delta[]) rename to dashboard_apply_now;`);
    this.addSql(`alter function dashboard_rollups_rebuild() rename to dashboard_rollups_rebuild_staged;`);

    // Called by the trigger functions (as their owner): stages the statement's deltas for the commit.
    this.addSql(`create function dashboard_apply(d dashboard_delta[]) returns void language plpgsql as $$
    begin
      if coalesce(array_length(d, 1), 0) = 0 then return; end if;
      insert into dashboard_pending (tx, deltas) values (txid_current(), d);
    end $$;`);

    // Everything the transaction staged, summed per key (a score's per-cent map merged), applied in one global order.
    definer(`create function dashboard_flush() returns void language plpgsql DEFINER as $$
    declare
      v dashboard_delta[];
    begin
      with gone as (delete from dashboard_pending p where p.tx = txid_current() returning p.deltas),
      u as (select x.* from gone g cross join lateral unnest(g.deltas) x),
      plain as (
        select u.district_code, u.tehsil, u.metric, u.k, sum(u.n)::bigint as n, null::jsonb as fine
          from u where u.metric <> 'fine' group by 1, 2, 3, 4 having sum(u.n) <> 0),
      cents as (
        select u.district_code, u.tehsil, u.k, e.key as cent, sum(e.value::bigint) as n
          from u cross join lateral jsonb_each_text(u.fine) e where u.metric = 'fine'
         group by 1, 2, 3, 4 having sum(e.value::bigint) <> 0),
      fine as (
        select c.district_code, c.tehsil, 'fine'::text as metric, c.k, sum(c.n)::bigint as n, jsonb_object_agg(c.cent, c.n) as fine
          from cents c group by 1, 2, 4)
      select array(select row(x.district_code, x.tehsil, x.metric, x.k, x.n, x.fine)::dashboard_delta
                     from (select * from plain union all select * from fine) x)
        into v;
      if coalesce(array_length(v, 1), 0) = 0 then return; end if;
      insert into dashboard_version as r (district_code, version)
        select distinct x.district_code, 1 from unnest(v) x order by 1
        on conflict (district_code) do update set version = r.version + 1;
      perform dashboard_apply_now(v);
    end $$;`);
    definer(`create function dashboard_pending_flush() returns trigger language plpgsql DEFINER as $$
    begin
      perform dashboard_flush();
      return null;
    end $$;`);
    this.addSql(`create constraint trigger dashboard_pending_flush after insert on dashboard_pending
      deferrable initially deferred for each row execute function dashboard_pending_flush();`);

    // A rebuild replaces what the transaction staged so far (the base tables hold it already) and applies at once.
    this.addSql(`create function dashboard_rollups_rebuild() returns void language plpgsql as $$
    begin
      delete from dashboard_pending where tx = txid_current();
      update dashboard_version set version = version + 1;
      perform dashboard_rollups_rebuild_staged();
      perform dashboard_flush();
    end $$;`);
    // The former trigger sequence on TRUNCATE calls dashboard_rollups_rebuild() by name: it now gets this one.

    // The dashboard's one statement (src/dashboards/dashboard.snapshot.ts).
    definer(`create function dashboard_read(p_scope text, p_bucket_cost float8, p_known bigint, p_from date)
      returns table (version bigint, tokens float8, admitted boolean, district_code text, households int, members int,
        surveyed int, scored int, score_cents bigint, registrations jsonb, bands jsonb, programmes jsonb, flags jsonb,
        points jsonb, monthly jsonb)
      language plpgsql DEFINER as $$
      declare
        v_scope jsonb := app_require_scope(p_scope);
        v_tokens float8;
        v_admitted boolean;
      begin
        if p_bucket_cost is not null then
          if p_bucket_cost < 0 then
            raise exception 'a charge is never negative' using errcode = '22023';
          end if;
          select b.tokens, b.admitted into v_tokens, v_admitted
          from app_bucket_take(
            case when v_scope->>'c' is not null then 'client:' || (v_scope->>'c') else 'jwt:' || (v_scope->>'n') || ':' || (v_scope->>'i') end,
            (v_scope->>'b')::float8, p_bucket_cost, (v_scope->>'b')::float8 / 60) b;
          perform set_config('synchronous_commit', 'off', true);
          if not v_admitted then
            return query select null::bigint, v_tokens, false, null::text, null::int, null::int, null::int, null::int,
              null::bigint, null::jsonb, null::jsonb, null::jsonb, null::jsonb, null::jsonb, null::jsonb;
            return;
          end if;
        end if;
        -- One query, one snapshot: the version and the rows it names.
        return query
          with v as (select coalesce(sum(x.version), 0)::bigint as s from dashboard_version x)
          select v.s, v_tokens, v_admitted, r.district_code, r.households, r.members, r.surveyed, r.scored, r.score_cents,
                 r.registrations, r.bands, r.programmes, r.flags, r.points,
                 (select coalesce(jsonb_object_agg(to_char(m.month, 'YYYY-MM-DD'), jsonb_build_array(m.registrations, m.surveys)), '{}')
                    from dashboard_district_monthly m where m.district_code = r.district_code and m.month >= p_from)
            from v left join lateral (
              select d.* from dashboard_district_rollup d where v.s is distinct from p_known) r on true;
      end $$;`);

    // Tehsil rows of some districts, and per-cent score rows, with the version of the snapshot they were read in.
    definer(`create function dashboard_detail(p_scope text, p_tehsils_of jsonb, p_district_points jsonb, p_tehsil_points jsonb, p_from date)
      returns table (version bigint, kind text, district_code text, tehsil text, point smallint, cents jsonb, households int,
        members int, surveyed int, scored int, score_cents bigint, registrations jsonb, bands jsonb, programmes jsonb,
        flags jsonb, points jsonb, monthly jsonb)
      language plpgsql stable DEFINER as $$
      declare
        v_scope jsonb := app_require_scope(p_scope);
      begin
        return query
          with v as (select coalesce(sum(x.version), 0)::bigint as s from dashboard_version x)
          select v.s, 'version'::text, null::text, null::text, null::smallint, null::jsonb, null::int, null::int, null::int,
                 null::int, null::bigint, null::jsonb, null::jsonb, null::jsonb, null::jsonb, null::jsonb, null::jsonb from v
          union all
          select null, 'tehsil', r.district_code, r.tehsil, null, null, r.households, r.members, r.surveyed, r.scored, r.score_cents,
                 r.registrations, r.bands, r.programmes, r.flags, r.points,
                 (select coalesce(jsonb_object_agg(to_char(m.month, 'YYYY-MM-DD'), jsonb_build_array(m.registrations, m.surveys)), '{}')
                    from dashboard_tehsil_monthly m where m.district_code = r.district_code and m.tehsil = r.tehsil and m.month >= p_from)
            from dashboard_tehsil_rollup r
           where r.district_code in (select jsonb_array_elements_text(p_tehsils_of))
             and (r.households <> 0 or r.registrations <> '{}')
          union all
          select null, 'fine', f.district_code, null, f.point, f.cents, null, null, null, null, null, null, null, null, null, null, null
            from dashboard_district_score_fine f
           where (f.district_code, f.point) in (select x.d, x.p from jsonb_to_recordset(p_district_points) as x(d text, p smallint))
          union all
          select null, 'fine', f.district_code, f.tehsil, f.point, f.cents, null, null, null, null, null, null, null, null, null, null, null
            from dashboard_tehsil_score_fine f
           where (f.district_code, f.tehsil, f.point) in (select x.d, x.t, x.p from jsonb_to_recordset(p_tehsil_points) as x(d text, t text, p smallint));
      end $$;`);

    this.addSql(`revoke execute on function dashboard_apply(dashboard_delta[]), dashboard_flush(), dashboard_rollups_rebuild(),
      dashboard_rollups_rebuild_staged() from public;`);
    this.addSql(`alter function dashboard_read(text, float8, bigint, date) set jit = off;`);
    this.addSql(`alter function dashboard_detail(text, jsonb, jsonb, jsonb, date) set jit = off;`);
  }
}
