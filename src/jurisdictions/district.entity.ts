import { Entity, Enum, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { Province } from './province';

/** A district from the reference dataset; districts change, so they are rows, not an enum. */
@Entity({ tableName: 'district' })
export class DistrictEntity {
  [PrimaryKeyProp]?: 'code';

  /** The dataset's id, e.g. `PK601`. */
  @PrimaryKey({ type: 'string', length: 16 })
  code!: string;

  @Enum({ items: () => Province, type: 'string' })
  province!: Province;

  @Property({ type: 'string' })
  nameEn!: string;

  @Property({ type: 'string' })
  nameUr!: string;

  @Property({ type: 'string' })
  slug!: string;

  @Property({ type: 'double', nullable: true })
  latitude?: number;

  @Property({ type: 'double', nullable: true })
  longitude?: number;

  @Property({ type: 'integer', nullable: true })
  tehsilCount?: number;
}
