import { Arg, Authorized, Ctx, FieldResolver, Float, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../pipeline/context';
import { OwnTransaction } from '../pipeline/metadata';
import type { DashboardService } from './dashboard.service';
import { Dashboard, DashboardScope } from './dashboard.type';

/**
 * A child dashboard costs about what its parent does, and there are up to ~40 of them (Punjab's districts): priced as
 * ten, so a national dashboard with its provinces and their districts fits the per-query limit and deeper nesting
 * (every tehsil of the country in one query) does not.
 */
const CHILDREN_WEIGHT = 10;

@Resolver(() => Dashboard)
export class DashboardResolver {
  constructor(private readonly dashboards: DashboardService) {}

  @Authorized('dashboard:read')
  // No request transaction (issue #17): one statement charges the budget and reads the rollups' version (their rows
  // only when they changed since the API last read them); children and medians read through the same snapshot.
  @OwnTransaction()
  @Query(() => Dashboard, {
    description:
      'Aggregates of an area in your jurisdiction (its children beside it). WELFARE_ANALYST, WELFARE_OFFICER, ADMIN. ' +
      'An area outside your jurisdiction is FORBIDDEN; an unknown district or tehsil is BAD_USER_INPUT.',
  })
  dashboard(
    @Ctx() ctx: Context,
    @Arg('scope', () => DashboardScope, { description: 'The area; `{}` for your whole jurisdiction.' }) scope: DashboardScope,
  ): Promise<Dashboard> {
    return this.dashboards.dashboard(ctx, scope);
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description: 'Median current poverty score of scored households (exact); null when scoredHouseholds is suppressed.',
  })
  medianScore(@Root() dashboard: Dashboard, @Ctx() ctx: Context): Promise<number | null> {
    return this.dashboards.medianScore(ctx, dashboard);
  }

  @FieldResolver(() => [Dashboard], {
    description: 'Provinces of the nation, districts of a province or a jurisdiction, tehsils of a district; [] for a tehsil.',
    complexity: ({ childComplexity }) => 1 + CHILDREN_WEIGHT * Math.max(childComplexity, 1),
  })
  children(@Root() dashboard: Dashboard, @Ctx() ctx: Context): Promise<Dashboard[]> {
    return this.dashboards.children(ctx, dashboard);
  }
}
