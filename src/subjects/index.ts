import type { AuditService } from '../audit/audit.service';
import type { ConsentConfig } from '../config';
import type { ReferenceData } from '../jurisdictions/reference-data';
import type { RateLimiter } from '../limits/rate-limiter';
import { RegisteredNumbers } from './numbers/registered-numbers';
import { ConsentService, type ConsentEndedHook, type ConsentTexts } from './consent/consent.service';
import { DisputeService } from './disputes/dispute.service';
import { SubjectAccessService } from './access/subject-access.service';
import { ConsentResolver } from './consent/consent.resolver';
import { DisputeResolver } from './disputes/dispute.resolver';
import { SubjectAccessResolver } from './access/access.resolver';

export { subjectEntities } from './entities';
export { CONSENT_TYPE } from './consent/consent.service';
export { DISPUTE_TYPE } from './disputes/dispute.service';
export { LEGAL_HOLD_TYPE } from './access/subject-access.service';
export type { ConsentTexts, ConsentRequestText, SmsAnswer, SmsAnswerOutcome } from './consent/consent.service';
export type { SmsChecksOutcome, SmsAccessEntry } from './access/subject-access.service';
export type { SmsFileOutcome, SmsStatusOutcome } from './disputes/dispute.service';
export { DisputeKind, DisputeStatus } from './disputes/dispute.enums';
export { ConsentScope, ConsentStatus } from './consent/consent.enums';

/** The subjects feature's GraphQL resolvers. */
export const subjectResolvers = [ConsentResolver, DisputeResolver, SubjectAccessResolver] as const;

export interface SubjectDeps {
  audit: AuditService;
  reference: ReferenceData;
  limiter: RateLimiter;
  consent: ConsentConfig;
  cnicHmacKey: string;
  /** The SMS channel's texts to the person. */
  texts: ConsentTexts;
  /** Ends what rests on a withdrawn consent (the offender register's watches). */
  onConsentEnded: ConsentEndedHook;
}

/**
 * The person checked (issue #14), the feature's door. Four rooms, each with its own service:
 *   numbers/   the mobile numbers registered against each CNIC (the rule for SMS about one's own record)
 *   access/    who checked me (subject access report, SMS CHECKS) and legal holds
 *   consent/   consent the subject gives by SMS, verified for checks and watches
 *   disputes/  disputes with tracking IDs, resolution, and the register's "under dispute" gate
 * Collaborators come in through the constructor; rooms share only the registered numbers.
 */
export class SubjectServices {
  readonly numbers = new RegisteredNumbers();
  readonly consents: ConsentService;
  readonly disputes: DisputeService;
  readonly access: SubjectAccessService;

  constructor(deps: SubjectDeps) {
    this.consents = new ConsentService({
      audit: deps.audit,
      numbers: this.numbers,
      limiter: deps.limiter,
      texts: deps.texts,
      config: deps.consent,
      cnicHmacKey: deps.cnicHmacKey,
      onEnded: deps.onConsentEnded,
    });
    this.disputes = new DisputeService(deps.audit, this.numbers);
    this.access = new SubjectAccessService(deps.audit, this.numbers, deps.reference);
  }
}
