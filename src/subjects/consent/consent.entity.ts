import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { ConsentScope, ConsentStatus } from './consent.enums';

/**
 * A consent one client asked of one person, answered by the person from a number registered to them. Keyed by the
 * CNIC's keyed hash (checks compare it) and the citizen (SMS answers find it through the sender's number); no
 * foreign key to the identity mirror, so replacing the mirror (the generator's --replace) keeps the history.
 */
@Entity({ tableName: 'consent' })
@Index({ properties: ['clientId', 'requestedAt', 'id'] })
@Index({ properties: ['citizenId', 'codeHash'] })
@Unique({ properties: ['clientId', 'idempotencyKey'] })
@Check({ name: 'consent_scope_not_empty', expression: 'cardinality(scope) > 0' })
@Check({ name: 'consent_scope_known', expression: "scope <@ array['OFFENDER_CHECK', 'ELIGIBILITY_CHECK', 'WATCH']::text[]" })
export class ConsentEntity {
  [OptionalProps]?: 'requestedAt' | 'status' | 'version' | 'answeredAt' | 'withdrawnAt' | 'idempotencyKey';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  clientId!: string;

  /** The institution named to the person, as it was when asked. */
  @Property({ type: 'string' })
  clientName!: string;

  @Property({ type: 'uuid' })
  citizenId!: string;

  /** HMAC of the CNIC under CNIC_HMAC_KEY, as in audit rows. */
  @Property({ type: 'string', length: 64 })
  subjectHash!: string;

  @Property({ type: 'string', length: 15 })
  cnicMasked!: string;

  @Property({ type: 'string', length: 32 })
  purpose!: string;

  @Enum({ items: () => ConsentScope, type: 'string', array: true })
  scope!: ConsentScope[];

  /** PENDING, GRANTED, REFUSED or WITHDRAWN; EXPIRED is derived from the clock. */
  @Enum({ items: () => [ConsentStatus.PENDING, ConsentStatus.GRANTED, ConsentStatus.REFUSED, ConsentStatus.WITHDRAWN], type: 'string' })
  status: ConsentStatus = ConsentStatus.PENDING;

  /** Keyed hash of the one-time code with the citizen's id: the code itself is never stored. */
  @Property({ type: 'string', length: 64 })
  codeHash!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  codeExpiresAt!: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' })
  requestedAt: Date = new Date();

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  answeredAt?: Date | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  withdrawnAt?: Date | null = null;

  @Property({ type: 'string', length: 128, nullable: true })
  idempotencyKey?: string | null = null;

  @Property({ type: 'integer', default: 1 })
  version: number = 1;
}
