import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { startTestApp, type TestApp } from './helpers/app';
import { DASHBOARD_CSP, DASHBOARD_DIR } from '../src/web/dashboard.router';
import { AREA_DASHBOARD, VIEWER_AREA } from '../web/dashboard/src/queries';

// The reference welfare dashboard's serving (the page itself is driven in Chromium by test/e2e/dashboard.e2e.test.ts).

const EXPECTED_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; " +
  "object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

beforeAll(() => {
  if (!fs.existsSync(path.join(DASHBOARD_DIR, 'index.html'))) {
    throw new Error(`${DASHBOARD_DIR}/index.html is missing: run \`npm run build\` first (npm test does).`);
  }
});

describe.each(['test', 'production'])('/dashboard with NODE_ENV=%s', (nodeEnv) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ demoData: false, env: { NODE_ENV: nodeEnv } });
  });
  afterAll(() => app.close());

  it('redirects /dashboard to /dashboard/ and serves the page under a CSP of this origin alone', async () => {
    const redirect = await fetch(`${app.url}/dashboard`, { redirect: 'manual' });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/dashboard/');

    const page = await fetch(`${app.url}/dashboard/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(EXPECTED_CSP);
    expect(DASHBOARD_CSP).toBe(EXPECTED_CSP);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const html = await page.text();
    expect(html).toContain('<title>Welfare dashboard · Tasdeeq</title>');
    // No inline script (the CSP would refuse it) and nothing from another origin.
    expect(html.match(/<script\b[^>]*>/g)).toEqual([expect.stringMatching(/^<script type="module" crossorigin src="\/dashboard\/assets\/index-[\w-]+\.js">$/)]);
    expect(html).not.toMatch(/<style\b|\sstyle="/);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
  });

  it('serves the hashed assets for a year and the favicon for a revalidation', async () => {
    const html = await (await fetch(`${app.url}/dashboard/`)).text();
    const assets = [...html.matchAll(/(?:src|href)="(\/dashboard\/[^"]+)"/g)].map((m) => m[1]);
    expect(assets).toEqual([
      '/dashboard/favicon.svg',
      expect.stringMatching(/^\/dashboard\/assets\/index-[\w-]+\.js$/),
      expect.stringMatching(/^\/dashboard\/assets\/index-[\w-]+\.css$/),
    ]);
    const types: Record<string, string> = {
      svg: 'image/svg+xml',
      js: 'text/javascript; charset=utf-8',
      css: 'text/css; charset=utf-8',
    };
    for (const asset of assets) {
      const response = await fetch(`${app.url}${asset}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(types[asset.split('.').pop() as string]);
      expect(response.headers.get('content-security-policy')).toBe(EXPECTED_CSP);
      expect(response.headers.get('cache-control')).toBe(
        asset.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    }
  });

  it('answers a path that is not part of the page with the API 404, not with a file listing', async () => {
    for (const missing of ['/dashboard/nope.js', '/dashboard/assets/', '/dashboard/../package.json', '/dashboard/%2e%2e/package.json']) {
      const response = await fetch(`${app.url}${missing}`, { redirect: 'manual' });
      expect([response.status, missing]).toEqual([404, missing]);
      expect(await response.json()).toEqual({ error: 'Not found. The API is at /graphql.' });
    }
  });
});

describe("the dashboard's operations", () => {
  // The page types its results by hand (web/dashboard/src/types.ts); this keeps its queries valid for the schema.
  const schema = buildSchema(fs.readFileSync(path.join(__dirname, '..', 'schema.graphql'), 'utf8'));
  it.each([
    ['DashboardViewerArea', VIEWER_AREA],
    ['AreaDashboard', AREA_DASHBOARD],
  ])('%s is valid against schema.graphql', (_name, query) => {
    expect(validate(schema, parse(query)).map((e) => e.message)).toEqual([]);
  });
});
