import { Role } from '../auth/role';

/**
 * Query-cost points per minute, by role, when a client has no budget of its own (`npm run keys -- create --budget N`).
 * Costs (src/limits/cost.ts): leaf fields 0, object fields 1, lists and connections multiply by their size, so one
 * verifyOffenders item or one identity lookup costs about 1-2 points.
 */
export const DEFAULT_BUDGET_PER_MINUTE: Record<Role, number> = {
  [Role.EMPLOYER]: 20_000,
  [Role.EDUCATION]: 10_000,
  [Role.WELFARE_ANALYST]: 20_000,
  [Role.WELFARE_OFFICER]: 20_000,
  [Role.REGISTRATION_CENTRE]: 20_000,
  [Role.LAW_ENFORCEMENT]: 30_000,
  [Role.SMS_GATEWAY]: 60_000,
  [Role.AUDITOR]: 20_000,
  [Role.ADMIN]: 5_000,
};
