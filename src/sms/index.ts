import { feature } from '../pipeline/feature';
import { offenders } from '../offenders';
import { households } from '../households';
import { smsRouter } from './sms.router';
import { SmsService } from './sms.service';

/** Short codes 7000 (offender check) and 8171 (survey status) through an SMS gateway (Kannel) at /sms/inbound. */
export const sms = feature<void>({
  name: 'sms',
  entities: [],
  resolvers: [],
  create({ config, logger, audit, limiter, createRequestContext, authenticateKey }, use) {
    const service = new SmsService({
      authenticateKey,
      audit,
      limiter,
      createRequestContext,
      checks: use(offenders).checks,
      households: use(households).households,
      cnicHmacKey: config.cnicHmacKey,
      messagesPerHour: config.sms.messagesPerHour,
    });
    return { api: undefined, routes: [{ path: '/sms', router: smsRouter(service, config.sms, logger) }] };
  },
});
