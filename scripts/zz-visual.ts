import { launchOfflineBrowser } from '../test/e2e/browser';
(async () => {
  const b = await launchOfflineBrowser();
  const p = b.page;
  await p.goto('http://127.0.0.1:4106/dashboard/');
  await p.getByLabel('Analyst API key').fill('tsq_bad');
  await p.getByRole('button', { name: 'Sign in' }).click();
  await p.getByTestId('error').waitFor();
  console.log('error:', await p.getByTestId('error').innerText());
  await p.screenshot({ path: '/tmp/wdvis/bad.png' });
  await p.getByLabel('Analyst API key').fill('tsq_good');
  await p.getByRole('button', { name: 'Sign in' }).click();
  await p.locator('[data-testid=dashboard][data-state=ready]').waitFor();
  await p.getByLabel('Province').selectOption('PUNJAB');
  await p.locator('[data-testid=dashboard][data-state=ready][data-area=PUNJAB]').waitFor();
  await p.screenshot({ path: '/tmp/wdvis/punjab.png', fullPage: true });
  console.log({ blocked: b.blockedRequests, pageErrors: b.pageErrors, consoleErrors: b.consoleErrors });
  await b.close();
})().catch((e) => { console.error(e); process.exit(1); });
