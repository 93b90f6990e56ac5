import fs from 'node:fs';
import path from 'node:path';
import { lexicographicSortSchema, buildClientSchema, buildSchema, printSchema, type IntrospectionQuery, getOperationAST, parse, validate, type OperationDefinitionNode } from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { startTestApp, type TestApp } from './helpers/app';
import { loadExampleOperations } from '../src/explorer/operations';
import { EXPLORER_CSP, GRAPHIQL_RENDERED_SELECTOR, HEADERS_TEMPLATE } from '../src/explorer/explorer';
import { Role } from '../src/auth/role';

const schema = buildSchema(fs.readFileSync(path.resolve(__dirname, '../schema.graphql'), 'utf8'));
const operations = loadExampleOperations();
const BROWSER = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

/** `src`/`href` of every script and stylesheet in the page. */
function assetUrls(html: string): string[] {
  return [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)="([^"]+)"/g)].map((m) => m[1]);
}

/** Absolute URLs a file would load from: imports, importScripts, CSS @import and url(), HTML src/href. */
function remoteReferences(text: string, ownHost: string): string[] {
  const patterns = [
    /\bimport\s*(?:[\w*{},\s]+from\s*)?\(?\s*["'`](https?:)?\/\/[^"'`]+/g,
    /\bimportScripts\(\s*["'`](https?:)?\/\/[^"'`]+/g,
    /@import\s+(?:url\()?\s*["']?(https?:)?\/\/[^"')\s]+/g,
    /url\(\s*["']?(https?:)?\/\/[^"')\s]+/g,
    /\b(?:src|href)\s*=\s*["'](https?:)?\/\/[^"']+/g,
  ];
  return patterns
    .flatMap((p) => [...text.matchAll(p)].map((m) => m[0]))
    .filter((ref) => /\/\/([^/"'`)\s]+)/.exec(ref)?.[1] !== ownHost);
}

describe('API explorer (development)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('GET /graphql from a browser opens GraphiQL, with a same-origin-only CSP', async () => {
    const res = await fetch(`${app.url}/graphql`, { headers: BROWSER });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(EXPLORER_CSP);
    expect(EXPLORER_CSP).toContain("default-src 'self'");
    expect(EXPLORER_CSP).toContain("script-src 'self';");
    expect(EXPLORER_CSP).not.toMatch(/unsafe|https?:|\*/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const html = await res.text();
    expect(html).toContain('<div id="graphiql">');
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/); // no inline script: CSP would block it
    expect(html).not.toMatch(/\sstyle=|<style/);
    expect(html).not.toMatch(/https?:\/\//);
    expect(assetUrls(html)).toEqual([
      '/explorer/graphiql.min.css',
      '/explorer/explorer.css',
      '/explorer/react.production.min.js',
      '/explorer/react-dom.production.min.js',
      '/explorer/graphiql.min.js',
      '/explorer/config.js',
      '/explorer/explorer.js',
    ]);
  });

  it('every script and stylesheet is same-origin, answers 200 with its type, and loads nothing from another host', async () => {
    const html = await (await fetch(`${app.url}/graphql`, { headers: BROWSER })).text();
    for (const url of assetUrls(html)) {
      expect(url.startsWith('/') && !url.startsWith('//')).toBe(true);
      const res = await fetch(`${app.url}${url}`);
      expect({ url, status: res.status }).toEqual({ url, status: 200 });
      const type = url.endsWith('.css') ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8';
      expect({ url, type: res.headers.get('content-type') }).toEqual({ url, type });
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      const body = await res.text();
      expect(body.length).toBeGreaterThan(10);
      expect({ url, remote: remoteReferences(body, new URL(app.url).host) }).toEqual({ url, remote: [] });
    }
  });

  it('the remote-reference check catches what it should', () => {
    expect(remoteReferences('import x from "https://esm.sh/react"', 'h')).toHaveLength(1);
    expect(remoteReferences('import("https://esm.sh/react")', 'h')).toHaveLength(1);
    expect(remoteReferences('<script src="http://127.0.0.1:4000/explorer/x.js">', '127.0.0.1:4000')).toEqual([]);
    expect(remoteReferences('@import url("https://fonts.googleapis.com/css")', 'h').length).toBeGreaterThan(0);
    expect(remoteReferences('a{background:url(//cdn.example/x.png)}', 'h')).toHaveLength(1);
    expect(remoteReferences('<script src="https://unpkg.com/graphiql"></script>', 'h')).toHaveLength(1);
    expect(remoteReferences('"see https://reactjs.org/docs/error-decoder.html"; url(data:font/woff2;base64,AA)', 'h')).toEqual([]);
  });

  it('config.js preloads the header template, every example operation as a tab, and the schema', async () => {
    const res = await fetch(`${app.url}/explorer/config.js`);
    const text = await res.text();
    const config = JSON.parse(text.replace(/^window\.TASDEEQ_EXPLORER = /, '').replace(/;\n$/, '')) as {
      headers: string;
      operations: { name: string; query: string; variables: string | null }[];
      schema: IntrospectionQuery;
    };
    expect(printSchema(lexicographicSortSchema(buildClientSchema(config.schema)))).toBe(printSchema(lexicographicSortSchema(schema)));
    expect(JSON.parse(config.headers)).toEqual({ Authorization: 'ApiKey <paste your key>' });
    expect(config.headers).toBe(HEADERS_TEMPLATE);
    expect(config.operations.map((o) => o.name)).toEqual(operations.map((o) => o.name));
    expect(config.operations.length).toBeGreaterThanOrEqual(8);
  });

  it('API clients still reach the API at GET /graphql; unknown explorer files are 404', async () => {
    const api = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(api.headers.get('content-type')).toMatch(/^application\/json/);
    expect((await fetch(`${app.url}/graphql`, { headers: { accept: 'application/json' } })).headers.get('content-type')).not.toMatch(/html/);
    expect((await fetch(`${app.url}/explorer/package.json`)).status).toBe(404);
    expect((await fetch(`${app.url}/explorer/..%2Fpackage.json`)).status).toBe(404);
  });

  it('documents the selector that shows GraphiQL rendered', () => {
    expect(GRAPHIQL_RENDERED_SELECTOR).toBe('.graphiql-container');
    expect(fs.readFileSync(path.resolve(__dirname, '../docs/integrators.md'), 'utf8')).toContain(GRAPHIQL_RENDERED_SELECTOR);
  });

  describe('example operations', () => {
    it.each(operations.map((o) => [o.name, o]))('%s validates against the schema, with its variables', (_name, op) => {
      const document = parse(op.query);
      expect(validate(schema, document)).toEqual([]);
      const operation = getOperationAST(document) as OperationDefinitionNode;
      expect(operation).not.toBeNull();
      const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], op.variables ? JSON.parse(op.variables) : {});
      expect(coerced.errors ?? []).toEqual([]);
    });

    it.each(operations.map((o) => [o.name, o]))('%s runs without errors on the demo data, as its example role', async (_name, op) => {
      const role = /^# Example role: ([A-Z_]+)/.exec(op.query)?.[1] as Role | undefined;
      expect(role && Object.values(Role).includes(role)).toBe(true);
      const key = await app.key(role!);
      const res = await app.gql(op.query, op.variables ? JSON.parse(op.variables) : undefined, key);
      expect(res.body.errors).toBeUndefined();
      expect(res.status).toBe(200);
    });
  });
});

describe('API explorer (production)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ demoData: false, env: { NODE_ENV: 'production' } });
  });
  afterAll(() => app.close());

  it('serves no HTML: GET /graphql answers as the API does, and /explorer/ files do not exist', async () => {
    const browser = await fetch(`${app.url}/graphql`, { headers: BROWSER });
    const plain = await fetch(`${app.url}/graphql`, { headers: { accept: 'application/json' } });
    expect(browser.headers.get('content-type')).not.toMatch(/html/);
    expect(browser.headers.get('content-security-policy')).toBeNull();
    // The same answer as a non-browser GET (only the request ID differs).
    const withoutRequestId = async (res: Response) => ({ status: res.status, body: (await res.text()).replace(/"requestId":"[^"]+"/, '') });
    expect(await withoutRequestId(browser)).toEqual(await withoutRequestId(plain));
    for (const file of ['graphiql.min.js', 'react.production.min.js', 'explorer.js', 'config.js']) {
      const res = await fetch(`${app.url}/explorer/${file}`);
      expect(res.status).toBe(404);
      expect(await res.text()).not.toMatch(/<html|GraphiQL/);
    }
  });
});
