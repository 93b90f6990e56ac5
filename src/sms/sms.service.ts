import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '../auth/role';
import type { Viewer } from '../auth/viewer';
import { LookupPurpose } from '../audit/purpose';
import type { AuditOutcome, AuditService } from '../audit/audit.service';
import { DomainError, UnauthenticatedError } from '../common/errors';
import type { Cnic } from '../common/cnic';
import { withEntityManager, type Context, type CreateRequestContext } from '../pipeline/context';
import type { RateLimiter } from '../limits/rate-limiter';
import { OffenderCheckInput, type MessageLocale, type OffenderCheckService } from '../offenders';
import type { HouseholdService } from '../households';
import { SenderHasher } from './sender';
import { parseSmsText } from './sms-text';
import { helpReply, offenderReply, ShortCode, SMS_REPLIES, surveyReply } from './sms.templates';

/** One message as the gateway hands it over. */
export interface InboundSms {
  from: string;
  to: string;
  text: string;
}

type ReplyKind = 'OFFENDER_CHECK' | 'SURVEY_STATUS' | 'HELP' | 'TOO_MANY' | 'UNAVAILABLE';

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
      if (error instanceof UnauthenticatedError) return null;
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
    if (!service || parsed.kind === 'HELP') {
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
