import fs from 'node:fs';
import path from 'node:path';
import express from 'express';
import { introspectionFromSchema, type GraphQLSchema } from 'graphql';
import { explorerDir, loadExampleOperations } from './operations';
import type { Logger } from '../logger';

/** The element GraphiQL renders into once it has loaded (browser tests wait for it). */
export const GRAPHIQL_RENDERED_SELECTOR = '.graphiql-container';

/** The header editor's starting text: integrators replace the placeholder with their key. */
export const HEADERS_TEMPLATE = JSON.stringify({ Authorization: 'ApiKey <paste your key>' }, null, 2);

/**
 * Same-origin only. `data:` for fonts and images because graphiql.min.css embeds its fonts and icons as data URIs
 * (bytes already inside a same-origin file, no request). Nothing inline: every script and style is a file.
 */
export const EXPLORER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

interface Asset {
  file: string;
  type: string;
}

/** Files served from node_modules as they are published: the UMD builds, no bundling step. */
function assets(): Record<string, Asset> {
  const pkg = (name: string, file: string) => path.join(path.dirname(require.resolve(`${name}/package.json`)), file);
  const js = 'text/javascript; charset=utf-8';
  const css = 'text/css; charset=utf-8';
  return {
    'react.production.min.js': { file: pkg('react', 'umd/react.production.min.js'), type: js },
    'react-dom.production.min.js': { file: pkg('react-dom', 'umd/react-dom.production.min.js'), type: js },
    'graphiql.min.js': { file: pkg('graphiql', 'graphiql.min.js'), type: js },
    'graphiql.min.css': { file: pkg('graphiql', 'graphiql.min.css'), type: css },
    'explorer.js': { file: path.join(explorerDir(), 'explorer.js'), type: js },
    'explorer.css': { file: path.join(explorerDir(), 'explorer.css'), type: css },
  };
}

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tasdeeq API explorer</title>
<link rel="stylesheet" href="/explorer/graphiql.min.css">
<link rel="stylesheet" href="/explorer/explorer.css">
</head>
<body>
<div id="graphiql">Loading the explorer…</div>
<script src="/explorer/react.production.min.js"></script>
<script src="/explorer/react-dom.production.min.js"></script>
<script src="/explorer/graphiql.min.js"></script>
<script src="/explorer/config.js"></script>
<script src="/explorer/explorer.js"></script>
</body>
</html>
`;

function securityHeaders(res: express.Response): void {
  res.set({
    'content-security-policy': EXPLORER_CSP,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-cache',
  });
}

/**
 * Development only (the server mounts it when NODE_ENV is not production): `GET /graphql` from a browser opens
 * GraphiQL with the example operations as tabs and the schema preloaded; its files come from npm packages under `/explorer/`, never a CDN.
 * Returns null, and logs why, when the packages are not installed (`npm ci --omit=dev`).
 */
export function explorerRouter(schema: GraphQLSchema, logger: Logger): express.Router | null {
  let files: Record<string, Asset>;
  try {
    files = assets();
    for (const asset of Object.values(files)) fs.accessSync(asset.file, fs.constants.R_OK);
  } catch (error) {
    logger.warn({ err: error }, 'API explorer disabled: its npm packages (devDependencies) are not installed');
    return null;
  }
  // The schema is handed to GraphiQL, so docs and completion work before a key is pasted (operations need one).
  const introspection = introspectionFromSchema(schema);
  // Examples are read on each request, so an edited one shows on reload. `<` escaped: never closes a tag.
  const configScript = () =>
    `window.TASDEEQ_EXPLORER = ${JSON.stringify({ headers: HEADERS_TEMPLATE, operations: loadExampleOperations(), schema: introspection }).replace(/</g, '\\u003c')};\n`;

  const router = express.Router();
  router.get('/graphql', (req, res, next) => {
    // API clients (Accept: application/json, or a GET with a query) go on to Apollo Server.
    if (req.query.query !== undefined || req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) !== 'text/html') {
      next();
      return;
    }
    securityHeaders(res);
    res.type('html').send(PAGE);
  });
  router.get('/explorer/config.js', (_req, res) => {
    securityHeaders(res);
    res.type(files['explorer.js'].type).send(configScript());
  });
  router.get('/explorer/:file', (req, res, next) => {
    const asset = Object.hasOwn(files, req.params.file) ? files[req.params.file] : undefined;
    if (!asset) {
      next();
      return;
    }
    securityHeaders(res);
    res.sendFile(asset.file, { headers: { 'content-type': asset.type }, cacheControl: false });
  });
  return router;
}
