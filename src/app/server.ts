import http from 'node:http';
import express from 'express';
import { expressMiddleware } from '@as-integrations/express5';
import { leanGraphql } from './lean-graphql';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config';
import type { Logger } from '../logger';
import type { Worker } from '../pipeline/feature';
import type { Context } from '../pipeline/context';
import type { LimitsOptions } from '../pipeline/limits';
import { requestIdMiddleware } from '../common/request-id';
import { explorerRouter } from '../explorer/explorer';
import { dashboardRouter } from '../web/dashboard.router';
import { jwksRouter } from '../receipts/jwks.router';
import { createKernel, type ServerKernel } from './kernel';
import { assemble } from './features';
import { createSchema, ResolverContainer } from './schema';
import { NodeResolver } from './node.resolver';
import { createApollo } from './apollo';
import { bodyErrors, healthRoutes, notFound } from './http';
import { ReplicaMonitor } from '../db/replica';
import { ReadPlacer } from '../pipeline/reads';
import { metricsRouter } from '../metrics/http';
import { observePools } from '../metrics/pool';
import { countRefusal } from '../metrics/operations';
import { documentTooLong, refuseOversizedBody } from '../pipeline/input-limits';

export interface Server {
  app: express.Express;
  httpServer: http.Server;
  kernel: ServerKernel;
  /** The features' background workers by name (`webhooks`, `rescore`); `listen()` starts the enabled ones. */
  workers: Record<string, Worker>;
  /** Listens on config.host:config.port (0 picks a free port); resolves to the base URL. */
  listen(): Promise<string>;
  /** Stops accepting requests, drains those in flight, stops Apollo and the workers. The ORM is the caller's to close. */
  close(): Promise<void>;
}

export interface ServerOptions {
  /** Sandbox mode only (`npm run sandbox`): operations refused as rate limited whatever the budget. */
  alwaysLimited?: LimitsOptions['alwaysLimited'];
}

/** The composition root: kernel -> features -> schema -> Apollo with the request pipeline -> HTTP routes. */
export async function createServer(
  /** `replica`: the streaming replica (DATABASE_REPLICA_URL; src/app/database.ts), where `@ReplicaRead` operations read. */
  { orm, sealKey, replica: replicaOrm = null }: { orm: MikroORM; sealKey: Buffer; replica?: MikroORM | null },
  config: Config,
  logger: Logger,
  options: ServerOptions = {},
): Promise<Server> {
  if ((config.sandbox || options.alwaysLimited) && config.nodeEnv === 'production') {
    throw new Error('Sandbox mode cannot be enabled in production (NODE_ENV=production).');
  }
  const kernel = await createKernel(orm, config, logger, sealKey);
  const features = assemble(kernel);
  const schema = await createSchema(new ResolverContainer([new NodeResolver(features.nodes), ...features.resolvers]));

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', false);
  const httpServer = http.createServer();
  const replica = replicaOrm ? new ReplicaMonitor(orm, replicaOrm, config.scaleOut.replicaMaxLagMs, logger.child({ component: 'replica' })) : null;
  observePools(replicaOrm ? { primary: orm, replica: replicaOrm } : { primary: orm });
  const apollo = createApollo(kernel, schema, httpServer, { alwaysLimited: options.alwaysLimited }, new ReadPlacer(replica), features.answers);
  await apollo.start();

  app.use(requestIdMiddleware);
  app.use(healthRoutes(orm, logger));
  app.use(jwksRouter(kernel.receipts, logger));
  app.use(metricsRouter({ allowedAddresses: config.scaleOut.metricsAllowedAddresses, token: config.scaleOut.metricsToken }, logger));
  app.use('/dashboard', dashboardRouter());
  for (const route of features.routes) app.use(route.path, route.router);
  // GraphiQL for browsers, in development only: production never serves HTML (GET /graphql is the API's alone).
  const explorer = config.nodeEnv !== 'production' ? explorerRouter(schema, logger) : null;
  if (explorer) app.use(explorer);
  // Stage 1 of the pipeline: who asks, then the request's context.
  const contextFor = async (authorization: string | undefined, requestId: string): Promise<Context> =>
    kernel.createRequestContext(await countRefusal(kernel.authenticateHeader(authorization)), requestId, 'graphql');
  app.use(
    '/graphql',
    express.json({ limit: '1mb', verify: (_req, _res, body) => refuseOversizedBody(body) }),
    (req: express.Request, res: express.Response, next: express.NextFunction) => {
      const tooLong = documentTooLong(req.body);
      if (!tooLong) return next();
      res.status(400).json({ errors: [{ message: tooLong, extensions: { code: 'BAD_USER_INPUT', requestId: String(res.locals.requestId) } }] });
    },
    expressMiddleware(apollo, { context: async ({ req, res }) => contextFor(req.headers.authorization, String(res.locals.requestId)) }),
  );
  // POST /graphql with a plain JSON body skips express (src/app/lean-graphql.ts); the rest is the app above.
  httpServer.on('request', leanGraphql(apollo, contextFor, app, logger));
  app.use(notFound);
  app.use(bodyErrors(logger));

  const workers = Object.fromEntries(features.workers.map((w) => [w.name, w]));
  return {
    app,
    httpServer,
    kernel,
    workers,
    listen: () =>
      new Promise((resolve, reject) => {
        for (const worker of features.workers) if (worker.enabled) worker.start();
        if (config.authCacheMs > 0) void kernel.authCache.start();
        replica?.start();
        httpServer.once('error', reject);
        httpServer.listen(config.port, config.host, () => {
          const address = httpServer.address();
          const port = typeof address === 'object' && address ? address.port : config.port;
          resolve(`http://${config.host}:${port}`);
        });
      }),
    close: async () => {
      await apollo.stop();
      await replica?.stop();
      await kernel.authCache.stop();
      await kernel.limiter.close();
      for (const worker of features.workers) await worker.stop();
    },
  };
}
