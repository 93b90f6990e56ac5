import { HoldsPeople } from '../pipeline/people';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { Node } from '../common/node';
import { CnicScalar } from '../common/cnic.scalar';
import type { Cnic } from '../common/cnic';
import { Gender } from '../identity';
import { EducationLevel, Employment, MaritalStatus, MemberStatus, RelationToHead } from './household.enums';

/** What both views of a member share: the survey answers that identify no one on their own. */
@ObjectType({ description: 'Survey answers about a member.' })
abstract class MemberAnswers {
  @Field(() => RelationToHead, { description: 'Relation to the head of the household.' })
  relationToHead!: RelationToHead;

  @Field(() => Gender, { description: 'Gender.' })
  gender!: Gender;

  @Field(() => MaritalStatus, { description: 'Marital status.' })
  maritalStatus!: MaritalStatus;

  @Field(() => EducationLevel, { description: 'Highest education completed.' })
  educationLevel!: EducationLevel;

  @Field(() => Boolean, { description: 'Currently enrolled in school, college or university.' })
  enrolledInSchool!: boolean;

  @Field(() => Employment, { description: 'Main economic activity.' })
  employment!: Employment;

  @Field(() => Boolean, { description: 'Has a disability.' })
  disability!: boolean;

  @Field(() => MemberStatus, { description: 'Living in the household, or deceased.' })
  status!: MemberStatus;
}

@HoldsPeople<Member>((m) => [m.cnic, m.bFormNumber])
@ObjectType('Member', {
  implements: Node,
  description: 'A household member, whole: for WELFARE_OFFICER and REGISTRATION_CENTRE within jurisdiction.',
})
export class Member extends MemberAnswers implements Node {
  @Field(() => ID, { description: 'Opaque global ID (use it for moveMember, recordDeath, updateMember).' })
  id!: string;

  @Field(() => CnicScalar, { nullable: true, description: 'CNIC; null for a member identified by B-form or not yet by either.' })
  cnic?: Cnic | null;

  @Field(() => CnicScalar, { nullable: true, description: 'B-form number of a child; null otherwise.' })
  bFormNumber?: Cnic | null;

  @Field(() => String, { description: 'Name as recorded by the enumerator.' })
  name!: string;

  @Field(() => LocalDateResolver, { description: 'Date of birth.' })
  dateOfBirth!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date of death, for a deceased member.' })
  dateOfDeath?: string | null;

  @Field(() => Int, { description: 'Version for optimistic locking: pass it to member mutations.' })
  version!: number;
}

@HoldsPeople<MaskedMember>((m) => [m.number])
@ObjectType('MaskedMember', {
  description: 'A household member for WELFARE_ANALYST: masked numbers, no name, age instead of date of birth.',
})
export class MaskedMember extends MemberAnswers {
  /** The member's CNIC or B-form number, for the audit only; not a field. */
  number!: string | null;

  @Field(() => String, { nullable: true, description: 'CNIC masked as `35202-*******-3`; null without a CNIC.' })
  cnicMasked?: string | null;

  @Field(() => String, { nullable: true, description: 'B-form number masked the same way; null without one.' })
  bFormNumberMasked?: string | null;

  @Field(() => Int, { description: 'Age in whole years today (at death, for a deceased member).' })
  age!: number;
}
