import { Role } from '../../src/auth/role';
import { GRAPHIQL_RENDERED_SELECTOR } from '../../src/explorer/explorer';
import { startTestApp, type TestApp } from '../helpers/app';
import { launchOfflineBrowser, screenshot, type OfflineBrowser } from './browser';

/**
 * GraphiQL at GET /graphql, in headless Chromium that can reach nothing but the test server: it must render from the
 * API's own files (no CDN), with the example operations as tabs, and run a query with a pasted key.
 */
describe('API explorer (GraphiQL) with the network off', () => {
  let app: TestApp;
  let browser: OfflineBrowser;

  beforeAll(async () => {
    app = await startTestApp();
    browser = await launchOfflineBrowser();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('renders from local files only, with the examples as tabs, and runs a query with a pasted key', async () => {
    const key = await app.key(Role.EMPLOYER);
    const { page } = browser;
    await page.goto(`${app.url}/graphql`);
    await page.waitForSelector(GRAPHIQL_RENDERED_SELECTOR, { timeout: 30_000 });
    const tabs = await page.locator('.graphiql-tab').count();
    expect(tabs).toBeGreaterThanOrEqual(2);

    // The first tab comes with its variables (GraphiQL 4 takes them from a prop of their own, not from the tabs).
    const editors = () =>
      page
        .locator('.graphiql-editor-tool .CodeMirror')
        .evaluateAll((elements) => elements.map((e) => (e as unknown as { CodeMirror: { getValue(): string } }).CodeMirror.getValue()));
    expect((await editors())[0]).toContain('"cnic": "35202-1234567-1"');
    // Paste the key into the headers editor and run the first tab's operation as it is.
    await page.getByText('Headers', { exact: true }).first().click();
    const headers = page.locator('.graphiql-editor-tool .graphiql-editor').last();
    await headers.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(`{"Authorization": "ApiKey ${key}"}`);
    const answered = page.waitForResponse((r) => r.url().endsWith('/graphql') && r.request().method() === 'POST');
    await page.locator('.graphiql-execute-button').click();
    const response = await answered;
    expect(response.status()).toBe(200);
    await page.locator('.result-window').getByText('"data"').waitFor({ timeout: 15_000 });
    expect(await page.locator('.result-window').textContent()).toContain('"grade": "EXACT"');
    await screenshot(page, 'explorer');

    // Another tab brings its own operation and variables.
    await page.locator('.graphiql-tab').nth(1).click();
    await page.locator('.graphiql-editor-tool .CodeMirror').first().waitFor({ state: 'attached' });
    expect((await editors())[0]).toContain('"cnic": "35202-8765432-1"');

    expect({ blocked: browser.blockedRequests, pageErrors: browser.pageErrors }).toEqual({ blocked: [], pageErrors: [] });
  }, 90_000);
});
