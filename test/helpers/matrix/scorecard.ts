import { purposeOf, type MatrixRow } from './types';

const NO_HOUSEHOLD = 'SG91c2Vob2xkOjE6MDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAw';
const NO_JOB = 'UmVzY29yZUpvYjoxOjAwMDAwMDAwLTAwMDAtMDAwMC0wMDAwLTAwMDAwMDAwMDAwMA';

/** Every scorecard root field and the action that guards it. Operations are harmless: unknown IDs, invalid models. */
export const SCORECARD_ROOT_FIELDS: Record<string, MatrixRow> = {
  eligibility: {
    action: 'eligibility:check',
    operation: (role) =>
      `{ eligibility(input: {cnic: "3520212345671", programme: HEC_NEED_BASED_SCHOLARSHIP, purpose: ${purposeOf(role)}, consentRef: "C-1"}) { eligible } }`,
  },
  povertyScore: { action: 'score:read', operation: () => `{ povertyScore(householdId: "${NO_HOUSEHOLD}") { score } }` },
  scorecardModels: { action: 'scorecard:read', operation: () => '{ scorecardModels { version } }' },
  rescoreJob: { action: 'scorecard:read', operation: () => `{ rescoreJob(id: "${NO_JOB}") { processed } }` },
  publishScorecardModel: {
    action: 'scorecard:write',
    operation: () =>
      'mutation { publishScorecardModel(input: {version: "M", name: "m", description: "d", cutoff: 1, intercept: 0, indicators: []}) { userErrors { code } } }',
  },
  activateScorecardModel: {
    action: 'scorecard:write',
    operation: () => 'mutation { activateScorecardModel(input: {version: "NO-SUCH"}) { userErrors { code } } }',
  },
};
