import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { ConvictionEntity } from './conviction.entity';
import { ConvictionEventKind, ConvictionStatus } from '../offender.enums';

/** The history of a conviction: who changed what, when and why. Append-only. */
@Entity({ tableName: 'conviction_event' })
@Index({ properties: ['conviction', 'at'] })
export class ConvictionEventEntity {
  [OptionalProps]?: 'at';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => ConvictionEntity, fieldName: 'conviction_id', deleteRule: 'restrict' })
  conviction!: ConvictionEntity;

  @Enum({ items: () => ConvictionEventKind, type: 'string' })
  kind!: ConvictionEventKind;

  @Enum({ items: () => ConvictionStatus, type: 'string', nullable: true })
  fromStatus?: ConvictionStatus | null;

  @Enum({ items: () => ConvictionStatus, type: 'string' })
  toStatus!: ConvictionStatus;

  @Property({ type: 'string[]', columnType: 'text[]' })
  changedFields!: string[];

  @Property({ type: 'text' })
  reason!: string;

  /** The version the conviction reached with this change. */
  @Property({ type: 'integer' })
  version!: number;

  @Property({ type: 'string' })
  actorId!: string;

  @Property({ type: 'string' })
  actorName!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz', defaultRaw: 'clock_timestamp()' })
  at: Date = new Date();
}
