import { randomUUID } from 'node:crypto';
import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { WithCreatedAt } from '../db/base.entity';
import { DisclosurePolicy, Role } from './role';

/** An institution or system that calls the API: its role, jurisdiction and disclosure policy apply to all its keys. */
@Entity({ tableName: 'api_client' })
export class ClientEntity extends WithCreatedAt<'suspendedAt' | 'budgetPerMinute' | 'dailyDistinctCap' | 'suspendedReason' | 'requireVerifiedConsent'> {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string' })
  name!: string;

  @Enum({ items: () => Role, type: 'string' })
  role!: Role;

  /** Text form: NATIONAL, PROVINCE:PUNJAB or DISTRICTS:PK601,PK602 (see jurisdictions/jurisdiction.ts). */
  @Property({ type: 'string' })
  jurisdiction!: string;

  @Enum({ items: () => DisclosurePolicy, type: 'string' })
  disclosure!: DisclosurePolicy;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  suspendedAt?: Date | null;

  /** Query-cost points per minute; null means the role's default (src/limits/budgets.ts). */
  @Property({ type: 'integer', nullable: true })
  budgetPerMinute?: number | null;

  /** Distinct CNICs this client may look up per day; null means the role's default (src/security/thresholds.ts). */
  @Property({ type: 'integer', nullable: true })
  dailyDistinctCap?: number | null;

  @Property({ type: 'string', nullable: true })
  suspendedReason?: string | null;

  /** Part of the disclosure policy: NAME_LINE and FULL answers need a consent the subject granted by SMS (issue #14). */
  @Property({ type: 'boolean', default: false })
  requireVerifiedConsent: boolean = false;
}
