import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../../common/user-error.type';
import { Conviction, OffenderRecord } from './offender.type';

@ObjectType({ description: 'Result of `registerConviction`.' })
export class RegisterConvictionPayload {
  @Field(() => Conviction, { nullable: true, description: 'The registered conviction; null when `userErrors` is not empty.' })
  conviction?: Conviction | null;

  @Field(() => OffenderRecord, { nullable: true, description: 'The offender; null when `userErrors` is not empty.' })
  offender?: OffenderRecord | null;

  @Field(() => [UserError], { description: 'Why nothing was registered; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of `amendConviction`.' })
export class AmendConvictionPayload {
  @Field(() => Conviction, { nullable: true, description: 'The conviction as amended; null when `userErrors` is not empty.' })
  conviction?: Conviction | null;

  @Field(() => [UserError], { description: 'Why nothing changed; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of `changeConvictionStatus`.' })
export class ChangeConvictionStatusPayload {
  @Field(() => Conviction, { nullable: true, description: 'The conviction with its new status; null when `userErrors` is not empty.' })
  conviction?: Conviction | null;

  @Field(() => [UserError], { description: 'Why nothing changed; empty on success.' })
  userErrors!: UserError[];
}
