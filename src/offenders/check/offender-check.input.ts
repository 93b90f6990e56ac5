import { Field, ID, InputType } from 'type-graphql';
import { MatchIdentityInput } from '../../identity';
import { MessageLocale } from '../offender.enums';

/** The identity-match input (graded the same way) plus the language of the answer. */
@InputType({ description: 'One offender check: the CNIC, optional details to grade the identity, and the declaration.' })
export class OffenderCheckInput extends MatchIdentityInput {
  @Field(() => MessageLocale, { nullable: true, description: 'Language of `message` (default EN).' })
  locale?: MessageLocale | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'A consent the person granted you by SMS (`requestConsent`), covering OFFENDER_CHECK for this CNIC and purpose; ' +
      'replaces `consentRef`. Required when your disclosure policy has `requireVerifiedConsent` (NAME_LINE and FULL); ' +
      'a consent that is not GRANTED answers CONSENT_REQUIRED.',
  })
  consentId?: string | null;
}
