import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../pipeline/context';
import type { ConvictionService } from './conviction.service';
import { AmendConvictionInput, ChangeConvictionStatusInput, RegisterConvictionInput } from './offender.input';
import { AmendConvictionPayload, ChangeConvictionStatusPayload, RegisterConvictionPayload } from './conviction.payload';

@Resolver()
export class ConvictionMutationResolver {
  constructor(private readonly convictions: ConvictionService) {}

  @Authorized('offender:write')
  @Mutation(() => RegisterConvictionPayload, {
    description: 'Registers a conviction for a person in the identity mirror, in your jurisdiction. LAW_ENFORCEMENT.',
  })
  registerConviction(
    @Ctx() ctx: Context,
    @Arg('input', () => RegisterConvictionInput, { description: 'The conviction.' }) input: RegisterConvictionInput,
  ): Promise<RegisterConvictionPayload> {
    return this.convictions.register(ctx, input);
  }

  @Authorized('offender:write')
  @Mutation(() => AmendConvictionPayload, { description: 'Corrects a conviction\'s details (not its status). LAW_ENFORCEMENT.' })
  amendConviction(
    @Ctx() ctx: Context,
    @Arg('input', () => AmendConvictionInput, { description: 'The correction.' }) input: AmendConvictionInput,
  ): Promise<AmendConvictionPayload> {
    return this.convictions.amend(ctx, input);
  }

  @Authorized('offender:write')
  @Mutation(() => ChangeConvictionStatusPayload, {
    description:
      'Changes a conviction\'s status (overturned on appeal, pardoned, expired, or back to ACTIVE) with a reason. ' +
      'Checks answer accordingly from the moment it commits. LAW_ENFORCEMENT.',
  })
  changeConvictionStatus(
    @Ctx() ctx: Context,
    @Arg('input', () => ChangeConvictionStatusInput, { description: 'The new status and why.' }) input: ChangeConvictionStatusInput,
  ): Promise<ChangeConvictionStatusPayload> {
    return this.convictions.changeStatus(ctx, input);
  }
}
