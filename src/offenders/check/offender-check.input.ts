import { Field, InputType } from 'type-graphql';
import { MatchIdentityInput } from '../../identity';
import { MessageLocale } from '../offender.enums';

/** The identity-match input (graded the same way) plus the language of the answer. */
@InputType({ description: 'One offender check: the CNIC, optional details to grade the identity, and the declaration.' })
export class OffenderCheckInput extends MatchIdentityInput {
  @Field(() => MessageLocale, { nullable: true, description: 'Language of `message` (default EN).' })
  locale?: MessageLocale | null;
}
