import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/**
 * Headless Chromium for the end-to-end suite (`npm run test:e2e`), with the network cut off: every request to
 * anything but the loopback test server is aborted and recorded, so a page that quietly needs a CDN, a web font or
 * a telemetry endpoint fails its test instead of passing on a connected laptop.
 */

/** Debian's chromium (scripts/ensure-chromium.ts installs it); Playwright's own browser download does not work here. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Where screenshots go (gitignored). */
export const RESULTS_DIR = path.resolve(__dirname, '..', '..', 'test-results');

export interface OfflineBrowser {
  context: BrowserContext;
  /** A first page, opened on about:blank. */
  page: Page;
  /** Every request the browser tried to send anywhere but loopback (each was aborted). Tests expect it empty. */
  blockedRequests: string[];
  /** Uncaught page exceptions. */
  pageErrors: string[];
  /** Console errors, CSP violations among them ("Refused to load ..."). */
  consoleErrors: string[];
  close(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function isLoopback(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && LOOPBACK.has(parsed.hostname);
  } catch {
    return false;
  }
}

/** Launches Chromium on a fresh profile with only loopback reachable; `close()` removes the profile. */
export async function launchOfflineBrowser(options: { viewport?: { width: number; height: number } } = {}): Promise<OfflineBrowser> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`${CHROMIUM_PATH} is missing: run the end-to-end suite with \`npm run test:e2e\`, which installs it.`);
  }
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tasdeeq-chromium-'));
  const blockedRequests: string[] = [];
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: options.viewport ?? { width: 1360, height: 1000 },
      serviceWorkers: 'block',
      acceptDownloads: false,
    });
  } catch (error) {
    fs.rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  }
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isLoopback(url)) return route.continue();
    blockedRequests.push(url);
    return route.abort('blockedbyclient');
  });
  await context.routeWebSocket(/.*/, (ws) => {
    if (isLoopback(ws.url().replace(/^ws/, 'http'))) return ws.connectToServer();
    blockedRequests.push(ws.url());
    return ws.close();
  });
  const watch = (page: Page) => {
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
  };
  context.on('page', watch);
  context.pages().forEach(watch);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    blockedRequests,
    pageErrors,
    consoleErrors,
    async close() {
      try {
        await context.close();
      } finally {
        fs.rmSync(userDataDir, { recursive: true, force: true });
      }
    },
  };
}

/** Saves a full-page screenshot under test-results/ and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
