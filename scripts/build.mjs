// The build: the API (tsc, incremental) and the reference dashboard (vite) into dist/.
//
//   node scripts/build.mjs             always build (`npm run build`, `npm test`)
//   node scripts/build.mjs --if-stale  build only when an input changed since the last successful build
//                                      (`npm start`, `npm run keys`, `npm run sandbox`, `npm run generate`)
//
// Why not rely on `tsc --incremental` alone: it still reads and checks the whole program (3-4 s idle, 20-40 s on a
// busy 2-core machine), and vite has no incremental mode at all. A key should not cost a build.
//
// What makes a build current: a SHA-256 over the content of every input (src/, migrations/, web/dashboard/, the
// tsconfigs, package.json, package-lock.json), written to dist/.build-fingerprint only after both steps succeeded,
// and removed before a build starts, so an interrupted or failed build is never taken as current. Content, not
// modification times: a checkout or a restored file with an old time still counts as a change. The check also
// requires every compiled file to exist, so a deleted dist/ file triggers a build. Plain JavaScript so that it runs
// before anything is compiled; about 50 ms when nothing changed.
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import crypto from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'dist');
const STAMP = path.join(DIST, '.build-fingerprint');
const LOCK = path.join(DIST, '.build-lock');
const TS_BUILD_INFO = path.join(DIST, '.tsbuildinfo');
const INPUT_DIRS = ['src', 'migrations', 'web/dashboard'];
const INPUT_FILES = ['package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json'];
/** TypeScript sources tsc compiles into dist/<same path>.js (tsconfig.build.json's `include`). */
const COMPILED_DIRS = ['src', 'migrations'];
const DASHBOARD_ENTRY = path.join(DIST, 'web/dashboard/index.html');

/** Every file under `dir`, relative to the root, sorted (so the fingerprint does not depend on directory order). */
function filesUnder(dir) {
  const absolute = path.join(ROOT, dir);
  if (!fs.existsSync(absolute)) return [];
  return fs
    .readdirSync(absolute, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.parentPath.split(path.sep).includes('node_modules'))
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

function inputs() {
  return [...INPUT_DIRS.flatMap(filesUnder), ...INPUT_FILES.filter((f) => fs.existsSync(path.join(ROOT, f)))];
}

function fingerprint(files) {
  const hash = crypto.createHash('sha256');
  for (const file of files) {
    hash.update(`${file}\0`);
    hash.update(fs.readFileSync(path.join(ROOT, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

const isTypeScriptSource = (file) => file.endsWith('.ts') && !file.endsWith('.d.ts');
const compiledPath = (file) => path.join(DIST, file.replace(/\.ts$/, '.js'));

/** The first compiled file (or the dashboard page) that should be in dist/ and is not. */
function missingOutput(files) {
  const source = files
    .filter((f) => COMPILED_DIRS.some((d) => f.startsWith(`${d}/`)) && isTypeScriptSource(f))
    .find((f) => !fs.existsSync(compiledPath(f)));
  if (source) return compiledPath(source);
  return fs.existsSync(DASHBOARD_ENTRY) ? null : DASHBOARD_ENTRY;
}

/** Why the build in dist/ is not current, or null when it is. */
function staleReason(files, print) {
  if (!fs.existsSync(STAMP)) return 'no complete build in dist/';
  if (fs.readFileSync(STAMP, 'utf8').trim() !== print) return 'sources changed since the last build';
  const missing = missingOutput(files);
  return missing ? `${path.relative(ROOT, missing)} is missing` : null;
}

/** Runs a build step; false (with the exit code set) when it failed. */
function run(args) {
  const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit' });
  if (result.status === 0) return true;
  process.exitCode = result.status ?? 1;
  return false;
}

/**
 * Compiled files whose source is gone (a moved or deleted module): tsc never removes them, and a stale one could
 * still be run or imported by path.
 */
function removeOrphans(files) {
  const sources = new Set(files.filter(isTypeScriptSource));
  for (const dir of COMPILED_DIRS) {
    for (const file of filesUnder(path.join('dist', dir))) {
      const match = /^dist\/(.*)\.js(\.map)?$/.exec(file);
      if (match && !sources.has(`${match[1]}.ts`)) fs.rmSync(path.join(ROOT, file));
    }
  }
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** One build at a time (`npm start` and `npm run keys` in two terminals would otherwise write dist/ together). */
function acquireLock() {
  fs.mkdirSync(DIST, { recursive: true });
  for (;;) {
    try {
      fs.writeFileSync(LOCK, String(process.pid), { flag: 'wx' });
      return;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
    }
    const holder = Number(fs.readFileSync(LOCK, 'utf8'));
    if (!holder || !isAlive(holder)) {
      fs.rmSync(LOCK, { force: true });
      continue;
    }
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
  }
}

function main() {
  const ifStale = process.argv.includes('--if-stale');
  let files = inputs();
  let print = fingerprint(files);
  if (ifStale && staleReason(files, print) === null) return;
  acquireLock();
  try {
    // Another process may have finished the same build while this one waited for the lock.
    files = inputs();
    print = fingerprint(files);
    const reason = staleReason(files, print);
    if (ifStale && reason === null) return;
    if (ifStale) process.stderr.write(`Building (${reason}) ...\n`);
    fs.rmSync(STAMP, { force: true });
    // tsc --incremental trusts its build info and does not re-emit a compiled file deleted behind its back.
    if (missingOutput(files)) fs.rmSync(TS_BUILD_INFO, { force: true });
    if (!run([path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'])) return;
    if (!run([path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'web/dashboard/vite.config.mjs'])) return;
    removeOrphans(files);
    const missing = missingOutput(files);
    if (missing) {
      process.stderr.write(`The build did not produce ${path.relative(ROOT, missing)}.\n`);
      process.exitCode = 1;
      return;
    }
    fs.writeFileSync(STAMP, `${print}\n`);
  } finally {
    fs.rmSync(LOCK, { force: true });
  }
}

main();
