import { feature, provide } from '../pipeline/feature';
import { surveyScoring } from '../households';
import { consentGate } from '../subjects';
import { EligibilityReceiptResolver } from './eligibility-receipt.resolver';
import { RescoreWorker } from './rescore.worker';
import { observeRescore } from './rescore.metrics';
import { PovertyScoreEntity, ProgrammeRuleEntity, RescoreJobEntity, ScorecardModelEntity } from './scorecard.entity';
import { POVERTY_SCORE_TYPE, RESCORE_JOB_TYPE, SCORECARD_MODEL_TYPE } from './scorecard.mappers';
import { ScorecardResolver } from './scorecard.resolver';
import { ScorecardService } from './scorecard.service';

export { ModelStatus, ProgrammeCode, ScoreBand, bandOf } from './scorecard.enums';
export { PovertyScoreEntity, ProgrammeRuleEntity, RescoreJobEntity, ScorecardModelEntity } from './scorecard.entity';
export type { ScorecardService } from './scorecard.service';

/**
 * The poverty scorecard: versioned proxy-means-test models, scores explained per indicator, bands, programme
 * eligibility, and the re-score after a model is activated. Provides `surveyScoring` to the registry.
 */
export const scorecard = feature<ScorecardService>({
  name: 'scorecard',
  entities: [ScorecardModelEntity, PovertyScoreEntity, ProgrammeRuleEntity, RescoreJobEntity],
  resolvers: [ScorecardResolver, EligibilityReceiptResolver],
  provides: [provide(surveyScoring, (service: ScorecardService) => service)],
  create({ reference, audit, orm, logger, config, sealer, receipts }, use) {
    const rescore = new RescoreWorker(orm, () => sealer.system('rescore'), reference, logger.child({ component: 'rescore' }), { lanes: config.rescoreLanes });
    observeRescore(orm);
    const service = new ScorecardService(reference, audit, config.rescoreWorker ? () => rescore.wake() : undefined, use(consentGate));
    const node = (type: string) => (ctx: Parameters<ScorecardService['node']>[0], key: string) => service.node(ctx, type, key);
    return {
      api: service,
      resolvers: [new ScorecardResolver(service), new EligibilityReceiptResolver(receipts)],
      nodes: {
        [SCORECARD_MODEL_TYPE]: node(SCORECARD_MODEL_TYPE),
        [RESCORE_JOB_TYPE]: node(RESCORE_JOB_TYPE),
        [POVERTY_SCORE_TYPE]: node(POVERTY_SCORE_TYPE),
      },
      workers: [{ name: 'rescore', enabled: config.rescoreWorker, start: () => rescore.start(), stop: () => rescore.stop() }],
    };
  },
});
