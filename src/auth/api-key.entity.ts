import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { WithCreatedAt } from '../db/base.entity';
import { ClientEntity } from './client.entity';

/** An API key. Only its SHA-256 is stored; the key itself is shown once, at creation. */
@Entity({ tableName: 'api_key' })
export class ApiKeyEntity extends WithCreatedAt<'revokedAt' | 'lastUsedAt' | 'expiresAt'> {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => ClientEntity, deleteRule: 'restrict' })
  client!: ClientEntity;

  /** Public, unique part of the key (`tsq_<prefix>_...`), used to find the row and to name the key in logs. */
  @Property({ type: 'string', length: 16, unique: true })
  prefix!: string;

  @Property({ type: 'string', length: 64 })
  secretHash!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  revokedAt?: Date | null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  lastUsedAt?: Date | null;

  /** Set when the key is rotated: the old key keeps working until then (the overlap window). */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  expiresAt?: Date | null;
}
