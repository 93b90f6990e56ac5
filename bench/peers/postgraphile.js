'use strict';
/**
 * Peer: PostGraphile v4 as a library on node:http, exposing the `bench` schema's functions as
 *   offenderLookup(cnic: String!): OffenderHit
 *   offenderLookupBatchList(cnics: [String]!): [OffenderHit]
 * Env: DATABASE_URL, PORT, POOL_MAX. Prints "ready" on stdout once listening.
 */
const http = require('node:http');
const { Pool } = require('pg');
const { postgraphile } = require('postgraphile');

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.POOL_MAX || 20) });
const middleware = postgraphile(pool, 'bench', {
  simpleCollections: 'both',
  disableDefaultMutations: true,
  ignoreRBAC: true,
  disableQueryLog: true,
  graphiql: false,
  enableQueryBatching: false,
  setofFunctionsContainNulls: true,
  retryOnInitFail: false,
});
const server = http.createServer(middleware);
server.listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write('ready\n'));
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
