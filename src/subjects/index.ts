import { feature, port, provide } from '../pipeline/feature';
import { consentGate, disputeGate } from './safeguards';
import { MobileNumberEntity } from './numbers/mobile-number.entity';
import { ConsentEntity } from './consent/consent.entity';
import { DisputeChangeEntity, DisputeEntity, DisputeEventEntity } from './disputes/dispute.entity';
import { LegalHoldEntity } from './access/legal-hold.entity';
import { CONSENT_TYPE } from './consent/consent.service';
import { DISPUTE_TYPE } from './disputes/dispute.service';
import { LEGAL_HOLD_TYPE } from './access/subject-access.service';
import type { AuditService } from '../audit/audit.service';
import type { ConsentConfig } from '../config';
import type { ReferenceData } from '../jurisdictions/reference-data';
import type { RateLimiter } from '../limits/rate-limiter';
import type { ScopeSealer } from '../db/scope-seal';
import { RegisteredNumbers } from './numbers/registered-numbers';
import { ConsentService, type ConsentEndedHook, type ConsentTexts } from './consent/consent.service';
import { DisputeService } from './disputes/dispute.service';
import { SubjectAccessService } from './access/subject-access.service';
import { ConsentResolver } from './consent/consent.resolver';
import { DisputeResolver } from './disputes/dispute.resolver';
import { SubjectAccessResolver } from './access/access.resolver';

export { CONSENT_TYPE } from './consent/consent.service';
export { DISPUTE_TYPE } from './disputes/dispute.service';
export { LEGAL_HOLD_TYPE } from './access/subject-access.service';
export type { ConsentTexts, ConsentRequestText, SmsAnswer, SmsAnswerOutcome } from './consent/consent.service';
export type { SmsChecksOutcome, SmsAccessEntry } from './access/subject-access.service';
export type { SmsFileOutcome, SmsStatusOutcome } from './disputes/dispute.service';
export { DisputeKind, DisputeStatus } from './disputes/dispute.enums';
export { consentGate, disputeGate, type ConsentCitation, type ConsentGate, type ConsentVerdict, type DisputeGate, type SubjectSafeguards } from './safeguards';
export { ConsentScope, ConsentStatus } from './consent/consent.enums';

export interface SubjectDeps {
  audit: AuditService;
  reference: ReferenceData;
  sealer: ScopeSealer;
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
    this.access = new SubjectAccessService(deps.audit, this.numbers, deps.reference, deps.sealer);
  }
}

/** The SMS channel's texts to the person: the SMS feature provides them (it also answers the person's replies). */
export const consentTexts = port<ConsentTexts>('consentTexts');
/** Ends what rests on a withdrawn consent: the offender register provides it (its watches). */
export const consentEndings = port<ConsentEndedHook>('consentEndings');

/**
 * The person checked (issue #14). Provides the consent and dispute gates the registers consult; uses the SMS texts
 * and the register's watch endings lazily (they are needed when a consent is requested or ends, never at start-up,
 * and those features consult this one's gates).
 */
export const subjects = feature<SubjectServices>({
  name: 'subjects',
  entities: [MobileNumberEntity, ConsentEntity, DisputeEntity, DisputeEventEntity, DisputeChangeEntity, LegalHoldEntity],
  resolvers: [ConsentResolver, DisputeResolver, SubjectAccessResolver],
  provides: [provide(consentGate, (api: SubjectServices) => api.consents), provide(disputeGate, (api: SubjectServices) => api.disputes)],
  create({ audit, reference, limiter, config, receipts, sealer }, use) {
    const services = new SubjectServices({
      audit,
      reference,
      sealer,
      limiter,
      consent: config.consent,
      cnicHmacKey: config.cnicHmacKey,
      texts: { consentRequest: (em, to, text) => use(consentTexts).consentRequest(em, to, text) },
      onConsentEnded: (em, consentKey) => use(consentEndings)(em, consentKey),
    });
    return {
      api: services,
      resolvers: [
        new ConsentResolver(services.consents),
        new DisputeResolver(services.disputes, receipts),
        new SubjectAccessResolver(services.access),
      ],
      nodes: {
        [CONSENT_TYPE]: (ctx, key) => services.consents.byId(ctx, key),
        [DISPUTE_TYPE]: (ctx, key) => services.disputes.byId(ctx, key),
        [LEGAL_HOLD_TYPE]: (ctx, key) => services.access.holdById(ctx, key),
      },
    };
  },
});
