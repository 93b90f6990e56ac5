import { Migration } from '@mikro-orm/migrations';

/*
 * `app_bucket_take` (Migration20261207800000) makes a client's budget shards on its first charges: each backend
 * inserted them in its own order (`v_keys` starts at the backend's own shard), so two first charges of the same
 * client, in two backends, could each insert a shard the other then waited for, and PostgreSQL killed one of them as a
 * deadlock (a burst of a new client's first requests; test/errors.test.ts "burst past the connection pool" failed so
 * about one run in twenty). The shards are now inserted in key order, the same for every backend: the second waits
 * for the first's commit at the first shard they share, holding none. Otherwise the function is unchanged.
 */
const TAKE = `create or replace function app_bucket_take(p_key text, p_capacity float8, p_cost float8, p_rate float8)
      returns table (tokens float8, admitted boolean) language plpgsql volatile DEFINER as $$
      declare
        v_n int := case when p_capacity >= 2000 then least(16, floor(p_capacity / 1000))::int else 1 end;
        v_cap float8 := p_capacity / v_n;
        v_rate float8 := p_rate / v_n;
        v_own int := pg_backend_pid() % v_n;
        v_keys text[];
        v_tokens float8;
        v_admitted boolean;
      begin
        if v_n > 1 then
          -- First, without waiting: the backend's own shard if it has the points and no concurrent charge holds it (one
          -- probe), else the first such of the others. A row lock is held until the check commits, so waiting here
          -- would queue checks again.
          update rate_bucket b set
            tokens = least(v_cap, b.tokens + extract(epoch from clock_timestamp() - b.updated_at) * v_rate) - p_cost,
            updated_at = clock_timestamp(),
            admitted = true
          where b.key = (
            select x.key from rate_bucket x
            where x.key = case when v_own = 0 then p_key else p_key || '#' || v_own end
              and least(v_cap, x.tokens + extract(epoch from clock_timestamp() - x.updated_at) * v_rate) >= p_cost
            for update skip locked)
            and least(v_cap, b.tokens + extract(epoch from clock_timestamp() - b.updated_at) * v_rate) >= p_cost
          returning b.tokens into v_tokens;
          if found then
            return query select v_tokens * v_n, true;
            return;
          end if;
          v_keys := array(select case when (v_own + s) % v_n = 0 then p_key else p_key || '#' || ((v_own + s) % v_n) end
                          from generate_series(0, v_n - 1) s order by s);
          update rate_bucket b set
            tokens = least(v_cap, b.tokens + extract(epoch from clock_timestamp() - b.updated_at) * v_rate) - p_cost,
            updated_at = clock_timestamp(),
            admitted = true
          where b.key = (
            select x.key from rate_bucket x
            where x.key = any(v_keys) and least(v_cap, x.tokens + extract(epoch from clock_timestamp() - x.updated_at) * v_rate) >= p_cost
            order by array_position(v_keys, x.key::text) limit 1 for update skip locked)
            and least(v_cap, b.tokens + extract(epoch from clock_timestamp() - b.updated_at) * v_rate) >= p_cost
          returning b.tokens into v_tokens;
          if found then
            -- What is left, estimated from this shard (the report in extensions.cost; the decision was exact).
            return query select v_tokens * v_n, true;
            return;
          end if;
          -- None free with the points (or no shard yet): make the shards, then decide on the backend's own, waiting.
          -- In key order: every backend rotates v_keys to start at its own shard, and two first charges inserting
          -- the same shards in different orders each waited for a shard the other had inserted (a deadlock).
          insert into rate_bucket (key, tokens, updated_at, admitted)
          select k, v_cap, clock_timestamp(), true from unnest(v_keys) k order by k
          on conflict do nothing;
        end if;
        insert into rate_bucket as b (key, tokens, updated_at, admitted)
        values (case when v_own = 0 then p_key else p_key || '#' || v_own end, v_cap - p_cost, clock_timestamp(), v_cap >= p_cost)
        on conflict (key) do update set
          admitted = least(v_cap, b.tokens + extract(epoch from clock_timestamp() - b.updated_at) * v_rate) >= p_cost,
          tokens = least(v_cap, b.tokens + extract(epoch from clock_timestamp() - b.updated_at) * v_rate)
            - case when least(v_cap, b.tokens + extract(epoch from clock_timestamp() - b.updated_at) * v_rate) >= p_cost
              then p_cost else 0 end,
          updated_at = clock_timestamp()
        returning b.tokens, b.admitted into v_tokens, v_admitted;
        if v_n = 1 then
          return query select v_tokens, v_admitted;
          return;
        end if;
        if v_admitted then
          return query select v_tokens * v_n, true;
          return;
        end if;
        -- Its own is short: any other with the points that is free now.
        update rate_bucket b set
          tokens = least(v_cap, b.tokens + extract(epoch from clock_timestamp() - b.updated_at) * v_rate) - p_cost,
          updated_at = clock_timestamp(),
          admitted = true
        where b.key = (
          select x.key from rate_bucket x
          where x.key = any(v_keys) and least(v_cap, x.tokens + extract(epoch from clock_timestamp() - x.updated_at) * v_rate) >= p_cost
          order by array_position(v_keys, x.key::text) limit 1 for update skip locked)
          and least(v_cap, b.tokens + extract(epoch from clock_timestamp() - b.updated_at) * v_rate) >= p_cost
        returning b.tokens into v_tokens;
        if found then
          return query select v_tokens * v_n, true;
          return;
        end if;
        -- Refused: what the shards hold between them now.
        return query select coalesce(sum(least(v_cap, x.tokens + extract(epoch from clock_timestamp() - x.updated_at) * v_rate)), 0), false
          from rate_bucket x where x.key = any(v_keys);
      end $$;`;

/** Migration20261207800000's definition, for `down`: the same but for the order of the inserted shards. */
const ORDERED = `          -- In key order: every backend rotates v_keys to start at its own shard, and two first charges inserting
          -- the same shards in different orders each waited for a shard the other had inserted (a deadlock).
          insert into rate_bucket (key, tokens, updated_at, admitted)
          select k, v_cap, clock_timestamp(), true from unnest(v_keys) k order by k`;
const ROTATED = `          insert into rate_bucket (key, tokens, updated_at, admitted)
          select k, v_cap, clock_timestamp(), true from unnest(v_keys) k`;
const BEFORE = TAKE.replace(ORDERED, ROTATED);

export class Migration20261209100000 extends Migration {
  override async up(): Promise<void> {
    // CREATE OR REPLACE keeps the owner and the grants (execute revoked from public).
    this.addSql(TAKE.replace(/\bDEFINER\b/, 'security definer set search_path = public, pg_temp'));
  }

  override async down(): Promise<void> {
    this.addSql(BEFORE.replace(/\bDEFINER\b/, 'security definer set search_path = public, pg_temp'));
  }
}
