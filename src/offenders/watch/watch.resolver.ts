import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs } from '../../common/connection';
import type { Context } from '../../pipeline/context';
import type { WatchService } from './watch.service';
import { CancelWatchInput, CancelWatchPayload, CreateWatchInput, CreateWatchPayload, Watch, WatchConnection, WebhookDelivery } from './watch.type';
import type { WatchLoaders } from './watch.loaders';

@Resolver(() => Watch)
export class WatchResolver {
  constructor(
    private readonly service: WatchService,
    private readonly loaders: WatchLoaders,
  ) {}

  @Authorized('watch:manage')
  @Mutation(() => CreateWatchPayload, {
    description:
      'Watches a person you have checked, with their consent, until `expiresAt` (at most 12 months): when their ' +
      'register status changes you get a signed webhook saying so (never why). EMPLOYER, EDUCATION; API keys only.',
  })
  createWatch(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateWatchInput, { description: 'Who, until when, and where to notify.' }) input: CreateWatchInput,
  ): Promise<CreateWatchPayload> {
    return this.service.create(ctx, input);
  }

  @Authorized('watch:manage')
  @Mutation(() => CancelWatchPayload, { description: 'Stops one of your watches. Notifications already queued are still delivered.' })
  cancelWatch(
    @Ctx() ctx: Context,
    @Arg('input', () => CancelWatchInput, { description: 'Which watch.' }) input: CancelWatchInput,
  ): Promise<CancelWatchPayload> {
    return this.service.cancel(ctx, input);
  }

  @Authorized('watch:manage')
  @Query(() => WatchConnection, { description: 'Your watches, newest first.' })
  watches(@Ctx() ctx: Context, @Args(() => ConnectionArgs) args: ConnectionArgs): Promise<WatchConnection> {
    return this.service.list(ctx, args);
  }

  @Authorized('watch:manage')
  @FieldResolver(() => [WebhookDelivery], { description: 'The delivery log of this watch\'s notifications, newest first.' })
  deliveries(@Root() watch: Watch, @Ctx() ctx: Context): Promise<WebhookDelivery[]> {
    return ctx.loaders.get(this.loaders).deliveriesByWatch.load(watch.key);
  }
}
