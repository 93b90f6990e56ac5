import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from './config';
import type { Logger } from './logger';
import type { ReferenceData } from './jurisdictions/reference-data';
import type { Viewer } from './auth/viewer';
import type { ApiKeysService } from './auth/api-keys.service';
import type { AuditService } from './audit/audit.service';
import type { IdentityService } from './identity/identity.service';
import type { CostReport, PendingCharge } from './limits/limits.plugin';
import type { SecurityService } from './security/security.service';
import type { OffenderServices } from './offenders/offender.services';
import type { HouseholdService } from './households/household.service';
import type { RegistrationService } from './households/registration.service';
import type { MemberService } from './households/member.service';
import type { ScorecardService } from './scorecard/scorecard.service';
import type { DashboardService } from './dashboards/dashboard.service';
import type { Loaders } from './loaders';
import type { SubjectServices } from './subjects';
import type { ReceiptService } from './receipts/receipt.service';

/** Built once at start-up and shared by every request. */
export interface Services {
  apiKeys: ApiKeysService;
  audit: AuditService;
  identity: IdentityService;
  security: SecurityService;
  offenders: OffenderServices;
  households: HouseholdService;
  registrations: RegistrationService;
  members: MemberService;
  scorecard: ScorecardService;
  dashboards: DashboardService;
  subjects: SubjectServices;
  receipts: ReceiptService;
}

export interface AppDeps {
  config: Config;
  logger: Logger;
  reference: ReferenceData;
  services: Services;
}

/** Built per request: its own fork of the entity manager, the authenticated viewer, and request-scoped logging. */
export interface Context {
  em: EntityManager;
  viewer: Viewer;
  /** Per-request DataLoaders (src/loaders.ts). */
  loaders: Loaders;
  requestId: string;
  logger: Logger;
  deps: AppDeps;
  /** Set once the operation is priced; reported in `extensions.cost`. */
  cost?: CostReport;
  /**
   * A budget charge the limits plugin left to the operation's own statement (the offender check charges it in the
   * same SQL call: see limits.plugin.ts). Whoever charges it clears it; if nobody does, the plugin charges it as the
   * response goes out, so every priced operation is charged exactly once.
   */
  pendingCharge?: PendingCharge;
  /** Set when the budget refused the operation: the Retry-After header. */
  retryAfterSeconds?: number;
}
