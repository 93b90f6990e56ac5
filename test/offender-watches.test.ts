import http from 'node:http';
import { createHmac } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { startTestApp, type TestApp } from './helpers/app';
import {
  CancelWatchDocument,
  ChangeConvictionStatusDocument,
  CreateWatchDocument,
  OffenderDocument,
  VerifyOffenderDocument,
  WatchesDocument,
  type CreateWatchInput,
} from './generated/graphql';
import { Role } from '../src/auth/role';
import { createLogger } from '../src/logger';
import { WebhookWorker } from '../src/offenders/watch/webhook.worker';

const RASHID = '3520287654321';
const SAJID = '1730154321097';
const UNKNOWN = '3520299999991';

interface Received {
  key: string;
  timestamp: string;
  signature: string;
  body: string;
}

/** A webhook receiver on loopback that dedupes by Idempotency-Key, as integrators are told to. */
class Receiver {
  readonly requests: Received[] = [];
  /** Keys acted on, once each; redeliveries of a key already acted on land in `duplicates`. */
  readonly processed: string[] = [];
  readonly duplicates: string[] = [];
  /** Status to answer with, per request, in order; 200 when the queue is empty; 'hang' never answers. */
  readonly plan: (number | 'hang')[] = [];
  private waiters: (() => void)[] = [];
  private hung: http.ServerResponse[] = [];
  private server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const key = String(req.headers['idempotency-key']);
      this.requests.push({ key, timestamp: String(req.headers['x-tasdeeq-timestamp']), signature: String(req.headers['x-tasdeeq-signature']), body });
      const step = this.plan.shift() ?? 200;
      this.waiters.splice(0).forEach((w) => w());
      // 'hang' acts on the notification and then never answers: the sender cannot know it was handled.
      if (step === 'hang' || (step >= 200 && step < 300)) {
        if (this.processed.includes(key)) this.duplicates.push(key);
        else this.processed.push(key);
      }
      if (step === 'hang') this.hung.push(res);
      else res.writeHead(step).end();
    });
  });
  url = '';

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks/tasdeeq`;
  }

  /** Resolves once the receiver has seen `n` requests in total. */
  nextRequest(n: number): Promise<void> {
    return new Promise((resolve) => {
      const check = () => (this.requests.length >= n ? resolve() : this.waiters.push(check));
      check();
    });
  }

  async stop(): Promise<void> {
    this.hung.forEach((res) => res.destroy());
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }
}

describe('watches and the webhook outbox', () => {
  let app: TestApp;
  let employer: string;
  let other: string;
  const keys = {} as Record<Role, string>;
  const receiver = new Receiver();
  const logger = createLogger('silent', true);
  const inAMonth = () => new Date(Date.now() + 30 * 86_400_000).toISOString();
  const watchInput = (extra: Partial<CreateWatchInput> = {}): CreateWatchInput => ({
    cnic: RASHID,
    consentRef: 'HR-2026-0042',
    expiresAt: inAMonth(),
    callbackUrl: receiver.url,
    ...extra,
  });
  const deliveries = async () => (await app.sql<{ n: number }>('select count(*)::int as n from webhook_delivery'))[0].n;
  const watchRows = async () => (await app.sql<{ n: number }>('select count(*)::int as n from offender_watch'))[0].n;

  /** Flips Rashid's conviction to `status` as national law enforcement; returns the new version. */
  async function changeRashid(status: 'ACTIVE' | 'PARDONED') {
    const c = (await app.gql(OffenderDocument, { cnic: RASHID }, keys.LAW_ENFORCEMENT)).body.data!.offender.convictions[0];
    const res = await app.gql(ChangeConvictionStatusDocument, { input: { id: c.id, version: c.version, status, reason: 'test' } }, keys.LAW_ENFORCEMENT);
    expect(res.body.data!.changeConvictionStatus.userErrors).toEqual([]);
  }

  let watchId: string;
  let secret: string;

  beforeAll(async () => {
    await receiver.start();
    app = await startTestApp();
    for (const role of Object.values(Role)) keys[role] = await app.key(role);
    employer = await app.key(Role.EMPLOYER, { name: 'Acme HR' });
    other = await app.key(Role.EMPLOYER, { name: 'Other HR' });
  });
  afterAll(async () => {
    await app.close();
    await receiver.stop();
  });

  describe('createWatch', () => {
    it('needs a prior check of the person by the same client', async () => {
      const res = await app.gql(CreateWatchDocument, { input: watchInput() }, employer);
      expect(res.body.data!.createWatch).toEqual({
        watch: null,
        secret: null,
        userErrors: [{ field: ['input', 'cnic'], code: 'FORBIDDEN', message: 'Check this person with verifyOffender before watching them.' }],
      });
      expect(await watchRows()).toBe(0);
    });

    it('creates a watch and shows its signing secret once', async () => {
      await app.gql(VerifyOffenderDocument, { input: { cnic: RASHID, purpose: 'EMPLOYMENT_SCREENING', consentRef: 'HR-2026-0042' } }, employer);
      const input = watchInput({ idempotencyKey: 'watch-rashid-1' });
      const res = await app.gql(CreateWatchDocument, { input }, employer);
      const payload = res.body.data!.createWatch;
      expect(payload.userErrors).toEqual([]);
      expect(payload.watch).toMatchObject({ cnicMasked: '35202-*******-1', consentRef: 'HR-2026-0042', callbackUrl: receiver.url, state: 'ACTIVE' });
      expect(payload.secret).toMatch(/^[0-9a-f]{64}$/);
      watchId = payload.watch!.id;
      secret = payload.secret!;
      const retry = await app.gql(CreateWatchDocument, { input }, employer);
      expect(retry.body.data!.createWatch).toMatchObject({ watch: { id: watchId }, secret });
      expect(await watchRows()).toBe(1);
      const [audit] = await app.sql("select consent_ref, purpose from audit_event where action = 'watch.create'");
      expect(audit).toEqual({ consent_ref: 'HR-2026-0042', purpose: 'EMPLOYMENT_SCREENING' });
    });

    const tooFar = () => new Date(Date.now() + 400 * 86_400_000).toISOString();
    it.each([
      ['an expiry over 12 months ahead', () => watchInput({ expiresAt: tooFar() }), ['input', 'expiresAt'], 'INVALID'],
      ['an expiry in the past', () => watchInput({ expiresAt: '2020-01-01T00:00:00Z' }), ['input', 'expiresAt'], 'INVALID'],
      ['a callback that is not http(s)', () => watchInput({ callbackUrl: 'ftp://127.0.0.1/x' }), ['input', 'callbackUrl'], 'INVALID'],
      ['a callback with credentials', () => watchInput({ callbackUrl: 'http://user:pw@127.0.0.1/x' }), ['input', 'callbackUrl'], 'INVALID'],
      ['a malformed consent reference', () => watchInput({ consentRef: '<script>' }), ['input', 'consentRef'], 'INVALID'],
      ['an unknown CNIC', () => watchInput({ cnic: UNKNOWN }), ['input', 'cnic'], 'NOT_FOUND'],
    ])('refuses %s and writes nothing', async (_name, input, field, code) => {
      const res = await app.gql(CreateWatchDocument, { input: input() }, employer);
      expect(res.body.data!.createWatch.userErrors).toMatchObject([{ field, code }]);
      expect(await watchRows()).toBe(1);
    });

    it.each(Object.values(Role).filter((r) => r !== Role.EMPLOYER && r !== Role.EDUCATION))('%s may not watch', async (role) => {
      const res = await app.gql(CreateWatchDocument, { input: watchInput() }, keys[role]);
      expect(res.body.errors![0]).toMatchObject({ message: `The ${role} role may not manage watch data.`, extensions: { code: 'FORBIDDEN' } });
      const list = await app.gql(WatchesDocument, { first: 5 }, keys[role]);
      expect(list.body.errors![0].extensions.code).toBe('FORBIDDEN');
    });

    it('belongs to API clients, not bearer tokens', async () => {
      const token = await app.token({ sub: 'hr-1', role: 'EMPLOYER', jurisdiction: 'NATIONAL' });
      const res = await app.gql(WatchesDocument, { first: 5 }, `Bearer ${token}`);
      expect(res.body.errors![0]).toMatchObject({ message: 'Watches belong to API clients: use an API key.', extensions: { code: 'FORBIDDEN' } });
    });
  });

  describe('notifications', () => {
    it('are written to the outbox in the status change\'s transaction, and not when the change is refused', async () => {
      const before = await deliveries();
      const c = (await app.gql(OffenderDocument, { cnic: RASHID }, keys.LAW_ENFORCEMENT)).body.data!.offender.convictions[0];
      const stale = await app.gql(ChangeConvictionStatusDocument, { input: { id: c.id, version: c.version + 1, status: 'PARDONED', reason: 'x' } }, keys.LAW_ENFORCEMENT);
      expect(stale.body.data!.changeConvictionStatus.userErrors[0].code).toBe('STALE_VERSION');
      expect(await deliveries()).toBe(before);
      await changeRashid('PARDONED');
      expect(await deliveries()).toBe(before + 1);
    });

    it('are delivered signed, saying only that the status changed', async () => {
      const worker = new WebhookWorker(app.orm, () => app.sealer.system('webhooks'), logger, { allowedPrivateHosts: app.config.webhookAllowedPrivateHosts }, { backoffBaseMs: 0 });
      expect(await worker.drain()).toBe(1);
      expect(receiver.requests).toHaveLength(1);
      const [got] = receiver.requests;
      const expected = `sha256=${createHmac('sha256', secret).update(`${got.timestamp}.${got.body}`).digest('hex')}`;
      expect(got.signature).toBe(expected);
      const body = JSON.parse(got.body);
      expect(body).toEqual({
        event: 'offender.status_changed',
        watchId,
        deliveryId: got.key,
        occurredAt: expect.any(String),
        message: 'The register status of the person you watch has changed. Re-check with verifyOffender.',
      });
      // Nothing about the conviction or the person (the random ids and the time are left out: a uuid may hold "376").
      const { event, message } = body as Record<string, string>;
      expect(JSON.stringify({ event, message })).not.toMatch(/PPC|376|PARDONED|Rashid|3520287654321/);
      const log = await app.gql(WatchesDocument, { first: 10 }, employer);
      expect(log.body.data!.watches.edges[0].node.deliveries).toEqual([
        { id: got.key, status: 'DELIVERED', attempts: 1, lastStatusCode: 200, lastError: null, deliveredAt: expect.any(String) },
      ]);
    });

    it('are retried with backoff until acknowledged, and marked FAILED after the last attempt', async () => {
      receiver.plan.push(500, 200);
      await changeRashid('ACTIVE');
      const worker = new WebhookWorker(app.orm, () => app.sealer.system('webhooks'), logger, { allowedPrivateHosts: app.config.webhookAllowedPrivateHosts }, { backoffBaseMs: 0 });
      expect(await worker.drain()).toBe(2);
      const [latest] = (await app.gql(WatchesDocument, { first: 1 }, employer)).body.data!.watches.edges[0].node.deliveries;
      expect(latest).toMatchObject({ status: 'DELIVERED', attempts: 2, lastStatusCode: 200, lastError: null });
      expect(receiver.requests.slice(-2).map((r) => r.key)).toEqual([latest.id, latest.id]);

      receiver.plan.push(503, 503, 503);
      await changeRashid('PARDONED');
      const giveUp = new WebhookWorker(app.orm, () => app.sealer.system('webhooks'), logger, { allowedPrivateHosts: app.config.webhookAllowedPrivateHosts }, { backoffBaseMs: 0, maxAttempts: 3 });
      expect(await giveUp.drain()).toBe(3);
      const [failed] = (await app.gql(WatchesDocument, { first: 1 }, employer)).body.data!.watches.edges[0].node.deliveries;
      expect(failed).toMatchObject({ status: 'FAILED', attempts: 3, lastStatusCode: 503, lastError: 'HTTP 503', deliveredAt: null });
    });

    it('survive the worker dying mid-delivery: redelivered under the same key, processed once', async () => {
      receiver.plan.push('hang');
      await changeRashid('ACTIVE');
      const seen = receiver.requests.length;
      const [pending] = await app.sql<{ id: string }>("select id from webhook_delivery where status = 'PENDING'");
      const dying = new WebhookWorker(app.orm, () => app.sealer.system('webhooks'), logger, { allowedPrivateHosts: app.config.webhookAllowedPrivateHosts }, { backoffBaseMs: 0 });
      dying.start();
      await receiver.nextRequest(seen + 1);
      await dying.kill();
      // The attempt was counted before it was sent (issue #20): a delivery that kills the worker still counts.
      expect(await app.sql('select status, attempts from webhook_delivery where id = ?', [pending.id])).toEqual([{ status: 'PENDING', attempts: 1 }]);

      const restarted = new WebhookWorker(app.orm, () => app.sealer.system('webhooks'), logger, { allowedPrivateHosts: app.config.webhookAllowedPrivateHosts }, { backoffBaseMs: 0 });
      expect(await restarted.drain()).toBe(1);
      expect(receiver.requests.slice(seen).map((r) => r.key)).toEqual([pending.id, pending.id]);
      expect(receiver.processed.filter((k) => k === pending.id)).toHaveLength(1);
      expect(receiver.duplicates).toEqual([pending.id]);
      expect(await app.sql('select status, attempts from webhook_delivery where id = ?', [pending.id])).toEqual([{ status: 'DELIVERED', attempts: 2 }]);
      expect(await restarted.drain()).toBe(0);
    });

    it('end a crash loop: a delivery that kills the worker every time is FAILED after maxAttempts', async () => {
      await changeRashid('PARDONED');
      const [pending] = await app.sql<{ id: string }>("select id from webhook_delivery where status = 'PENDING'");
      for (let crash = 1; crash <= 3; crash++) {
        receiver.plan.push('hang');
        const seen = receiver.requests.length;
        const dying = new WebhookWorker(app.orm, () => app.sealer.system('webhooks'), logger, { allowedPrivateHosts: app.config.webhookAllowedPrivateHosts }, { backoffBaseMs: 0, maxAttempts: 3 });
        dying.start();
        await receiver.nextRequest(seen + 1);
        await dying.kill();
      }
      expect(await app.sql('select status, attempts from webhook_delivery where id = ?', [pending.id])).toEqual([{ status: 'FAILED', attempts: 3 }]);
      const after = new WebhookWorker(app.orm, () => app.sealer.system('webhooks'), logger, { allowedPrivateHosts: app.config.webhookAllowedPrivateHosts }, { backoffBaseMs: 0, maxAttempts: 3 });
      expect(await after.drain()).toBe(0);
      // Back to ACTIVE for the tests below, its notification set aside.
      await changeRashid('ACTIVE');
      await app.sql("update webhook_delivery set status = 'FAILED' where status = 'PENDING'");
    });

    it('are delivered by the worker the server runs', async () => {
      await changeRashid('PARDONED');
      const seen = receiver.requests.length;
      app.server.workers.webhooks.start();
      await receiver.nextRequest(seen + 1);
      await app.server.workers.webhooks.stop();
      const [row] = await app.sql<{ n: number }>("select count(*)::int as n from webhook_delivery where status = 'PENDING'");
      expect(row.n).toBe(0);
    });
  });

  describe('watches and cancelWatch', () => {
    it('list only the client\'s own watches, and cancel them', async () => {
      await app.gql(VerifyOffenderDocument, { input: { cnic: SAJID, purpose: 'EMPLOYMENT_SCREENING', consentRef: 'HR-9' } }, employer);
      await app.gql(CreateWatchDocument, { input: watchInput({ cnic: SAJID, consentRef: 'HR-9' }) }, employer);
      const page1 = (await app.gql(WatchesDocument, { first: 1 }, employer)).body.data!.watches;
      expect(page1).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
      expect(page1.edges[0].node.cnicMasked).toBe('17301-*******-7');
      const page2 = (await app.gql(WatchesDocument, { first: 1, after: page1.pageInfo.endCursor }, employer)).body.data!.watches;
      expect(page2.edges.map((e) => e.node.id)).toEqual([watchId]);
      expect((await app.gql(WatchesDocument, { first: 5 }, other)).body.data!.watches.totalCount).toBe(0);

      const foreign = await app.gql(CancelWatchDocument, { input: { id: watchId } }, other);
      expect(foreign.body.data!.cancelWatch.userErrors).toEqual([{ field: ['input', 'id'], code: 'NOT_FOUND', message: 'You have no watch with this ID.' }]);
      const cancelled = await app.gql(CancelWatchDocument, { input: { id: watchId } }, employer);
      expect(cancelled.body.data!.cancelWatch.watch).toMatchObject({ id: watchId, state: 'CANCELLED', cancelledAt: expect.any(String) });
      const again = await app.gql(CancelWatchDocument, { input: { id: watchId } }, employer);
      expect(again.body.data!.cancelWatch.userErrors[0]).toMatchObject({ code: 'INVALID', message: 'This watch is already cancelled.' });

      const before = await deliveries();
      await changeRashid('ACTIVE');
      expect(await deliveries()).toBe(before);
    });

    it('stop notifying after their expiry', async () => {
      await app.gql(VerifyOffenderDocument, { input: { cnic: RASHID, purpose: 'EMPLOYMENT_SCREENING', consentRef: 'HR-10' } }, other);
      const created = await app.gql(CreateWatchDocument, { input: watchInput({ consentRef: 'HR-10' }) }, other);
      expect(created.body.data!.createWatch.userErrors).toEqual([]);
      await app.sql("update offender_watch set expires_at = now() - interval '1 second' where consent_ref = 'HR-10'");
      const before = await deliveries();
      await changeRashid('PARDONED');
      expect(await deliveries()).toBe(before);
      const listed = (await app.gql(WatchesDocument, { first: 5 }, other)).body.data!.watches.edges.map((e) => e.node.state);
      expect(listed).toEqual(['EXPIRED']);
    });
  });
});
