import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Versioned } from '../db/base.entity';
import { HouseholdEntity } from './household.entity';
import { Gender } from '../identity';
import { EducationLevel, Employment, IdentityDocument, MaritalStatus, MemberStatus, RelationToHead } from './household.enums';

/**
 * A person on a household's roster (the live roster; each survey keeps its own snapshot). The unique CNIC/B-form
 * number is what keeps a person in one household at a time: moving someone is an explicit operation.
 */
@Entity({ tableName: 'household_member' })
@Check({ name: 'household_member_id_number_format', expression: "id_number ~ '^[0-9]{12}[1-9]$'" })
export class MemberEntity extends Versioned<'status' | 'dateOfDeath' | 'idNumber' | 'idDocument'> {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => HouseholdEntity, deleteRule: 'restrict' })
  @Index()
  household!: HouseholdEntity;

  /** CNIC or B-form number, 13 digits; null for a child with neither yet. */
  @Property({ type: 'string', length: 13, nullable: true, unique: true })
  idNumber?: string | null = null;

  @Enum({ items: () => IdentityDocument, type: 'string', nullable: true })
  idDocument?: IdentityDocument | null = null;

  @Property({ type: 'string' })
  name!: string;

  @Enum({ items: () => RelationToHead, type: 'string' })
  relationToHead!: RelationToHead;

  @Enum({ items: () => Gender, type: 'string' })
  gender!: Gender;

  @Property({ type: 'date', columnType: 'date' })
  dateOfBirth!: string;

  @Enum({ items: () => MaritalStatus, type: 'string' })
  maritalStatus!: MaritalStatus;

  @Enum({ items: () => EducationLevel, type: 'string' })
  educationLevel!: EducationLevel;

  @Property({ type: 'boolean' })
  enrolledInSchool!: boolean;

  @Enum({ items: () => Employment, type: 'string' })
  employment!: Employment;

  @Property({ type: 'boolean' })
  disability!: boolean;

  @Enum({ items: () => MemberStatus, type: 'string', default: MemberStatus.ACTIVE })
  status: MemberStatus = MemberStatus.ACTIVE;

  @Property({ type: 'date', columnType: 'date', nullable: true })
  dateOfDeath?: string | null = null;
}
