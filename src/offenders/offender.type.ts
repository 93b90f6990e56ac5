import { Field, ID, Int, ObjectType, createUnionType } from 'type-graphql';
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';
import { Node } from '../common/node';
import { CnicScalar } from '../common/cnic.scalar';
import type { Cnic } from '../common/cnic';
import { ConnectionType } from '../common/connection';
import { UserError } from '../common/user-error.type';
import { DisclosurePolicy } from '../auth/role';
import { District, NameInScripts } from '../identity/citizen.type';
import { Gender, IdentityMatchGrade, Relation } from '../identity/identity.enums';
import { ConvictionEventKind, ConvictionStatus, OffenderCheckReason, OffenderCheckResult } from './offender.enums';
import type { CheckReceiptFacts } from '../receipts/receipt.claims';

@ObjectType({ description: 'One entry of a conviction\'s history: who changed what, when and why.' })
export class ConvictionEvent {
  @Field(() => ConvictionEventKind, { description: 'What kind of change.' })
  kind!: ConvictionEventKind;

  @Field(() => ConvictionStatus, { nullable: true, description: 'Status before the change; null for the registration.' })
  fromStatus?: ConvictionStatus | null;

  @Field(() => ConvictionStatus, { description: 'Status after the change.' })
  toStatus!: ConvictionStatus;

  @Field(() => [String], { description: 'The fields an amendment changed (empty otherwise).' })
  changedFields!: string[];

  @Field(() => String, { description: 'Why, as the officer recorded it.' })
  reason!: string;

  @Field(() => Int, { description: 'The conviction\'s version after this change.' })
  version!: number;

  @Field(() => String, { description: 'Who: the API key prefix or the officer\'s JWT subject.' })
  actorId!: string;

  @Field(() => String, { description: 'The client or agency the actor acted for.' })
  actorName!: string;

  @Field(() => DateTimeResolver, { description: 'When.' })
  at!: Date;
}

@ObjectType('Conviction', {
  implements: Node,
  description: 'A conviction on the register (LAW_ENFORCEMENT, within its jurisdiction). Never deleted: see `history`.',
})
export class Conviction extends Node {
  /** Internal key for loaders; not in the schema. */
  key!: string;

  @Field(() => Int, { description: 'Optimistic-locking version: pass it back to `amendConviction` / `changeConvictionStatus`.' })
  version!: number;

  @Field(() => ConvictionStatus, { description: 'Current status. Only ACTIVE convictions answer a check.' })
  status!: ConvictionStatus;

  @Field(() => [String], { description: 'Statute sections, e.g. `PPC 376`, `PECA 22`.' })
  sections!: string[];

  @Field(() => String, { description: 'The convicting court.' })
  court!: string;

  @Field(() => String, { description: 'Case or FIR number.' })
  caseNumber!: string;

  @Field(() => LocalDateResolver, { description: 'Date of conviction.' })
  convictionDate!: string;

  @Field(() => String, { description: 'The sentence, as pronounced.' })
  sentence!: string;

  @Field(() => String, { description: 'The agency that registered it.' })
  registeringAgency!: string;

  @Field(() => District, { description: 'The district the registering agency acts for (the jurisdiction of the record).' })
  district!: District;

  @Field(() => LocalDateResolver, { description: 'Date of registration.' })
  registeredOn!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'End of the registration period; null when for life or not yet set.' })
  endsOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Last known address; null when the agency has none.' })
  lastKnownAddress?: string | null;

  @Field(() => DateTimeResolver, { description: 'When it was registered in this system.' })
  createdAt!: Date;

  @Field(() => DateTimeResolver, { description: 'When it last changed.' })
  updatedAt!: Date;
}

@ObjectType('OffenderRecord', {
  implements: Node,
  description: 'A person on the register with their convictions in your jurisdiction. LAW_ENFORCEMENT only.',
})
export class OffenderRecord extends Node {
  /** Internal key (citizen id) for loaders; not in the schema. */
  key!: string;

  @Field(() => CnicScalar, { description: 'The CNIC, 13 digits.' })
  cnic!: Cnic;

