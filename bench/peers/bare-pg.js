'use strict';
/**
 * Peer: the bare SQL through `pg` (named prepared statements) on node:http. POST /lookup {"cnic"} and
 * POST /batch {"cnics": [...]} answer JSON. Env: DATABASE_URL, PORT, POOL_MAX. Prints "ready" once listening.
 */
const http = require('node:http');
const { Pool } = require('pg');
const { SINGLE_SQL, BATCH_SQL } = require('./sql');

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.POOL_MAX || 20) });

const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', async () => {
    try {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      let payload;
      if (req.url === '/lookup') {
        const { rows } = await pool.query({ name: 'lookup', text: SINGLE_SQL, values: [body.cnic] });
        payload = { data: rows[0] ?? null };
      } else if (req.url === '/batch') {
        const { rows } = await pool.query({ name: 'batch', text: BATCH_SQL, values: [body.cnics] });
        payload = { data: rows };
      } else {
        res.writeHead(404).end();
        return;
      }
      const out = JSON.stringify(payload);
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(out) }).end(out);
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
    }
  });
});
server.listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write('ready\n'));
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
