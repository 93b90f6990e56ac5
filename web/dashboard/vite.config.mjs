import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * The reference welfare dashboard. Built by the root `npm run build` into dist/web/dashboard, which the API serves
 * at /dashboard (src/web/dashboard.router.ts). Everything it needs is bundled: no CDN, no web fonts, no inline script.
 */
export default defineConfig({
  root: here,
  base: '/dashboard/',
  publicDir: path.join(here, 'public'),
  logLevel: 'warn',
  // `npm run dev:web`: the page with hot reload on :5173, its /graphql calls proxied to a running `npm start`.
  server: {
    host: '127.0.0.1',
    proxy: { '/graphql': process.env.TASDEEQ_API_URL ?? 'http://127.0.0.1:4000' },
  },
  build: {
    outDir: path.resolve(here, '../../dist/web/dashboard'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    // Keep every asset a file: data: URLs would need a looser CSP.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
});