  @Field(() => NameInScripts, { description: 'Name, per the identity record.' })
  name!: NameInScripts;

  @Field(() => Relation, { description: 'How `relativeName` relates to the person.' })
  relation!: Relation;

  @Field(() => NameInScripts, { description: 'Father\'s or husband\'s name, per the identity record.' })
  relativeName!: NameInScripts;

  @Field(() => Gender, { description: 'Gender.' })
  gender!: Gender;

  @Field(() => LocalDateResolver, { description: 'Date of birth.' })
  dateOfBirth!: string;

  @Field(() => District, { description: 'District of residence per the identity record.' })
  district!: District;
}

@ObjectType({ description: 'A page of offender records.' })
export class OffenderConnection extends ConnectionType('OffenderRecord', OffenderRecord) {}

@ObjectType({ description: 'The check discloses its result only (your policy, or nothing more to show).' })
export class ResultOnly {
  @Field(() => DisclosurePolicy, { description: 'Your client\'s disclosure policy.' })
  policy!: DisclosurePolicy;
}

@ObjectType({ description: 'The SMS-style line (as the 7000 service answers): the person and the father or husband.' })
export class NameLine {
  @Field(() => NameInScripts, { description: 'Name, per the identity record.' })
  name!: NameInScripts;

  @Field(() => Relation, { description: 's/o, d/o or w/o.' })
  relation!: Relation;

  @Field(() => NameInScripts, { description: 'Father\'s or husband\'s name.' })
  relativeName!: NameInScripts;

  @Field(() => String, { description: 'The line in English: "Beware! ABC son of XYZ is a convict. …"' })
  english!: string;

  @Field(() => String, { description: 'The line in Urdu: "خبردار! … سزا یافتہ مجرم ہے۔ …"' })
  urdu!: string;
}

export const OffenderCheckDisclosure = createUnionType({
  name: 'OffenderCheckDisclosure',
  description:
    'What the check shows beyond its result, per your disclosure policy: `ResultOnly` (MATCH_ONLY, or no record), ' +
    '`NameLine` (NAME_LINE, on RECORD_FOUND) or `OffenderRecord` (FULL, on RECORD_FOUND within your jurisdiction).',
  types: () => [ResultOnly, NameLine, OffenderRecord] as const,
});

@ObjectType({ description: 'The answer to one offender check. Never contains offence details for institutions.' })
export class OffenderCheck {
  @Field(() => ID, { description: 'The ID of this check\'s audit event: quote it; an AUDITOR can fetch it with `node(id:)`.' })
  checkId!: string;

  @Field(() => String, { description: 'The CNIC, masked: `35202-*******-3`.' })
  cnicMasked!: string;

  @Field(() => OffenderCheckResult, { description: 'The answer.' })
  result!: OffenderCheckResult;

  @Field(() => OffenderCheckReason, {
    nullable: true,
    description: 'Why the answer is REFER_TO_LAW_ENFORCEMENT (a detail differs, or the person disputes the record); null otherwise.',
  })
  reason?: OffenderCheckReason | null;

  @Field(() => IdentityMatchGrade, { description: 'How the details you gave match the identity record at the CNIC (NOT_FOUND when NOT_CHECKED).' })
  grade!: IdentityMatchGrade;

  @Field(() => DateTimeResolver, { description: 'When the check ran.' })
  checkedAt!: Date;

  @Field(() => DateTimeResolver, { description: 'The latest change to the register that this answer reflects.' })
  dataAsOf!: Date;

  @Field(() => String, { description: 'The answer in words, in the requested locale.' })
  message!: string;

  @Field(() => OffenderCheckDisclosure, { description: 'What your disclosure policy lets this check show.' })
  disclosure!: typeof OffenderCheckDisclosure;

  @Field(() => [UserError], { description: 'Why this item was NOT_CHECKED (bulk checks); empty otherwise.' })
  errors!: UserError[];

  /** Not in the schema: what this check's receipt states. Signed only when `receipt` is selected. */
  receiptFacts!: CheckReceiptFacts;
}
