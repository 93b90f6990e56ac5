import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** Token-bucket state per client, shared by every server process (used when REDIS_URL is unset). */
@Entity({ tableName: 'rate_bucket' })
export class RateBucketEntity {
  @PrimaryKey({ type: 'string', length: 128 })
  key!: string;

  @Property({ type: 'double' })
  tokens!: number;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  updatedAt!: Date;

  /** Whether the last charge was admitted (read back by the same statement that decided it). */
  @Property({ type: 'boolean' })
  admitted!: boolean;
}
