import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { WithCreatedAt } from '../../db/base.entity';
import { CitizenEntity } from '../../identity';

/** A client's consented watch on one person: notify `callbackUrl` when their register status changes. */
@Entity({ tableName: 'offender_watch' })
@Index({ properties: ['clientId', 'createdAt'] })
@Unique({ properties: ['clientId', 'idempotencyKey'] })
export class WatchEntity extends WithCreatedAt<'cancelledAt' | 'consentId' | 'endedReason'> {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  clientId!: string;

  @ManyToOne({ entity: () => CitizenEntity, fieldName: 'citizen_id', deleteRule: 'restrict' })
  @Index()
  subject!: CitizenEntity;

  @Property({ type: 'string' })
  consentRef!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'text' })
  callbackUrl!: string;

  /** HMAC key for this watch's webhooks; shown to the client once, at creation. */
  @Property({ type: 'string', length: 64 })
  secret!: string;

  @Property({ type: 'string', length: 128, nullable: true })
  idempotencyKey?: string | null;

  /** A keyed hash of the request the key was first used with (AuditService.fingerprint): a reuse must match it. */
  @Property({ type: 'string', length: 64, nullable: true })
  idempotencyFingerprint?: string | null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  cancelledAt?: Date | null;

  /** The subject-given consent the watch rests on (issue #14); it ends when the consent does. */
  @Property({ type: 'uuid', nullable: true })
  @Index()
  consentId?: string | null = null;

  /** Why the watch ended other than by the client cancelling it: `CONSENT_WITHDRAWN`. */
  @Property({ type: 'string', length: 32, nullable: true })
  endedReason?: string | null = null;
}
