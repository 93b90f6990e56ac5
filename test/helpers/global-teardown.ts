import { adminQuery } from './databases';

export default async function globalTeardown(): Promise<void> {
  const template = process.env.TASDEEQ_TEST_TEMPLATE;
  if (template) await adminQuery(`drop database if exists ${template} with (force)`).catch(() => undefined);
  // Leftover per-file databases (a crashed worker) on a shared server.
  await globalThis.__TASDEEQ_EMBEDDED__?.stop();
}
