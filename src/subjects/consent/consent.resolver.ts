import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { ConnectionArgs } from '../../common/connection';
import type { Context } from '../../pipeline/context';
import type { ConsentService } from './consent.service';
import { ConsentStatus } from './consent.enums';
import { ConsentConnection, RequestConsentInput, RequestConsentPayload } from './consent.type';

@Resolver()
export class ConsentResolver {
  constructor(
    private readonly service: ConsentService,
  ) {}

  @Authorized('consent:request')
  @Mutation(() => RequestConsentPayload, {
    description:
      'Asks a person for consent by SMS: every number registered to their CNIC gets a text naming you, the purpose and ' +
      'the end date, with a one-time code to answer YES or NO (and later WITHDRAW). Rate-limited per client and per ' +
      'number. EMPLOYER, EDUCATION; API keys only. Audited.',
  })
  requestConsent(
    @Ctx() ctx: Context,
    @Arg('input', () => RequestConsentInput, { description: 'Whom, why, for what, until when.' }) input: RequestConsentInput,
  ): Promise<RequestConsentPayload> {
    return this.service.request(ctx, input);
  }

  @Authorized('consent:request')
  @Query(() => ConsentConnection, { description: 'Your consent requests, newest first, with the answers. EMPLOYER, EDUCATION.' })
  consents(
    @Ctx() ctx: Context,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('status', () => ConsentStatus, { nullable: true, description: 'Only consents in this status.' }) status?: ConsentStatus | null,
  ): Promise<ConsentConnection> {
    return this.service.list(ctx, args, status);
  }
}
