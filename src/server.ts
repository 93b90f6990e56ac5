import http from 'node:http';
import express from 'express';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createSchema } from './schema';
import { createFormatError } from './common/errors';
import { authenticate } from './auth/authenticate';
import { JwtVerifier } from './auth/jwt';
import { ApiKeysService } from './auth/api-keys.service';
import { AuthCacheListener } from './auth/auth-cache.listener';
import { AuditService } from './audit/audit.service';
import { EnumerationGuard } from './security/enumeration-guard';
import { SecurityService } from './security/security.service';
import { IdentityService } from './identity/identity.service';
import { OffenderServices } from './offenders/offender.services';
import { WebhookWorker } from './offenders/webhook.worker';
import { HouseholdService } from './households/household.service';
import { RegistrationService } from './households/registration.service';
import { MemberService } from './households/member.service';
import { ScorecardService } from './scorecard/scorecard.service';
import { DashboardService } from './dashboards/dashboard.service';
import { RescoreWorker } from './scorecard/rescore.worker';
import { createLoaders } from './loaders';
import { ReferenceData } from './jurisdictions/reference-data';
import { currentRequestId, requestIdMiddleware } from './request-context';
import { scope, scopeOf } from './db/jurisdiction-scope';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLArmorRejectCallback } from '@escape.tech/graphql-armor-types';
import Redis from 'ioredis';
import { limitsPlugin } from './limits/limits.plugin';
import { inputHygienePlugin } from './common/input-hygiene.plugin';
import { requestTransactionPlugin } from './db/request-transaction.plugin';
import { PostgresRateLimiter, RedisRateLimiter, type RateLimiter } from './limits/rate-limiter';
import { QueryTooComplexError } from './common/errors';
import { SmsService } from './sms/sms.service';
import { smsRouter } from './sms/sms.router';
import { explorerRouter } from './explorer/explorer';
import { mentionsRateLimitedCnic } from './sandbox/families';
import { dashboardRouter } from './web/dashboard.router';
import { SubjectServices } from './subjects';
import { ReceiptKeyStore } from './receipts/key-store';
import { ReceiptService } from './receipts/receipt.service';
import { jwksRouter } from './receipts/jwks.router';
import { SmsOutbox, SmsOutboxWorker } from './sms/sms-outbox';
import { SubjectTexts } from './sms/subject-replies';
import type { Config } from './config';
import type { Logger } from './logger';
import type { AppDeps, Context } from './context';

export interface Server {
  app: express.Express;
  httpServer: http.Server;
  deps: AppDeps;
  /** Delivers the webhook outbox; started by `listen()` when `config.webhookWorker`. */
  webhooks: WebhookWorker;
  /** Re-scores households after a model is activated; started by `listen()` when `config.rescoreWorker`. */
  rescore: RescoreWorker;
  /** Sends texts to people (consent requests); null unless SMS_SEND_URL is set, then started by `listen()`. */
  smsOutbox: SmsOutboxWorker | null;
  /** Listens on config.host:config.port (0 picks a free port); resolves to the base URL. */
  listen(): Promise<string>;
  /** Stops accepting requests, drains those in flight, stops Apollo. The ORM is the caller's to close. */
  close(): Promise<void>;
}

/** Adds `extensions.requestId` to every response and logs one line per operation (never variables). */
function requestLogPlugin(logger: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ response, operationName, errors }) {
          if (response.body.kind === 'single') {
            response.body.singleResult.extensions = {
              ...response.body.singleResult.extensions,
              requestId: contextValue.requestId,
            };
          }
          logger.info(
            {
              requestId: contextValue.requestId,
              operationName,
              actor: contextValue.viewer.actorId,
              role: contextValue.viewer.role,
              ms: Number(process.hrtime.bigint() - started) / 1e6,
              errors: errors?.map((e) => e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'),
            },
            'graphql',
          );
        },
      };
    },
  };
}

