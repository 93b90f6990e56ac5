import { PlainValue } from './metadata';
import { Field, ObjectType, registerEnumType } from 'type-graphql';

/** Codes for domain failures returned in mutation payloads (HTTP stays 200; clients read `userErrors`). */
export enum UserErrorCode {
  INVALID = 'INVALID',
  NOT_FOUND = 'NOT_FOUND',
  FORBIDDEN = 'FORBIDDEN',
  STALE_VERSION = 'STALE_VERSION',
  CONFLICT = 'CONFLICT',
  CONSENT_REQUIRED = 'CONSENT_REQUIRED',
  RATE_LIMITED = 'RATE_LIMITED',
  IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED',
}

registerEnumType(UserErrorCode, {
  name: 'UserErrorCode',
  description: 'Why a mutation could not do what was asked.',
  valuesConfig: {
    INVALID: { description: 'An input value is invalid; `field` says which.' },
    NOT_FOUND: { description: 'A referenced record does not exist (or is outside your jurisdiction).' },
    FORBIDDEN: { description: 'Your role or jurisdiction does not allow this change.' },
    STALE_VERSION: { description: 'The record changed since you read it: refetch and retry with its new version.' },
    CONFLICT: { description: 'The change conflicts with the current state of another record.' },
    CONSENT_REQUIRED: {
      description: 'The check needs a consent the person granted by SMS (`requestConsent`), and none in force was cited.',
    },
    RATE_LIMITED: { description: 'Too many such requests for this person or from your client: retry later.' },
    IDEMPOTENCY_KEY_REUSED: {
      description: 'This `idempotencyKey` was used before with a different request: use a new key for a new request.',
    },
  },
});

@PlainValue()
@ObjectType({ description: 'A domain failure of a mutation.' })
export class UserError {
  @Field(() => [String], { nullable: true, description: 'Path to the input field at fault, if any.' })
  field?: string[] | null;

  @Field(() => UserErrorCode, { description: 'Machine-readable reason.' })
  code!: UserErrorCode;

  @Field(() => String, { description: 'Human-readable explanation; never contains personal data from the input.' })
  message!: string;
}
