import fs from 'node:fs';
import path from 'node:path';
import express from 'express';

/**
 * The reference welfare dashboard (web/dashboard, built by `npm run build` into dist/web/dashboard): a public,
 * static page that holds no data and reads only /graphql with the key its user types, like any integrator.
 * Served in every mode, under a CSP that allows this origin alone: no CDN, no inline script or style, no framing,
 * and no form submission (a failed script must not turn the sign-in form into a GET that puts the key in a URL).
 */
export const DASHBOARD_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS = {
  'Content-Security-Policy': DASHBOARD_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** The project root, found from this file whether it runs from src/ (ts-node, jest) or dist/src/ (npm start). */
function projectRoot(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return process.cwd();
  }
}

export const DASHBOARD_DIR = path.join(projectRoot(), 'dist', 'web', 'dashboard');

export function dashboardRouter(dir: string = DASHBOARD_DIR): express.Router {
  const router = express.Router();
  router.use((_req, res, next) => {
    res.set(SECURITY_HEADERS);
    next();
  });
  router.use(
    express.static(dir, {
      index: 'index.html',
      redirect: true,
      dotfiles: 'ignore',
      setHeaders(res, file) {
        // Vite names assets by content hash: they never change. index.html does, so it is revalidated each time.
        const hashed = file.startsWith(path.join(dir, 'assets') + path.sep);
        res.setHeader('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    }),
  );
  router.get('/', (_req, res) => {
    // Only reached when index.html is missing: a checkout that was never built.
    res.status(503).type('text/plain').send('The dashboard is not built: run `npm run build`.\n');
  });
  return router;
}