/** Armor's depth/alias/directive rejections become our QUERY_TOO_COMPLEX, with the limit. */
function rejectAs(limit: number): { exposeLimits: true; propagateOnRejection: false; onReject: GraphQLArmorRejectCallback[] } {
  return {
    exposeLimits: true,
    propagateOnRejection: false,
    onReject: [(ctx, error) => ctx?.reportError(new QueryTooComplexError(error.message, { limit }))],
  };
}

export async function createServer(orm: MikroORM, config: Config, logger: Logger): Promise<Server> {
  if (config.sandbox && config.nodeEnv === 'production') {
    throw new Error('Sandbox mode cannot be enabled in production (NODE_ENV=production).');
  }
  const reference = await ReferenceData.load(orm.em.fork());
  const audit = new AuditService(
    config.cnicHmacKey,
    new EnumerationGuard(config.cnicHmacKey, config.detectors, logger),
  );
  const limiter: RateLimiter = config.redisUrl
    ? new RedisRateLimiter(new Redis(config.redisUrl, { maxRetriesPerRequest: 2, enableOfflineQueue: true }))
    : new PostgresRateLimiter(orm.em);
  const smsOutbox = config.sms.sendUrl ? new SmsOutboxWorker(orm, config.sms.sendUrl, config.cnicHmacKey, logger.child({ component: 'sms-outbox' })) : null;
  const receipts = new ReceiptService(await ReceiptKeyStore.open(config.receipts.keysDir), config.receipts.issuer);
  // The person checked (issue #14) and the offender register need each other's answers: through ports, wired here.
  const subjects: SubjectServices = new SubjectServices({
    audit,
    reference,
    limiter,
    consent: config.consent,
    cnicHmacKey: config.cnicHmacKey,
    texts: new SubjectTexts(new SmsOutbox(), () => smsOutbox?.wake()),
    onConsentEnded: (em, consentKey) => offenders.watches.endForConsent(em, consentKey),
  });
  const offenders = new OffenderServices({ consents: subjects.consents, disputes: subjects.disputes });
  const deps: AppDeps = {
    config,
    logger,
    reference,
    services: {
      apiKeys: new ApiKeysService(config.authCacheMs),
      audit,
      identity: new IdentityService(reference, audit),
      security: new SecurityService(),
      offenders,
      households: new HouseholdService(reference, audit),
      registrations: new RegistrationService(reference, audit),
      members: new MemberService(audit),
      scorecard: new ScorecardService(reference, audit, subjects.consents),
      dashboards: new DashboardService(reference),
      subjects,
      receipts,
    },
  };
  const authCache = new AuthCacheListener(orm.config.get('clientUrl')!, deps.services.apiKeys, logger);
  const rescore = new RescoreWorker(orm, reference, logger.child({ component: 'rescore' }));
  if (config.rescoreWorker) deps.services.scorecard.wakeRescore = () => rescore.wake();
  const webhooks = new WebhookWorker(orm, logger.child({ component: 'webhooks' }));
  const jwt = config.jwt ? await JwtVerifier.create(config.jwt) : null;

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', false);
  const httpServer = http.createServer(app);
  app.use(requestIdMiddleware);

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await orm.em.getConnection().execute('select 1');
      const pending = await orm.getMigrator().getPendingMigrations();
      if (pending.length) {
        res.status(503).json({ status: 'migrations pending', pending: pending.map((m) => m.name) });
        return;
      }
      res.json({ status: 'ready' });
    } catch (error) {
      logger.warn({ err: error, requestId: currentRequestId() }, 'readiness check failed');
      res.status(503).json({ status: 'database unreachable' });
    }
  });

  app.use(jwksRouter(receipts, logger));
  app.use('/dashboard', dashboardRouter());
  app.use('/sms', smsRouter(new SmsService(orm, deps, limiter), config.sms, logger));

  const armor = new ApolloArmor({
    costLimit: { enabled: false }, // priced by limitsPlugin with the schema's own complexity
    blockFieldSuggestion: { enabled: false }, // hideSchemaDetailsFromClientErrors does it
    maxTokens: { enabled: false }, // parseOptions.maxTokens aborts the parser itself
    maxDepth: { n: config.limits.maxDepth, ...rejectAs(config.limits.maxDepth) },
    maxAliases: { n: config.limits.maxAliases, ...rejectAs(config.limits.maxAliases) },
    maxDirectives: { n: 10, ...rejectAs(10) },
  }).protect();

  const schema = await createSchema();
  const apollo = new ApolloServer<Context>({
    schema,
    formatError: createFormatError(logger),
    introspection: config.nodeEnv !== 'production',
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: true,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    parseOptions: { maxTokens: config.limits.maxTokens },
    validationRules: armor.validationRules,
    logger: {
      debug: (m) => logger.debug(m),
      info: (m) => logger.info(m),
      warn: (m) => logger.warn(m),
      error: (m) => logger.error(m),
    },
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(), // no HTTP caching of answers about people; and it hooks every field
      ...armor.plugins,
      requestLogPlugin(logger),
      inputHygienePlugin<Context>(),
      requestTransactionPlugin(logger),
      limitsPlugin(
        limiter,
        config.limits.maxCostPerQuery,
        config.sandbox && config.nodeEnv !== 'production' ? { alwaysLimited: mentionsRateLimitedCnic } : {},
      ),
    ],
  });
  await apollo.start();

  // GraphiQL for browsers, in development only: production never serves HTML (GET /graphql is the API's alone).
  if (config.nodeEnv !== 'production') {
    const explorer = explorerRouter(schema, logger);
    if (explorer) app.use(explorer);
  }

  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<Context> => {
        const requestId = String(res.locals.requestId);
        const em = orm.em.fork();
        const viewer = await authenticate(req.headers.authorization, em, deps.services.apiKeys, jwt);
        scope(em, scopeOf(viewer.jurisdiction, reference));
        const loaders = createLoaders(em, viewer, reference);
        return { em, viewer, loaders, requestId, logger: logger.child({ requestId }), deps };
      },
    }),
  );

  app.use((_req, res) => {
    res.status(404).json({ error: 'Not found. The API is at /graphql.' });
  });
  // Body-parser failures (malformed JSON, body over the cap) answer in GraphQL's error shape, never an HTML stack.
  app.use((error: { status?: number; type?: string }, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (res.headersSent) return next(error);
    const tooLarge = error.type === 'entity.too.large';
    const status = error.status && error.status < 500 ? error.status : 500;
    if (status === 500) logger.error({ err: error, requestId: currentRequestId() }, 'unhandled HTTP error');
    res.status(status).json({
      errors: [
        {
          message: tooLarge ? 'Request body is too large (limit 1 MB).' : status === 500 ? 'Internal server error.' : 'Malformed request body: send JSON.',
          extensions: { code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST', requestId: currentRequestId() },
        },
      ],
    });
  });

  return {
    app,
    httpServer,
    deps,
    webhooks,
    rescore,
    smsOutbox,
    listen: () =>
      new Promise((resolve, reject) => {
        if (config.webhookWorker) webhooks.start();
        if (config.rescoreWorker) rescore.start();
        smsOutbox?.start();
        if (config.authCacheMs > 0) void authCache.start();
        httpServer.once('error', reject);
        httpServer.listen(config.port, config.host, () => {
          const address = httpServer.address();
          const port = typeof address === 'object' && address ? address.port : config.port;
          resolve(`http://${config.host}:${port}`);
        });
      }),
    close: async () => {
      await apollo.stop();
      await authCache.stop();
      await limiter.close();
      await webhooks.stop();
      await rescore.stop();
      await smsOutbox?.stop();
    },
  };
}
