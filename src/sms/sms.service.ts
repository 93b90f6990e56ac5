import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '../auth/role';
import type { Viewer } from '../auth/viewer';
import { ClientSuspendedError } from '../auth/suspension';
import { LookupPurpose } from '../audit/purpose';
import type { AuditOutcome, AuditService } from '../audit/audit.service';
import { DomainError, UnauthenticatedError } from '../common/errors';
import type { Cnic } from '../common/cnic';
import { withEntityManager, type Context, type CreateRequestContext } from '../pipeline/context';
import type { RateLimiter } from '../limits/rate-limiter';
import { OffenderCheckInput, type MessageLocale, type OffenderCheckService } from '../offenders';
import type { HouseholdService } from '../households';
import { SenderHasher } from './sender';
import { parseSmsText, type ParsedSms } from './sms-text';
import { helpReply, offenderReply, ShortCode, SMS_REPLIES, surveyReply } from './sms.templates';
import { parseMobileNumber, type MobileNumber } from '../common/mobile-number';
import { DisputeKind, type SubjectServices } from '../subjects';
import { checksReply, consentAnswerReply, disputeFiledReply, disputeStatusReply, SUBJECT_REPLIES } from './subject-replies';

/** One message as the gateway hands it over. */
export interface InboundSms {
  from: string;
  to: string;
  text: string;
}

type ReplyKind =
  | 'OFFENDER_CHECK'
  | 'SURVEY_STATUS'
  | 'HELP'
  | 'TOO_MANY'
  | 'UNAVAILABLE'
  | 'SUBJECT_ACCESS'
  | 'DISPUTE_FILED'
  | 'DISPUTE_STATUS'
  | 'CONSENT_ANSWER'
  | 'NOT_REGISTERED';

type SubjectCommand = Extract<ParsedSms, { kind: 'CHECKS' | 'DISPUTE' | 'CONSENT' | 'TRACKING' | 'SUBJECT_HELP' }>;

const HOUR_SECONDS = 3600;

/**
 * Responsible for answering one inbound SMS: the per-number limit, reading the text, the same services as
 * `verifyOffender` (7000) and `surveyStatus` (8171) under the gateway client's viewer and jurisdiction scope, and an
 * audit row per message that names the sender only by keyed hash.
 */
export class SmsService {
  private readonly senders: SenderHasher;

  constructor(
    private readonly collaborators: {
      /** Stage 1 of the request pipeline for API keys (src/auth/authenticate.ts). */
      authenticateKey: (key: string) => Promise<Viewer>;
      audit: AuditService;
      limiter: RateLimiter;
      createRequestContext: CreateRequestContext;
      checks: OffenderCheckService;
      households: HouseholdService;
      /** The person's own commands (issue #14); read when a message needs it (the feature is built after this one's). */
      subjects: () => SubjectServices;
      cnicHmacKey: string;
      messagesPerHour: number;
    },
  ) {
    this.senders = new SenderHasher(collaborators.cnicHmacKey);
  }

  /** The gateway's viewer, or null for anything but a working SMS_GATEWAY key. */
  async authenticateGateway(key: string | undefined): Promise<Viewer | null> {
    if (!key) return null;
    try {
      const viewer = await this.collaborators.authenticateKey(key);
      return viewer.role === Role.SMS_GATEWAY ? viewer : null;
    } catch (error) {
      if (error instanceof UnauthenticatedError || error instanceof ClientSuspendedError) return null;
      throw error;
    }
  }

  async answer(viewer: Viewer, sms: InboundSms, requestId: string): Promise<string> {
    const shortCode = sms.to.replace(/\D/g, '');
    const sender = this.senders.hash(sms.from);
    const ctx = this.collaborators.createRequestContext(viewer, requestId, 'sms');
    const audit = (em: EntityManager, outcome: AuditOutcome, reply: ReplyKind, purpose: LookupPurpose | null = null) =>
      this.collaborators.audit.record(em, ctx, {
        action: 'sms.inbound',
        outcome,
        purpose,
        detail: { shortCode, senderHash: sender, reply },
      });

    const charge = await this.collaborators.limiter.charge(ctx.scope.token, `sms:${sender}`, 1, this.collaborators.messagesPerHour, HOUR_SECONDS);
    if (!charge.allowed) {
      await ctx.em.transactional((em) => audit(em, 'REFUSED', 'TOO_MANY'));
      return SMS_REPLIES.tooMany;
    }

    const parsed = parseSmsText(sms.text);
    const service = shortCode === ShortCode.OFFENDER_CHECK || shortCode === ShortCode.SURVEY_STATUS ? shortCode : null;
    if (service && parsed.kind !== 'CNIC' && parsed.kind !== 'HELP' && (parsed.kind !== 'TRACKING' || service === ShortCode.SURVEY_STATUS)) {
      return this.subjectCommand(ctx, parsed, service, parseMobileNumber(sms.from), (em, outcome, reply) => audit(em, outcome, reply, LookupPurpose.SUBJECT_ACCESS));
    }
    if (!service || parsed.kind !== 'CNIC') {
      await ctx.em.transactional((em) => audit(em, 'INVALID', 'HELP'));
      return helpReply(shortCode);
    }

    try {
      // Under the gateway's jurisdiction scope. A survey-status lookup, its audit row and this message's row commit
      // together; an offender check writes its audit rows in its own statement, as every check does (see
      // offender_check), so they commit before this message's row and stand if it fails.
      return await ctx.em.transactional(async (em) => {
        const inner = withEntityManager(ctx, em);
        const reply =
          service === ShortCode.OFFENDER_CHECK
            ? await this.offenderCheck(inner, parsed.cnic, parsed.locale)
            : await this.surveyStatus(inner, parsed.cnic, parsed.locale);
        await audit(em, 'SUCCESS', service === ShortCode.OFFENDER_CHECK ? 'OFFENDER_CHECK' : 'SURVEY_STATUS', LookupPurpose.CITIZEN_SELF_CHECK);
        return reply;
      });
    } catch (error) {
      // Refusals (the gateway's daily cap, a suspension, a NONE disclosure policy) reach the citizen as
      // "unavailable"; the reason is for the operators, in the log and the audit row.
      if (!(error instanceof DomainError)) throw error;
      ctx.logger.warn({ code: error.extensions.code, shortCode }, 'SMS lookup refused');
      await ctx.em.transactional((em) => audit(em, 'REFUSED', 'UNAVAILABLE', LookupPurpose.CITIZEN_SELF_CHECK));
      return SMS_REPLIES.unavailable;
    }
  }

