import { feature, provide } from '../pipeline/feature';
import { offenders } from '../offenders';
import { households } from '../households';
import { consentTexts, subjects, type ConsentTexts } from '../subjects';
import { smsRouter } from './sms.router';
import { SmsService } from './sms.service';
import { SmsOutboxEntity } from './sms-outbox.entity';
import { SmsOutbox, SmsOutboxWorker } from './sms-outbox';
import { SubjectTexts } from './subject-replies';

/**
 * Short codes 7000 (offender check) and 8171 (survey status) through an SMS gateway (Kannel) at /sms/inbound, the
 * person's own commands (issue #14), and texts to people (consent requests) through an outbox sent by Kannel's
 * sendsms when SMS_SEND_URL is set.
 */
export const sms = feature<{ texts: ConsentTexts }>({
  name: 'sms',
  entities: [SmsOutboxEntity],
  resolvers: [],
  provides: [provide(consentTexts, (api: { texts: ConsentTexts }) => api.texts)],
  create({ config, logger, audit, limiter, createRequestContext, authenticateKey, orm, sealer }, use) {
    const outbox = config.sms.sendUrl
      ? new SmsOutboxWorker(orm, () => sealer.system('sms-outbox'), config.sms.sendUrl, config.cnicHmacKey, logger.child({ component: 'sms-outbox' }))
      : null;
    const service = new SmsService({
      authenticateKey,
      audit,
      limiter,
      createRequestContext,
      checks: use(offenders).checks,
      households: use(households).households,
      subjects: () => use(subjects),
      cnicHmacKey: config.cnicHmacKey,
      messagesPerHour: config.sms.messagesPerHour,
    });
    return {
      api: { texts: new SubjectTexts(new SmsOutbox(), () => outbox?.wake()) },
      routes: [{ path: '/sms', router: smsRouter(service, config.sms, logger) }],
      workers: outbox ? [{ name: 'sms-outbox', enabled: true, start: () => outbox.start(), stop: () => outbox.stop() }] : [],
    };
  },
});
