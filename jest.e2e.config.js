/**
 * The end-to-end suite (`npm run test:e2e`): real server, headless Chromium (test/e2e/browser.ts). Apart from the
 * fast suite because it needs /usr/bin/chromium and a built dashboard; it shares the fast suite's database setup.
 * @type {import('jest').Config}
 */
 
const base = require('./jest.config');

module.exports = {
  ...base,
  testMatch: ['<rootDir>/test/e2e/**/*.e2e.test.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  maxWorkers: 1,
  testTimeout: 120000,
};
