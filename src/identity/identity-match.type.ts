import { Field, InputType, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { CnicScalar } from '../common/cnic.scalar';
import type { Cnic } from '../common/cnic';
import { LookupPurpose } from '../audit/purpose';
import { FieldMatchOutcome, IdentityField, IdentityMatchGrade } from './identity.enums';

@InputType({ description: 'Details to grade against the identity record at a CNIC.' })
export class MatchIdentityInput {
  @Field(() => CnicScalar, { description: 'The CNIC to check.' })
  cnic!: Cnic;

  @Field(() => String, { nullable: true, description: 'Full name, in Latin or Urdu script.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Father\'s name (husband\'s for w/o), in Latin or Urdu script.' })
  fatherName?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date of birth, `YYYY-MM-DD`.' })
  dateOfBirth?: string | null;

  @Field(() => LookupPurpose, { description: 'Why you are checking; recorded in the audit log.' })
  purpose!: LookupPurpose;

  @Field(() => String, {
    nullable: true,
    description: 'Your reference to the subject\'s signed consent. Required for EMPLOYMENT_SCREENING and ADMISSIONS.',
  })
  consentRef?: string | null;
}

@ObjectType({ description: 'The comparison of one supplied detail.' })
export class FieldMatch {
  @Field(() => IdentityField, { description: 'Which detail.' })
  field!: IdentityField;

  @Field(() => FieldMatchOutcome, { description: 'How it compares with the record: MATCH, a spelling VARIANT, an INITIAL, a near date, or MISMATCH.' })
  outcome!: FieldMatchOutcome;
}

@ObjectType({ description: 'A graded identity match. Never contains the stored record.' })
export class IdentityMatch {
  @Field(() => String, { description: 'The CNIC, masked: `35202-*******-3`.' })
  cnicMasked!: string;

  @Field(() => IdentityMatchGrade, { description: 'The overall grade.' })
  grade!: IdentityMatchGrade;

  @Field(() => [FieldMatch], { description: 'Each detail\'s comparison; empty when the grade is NOT_FOUND.' })
  fields!: FieldMatch[];

  @Field(() => [IdentityField], {
    description: 'The details that agree with the record: outcome MATCH, VARIANT or YEAR_ONLY (not INITIAL, DAY_MONTH_SWAPPED or ONE_DIGIT).',
  })
  matchedFields!: IdentityField[];
}
