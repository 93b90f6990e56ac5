import DataLoader from 'dataloader';
import { readNationally } from '../../db/jurisdiction-scope';
import { sqlArray } from '../../db/raw-query';
import type { RequestScoped } from '../../pipeline/context';

/**
 * Citizen id → CNIC, for the audit of the person a conviction describes (`@HoldsPeople` on Conviction). Read
 * nationally: the person may live outside the jurisdiction that registered the conviction; the CNIC never leaves the
 * server (it is hashed into the audit row). Two columns as plain rows: hydrating the identity records for this cost
 * a page of offenders a second full read of a hundred citizens.
 */
export const offenderNumbers: RequestScoped<DataLoader<string, string | null>> = {
  create: ({ em }) =>
    new DataLoader(async (ids) => {
      const rows = await readNationally(em, (n) =>
        n.execute<{ id: string; cnic: string }[]>('select id, cnic from citizen where id = any(?::uuid[])', [sqlArray(ids)]),
      );
      const cnics = new Map(rows.map((r) => [r.id, r.cnic]));
      return ids.map((id) => cnics.get(id) ?? null);
    }),
};
