'use strict';
/**
 * The peers' SQL, in a schema of its own (`bench`): the same register read as our `offender_check()` function
 * (citizen by CNIC, its ACTIVE conviction districts, the register's data-as-of), without the audit row, the tally or
 * the budget: what a user of PostGraphile or bare `pg` would write for "is this CNIC on the register?".
 */
const BENCH_SCHEMA_SQL = `
create schema if not exists bench;
drop function if exists bench.offender_lookup(text);
drop function if exists bench.offender_lookup_batch(text[]);
drop type if exists bench.offender_hit;
create type bench.offender_hit as (
  cnic text, name_en text, name_ur text, relation text, relative_name_en text, relative_name_ur text, gender text,
  date_of_birth text, district_code text, active_districts text[], data_as_of timestamptz
);
create function bench.offender_lookup(cnic text) returns bench.offender_hit language sql stable as $$
  select c.cnic::text, c.name_en::text, c.name_ur::text, c.relation::text, c.relative_name_en::text,
    c.relative_name_ur::text, c.gender::text, c.date_of_birth::text, c.district_code::text,
    array(select distinct v.district_code::text from conviction v where v.citizen_id = c.id and v.status = 'ACTIVE'),
    coalesce((select max(v.updated_at) from conviction v), now())
  from citizen c where c.cnic = offender_lookup.cnic
$$;
create function bench.offender_lookup_batch(cnics text[]) returns setof bench.offender_hit language sql stable as $$
  select i.cnic, c.name_en::text, c.name_ur::text, c.relation::text, c.relative_name_en::text,
    c.relative_name_ur::text, c.gender::text, c.date_of_birth::text, c.district_code::text,
    array(select distinct v.district_code::text from conviction v where v.citizen_id = c.id and v.status = 'ACTIVE'),
    coalesce((select max(v.updated_at) from conviction v), now())
  from unnest(cnics) with ordinality as i(cnic, ord) left join citizen c on c.cnic = i.cnic
  order by i.ord
$$;
`;

const SINGLE_SQL = 'select * from bench.offender_lookup($1)';
const BATCH_SQL = 'select * from bench.offender_lookup_batch($1)';

module.exports = { BENCH_SCHEMA_SQL, SINGLE_SQL, BATCH_SQL };
