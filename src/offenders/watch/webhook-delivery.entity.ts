import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { WithCreatedAt } from '../../db/base.entity';
import { WatchEntity } from './watch.entity';
import { DeliveryStatus } from '../offender.enums';

/**
 * The webhook outbox and its delivery log: a row is written in the same transaction as the register change that
 * causes it, and the worker delivers it. Its id is the receiver's idempotency key.
 */
@Entity({ tableName: 'webhook_delivery' })
@Index({ name: 'webhook_delivery_due_index', properties: ['status', 'nextAttemptAt'] })
export class WebhookDeliveryEntity extends WithCreatedAt<'status' | 'attempts' | 'nextAttemptAt'> {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => WatchEntity, fieldName: 'watch_id', deleteRule: 'restrict' })
  @Index()
  watch!: WatchEntity;

  @Property({ type: 'json' })
  payload!: Record<string, unknown>;

  @Enum({ items: () => DeliveryStatus, type: 'string', default: DeliveryStatus.PENDING })
  status: DeliveryStatus = DeliveryStatus.PENDING;

  @Property({ type: 'integer', default: 0 })
  attempts: number = 0;

  @Property({ type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' })
  nextAttemptAt: Date = new Date();

  @Property({ type: 'integer', nullable: true })
  lastStatusCode?: number | null;

  @Property({ type: 'text', nullable: true })
  lastError?: string | null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  lastAttemptAt?: Date | null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  deliveredAt?: Date | null;
}
