import type { Client } from 'pg';

/**
 * The registered numbers of a generated registry (issue #14), derived in one statement from the loaded identity
 * mirror, inside the load's transaction: adults (18 by the as-of date) get one number, except one in ten, who has none.
 * Deterministic (ids and numbers come from the citizen rows, which the seed fixes) and unique by construction: the
 * k-th adult in CNIC order gets 03 followed by k × 7919 mod 10⁹ (7919 is prime to 10⁹, so no two adults share one).
 * CNICs are digits only, so byte order (`collate "C"`) is CNIC order in any collation, and sorts 2.7M of them (1M
 * households) in half the time of the database's default collation.
 */
export async function loadMobileNumbers(client: Client, asOf: string): Promise<number> {
  const { rowCount } = await client.query(
    `insert into citizen_mobile_number (id, citizen_id, number, created_at)
     select md5('mobile:' || a.id)::uuid, a.id, '03' || lpad(((a.k * 7919) % 1000000000)::text, 9, '0'), $1::date
     from (select c.id, row_number() over (order by c.cnic collate "C") as k from citizen c
           where c.date_of_birth <= $1::date - interval '18 years') a
     where a.k % 10 <> 7`,
    [asOf],
  );
  return rowCount ?? 0;
}
