import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** Which subjects (by CNIC HMAC) a client looked up on a day: the basis of the distinct-CNIC cap. */
@Entity({ tableName: 'lookup_subject' })
export class LookupSubjectEntity {
  @PrimaryKey({ type: 'uuid' })
  clientId!: string;

  @PrimaryKey({ type: 'date', columnType: 'date' })
  day!: string;

  @PrimaryKey({ type: 'string', length: 64 })
  subjectHash!: string;
}

/**
 * A client's lookups on a day (Pakistan time), counted as they happen for the enumeration detectors: in up to 32
 * rows (`shard`: the first row no concurrent lookup holds) so concurrent lookups of one client do not queue on one row; the
 * day's figures are the sum over its shards (Migration20261207800000).
 */
@Entity({ tableName: 'lookup_tally' })
export class LookupTallyEntity {
  @PrimaryKey({ type: 'uuid' })
  clientId!: string;

  @PrimaryKey({ type: 'date', columnType: 'date' })
  day!: string;

  @PrimaryKey({ type: 'smallint', default: 0 })
  shard!: number;

  @Property({ type: 'integer' })
  lookups!: number;

  @Property({ type: 'integer' })
  distinctSubjects!: number;

  @Property({ type: 'integer' })
  notFound!: number;

  /** Lookups whose CNIC is one serial away from another this client looked up that day. */
  @Property({ type: 'integer' })
  sequential!: number;

  /** Lookups between 00:00 and 05:00 Pakistan time. */
  @Property({ type: 'integer' })
  oddHour!: number;
}
