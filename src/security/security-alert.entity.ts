import { randomUUID } from 'node:crypto';
import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/** A detector's finding about a client. Raising one suspends the client; only ADMIN reinstates it. */
@Entity({ tableName: 'security_alert' })
@Index({ properties: ['raisedAt', 'id'] })
export class SecurityAlertEntity {
  [OptionalProps]?: 'raisedAt' | 'resolvedAt' | 'resolvedBy';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' })
  raisedAt: Date = new Date();

  @Property({ type: 'uuid' })
  @Index()
  clientId!: string;

  @Property({ type: 'string' })
  clientName!: string;

  /** DAILY_DISTINCT_CAP, NOT_FOUND_SHARE, SEQUENTIAL_CNICS or ODD_HOUR_BURST. */
  @Property({ type: 'string', length: 32 })
  kind!: string;

  @Property({ type: 'json' })
  detail!: Record<string, unknown>;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  resolvedAt?: Date | null;

  @Property({ type: 'string', nullable: true })
  resolvedBy?: string | null;
}
