import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { Role } from '../auth/role';
import type { Viewer } from '../auth/viewer';
import { ClientSuspendedError } from '../auth/suspension';
import { LookupPurpose } from '../audit/purpose';
import type { AuditOutcome } from '../audit/audit.service';
import { DomainError, UnauthenticatedError } from '../common/errors';
import type { Cnic } from '../common/cnic';
import type { AppDeps, Context } from '../context';
import { scope, scopeOf } from '../db/jurisdiction-scope';
import type { RateLimiter } from '../limits/rate-limiter';
import { createLoaders } from '../loaders';
import type { MessageLocale } from '../offenders/offender.enums';
import { OffenderCheckInput } from '../offenders/offender.input';
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
    private readonly orm: MikroORM,
    private readonly deps: AppDeps,
    private readonly limiter: RateLimiter,
  ) {
    this.senders = new SenderHasher(deps.config.cnicHmacKey);
  }

  /** The gateway's viewer, or null for anything but a working SMS_GATEWAY key. */
  async authenticateGateway(key: string | undefined): Promise<Viewer | null> {
    if (!key) return null;
    try {
      const viewer = await this.deps.services.apiKeys.authenticate(this.orm.em.fork(), key);
      return viewer.role === Role.SMS_GATEWAY ? viewer : null;
    } catch (error) {
      if (error instanceof UnauthenticatedError || error instanceof ClientSuspendedError) return null;
      throw error;
    }
  }

  async answer(viewer: Viewer, sms: InboundSms, requestId: string): Promise<string> {
    const shortCode = sms.to.replace(/\D/g, '');
    const sender = this.senders.hash(sms.from);
    const ctx = this.context(viewer, requestId);
    const audit = (em: EntityManager, outcome: AuditOutcome, reply: ReplyKind, purpose: LookupPurpose | null = null) =>
      this.deps.services.audit.record(em, ctx, {
        action: 'sms.inbound',
        outcome,
        purpose,
        detail: { shortCode, senderHash: sender, reply },
      });

    const charge = await this.limiter.charge(`sms:${sender}`, 1, this.deps.config.sms.messagesPerHour, HOUR_SECONDS);
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
      // The lookup, its audit rows and this message's row commit together, under the gateway's jurisdiction scope.
      return await ctx.em.transactional(async (em) => {
        const inner: Context = { ...ctx, em };
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

  private context(viewer: Viewer, requestId: string): Context {
    const { reference, logger } = this.deps;
    const em = scope(this.orm.em.fork(), scopeOf(viewer.jurisdiction, reference));
    return {
      em,
      viewer,
      loaders: createLoaders(em, viewer, reference),
      requestId,
      logger: logger.child({ requestId, channel: 'sms' }),
      deps: this.deps,
    };
  }

  private async offenderCheck(ctx: Context, cnic: Cnic, locale: MessageLocale): Promise<string> {
    const input = Object.assign(new OffenderCheckInput(), { cnic, purpose: LookupPurpose.CITIZEN_SELF_CHECK, locale });
    const check = await this.deps.services.offenders.checks.verify(ctx, input);
    return offenderReply(check, locale);
  }

  private async surveyStatus(ctx: Context, cnic: Cnic, locale: MessageLocale): Promise<string> {
    const answer = await this.deps.services.households.surveyStatus(ctx, cnic, LookupPurpose.CITIZEN_SELF_CHECK);
    return surveyReply(answer.status, locale);
  }
}
