import { Field, InputType, ObjectType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { Node } from '../../common/node';
import { CnicScalar } from '../../common/cnic.scalar';
import type { Cnic } from '../../common/cnic';
import { ConnectionType } from '../../common/connection';
import { UserError } from '../../common/user-error.type';
import { LookupPurpose } from '../../audit/purpose';
import { ConsentScope, ConsentStatus } from './consent.enums';

@ObjectType('Consent', {
  implements: Node,
  description:
    'A consent you asked a person for by SMS (`requestConsent`), answered by the person from a number registered to ' +
    'their CNIC. Cite it as `consentId` while it is GRANTED.',
})
export class Consent extends Node {
  @Field(() => ConsentStatus, { description: 'Where it stands now (EXPIRED is read off the clock).' })
  status!: ConsentStatus;

  @Field(() => LookupPurpose, { description: 'The purpose it was asked for; checks citing it must declare the same.' })
  purpose!: LookupPurpose;

  @Field(() => [ConsentScope], { description: 'What it covers.' })
  scope!: ConsentScope[];

  @Field(() => DateTimeResolver, { nullable: true, description: 'When the person answered YES; null otherwise.' })
  grantedAt?: Date | null;

  @Field(() => DateTimeResolver, { description: 'When it ends, once granted.' })
  expiresAt!: Date;

  @Field(() => String, { description: 'The person\'s CNIC, masked.' })
  cnicMasked!: string;

  @Field(() => DateTimeResolver, { description: 'When you asked.' })
  requestedAt!: Date;

  @Field(() => DateTimeResolver, { description: 'Until when the person may answer the code.' })
  codeExpiresAt!: Date;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When the person answered NO; null otherwise.' })
  refusedAt?: Date | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When the person withdrew it; null otherwise.' })
  withdrawnAt?: Date | null;
}

@ObjectType({ description: 'A page of your consent requests, newest first.' })
export class ConsentConnection extends ConnectionType('Consent', Consent) {}

@InputType({ description: 'Ask a person for consent: they get an SMS naming you and the purpose, with a one-time code.' })
export class RequestConsentInput {
  @Field(() => CnicScalar, { description: 'The person\'s CNIC; a mobile number must be registered to it.' })
  cnic!: Cnic;

  @Field(() => LookupPurpose, { description: 'Why (EMPLOYMENT_SCREENING for employers, ADMISSIONS for universities).' })
  purpose!: LookupPurpose;

  @Field(() => [ConsentScope], { description: 'What you ask to do: checks, continuous monitoring, or both.' })
  scope!: ConsentScope[];

  @Field(() => DateTimeResolver, { description: 'When the consent ends if granted: in the future, at most 12 months ahead.' })
  expiresAt!: Date;

  @Field(() => String, { nullable: true, description: 'Retrying with the same key returns the first request instead of texting the person again.' })
  idempotencyKey?: string | null;
}

@ObjectType({ description: 'Result of `requestConsent`.' })
export class RequestConsentPayload {
  @Field(() => Consent, { nullable: true, description: 'The consent, PENDING until the person answers; null when `userErrors` is not empty.' })
  consent?: Consent | null;

  @Field(() => [UserError], { description: 'Why no request was sent; empty on success.' })
  userErrors!: UserError[];
}