  /**
   * The person's own record (issue #14): CHECKS, DISPUTE, consent answers, tracking IDs. Each is answered only for a
   * sender whose number is registered to the CNIC concerned (the subjects feature decides); refusals reach the
   * person as "unavailable", like lookups.
   */
  private async subjectCommand(
    ctx: Context,
    parsed: SubjectCommand,
    shortCode: ShortCode,
    sender: MobileNumber | null,
    audit: (em: EntityManager, outcome: AuditOutcome, reply: ReplyKind) => Promise<void>,
  ): Promise<string> {
    const subjects = this.collaborators.subjects();
    const done = async (outcome: AuditOutcome, reply: ReplyKind, text: string) => {
      await ctx.em.transactional((em) => audit(em, outcome, reply));
      return text;
    };
    if (parsed.kind === 'SUBJECT_HELP') return done('INVALID', 'HELP', SUBJECT_REPLIES.help);
    if (!sender) return done('REFUSED', 'NOT_REGISTERED', parsed.kind === 'TRACKING' ? SUBJECT_REPLIES.trackingNotFound : SUBJECT_REPLIES.notRegistered);
    try {
      switch (parsed.kind) {
        case 'CHECKS': {
          const result = await subjects.access.smsChecks(ctx, sender, parsed.cnic);
          if (result.kind === 'NOT_REGISTERED') return done('REFUSED', 'NOT_REGISTERED', SUBJECT_REPLIES.notRegistered);
          return done('SUCCESS', 'SUBJECT_ACCESS', checksReply(result.cnicMasked, result.entries, result.withheld, parsed.locale));
        }
        case 'DISPUTE': {
          const kind = shortCode === ShortCode.SURVEY_STATUS ? DisputeKind.HOUSEHOLD_DATA : DisputeKind.CONVICTION_RECORD;
          const result = await subjects.disputes.fileBySms(ctx, { sender, cnic: parsed.cnic, kind, details: parsed.details });
          if (result.kind === 'NOT_REGISTERED') return done('REFUSED', 'NOT_REGISTERED', SUBJECT_REPLIES.notRegistered);
          return done('SUCCESS', 'DISPUTE_FILED', disputeFiledReply(result.trackingId, parsed.locale));
        }
        case 'TRACKING': {
          const result = await subjects.disputes.statusBySms(ctx, sender, parsed.trackingId);
          if (result.kind === 'NOT_FOUND') return done('NOT_FOUND', 'DISPUTE_STATUS', SUBJECT_REPLIES.trackingNotFound);
          return done('SUCCESS', 'DISPUTE_STATUS', disputeStatusReply(result.trackingId, result.status));
        }
        case 'CONSENT': {
          const result = await subjects.consents.answerBySms(ctx, sender, parsed.answer, parsed.code);
          if (result.kind === 'NOT_REGISTERED') return done('REFUSED', 'NOT_REGISTERED', SUBJECT_REPLIES.notRegistered);
          const outcome: AuditOutcome = result.kind === 'DONE' ? 'SUCCESS' : result.kind === 'WRONG_CODE' ? 'INVALID' : 'REFUSED';
          return done(outcome, 'CONSENT_ANSWER', consentAnswerReply(result, parsed.locale));
        }
      }
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      ctx.logger.warn({ code: error.extensions.code, shortCode }, 'SMS subject command refused');
      return done('REFUSED', 'UNAVAILABLE', SMS_REPLIES.unavailable);
    }
  }

  private async offenderCheck(ctx: Context, cnic: Cnic, locale: MessageLocale): Promise<string> {
    const input = Object.assign(new OffenderCheckInput(), { cnic, purpose: LookupPurpose.CITIZEN_SELF_CHECK, locale });
    const check = await this.collaborators.checks.verify(ctx, input);
    return offenderReply(check, locale);
  }

  private async surveyStatus(ctx: Context, cnic: Cnic, locale: MessageLocale): Promise<string> {
    const answer = await this.collaborators.households.surveyStatus(ctx, cnic, LookupPurpose.CITIZEN_SELF_CHECK);
    return surveyReply(answer.status, locale);
  }
}
