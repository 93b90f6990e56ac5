import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { Node } from '../../common/node';
import { CnicScalar } from '../../common/cnic.scalar';
import type { Cnic } from '../../common/cnic';
import { ConnectionType } from '../../common/connection';
import { UserError } from '../../common/user-error.type';
import { LookupPurpose } from '../../audit/purpose';
import { Role } from '../../auth/role';
import { District } from '../../jurisdictions/district.type';

export enum SubjectAccessKind {
  CHECK = 'CHECK',
  READ = 'READ',
  WATCH = 'WATCH',
  DISPUTE = 'DISPUTE',
  CONSENT = 'CONSENT',
  REGISTRATION = 'REGISTRATION',
  CHANGE = 'CHANGE',
  SUBJECT_ACCESS = 'SUBJECT_ACCESS',
  OTHER = 'OTHER',
}

registerEnumType(SubjectAccessKind, {
  name: 'SubjectAccessKind',
  description: 'What an access to a person\'s records was.',
  valuesConfig: {
    CHECK: { description: 'A check: offender register, eligibility, identity match, survey status.' },
    READ: { description: 'A read of a record: identity, offender record, household, registration, dispute.' },
    WATCH: { description: 'A watch was set or ended on the person.' },
    DISPUTE: { description: 'A dispute was filed, followed or resolved.' },
    CONSENT: { description: 'A consent was asked for, answered or withdrawn.' },
    REGISTRATION: { description: 'A registration or survey at a centre.' },
    CHANGE: { description: 'A record was changed (a conviction, a household member).' },
    SUBJECT_ACCESS: { description: 'A subject access report like this one.' },
    OTHER: { description: 'Anything else audited with the person as subject.' },
  },
});

@ObjectType({ description: 'One access to the person\'s records, from the audit log.' })
export class SubjectAccess {
  @Field(() => DateTimeResolver, { description: 'When.' })
  occurredAt!: Date;

  @Field(() => SubjectAccessKind, { description: 'What kind of access.' })
  kind!: SubjectAccessKind;

  @Field(() => String, { description: 'The audited action, e.g. `offender.check`.' })
  action!: string;

  @Field(() => String, {
    description: 'Who: the institution\'s name; "Law enforcement" for law-enforcement agencies; "Public SMS check" for the 7000/8171 services.',
  })
  institution!: string;

  @Field(() => Role, { description: 'The kind of institution.' })
  role!: Role;

  @Field(() => LookupPurpose, { nullable: true, description: 'The purpose it declared.' })
  purpose?: LookupPurpose | null;

  @Field(() => String, { nullable: true, description: 'The consent it cited (a consent\'s ID, or its own reference).' })
  consentRef?: string | null;

  @Field(() => String, { description: 'How it ended: SUCCESS, NOT_FOUND, REFUSED, INVALID…' })
  outcome!: string;
}

@ObjectType({ description: 'Every access to a person\'s records, newest first.' })
export class SubjectAccessConnection extends ConnectionType('SubjectAccess', SubjectAccess) {
  @Field(() => String, { description: 'The person\'s CNIC, masked.' })
  cnicMasked!: string;

  @Field(() => Boolean, {
    description: 'True when a legal hold withholds some law-enforcement entries from this report: tell the person that some entries are withheld.',
  })
  someEntriesWithheld!: boolean;
}

@InputType({ description: 'A subject access request, made by the person at a registration centre with their card.' })
export class SubjectAccessInput {
  @Field(() => CnicScalar, { description: 'The person\'s CNIC.' })
  cnic!: Cnic;

  @Field(() => LookupPurpose, { description: 'SUBJECT_ACCESS.' })
  purpose!: LookupPurpose;

  @Field(() => String, { description: 'Your reference for the request (a token or form number), kept in the audit row (1-128 characters).' })
  requestRef!: string;
}

@ObjectType('LegalHold', {
  implements: Node,
  description: 'A legal hold on a person\'s record: while in force, law-enforcement accesses are withheld from their subject access report. LAW_ENFORCEMENT.',
})
export class LegalHold extends Node {
  @Field(() => String, { description: 'The person\'s CNIC, masked.' })
  cnicMasked!: string;

  @Field(() => District, { description: 'The district the placing agency acts for.' })
  district!: District;

  @Field(() => String, { description: 'Why (e.g. an investigation that must not be disclosed).' })
  reason!: string;

  @Field(() => String, { description: 'The agency that placed it.' })
  placedBy!: string;

  @Field(() => DateTimeResolver, { description: 'When it was placed.' })
  placedAt!: Date;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When it lapses by itself; null: until lifted.' })
  expiresAt?: Date | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When it was lifted; null while not lifted.' })
  liftedAt?: Date | null;

  @Field(() => Boolean, { description: 'Whether it withholds entries now.' })
  inForce!: boolean;

  @Field(() => Int, { description: 'Optimistic-locking version: pass it to `liftLegalHold`.' })
  version!: number;
}

@InputType({ description: 'Place a legal hold on a person\'s record.' })
export class PlaceLegalHoldInput {
  @Field(() => CnicScalar, { description: 'The person\'s CNIC.' })
  cnic!: Cnic;

  @Field(() => String, { description: 'District code you act for (in your jurisdiction), e.g. `PK617`.' })
  district!: string;

  @Field(() => String, { description: 'Why (1-1,000 characters); kept.' })
  reason!: string;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When it lapses by itself (in the future); omit for until lifted.' })
  expiresAt?: Date | null;
}

@InputType({ description: 'Lift a legal hold.' })
export class LiftLegalHoldInput {
  @Field(() => ID, { description: 'The hold\'s global ID.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read.' })
  version!: number;

  @Field(() => String, { description: 'Why (1-1,000 characters); kept.' })
  reason!: string;
}

@ObjectType({ description: 'Result of `placeLegalHold` and `liftLegalHold`.' })
export class LegalHoldPayload {
  @Field(() => LegalHold, { nullable: true, description: 'The hold; null when `userErrors` is not empty.' })
  legalHold?: LegalHold | null;

  @Field(() => [UserError], { description: 'Why nothing changed; empty on success.' })
  userErrors!: UserError[];
}
