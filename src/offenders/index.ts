import { feature, provide } from '../pipeline/feature';
import { consentEndings, consentGate, disputeGate } from '../subjects';
import { OffenderCheckReceiptResolver } from './check/offender-check-receipt.resolver';
import { OffenderCheckResolver } from './check/offender-check.resolver';
import { OffenderCheckService } from './check/offender-check.service';
import { ConvictionEntity } from './register/conviction.entity';
import { ConvictionEventEntity } from './register/conviction-event.entity';
import { ConvictionMutationResolver } from './register/conviction.resolver';
import { ConvictionService } from './register/conviction.service';
import { OffenderLoaders } from './register/offender.loaders';
import { CONVICTION_TYPE, OFFENDER_RECORD_TYPE } from './register/offender.mapping';
import { ConvictionResolver, OffenderRecordResolver, OffenderRegisterResolver } from './register/offender.resolver';
import { OffenderRegisterService } from './register/offender-register.service';
import { WatchEntity } from './watch/watch.entity';
import { WatchLoaders } from './watch/watch.loaders';
import { WatchResolver } from './watch/watch.resolver';
import { WATCH_TYPE, WatchService } from './watch/watch.service';
import { WebhookDeliveryEntity } from './watch/webhook-delivery.entity';
import { WebhookWorker } from './watch/webhook.worker';
import { observeOutbox } from './watch/webhook.metrics';

export { ConvictionStatus, DeliveryStatus, MessageLocale, OffenderCheckResult } from './offender.enums';
export { OffenderCheckInput } from './check/offender-check.input';
export { NameLine, OffenderCheck } from './check/offender-check.type';
export { resultMessage } from './check/offender.messages';
export { ConvictionEntity } from './register/conviction.entity';
export { ConvictionEventEntity } from './register/conviction-event.entity';
export type { OffenderCheckService } from './check/offender-check.service';

export interface OffendersApi {
  checks: OffenderCheckService;
  watches: WatchService;
}

/**
 * NSOR, the sex offenders register, in three rooms: check/ (verifyOffender, the hot path), register/ (reading and
 * changing convictions, LAW_ENFORCEMENT) and watch/ (employers' watches and their signed webhooks).
 */
export const offenders = feature<OffendersApi>({
  name: 'offenders',
  entities: [ConvictionEntity, ConvictionEventEntity, WatchEntity, WebhookDeliveryEntity],
  resolvers: [OffenderCheckResolver, OffenderCheckReceiptResolver, OffenderRegisterResolver, OffenderRecordResolver, ConvictionResolver, ConvictionMutationResolver, WatchResolver],
  provides: [provide(consentEndings, (api: OffendersApi) => (em, consentKey) => api.watches.endForConsent(em, consentKey))],
  create({ reference, audit, guard, orm, logger, config, sealer, receipts }, use) {
    const safeguards = { consents: use(consentGate), disputes: use(disputeGate) };
    const offenderLoaders = new OffenderLoaders(reference);
    const checks = new OffenderCheckService(reference, audit, guard, sealer, safeguards);
    const register = new OffenderRegisterService(reference, audit, offenderLoaders);
    const convictions = new ConvictionService(reference, audit);
    const outbound = { allowedPrivateHosts: config.webhookAllowedPrivateHosts };
    const watches = new WatchService(audit, safeguards.consents, outbound);
    const webhooks = new WebhookWorker(orm, () => sealer.system('webhooks'), logger.child({ component: 'webhooks' }), outbound);
    observeOutbox(orm, () => sealer.system('metrics'));
    return {
      api: { checks, watches },
      resolvers: [
        new OffenderCheckResolver(checks),
        new OffenderCheckReceiptResolver(receipts),
        new OffenderRegisterResolver(register),
        new OffenderRecordResolver(register),
        new ConvictionResolver(offenderLoaders),
        new ConvictionMutationResolver(convictions),
        new WatchResolver(watches, new WatchLoaders()),
      ],
      nodes: {
        [OFFENDER_RECORD_TYPE]: (ctx, key) => register.offenderById(ctx, key),
        [CONVICTION_TYPE]: (ctx, key) => register.convictionById(ctx, key),
        [WATCH_TYPE]: (ctx, key) => watches.byId(ctx, key),
      },
      workers: [{ name: 'webhooks', enabled: config.webhookWorker, start: () => webhooks.start(), stop: () => webhooks.stop() }],
    };
  },
});
