import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Province } from './province';

@Entity({ tableName: 'province' })
export class ProvinceEntity {
  @PrimaryKey({ type: 'string', length: 32 })
  code!: Province;

  @Property({ type: 'string', length: 16, unique: true })
  datasetId!: string;

  @Property({ type: 'string' })
  nameEn!: string;

  @Property({ type: 'string' })
  nameUr!: string;
}
