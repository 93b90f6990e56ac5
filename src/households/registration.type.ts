import { HoldsPeople } from '../pipeline/people';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { District } from '../jurisdictions/district.type';
import { RegistrationKind, RegistrationStatus } from './household.enums';

@ObjectType({ description: 'One step of a registration\'s timeline.' })
export class RegistrationEvent {
  @Field(() => RegistrationStatus, { description: 'The status reached.' })
  status!: RegistrationStatus;

  @Field(() => String, { nullable: true, description: 'Why, for REJECTED.' })
  reason?: string | null;

  @Field(() => DateTimeResolver, { description: 'When.' })
  occurredAt!: Date;
}

@HoldsPeople<Registration>((r) => [r.applicantCnic])
@ObjectType({ description: 'A dynamic registration at a centre, with its status timeline.' })
export class Registration {
  /** The applicant's CNIC, for the audit only; not a field. */
  applicantCnic!: string;

  @Field(() => String, {
    description: 'Opaque tracking ID, `XXXX-XXXX-XX` (digits and letters without I, L, O, U), to read over the phone.',
  })
  trackingId!: string;

  @Field(() => RegistrationKind, { description: 'NEW_SURVEY or ROSTER_UPDATE, decided by screening the CNIC.' })
  kind!: RegistrationKind;

  @Field(() => RegistrationStatus, { description: 'The latest status.' })
  status!: RegistrationStatus;

  @Field(() => [RegistrationEvent], { description: 'Every status reached, oldest first.' })
  timeline!: RegistrationEvent[];

  @Field(() => String, { description: 'The applicant\'s CNIC, masked.' })
  applicantCnicMasked!: string;

  @Field(() => District, { description: 'District of the centre where it was opened.' })
  centreDistrict!: District;

  @Field(() => ID, { nullable: true, description: 'Global ID of the household, once there is one.' })
  householdId?: string | null;

  @Field(() => Int, { description: 'Version for optimistic locking.' })
  version!: number;

  @Field(() => DateTimeResolver, { description: 'When it was opened.' })
  createdAt!: Date;
}
