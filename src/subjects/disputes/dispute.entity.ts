import { randomUUID } from 'node:crypto';
import { Entity, Enum, Filter, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { JURISDICTION_FILTER, type JurisdictionScope } from '../../db/jurisdiction-scope';
import { DistrictEntity } from '../../jurisdictions/district.entity';
import { DisputeChannel, DisputeKind, DisputeRegister, DisputeStatus } from './dispute.enums';

/**
 * A person's dispute of a record, tracked by an ID in the registrations' style. It lives in the jurisdiction of the
 * body that keeps the disputed record (`district`), whose reviewers alone see it in lists; the centre that filed it
 * and the person (by SMS) follow it by tracking ID. No foreign key to the identity mirror: history outlives it.
 */
@Entity({ tableName: 'dispute' })
@Unique({ properties: ['clientKey', 'idempotencyKey'] })
@Index({ properties: ['district', 'filedAt', 'id'] })
@Index({ properties: ['subjectHash', 'status'] })
@Filter({
  name: JURISDICTION_FILTER,
  cond: (args: JurisdictionScope) => (args.districts ? { district: { $in: args.districts } } : {}),
  default: true,
})
export class DisputeEntity {
  [OptionalProps]?: 'status' | 'version' | 'filedAt' | 'reference' | 'resolvedAt' | 'idempotencyKey';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** `XXXX-XXXX-XX` in Crockford base32, as registrations. */
  @Property({ type: 'string', length: 12, unique: true })
  trackingId!: string;

  @Property({ type: 'uuid' })
  citizenId!: string;

  @Property({ type: 'string', length: 13 })
  cnic!: string;

  @Property({ type: 'string', length: 64 })
  subjectHash!: string;

  @Enum({ items: () => DisputeKind, type: 'string' })
  kind!: DisputeKind;

  @Enum({ items: () => DisputeRegister, type: 'string' })
  register!: DisputeRegister;

  /** LAW_ENFORCEMENT (NSOR) or WELFARE_OFFICER (NSER): the role that reviews it. */
  @Property({ type: 'string', length: 32 })
  ownerRole!: string;

  @ManyToOne({ entity: () => DistrictEntity, fieldName: 'district_code', deleteRule: 'restrict' })
  district!: DistrictEntity;

  @Property({ type: 'text' })
  details!: string;

  @Property({ type: 'string', length: 128, nullable: true })
  reference?: string | null = null;

  @Enum({ items: () => DisputeStatus, type: 'string' })
  status: DisputeStatus = DisputeStatus.OPEN;

  @Enum({ items: () => DisputeChannel, type: 'string' })
  filedVia!: DisputeChannel;

  @Property({ type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' })
  filedAt: Date = new Date();

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  resolvedAt?: Date | null = null;

  @Property({ type: 'string' })
  clientKey!: string;

  @Property({ type: 'string', length: 128, nullable: true })
  idempotencyKey?: string | null = null;

  @Property({ type: 'integer', default: 1 })
  version: number = 1;
}

/** One step of a dispute's history; append-only. */
@Entity({ tableName: 'dispute_event' })
@Unique({ properties: ['dispute', 'step'] })
export class DisputeEventEntity {
  [OptionalProps]?: 'at' | 'reason';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => DisputeEntity, deleteRule: 'restrict' })
  dispute!: DisputeEntity;

  @Property({ type: 'integer' })
  step!: number;

  @Enum({ items: () => DisputeStatus, type: 'string' })
  status!: DisputeStatus;

  @Property({ type: 'text', nullable: true })
  reason?: string | null = null;

  /** The dispute's version after this step. */
  @Property({ type: 'integer' })
  version!: number;

  @Property({ type: 'string' })
  actorId!: string;

  @Property({ type: 'string' })
  actorName!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz', defaultRaw: 'clock_timestamp()' })
  at: Date = new Date();
}

/**
 * A change an upheld dispute caused, as the audit log recorded it (a conviction status change or amendment, a survey
 * or member correction with its re-score). The audit row is the link: it is append-only and names its subject.
 */
@Entity({ tableName: 'dispute_change' })
export class DisputeChangeEntity {
  @ManyToOne({ entity: () => DisputeEntity, primary: true, deleteRule: 'restrict' })
  dispute!: DisputeEntity;

  @PrimaryKey({ type: 'uuid' })
  auditEventId!: string;

  @Property({ type: 'string', length: 64 })
  action!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  occurredAt!: Date;

  @Property({ type: 'json', nullable: true })
  detail?: Record<string, unknown> | null = null;
}
