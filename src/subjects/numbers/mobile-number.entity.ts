import { randomUUID } from 'node:crypto';
import { Check, Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { CitizenEntity } from '../../identity';

/**
 * A mobile number registered against a CNIC (PTA ties every SIM to a CNIC by biometric verification), part of the
 * identity mirror. A number belongs to one person; a person may have several.
 */
@Entity({ tableName: 'citizen_mobile_number' })
@Check({ name: 'citizen_mobile_number_national_form', expression: "number ~ '^03[0-9]{9}$'" })
export class MobileNumberEntity {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => CitizenEntity, fieldName: 'citizen_id', deleteRule: 'cascade' })
  @Index()
  citizen!: CitizenEntity;

  /** National form, `03XXXXXXXXX`. */
  @Property({ type: 'string', length: 11, unique: true })
  number!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
