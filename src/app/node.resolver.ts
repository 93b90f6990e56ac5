import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { MaxItems } from '../common/metadata';
import { Node } from '../common/node';
import { fromGlobalId } from '../common/global-id';
import { BadUserInputError, DomainError, NotFoundError } from '../common/errors';
import type { Context } from '../pipeline/context';
import type { NodeFetcher } from '../pipeline/feature';

/** Refetches any Node by its global ID, under the same authorisation (and audit) as the type's own query. */
@Resolver()
export class NodeResolver {
  /** Each feature's fetchers, by global-ID type name (see `Built.nodes`). */
  constructor(private readonly fetchers: Record<string, NodeFetcher>) {}

  @Query(() => Node, { description: 'Fetches an object by its global ID, if you may see it.' })
  node(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'A global ID.' }) id: string): Promise<Node> {
    return this.resolve(ctx, id);
  }

  @MaxItems(100, 'ids')
  @Query(() => [Node], { nullable: 'items', description: 'Fetches up to 100 objects by global ID; null where not visible.' })
  async nodes(
    @Ctx() ctx: Context,
    @Arg('ids', () => [ID], { description: 'Up to 100 global IDs.' }) ids: string[],
  ): Promise<(Node | null | Promise<Node | null>)[]> {
    if (ids.length > 100) throw new BadUserInputError('`ids` takes at most 100 IDs.');
    // One after another: each may open a savepoint on the request's connection.
    const results: (Node | null | Promise<Node | null>)[] = [];
    for (const id of ids) {
      try {
        results.push(await this.resolve(ctx, id));
      } catch (error) {
        // What the caller may not see is null, as the description says; anything else is a real failure and stays
        // one (masked, with the item's path), never a silent null.
        if (error instanceof DomainError) {
          results.push(null);
        } else {
          const failed = Promise.reject(error);
          failed.catch(() => undefined); // handled by graphql-js when it completes the item
          results.push(failed);
        }
      }
    }
    return results;
  }

  private async resolve(ctx: Context, id: string): Promise<Node> {
    const parsed = fromGlobalId(id);
    if (!parsed) throw new BadUserInputError('Not a Tasdeeq global ID.');
    const fetch = this.fetchers[parsed.type];
    const node = fetch ? await fetch(ctx, parsed.key, id) : null;
    if (!node) throw new NotFoundError('Nothing with this ID that you may see.');
    return node;
  }
}
