import DataLoader from 'dataloader';
import { CitizenEntity } from '../../identity';
import { readNationally } from '../../db/jurisdiction-scope';
import type { RequestScoped } from '../../pipeline/context';

/**
 * Citizen id → CNIC, for the audit of the person a conviction describes (`@HoldsPeople` on Conviction). Read
 * nationally: the person may live outside the jurisdiction that registered the conviction; the CNIC never leaves the
 * server (it is hashed into the audit row).
 */
export const offenderNumbers: RequestScoped<DataLoader<string, string | null>> = {
  create: ({ em }) =>
    new DataLoader(async (ids) => {
      const rows = await readNationally(em, (n) => n.find(CitizenEntity, { id: { $in: [...ids] } }));
      return ids.map((id) => rows.find((r) => r.id === id)?.cnic ?? null);
    }),
};
