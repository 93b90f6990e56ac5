import type { EntityManager } from '@mikro-orm/postgresql';
import type { Cnic } from '../../common/cnic';
import type { MobileNumber } from '../../common/mobile-number';
import { readNationally } from '../../db/jurisdiction-scope';

export interface NumberHolder {
  citizenId: string;
  cnic: Cnic;
}

/**
 * Responsible for the numbers registered against each CNIC: whose number a sender is, and which numbers to text a
 * person on. National reads (a person texts from anywhere), each in a transaction of its own; nothing here is
 * returned to clients.
 */
export class RegisteredNumbers {
  async holder(em: EntityManager, number: MobileNumber): Promise<NumberHolder | null> {
    // number_holder() (SECURITY DEFINER): the gateway learns whose number it is, and reads no identity record.
    const [row] = await readNationally(em, (n) => n.execute<{ citizen_id: string; cnic: string }[]>('select * from number_holder(?)', [number]));
    return row ? { citizenId: row.citizen_id, cnic: row.cnic as Cnic } : null;
  }

  /** Whether the sender's number is registered to this CNIC: the rule for every SMS about a person's own record. */
  async isRegisteredTo(em: EntityManager, number: MobileNumber, cnic: Cnic): Promise<NumberHolder | null> {
    const holder = await this.holder(em, number);
    return holder && holder.cnic === cnic ? holder : null;
  }

  async numbersOf(em: EntityManager, citizenId: string): Promise<MobileNumber[]> {
    const rows = await readNationally(em, (n) => n.execute<{ numbers_of: string }[]>('select * from numbers_of(?::uuid)', [citizenId]));
    return rows.map((r) => r.numbers_of as MobileNumber);
  }
}
