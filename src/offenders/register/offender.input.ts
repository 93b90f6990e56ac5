import { Field, ID, InputType, Int } from 'type-graphql';
import { MaxItems } from '../../common/metadata';
import { LocalDateResolver } from 'graphql-scalars';
import { CnicScalar } from '../../common/cnic.scalar';
import type { Cnic } from '../../common/cnic';
import { Province } from '../../jurisdictions/province';
import { ConvictionStatus } from '../offender.enums';

@InputType({ description: 'Narrows `offenders`. All given conditions must hold for at least one conviction.' })
export class OffenderFilter {
  @Field(() => Province, { nullable: true, description: 'Conviction registered in this province.' })
  province?: Province | null;

  @Field(() => String, { nullable: true, description: 'Conviction registered in this district (code, e.g. `PK617`).' })
  district?: string | null;

  @Field(() => String, { nullable: true, description: 'Conviction under this section, e.g. `PPC 376`.' })
  section?: string | null;

  @Field(() => ConvictionStatus, { nullable: true, description: 'Conviction with this status.' })
  status?: ConvictionStatus | null;
}

@InputType({ description: 'A new conviction for the register.' })
export class RegisterConvictionInput {
  @Field(() => CnicScalar, { description: 'The offender\'s CNIC; an identity record must exist for it.' })
  cnic!: Cnic;

  @MaxItems(20)
  @Field(() => [String], { description: 'Registrable statute sections (at most 20), e.g. `PPC 376`, `PECA 22` (PPC 354/354A are not registrable).' })
  sections!: string[];

  @Field(() => String, { description: 'The convicting court.' })
  court!: string;

  @Field(() => String, { description: 'Case or FIR number.' })
  caseNumber!: string;

  @Field(() => LocalDateResolver, { description: 'Date of conviction; not in the future.' })
  convictionDate!: string;

  @Field(() => String, { description: 'The sentence, as pronounced.' })
  sentence!: string;

  @Field(() => String, { nullable: true, description: 'The registering agency; defaults to your client or agency name.' })
  registeringAgency?: string | null;

  @Field(() => String, { description: 'District code the registering agency acts for (must be in your jurisdiction), e.g. `PK617`.' })
  district!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date of registration (default today); not in the future.' })
  registeredOn?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'End of the registration period; omit for life.' })
  endsOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Last known address.' })
  lastKnownAddress?: string | null;

  @Field(() => String, { nullable: true, description: 'Retrying with the same key returns the first result instead of registering twice.' })
  idempotencyKey?: string | null;
}

@InputType({ description: 'Corrections to a conviction\'s details. Omitted fields are unchanged.' })
export class AmendConvictionInput {
  @Field(() => ID, { description: 'The conviction\'s global ID.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read; a newer one on the server gives STALE_VERSION.' })
  version!: number;

  @MaxItems(20)
  @Field(() => [String], { nullable: true, description: 'Registrable statute sections (at most 20).' })
  sections?: string[] | null;

  @Field(() => String, { nullable: true, description: 'The convicting court.' })
  court?: string | null;

  @Field(() => String, { nullable: true, description: 'Case or FIR number.' })
  caseNumber?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date of conviction; not in the future.' })
  convictionDate?: string | null;

  @Field(() => String, { nullable: true, description: 'The sentence.' })
  sentence?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'End of the registration period.' })
  endsOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Last known address.' })
  lastKnownAddress?: string | null;

  @Field(() => String, { description: 'Why the correction is made; kept in the history.' })
  reason!: string;
}

@InputType({ description: 'A status change: overturned, pardoned, expired, or back to ACTIVE.' })
export class ChangeConvictionStatusInput {
  @Field(() => ID, { description: 'The conviction\'s global ID.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read; a newer one on the server gives STALE_VERSION.' })
  version!: number;

  @Field(() => ConvictionStatus, { description: 'The new status.' })
  status!: ConvictionStatus;

  @Field(() => String, { description: 'Why (e.g. the appellate judgment); kept in the history.' })
  reason!: string;
}
