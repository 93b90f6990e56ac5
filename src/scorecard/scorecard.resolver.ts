import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../pipeline/context';
import type { ScorecardService } from './scorecard.service';
import {
  ActivateScorecardModelPayload,
  Eligibility,
  PovertyScore,
  PublishScorecardModelPayload,
  RescoreJob,
  ScorecardModel,
} from './scorecard.type';
import { ActivateScorecardModelInput, EligibilityInput, PublishScorecardModelInput } from './scorecard.input';

@Resolver()
export class ScorecardResolver {
  constructor(private readonly scorecard: ScorecardService) {}

  @Authorized('eligibility:check')
  @Query(() => Eligibility, {
    description:
      'Is this person eligible for a programme under its current rule? The decision, reason codes, rule version, score ' +
      'band and survey date; the raw score for welfare roles only; nothing else about the household. Within your ' +
      'jurisdiction: a person outside it is answered exactly as a CNIC that does not exist. EDUCATION reads nationally, ' +
      'may check HEC_NEED_BASED_SCHOLARSHIP and BENAZIR_KAFAALAT only, and learns the decision only (no reasons, band ' +
      'or survey date). Audited.',
  })
  eligibility(@Ctx() ctx: Context, @Arg('input', () => EligibilityInput, { description: 'Who, which programme, and why.' }) input: EligibilityInput): Promise<Eligibility> {
    return this.scorecard.eligibility(ctx, input);
  }

  @Authorized('score:read')
  @Query(() => PovertyScore, {
    nullable: true,
    description: 'A household\'s current poverty score with its explanation; null when not yet scored. Within your jurisdiction. Audited.',
  })
  povertyScore(@Ctx() ctx: Context, @Arg('householdId', () => ID, { description: 'The household\'s global ID.' }) householdId: string): Promise<PovertyScore | null> {
    return this.scorecard.povertyScore(ctx, householdId);
  }

  @Authorized('scorecard:read')
  @Query(() => [ScorecardModel], { description: 'Every scorecard model, oldest first, with its indicators and weights.' })
  scorecardModels(@Ctx() ctx: Context): Promise<ScorecardModel[]> {
    return this.scorecard.models(ctx);
  }

  @Authorized('scorecard:read')
  @Query(() => RescoreJob, { description: 'Progress of a background re-score started by `activateScorecardModel`.' })
  rescoreJob(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The job\'s global ID.' }) id: string): Promise<RescoreJob> {
    return this.scorecard.rescoreJob(ctx, id);
  }

  @Authorized('scorecard:write')
  @Mutation(() => PublishScorecardModelPayload, {
    description: 'Validates a model (fields exist, weights finite, reference households score within 0-100) and saves it as DRAFT.',
  })
  publishScorecardModel(
    @Ctx() ctx: Context,
    @Arg('input', () => PublishScorecardModelInput, { description: 'The model.' }) input: PublishScorecardModelInput,
  ): Promise<PublishScorecardModelPayload> {
    return this.scorecard.publish(ctx, input);
  }

  @Authorized('scorecard:write')
  @Mutation(() => ActivateScorecardModelPayload, {
    description: 'Makes a model ACTIVE (retiring the active one) and starts a background re-score of every household.',
  })
  activateScorecardModel(
    @Ctx() ctx: Context,
    @Arg('input', () => ActivateScorecardModelInput, { description: 'Which model.' }) input: ActivateScorecardModelInput,
  ): Promise<ActivateScorecardModelPayload> {
    return this.scorecard.activate(ctx, input);
  }
}
