/**
 * `npm run test:e2e`, step one: make sure Debian's Chromium is at /usr/bin/chromium (Playwright's own browser
 * download does not work here). Installs it with apt-get when missing; fails plainly, with the reason, when it cannot.
 */
import fs from 'node:fs';
import { spawnSync } from 'node:child_process';
import { CHROMIUM_PATH } from '../test/e2e/browser';

function fail(message: string): never {
  console.error(`test:e2e: ${message}`);
  process.exit(1);
}

function installed(): boolean {
  try {
    fs.accessSync(CHROMIUM_PATH, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

if (!installed()) {
  console.log(`test:e2e: ${CHROMIUM_PATH} is missing: installing the Debian package chromium.`);
  if (spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status !== 0) {
    fail(`cannot install Chromium: apt-get is not available. Install Chromium so that ${CHROMIUM_PATH} exists, then re-run.`);
  }
  const root = process.getuid?.() === 0;
  if (!root && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status !== 0) {
    fail('cannot install Chromium: not root and no passwordless sudo. Run `sudo apt-get install -y chromium`, then re-run.');
  }
  const sudo = root ? [] : ['sudo', '-n'];
  for (const args of [['apt-get', 'update'], ['apt-get', 'install', '-y', 'chromium']]) {
    const [command, ...rest] = [...sudo, ...args];
    const result = spawnSync(command, rest, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (result.status !== 0) {
      fail(`cannot install Chromium: \`${[...sudo, ...args].join(' ')}\` failed (${result.error?.message ?? `exit ${result.status}`}).`);
    }
  }
  if (!installed()) fail(`the chromium package installed, but ${CHROMIUM_PATH} is still missing.`);
}
