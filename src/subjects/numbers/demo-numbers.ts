import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * The demo's registered numbers (docs/people-checked.md): the documented people have fixed numbers, so the examples
 * work as written; everyone else in the demo mirror gets one of the 0346 series, in CNIC order, except every tenth
 * person, who has none (not everyone has a SIM in their own name).
 */
export const DEMO_NUMBERS: Record<string, string[]> = {
  '3520212345671': ['03331234567', '03211234567'], // Muhammad Ali: two SIMs
  '4210123456782': ['03452345678'], // Ayesha Siddiqui
  '1730134567893': ['03133456789'], // Imran Durrani
  '5440045678904': ['03014567890'], // Farzana Mengal
  '6110156789015': ['03215678901'], // Usman Qureshi
  '7150167890126': ['03556789012'], // Zainab Baig
  '8130278901237': ['03557890123'], // Bilal Abbasi
  '3520287654321': ['03218765432'], // Rashid Mehmood (ACTIVE conviction)
  '4220165432105': ['03126543210'], // Kamran Memon (ACTIVE conviction)
};

/** Gives the demo mirror its numbers, in the seed's transaction (as the owner, or nationally scoped). */
export async function seedDemoNumbers(em: EntityManager): Promise<number> {
  const documented = Object.entries(DEMO_NUMBERS).flatMap(([cnic, numbers]) => numbers.map((number) => ({ cnic, number })));
  const [{ n: fixed }] = await em.execute<{ n: number }[]>(
    `with given as (select * from jsonb_to_recordset(?::jsonb) as g(cnic text, number text))
     , added as (
       insert into citizen_mobile_number (id, citizen_id, number, created_at)
       select gen_random_uuid(), c.id, g.number, now() from given g join citizen c on c.cnic = g.cnic
       returning 1)
     select count(*)::int as n from added`,
    [JSON.stringify(documented)],
  );
  const [{ n: series }] = await em.execute<{ n: number }[]>(
    `with others as (
       select c.id, row_number() over (order by c.cnic) as rn from citizen c where c.cnic not in (select jsonb_array_elements_text(?::jsonb)))
     , added as (
       insert into citizen_mobile_number (id, citizen_id, number, created_at)
       select gen_random_uuid(), o.id, '0346' || lpad(o.rn::text, 7, '0'), now() from others o where o.rn % 10 <> 0
       returning 1)
     select count(*)::int as n from added`,
    [JSON.stringify(Object.keys(DEMO_NUMBERS))],
  );
  return fixed + series;
}

/**
 * The sandbox's rule, documented with its CNIC families: the person `35202-999FFNN-G` has the number `0300-999FFNN`
 * (the family and member digits), so integrators can drive the SMS flows with predictable senders.
 */
export function sandboxNumber(cnic: string): string {
  return `0300${cnic.slice(5, 12)}`;
}

export async function seedSandboxNumbers(em: EntityManager): Promise<number> {
  const [{ n }] = await em.execute<{ n: number }[]>(
    `with added as (
       insert into citizen_mobile_number (id, citizen_id, number, created_at)
       select gen_random_uuid(), c.id, '0300' || substr(c.cnic, 6, 7), now() from citizen c
       where c.cnic like '35202999%' and not exists (select 1 from citizen_mobile_number m where m.citizen_id = c.id)
       returning 1)
     select count(*)::int as n from added`,
  );
  return n;
}
