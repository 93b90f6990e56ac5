import { feature } from '../pipeline/feature';
import type { IdentityService } from '../identity';
import { identity } from '../identity';
import { DataQualityFlagEntity } from './data-quality-flag.entity';
import { HouseholdEntity } from './household.entity';
import { HouseholdLoaderFactory } from './household.loaders';
import { FLAG_TYPE, HOUSEHOLD_TYPE, MEMBER_TYPE, SURVEY_TYPE } from './household.mappers';
import { DataQualityFlagFieldsResolver, HouseholdFieldsResolver, HouseholdQueryResolver } from './household.resolver';
import { HouseholdService } from './household.service';
import { MemberEntity } from './member.entity';
import { MemberService } from './member.service';
import { surveyScoring } from './ports';
import { RegistrationSlipResolver } from './registration-slip.resolver';
import { RegistrationEntity, RegistrationEventEntity } from './registration.entity';
import { RegistrationResolver } from './registration.resolver';
import { RegistrationService } from './registration.service';
import { SurveyEntity } from './survey.entity';

export * from './household.enums';
export { HouseholdEntity } from './household.entity';
export { MemberEntity } from './member.entity';
export { SurveyEntity } from './survey.entity';
export { RegistrationEntity, RegistrationEventEntity } from './registration.entity';
export { DataQualityFlagEntity } from './data-quality-flag.entity';
export { HOUSEHOLD_TYPE } from './household.mappers';
export { SURVEY_INDICATORS, type IndicatorValues, type RosterEntry } from './survey-indicators';
export { SURVEY_STATUS_MESSAGES } from './survey-status.messages';
export { today } from './dates';
export { surveyScoring, type SurveyScoring } from './ports';
export type { HouseholdService } from './household.service';

export interface HouseholdsApi {
  households: HouseholdService;
}

/**
 * NSER, the socio-economic registry: households and members, surveys, dynamic registration with tracking IDs, survey
 * status by CNIC, data-quality flags. Scores come from whoever provides `surveyScoring` (the scorecard).
 */
export const households = feature<HouseholdsApi>({
  name: 'households',
  entities: [HouseholdEntity, MemberEntity, SurveyEntity, RegistrationEntity, RegistrationEventEntity, DataQualityFlagEntity],
  resolvers: [HouseholdQueryResolver, HouseholdFieldsResolver, DataQualityFlagFieldsResolver, RegistrationResolver, RegistrationSlipResolver],
  create({ reference, audit, receipts }, use) {
    const identityRecords: IdentityService = use(identity);
    const households = new HouseholdService(reference, audit);
    const registrations = new RegistrationService(reference, audit, identityRecords, use(surveyScoring));
    const members = new MemberService(reference, audit);
    const loaders = new HouseholdLoaderFactory(reference);
    return {
      api: { households },
      resolvers: [
        new HouseholdQueryResolver(households),
        new HouseholdFieldsResolver(loaders),
        new DataQualityFlagFieldsResolver(loaders, reference),
        new RegistrationResolver(registrations, members),
        new RegistrationSlipResolver(receipts),
      ],
      nodes: {
        [HOUSEHOLD_TYPE]: (ctx, _key, id) => households.household(ctx, id),
        [MEMBER_TYPE]: (ctx, _key, id) => households.node(ctx, id),
        [SURVEY_TYPE]: (ctx, _key, id) => households.node(ctx, id),
        [FLAG_TYPE]: (ctx, _key, id) => households.node(ctx, id),
      },
    };
  },
});
