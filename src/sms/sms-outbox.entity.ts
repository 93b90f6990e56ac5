import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

export enum OutboxStatus {
  PENDING = 'PENDING',
  SENT = 'SENT',
  FAILED = 'FAILED',
}

/**
 * A text we send to a person (a consent request with its one-time code), written in the transaction that decided
 * to send it and sent afterwards by the outbox worker through the gateway. The body is erased once sent: the code
 * in it is a secret, and the person's copy is the only one needed.
 */
@Entity({ tableName: 'sms_outbox' })
@Index({ properties: ['status', 'nextAttemptAt'] })
export class SmsOutboxEntity {
  [OptionalProps]?: 'status' | 'attempts' | 'nextAttemptAt' | 'createdAt' | 'lastError' | 'sentAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** National form, `03XXXXXXXXX`. */
  @Property({ type: 'string', length: 11 })
  toNumber!: string;

  @Property({ type: 'string', length: 8 })
  shortCode!: string;

  @Property({ type: 'text', nullable: true })
  body?: string | null;

  /** What the message is, for operators (`CONSENT_REQUEST`); never its content. */
  @Property({ type: 'string', length: 32 })
  kind!: string;

  @Enum({ items: () => OutboxStatus, type: 'string' })
  status: OutboxStatus = OutboxStatus.PENDING;

  @Property({ type: 'integer', default: 0 })
  attempts: number = 0;

  @Property({ type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' })
  nextAttemptAt: Date = new Date();

  @Property({ type: 'text', nullable: true })
  lastError?: string | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  sentAt?: Date | null = null;
}
