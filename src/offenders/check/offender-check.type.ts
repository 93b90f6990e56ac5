import { Field, ID, ObjectType, createUnionType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { UserError } from '../../common/user-error.type';
import { NameInScripts } from '../../common/name-in-scripts.type';
import { DisclosurePolicy } from '../../auth/role';
import { IdentityMatchGrade, Relation } from '../../identity';
import { PlainValue } from '../../pipeline/metadata';
import { OffenderRecord } from '../register/offender.type';
import { OffenderCheckReason, OffenderCheckResult } from '../offender.enums';
import type { CheckReceiptFacts } from '../../receipts/receipt.claims';

// The check's types are plain values the check builds whole (@PlainValue: no field resolvers), so a check that selects
// only them runs no request transaction (src/pipeline/metadata.ts).

@PlainValue()
@ObjectType({ description: 'The check discloses its result only (your policy, or nothing more to show).' })
export class ResultOnly {
  @Field(() => DisclosurePolicy, { description: 'Your client\'s disclosure policy.' })
  policy!: DisclosurePolicy;
}

@PlainValue()
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

@PlainValue()
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
