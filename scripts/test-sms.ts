/**
 * `npm run test:sms`: the SMS channel against a real gateway. Installs Kannel from Debian when missing, starts the
 * API on a throwaway embedded database, creates an SMS_GATEWAY key, starts bearerbox and smsbox on a config written
 * for this run (loopback, free ports), drives messages in through Kannel's fake SMSC and checks the replies Kannel
 * sends back out. Then the person's own flows (issue #14), through the same gateway: CHECKS, DISPUTE and tracking IDs,
 * and consent end to end (the API sends the code through Kannel's sendsms, the fake SMSC receives it, the person
 * answers YES, a check cites the consent, the person withdraws it), with the refusals and the audit rows (read by an
 * AUDITOR key over the API). Every process it starts is stopped on the way out. Prints `N passed, M failed` last.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
const BEARERBOX = '/usr/sbin/bearerbox';
const SMSBOX = '/usr/sbin/smsbox';
const FAKESMSC = '/usr/lib/kannel/test/fakesmsc';
const MESSAGE_TIMEOUT_S = 20;

interface Case {
  name: string;
  from: string;
  to: string;
  /** fakesmsc's message type: `text` (plain, as typed in GSM-7) or `ucs2` (Unicode, as a phone sends Urdu). */
  type: 'text' | 'ucs2';
  text: string;
  expected: string;
}

const URDU = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0x06f0 + Number(d)));
const ARABIC = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d)));

const RASHID_UR = 'خبردار! راشد محمود ولد غلام محمود سزا یافتہ مجرم ہے۔ اسے بچوں اور خواتین کے قریب نہ جانے دیں۔';
const RASHID_EN = "Beware! Rashid Mehmood son of Ghulam Mehmood is a convict. Don't let him be around children and women.";
const NO_RECORD_UR = 'اس شناختی کارڈ نمبر پر جنسی مجرموں کے رجسٹر میں کوئی فعال ریکارڈ نہیں۔';
const NOT_SURVEYED_UR = 'آپ کا سروے مکمل نہیں۔ براہ کرم قریبی رجسٹریشن سینٹر تشریف لے جائیں۔';
const ELIGIBLE_UR = 'آپ رجسٹرڈ ہیں اور اہل ہیں۔';
const ELIGIBLE_EN = 'You are registered and eligible.';
const HELP_7000 = 'اپنا 13 ہندسوں کا شناختی کارڈ نمبر ڈیش کے بغیر 7000 پر بھیجیں۔\nSend your 13-digit CNIC without dashes to 7000.';
const TOO_MANY = 'بہت زیادہ پیغامات۔ کچھ دیر بعد دوبارہ بھیجیں۔\nToo many messages. Please try again later.';
const LIMIT_PER_HOUR = 3;
const SENDSMS_PASSWORD = 'test-sms-sendsms-secret';

const CASES: Case[] = [
  { name: '7000 offender hit (demo convict Rashid Mehmood), Urdu name line', from: '03001110001', to: '7000', type: 'text', text: '3520287654321', expected: RASHID_UR },
  { name: '7000 offender hit, written in English with dashes', from: '03001110002', to: '7000', type: 'text', text: 'check 35202-8765432-1', expected: RASHID_EN },
  { name: '7000 clear CNIC (Muhammad Ali), no record', from: '03001110003', to: '7000', type: 'text', text: '3520212345671', expected: NO_RECORD_UR },
  { name: '8171 not surveyed (Usman Qureshi)', from: '03001110004', to: '8171', type: 'text', text: '6110156789015', expected: NOT_SURVEYED_UR },
  { name: '8171 eligible household (Muhammad Ali)', from: '03001110005', to: '8171', type: 'text', text: '35202-1234567-1', expected: ELIGIBLE_UR },
  { name: '8171 eligible, asked in English', from: '03001110006', to: '8171', type: 'text', text: 'status 3520212345671', expected: ELIGIBLE_EN },
  { name: '7000 garbage text, help reply (two segments)', from: '03001110007', to: '7000', type: 'text', text: 'hello there', expected: HELP_7000 },
  { name: '7000 Urdu digits sent as Unicode', from: '03001110008', to: '7000', type: 'ucs2', text: URDU('35202-8765432-1'), expected: RASHID_UR },
  { name: '8171 Arabic-Indic digits sent as Unicode', from: '03001110009', to: '8171', type: 'ucs2', text: ARABIC('3520212345671'), expected: ELIGIBLE_UR },
  ...Array.from({ length: LIMIT_PER_HOUR + 1 }, (_, i): Case => ({
    name: `per-number limit (${LIMIT_PER_HOUR}/hour), message ${i + 1}`,
    from: '03001119999',
    to: '7000',
    type: 'text',
    text: '3520212345671',
    expected: i < LIMIT_PER_HOUR ? NO_RECORD_UR : TOO_MANY,
  })),
];

const started: { name: string; child: ChildProcess }[] = [];
let workDir = '';

function log(line: string): void {
  process.stdout.write(`${line}\n`);
}

/** Every child runs in its own process group, so stopping it stops what it started (the embedded PostgreSQL too). */
function start(name: string, command: string, args: string[], env: NodeJS.ProcessEnv = process.env): ChildProcess {
  const out = fs.openSync(path.join(workDir, `${name}.log`), 'a');
  const child = spawn(command, args, { cwd: ROOT, env, detached: true, stdio: ['ignore', out, out] });
  fs.closeSync(out);
  started.push({ name, child });
  return child;
}

function alive(child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null;
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    if (child.pid) process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

async function waitExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (!alive(child)) return true;
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** Last started, first stopped; the API gets SIGTERM alone first so it can stop its PostgreSQL cleanly. */
async function cleanup(): Promise<void> {
  for (const { child } of [...started].reverse()) {
    if (alive(child)) {
      try {
        process.kill(child.pid!, 'SIGTERM');
      } catch {
        // already gone
      }
      if (!(await waitExit(child, 15_000))) killGroup(child, 'SIGKILL');
    }
    killGroup(child, 'SIGKILL'); // leftovers in its group
  }
  started.length = 0;
  if (workDir && !process.env.KEEP_SMS_TEST_DIR) fs.rmSync(workDir, { recursive: true, force: true });
}

process.on('exit', () => {
  for (const { child } of started) killGroup(child, 'SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    log(`\n${signal}: stopping what this script started`);
    void cleanup().finally(() => process.exit(130));
  });
}

class SetupError extends Error {}

function kannelInstalled(): boolean {
  return [BEARERBOX, SMSBOX, FAKESMSC].every((f) => fs.existsSync(f));
}

function ensureKannel(): void {
  if (kannelInstalled()) return;
  log('Kannel is not installed: installing the Debian packages kannel and kannel-extras.');
  if (spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status !== 0) {
    throw new SetupError('cannot install Kannel: apt-get is not available (install the Debian packages kannel and kannel-extras).');
  }
  const sudo = process.getuid?.() === 0 ? [] : ['sudo', '-n'];
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['apt-get', 'update'], ['apt-get', 'install', '-y', 'kannel', 'kannel-extras']]) {
    const [command, ...rest] = [...sudo, ...args];
    const result = spawnSync(command, rest, { stdio: 'inherit', env });
    if (result.status !== 0) {
      throw new SetupError(
        `cannot install Kannel: \`${[...sudo, ...args].join(' ')}\` failed (${result.error?.message ?? `exit ${result.status}`}); ` +
          'run as root or install kannel and kannel-extras yourself.',
      );
    }
  }
  if (!kannelInstalled()) throw new SetupError(`Kannel installed, but ${FAKESMSC}, ${BEARERBOX} or ${SMSBOX} is missing.`);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(what: string, ms: number, check: () => Promise<boolean>, guard?: ChildProcess): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (guard && !alive(guard)) throw new SetupError(`${what}: the process exited (see its log below).`);
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new SetupError(`${what}: not ready within ${ms / 1000} s.`);
}

async function startApi(port: number, sendsmsPort: number): Promise<ChildProcess> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'development',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATA_DIR: path.join(workDir, 'data'),
    LOG_LEVEL: 'warn',
    WEBHOOK_WORKER: 'false',
    SMS_ALLOWED_ADDRESSES: '127.0.0.1,::1',
    SMS_MESSAGES_PER_HOUR: String(LIMIT_PER_HOUR),
    // Texts to people (consent codes) go out through Kannel's sendsms interface.
    SMS_SEND_URL: `http://127.0.0.1:${sendsmsPort}/cgi-bin/sendsms?username=tasdeeq&password=${SENDSMS_PASSWORD}`,
  };
  for (const name of ['DATABASE_URL', 'REDIS_URL', 'PGPORT', 'DEMO_DATA']) delete env[name];
  const api = start('api', process.execPath, [path.join(ROOT, 'dist/src/main.js')], env);
  await waitFor('the API (/readyz)', 120_000, async () => (await fetch(`http://127.0.0.1:${port}/readyz`)).ok, api);
  return api;
}

function createGatewayKey(): string {
  return createKey(['--role', 'SMS_GATEWAY', '--name', 'Kannel (test:sms)']);
}

function createKey(args: string[]): string {
  const result = spawnSync(
    process.execPath,
    [path.join(ROOT, 'dist/src/cli/keys.js'), 'create', ...args],
    { cwd: ROOT, env: { ...process.env, DATA_DIR: path.join(workDir, 'data'), LOG_LEVEL: 'warn', DATABASE_URL: '' }, encoding: 'utf8' },
  );
  const key = result.stdout.trim().split('\n').pop() ?? '';
  if (result.status !== 0 || !/^tsq_/.test(key)) throw new SetupError(`the keys CLI did not issue a key:\n${result.stderr}`);
  return key;
}

interface KannelPorts {
  admin: number;
  smsbox: number;
  smsc: number;
  api: number;
  sendsms: number;
}

function kannelConfig(ports: KannelPorts, key: string): string {
  const url = `http://127.0.0.1:${ports.api}/sms/inbound?from=%p&to=%P&text=%a&coding=%c&charset=%C&timestamp=%t&key=${key}`;
  return `group = core
admin-port = ${ports.admin}
admin-interface = 127.0.0.1
admin-password = ${key.slice(-16)}
admin-allow-ip = 127.0.0.1
admin-deny-ip = "*.*.*.*"
smsbox-port = ${ports.smsbox}
smsbox-interface = 127.0.0.1
box-allow-ip = 127.0.0.1
box-deny-ip = "*.*.*.*"
log-file = "${workDir}/bearerbox-kannel.log"
access-log = "${workDir}/access.log"
log-level = 1

group = smsc
smsc = fake
smsc-id = fake
port = ${ports.smsc}
connect-allow-ip = 127.0.0.1

group = smsbox
bearerbox-host = 127.0.0.1
bearerbox-port = ${ports.smsbox}
sendsms-port = ${ports.sendsms}
sendsms-interface = 127.0.0.1
log-file = "${workDir}/smsbox-kannel.log"
log-level = 1

group = sendsms-user
username = tasdeeq
password = ${SENDSMS_PASSWORD}
user-allow-ip = "127.0.0.1"
user-deny-ip = "*.*.*.*"
max-messages = 2
concatenation = true

group = sms-service
keyword = default
catch-all = true
get-url = "${url}"
max-messages = 2
concatenation = true
omit-empty = true
accept-x-kannel-headers = true
`;
}

async function startKannel(ports: KannelPorts, key: string): Promise<void> {
  const conf = path.join(workDir, 'kannel.conf');
  fs.writeFileSync(conf, kannelConfig(ports, key), { mode: 0o600 });
  const status = async () =>
    (await fetch(`http://127.0.0.1:${ports.admin}/status.txt?password=${encodeURIComponent(key.slice(-16))}`)).text();
  const bearerbox = start('bearerbox', BEARERBOX, [conf]);
  await waitFor('bearerbox (admin status)', 20_000, async () => /Status: running/i.test(await status()), bearerbox);
  const smsbox = start('smsbox', SMSBOX, [conf]);
  await waitFor('smsbox (connected to bearerbox)', 20_000, async () => /smsbox:\(none\), IP 127\.0\.0\.1/.test(await status()), smsbox);
}

/** fakesmsc's `ucs2` type: the UTF-16BE bytes, URL-encoded. */
function fakesmscData(c: Case): string {
  if (c.type === 'text') return c.text;
  return [...Buffer.from(c.text, 'utf16le').swap16()].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');
}

interface Part {
  /** The phone it was sent to. */
  to: string;
  total: number;
  seq: number;
  /** fakesmsc's type: `text` (GSM-7, shown as text), `ucs-2` (URL-encoded UTF-16BE) or `data` (URL-encoded 8-bit). */
  type: string;
  bytes: Buffer;
}

/** One "Got message" line: `<short-code phone type [udh] data>`, the reply Kannel sends back out. */
function parseReply(line: string): Part | null {
  const m = /Got message \d+: <\S+ (\S+) (.*)>$/s.exec(line);
  if (!m) return null;
  const to = m[1];
  const udh = /^udh (\S+) (\S+) (.*)$/s.exec(m[2]);
  if (udh) {
    const header = urlDecode(udh[1]);
    return { to, total: header[4] ?? 1, seq: header[5] ?? 1, type: udh[2], bytes: urlDecode(udh[3]) };
  }
  const single = /^(\S+) (.*)$/s.exec(m[2]);
  if (!single) return null;
  const [, type, data] = single;
  return { to, total: 1, seq: 1, type, bytes: type === 'text' ? Buffer.from(data, 'latin1') : urlDecode(data) };
}

/**
 * The log's "Got message" entries, one string each. The fake SMSC's protocol is a line per message, and Kannel hands
 * it a GSM-7 text as it is: a reply with line breaks reaches it as one message per line, the first with its sender,
 * receiver and type, the others bare. Each bare one is rejoined to the message before it.
 */
function messageLines(log: string): string[] {
  const entries: string[] = [];
  for (const line of log.split('\n')) {
    const m = /Got message \d+: <(.*)>$/.exec(line);
    if (!m) continue;
    if (/^\S+ \S+ (?:text|data|ucs-2|ucs2|udh) /.test(m[1]) || !entries.length) entries.push(line);
    else entries[entries.length - 1] = `${entries[entries.length - 1].slice(0, -1)}\n${m[1]}>`;
  }
  return entries;
}

function urlDecode(value: string): Buffer {
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i++) {
    if (value[i] === '%' && /^[0-9A-Fa-f]{2}$/.test(value.slice(i + 1, i + 3))) {
      bytes.push(parseInt(value.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(value[i] === '+' ? 0x20 : value.charCodeAt(i) & 0xff);
  }
  return Buffer.from(bytes);
}

/**
 * What the phone would show. The coding comes from bearerbox's access log (`[flags:mclass:coding:...]`), since
 * fakesmsc shows the parts of a concatenated reply as `data` whatever their coding: 2 is UCS-2 (UTF-16BE bytes),
 * 0 is GSM-7 (handed over as Latin-1 text).
 */
function decodeReply(parts: Part[], coding: string): { encoding: string; text: string } {
  const bytes = Buffer.concat(parts.map((p) => p.bytes));
  if (coding === '2') return { encoding: 'UCS-2', text: new TextDecoder('utf-16be').decode(bytes) };
  return { encoding: coding === '0' ? 'GSM-7' : `coding ${coding}`, text: bytes.toString('latin1') };
}

/** The codings bearerbox logged for messages sent to `phone` since `offset`. */
function sentCodings(offset: number, phone: string): string[] {
  const file = path.join(workDir, 'access.log');
  if (!fs.existsSync(file)) return [];
  const lines = fs.readFileSync(file).subarray(offset).toString('latin1').split('\n');
  return lines.flatMap((line) => {
    const m = /Sent SMS .*\[to:(\S+?)\] \[flags:-?\d+:(-?\d+):/.exec(line);
    return m && m[1] === phone ? [m[2]] : [];
  });
}

type Reply = { encoding: string; text: string; parts: number };

async function send(c: Case, smscPort: number): Promise<Reply> {
  return (await exchange(c, smscPort))[0];
}

/**
 * Sends one message through the fake SMSC and collects what Kannel sends back out: the reply to the sender, and the
 * messages to each phone in `alsoFor` (texts the API sends on its own, such as a consent code, which Kannel delivers
 * while the fake SMSC is connected). One reply per phone, in the order asked.
 */
async function exchange(c: Case, smscPort: number, alsoFor: string[] = []): Promise<Reply[]> {
  const sizeOf = (file: string) => (fs.existsSync(file) ? fs.statSync(file).size : 0);
  const logFile = path.join(workDir, 'fakesmsc.log');
  const offset = sizeOf(logFile);
  const accessBefore = sizeOf(path.join(workDir, 'access.log'));
  const message = `${c.from} ${c.to} ${c.type} ${fakesmscData(c)}`;
  // fakesmsc waits after its last message; `timeout` bounds it should this loop not stop it first.
  const child = start('fakesmsc', 'timeout', [String(MESSAGE_TIMEOUT_S), FAKESMSC, '-H', '127.0.0.1', '-r', String(smscPort), '-m', '1', message]);
  const phones = [c.from, ...alsoFor];
  const parts = new Map(phones.map((p) => [p, new Map<number, Part>()]));
  const totals = new Map(phones.map((p) => [p, 1]));
  const complete = () => phones.every((p) => parts.get(p)!.size > 0 && parts.get(p)!.size >= totals.get(p)!);
  const deadline = Date.now() + MESSAGE_TIMEOUT_S * 1000;
  while (Date.now() < deadline && !complete()) {
    await new Promise((r) => setTimeout(r, 100));
    for (const line of messageLines(fs.readFileSync(logFile).subarray(offset).toString('latin1'))) {
      const part = parseReply(line);
      if (!part || !parts.has(part.to)) continue;
      totals.set(part.to, part.total);
      parts.get(part.to)!.set(part.seq, part);
    }
    if (!alive(child)) break;
  }
  killGroup(child, 'SIGTERM');
  await waitExit(child, 2000);
  started.splice(started.findIndex((s) => s.child === child), 1);
  return phones.map((phone) => {
    const got = parts.get(phone)!;
    if (got.size === 0) return { encoding: '-', text: '(no reply within the time limit)', parts: 0 };
    const total = totals.get(phone)!;
    const ordered = [...got.keys()].sort((a, b) => a - b).map((k) => got.get(k)!);
    const codings = sentCodings(accessBefore, phone);
    const reply = decodeReply(ordered, codings[0] ?? '?');
    const problems = [
      got.size < total ? ` (only ${got.size} of ${total} parts)` : '',
      new Set(codings).size > 1 ? ` (parts in different codings: ${codings.join(', ')})` : '',
      // A part is 140 octets: 160 GSM-7 characters (text, one septet each here), or 140 bytes of UCS-2 or data.
      ordered.some((p) => p.bytes.length > (p.type === 'text' ? 160 : 140)) ? ' (a part over 140 octets)' : '',
    ].join('');
    return { ...reply, text: reply.text + problems, parts: got.size };
  });
}

async function main(): Promise<number> {
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tasdeeq-sms-'));
  // As root the embedded PostgreSQL runs as the `postgres` user, who must be able to reach its data directory.
  fs.chmodSync(workDir, 0o711);
  const began = Date.now();
  let passed = 0;
  let failed = 0;
  try {
    ensureKannel();
    if (!fs.existsSync(path.join(ROOT, 'dist/src/main.js'))) throw new SetupError('dist/ is missing: run `npm run build` first.');
    const ports: KannelPorts = { api: await freePort(), admin: await freePort(), smsbox: await freePort(), smsc: await freePort(), sendsms: await freePort() };
    log(`API on 127.0.0.1:${ports.api}; Kannel admin ${ports.admin}, smsbox ${ports.smsbox}, fake SMSC ${ports.smsc}; work dir ${workDir}`);
    await startApi(ports.api, ports.sendsms);
    const key = createGatewayKey();
    await startKannel(ports, key);
    log(`ready after ${((Date.now() - began) / 1000).toFixed(1)} s`);
    for (const c of CASES) {
      const got = await send(c, ports.smsc);
      const encoding = /[^\x20-\x7e]/.test(c.expected) ? 'UCS-2' : 'GSM-7';
      if (got.text === c.expected && got.encoding === encoding) {
        passed++;
        log(`ok     ${c.name} (${got.encoding}, ${got.parts} part${got.parts > 1 ? 's' : ''})`);
      } else {
        failed++;
        log(`FAILED ${c.name}\n       expected (${encoding}) ${JSON.stringify(c.expected)}\n       got      (${got.encoding}) ${JSON.stringify(got.text)}`);
      }
    }
    const subjects = await personFlows(ports);
    passed += subjects.passed;
    failed += subjects.failed;
  } catch (error) {
    failed = Math.max(failed + 1, CASES.length + PERSON_STEPS - passed);
    log(`\nSetup failed: ${error instanceof Error ? error.message : String(error)}`);
    if (!(error instanceof SetupError)) log(String((error as Error).stack));
    for (const name of ['api', 'bearerbox', 'smsbox', 'bearerbox-kannel', 'smsbox-kannel']) {
      const file = path.join(workDir, `${name}.log`);
      if (fs.existsSync(file)) log(`--- ${name}.log (last lines)\n${fs.readFileSync(file, 'utf8').split('\n').slice(-15).join('\n')}`);
    }
  } finally {
    await cleanup();
  }
  log(`took ${((Date.now() - began) / 1000).toFixed(1)} s`);
  log(`${passed} passed, ${failed} failed`);
  return failed === 0 && passed > 0 ? 0 : 1;
}

void main().then((code) => process.exit(code));

// ---------------------------------------------------------------------------------------------------------------------
// The person's own flows (issue #14), through the same gateway. Numbers registered in the demo mirror
// (docs/people-checked.md): each sends at most LIMIT_PER_HOUR messages.

const RASHID = { cnic: '3520287654321', number: '03218765432' };
const KAMRAN = { cnic: '4220165432105', number: '03126543210' };
const AYESHA = { cnic: '4210123456782', number: '03452345678' };
const USMAN = { cnic: '6110156789015', number: '03215678901' };
const NOT_REGISTERED = 'یہ پیغام اپنے نام پر رجسٹرڈ موبائل نمبر سے بھیجیں۔\nSend this from a mobile number registered in your name.';
const KAMRAN_UNDER_DISPUTE_UR = 'اس شناختی کارڈ کا ریکارڈ زیرِ اعتراض ہے۔ صرف اس جانچ پر عمل نہ کریں؛ معاملہ قانون نافذ کرنے والے ادارے کو بھیجیں۔';
/** How many checks personFlows reports (for the count when setup fails). */
const PERSON_STEPS = 16;
const today = () => new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Karachi', day: '2-digit', month: '2-digit', year: '2-digit' }).format(new Date());

async function graphql<T>(port: number, key: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `ApiKey ${key}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as T;
}

async function personFlows(ports: KannelPorts): Promise<{ passed: number; failed: number }> {
  let passed = 0;
  let failed = 0;
  const expect = (name: string, got: unknown, expected: unknown) => {
    const ok = JSON.stringify(got) === JSON.stringify(expected);
    if (ok) passed++;
    else failed++;
    log(ok ? `ok     ${name}` : `FAILED ${name}\n       expected ${JSON.stringify(expected)}\n       got      ${JSON.stringify(got)}`);
  };
  const text = (from: string, to: string, body: string, type: Case['type'] = 'text') => send({ name: '', from, to, type, text: body, expected: '' }, ports.smsc);
  const reply = async (from: string, to: string, body: string, type: Case['type'] = 'text') => {
    const r = await text(from, to, body, type);
    return [r.encoding, r.text];
  };
  const employer = createKey(['--role', 'EMPLOYER', '--name', 'Careful Homes', '--disclosure', 'NAME_LINE', '--require-verified-consent']);
  const auditor = createKey(['--role', 'AUDITOR', '--name', 'Auditor (test:sms)']);
  const audit = async (action: string, cnic: string) =>
    (await graphql<{ data: { auditEvents: { edges: { node: { outcome: string; role: string; purpose: string | null } }[] } } }>(ports.api, auditor,
      'query($f: AuditEventFilter) { auditEvents(first: 20, filter: $f) { edges { node { outcome role purpose } } } }', { f: { action, subjectCnic: cnic } })).data.auditEvents.edges.map((e) => e.node);

  // Who checked me. Rashid was checked three times by 7000 above (a member of the public each time).
  expect('CHECKS from the registered number: the latest checks by others (7000, English)', await reply(RASHID.number, '7000', `CHECKS ${RASHID.cnic}`),
    ['GSM-7', ['Checks of 35202-*******-1:', ...Array(3).fill(`${today()} Public SMS check (public check)`)].join('\n')]);
  expect('CHECKS with the Urdu keyword, sent as Unicode to 8171', await reply(AYESHA.number, '8171', 'کس نے جانچا ۴۲۱۰۱۲۳۴۵۶۷۸۲', 'ucs2'),
    ['UCS-2', '42101-*******-2 کو کسی نے نہیں جانچا۔']);
  expect('CHECKS from a number not registered to that CNIC: refused, in Urdu and English', await reply('03001110050', '7000', `CHECKS ${RASHID.cnic}`), ['UCS-2', NOT_REGISTERED]);
  expect('CHECKS audited as subject access by the gateway', await audit('subject.access', RASHID.cnic), [{ outcome: 'SUCCESS', role: 'SMS_GATEWAY', purpose: 'SUBJECT_ACCESS' }]);

  // Disputes with tracking.
  const [, filed] = await reply(KAMRAN.number, '7000', `DISPUTE ${KAMRAN.cnic} the conviction is not mine`);
  const trackingId = /Tracking ID (\S+)\. /.exec(filed)?.[1] ?? '(none)';
  expect('DISPUTE from the registered number: a tracking ID', filed, `Dispute received. Tracking ID ${trackingId}. Send it to 8171 for its status.`);
  expect('the tracking ID to 8171: the status, in Urdu and English', await reply(KAMRAN.number, '8171', trackingId.toLowerCase()),
    ['UCS-2', `اعتراض ${trackingId}: زیرِ غور ہے۔\nDispute ${trackingId}: open, under review.`]);
  expect('while disputed, the public 7000 check names no one (UNDER_DISPUTE)', await reply('03001110051', '7000', KAMRAN.cnic), ['UCS-2', KAMRAN_UNDER_DISPUTE_UR]);
  expect('the tracking ID from another number: as if unknown', (await reply(RASHID.number, '8171', trackingId))[1],
    'اس ٹریکنگ آئی ڈی کا کوئی اعتراض آپ کے نمبر پر نہیں۔\nNo dispute of yours has this ID. Check it; send from your registered number.');
  expect('DISPUTE audited with the person as subject', await audit('dispute.file', KAMRAN.cnic), [{ outcome: 'SUCCESS', role: 'SMS_GATEWAY', purpose: 'SUBJECT_ACCESS' }]);

  // Consent end to end: the code goes out through sendsms and the fake SMSC; the person answers it.
  const inMonth = new Date(Date.now() + 30 * 86_400_000);
  const asked = await graphql<{ data: { requestConsent: { consent: { id: string } | null } } }>(ports.api, employer,
    'mutation($i: RequestConsentInput!) { requestConsent(input: $i) { consent { id } } }',
    { i: { cnic: USMAN.cnic, purpose: 'EMPLOYMENT_SCREENING', scope: ['OFFENDER_CHECK'], expiresAt: inMonth.toISOString() } });
  const consentId = asked.data.requestConsent.consent?.id ?? '';
  // The request reaches Usman's phone while the fake SMSC is connected: carried by a help request from another phone.
  const [, delivered] = await exchange({ name: '', from: '03001110052', to: '7000', type: 'text', text: 'hello', expected: '' }, ports.smsc, [USMAN.number]);
  const code = /YES (\d{6})/.exec(delivered.text)?.[1] ?? '(none)';
  expect('requestConsent texts the person through Kannel: the institution, the purpose, the date, the code (Urdu)', [delivered.encoding, delivered.text],
    ['UCS-2', `Careful Homes: ملازمت کی جانچ کی اجازت ${new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Karachi', day: '2-digit', month: '2-digit', year: '2-digit' }).format(inMonth)} تک۔ ہاں: YES ${code} نہیں: NO ${code}`]);
  const check = (consent: string | null) => graphql<{ data: { verifyOffender: { result: string } } | null; errors?: { extensions: { code: string } }[] }>(ports.api, employer,
    'query($i: OffenderCheckInput!) { verifyOffender(input: $i) { result } }', { i: { cnic: USMAN.cnic, purpose: 'EMPLOYMENT_SCREENING', ...(consent ? { consentId: consent } : { consentRef: 'paper' }) } });
  expect('before the answer, a check needs the consent: CONSENT_REQUIRED', (await check(consentId)).errors?.[0].extensions.code, 'CONSENT_REQUIRED');
  expect('a wrong code changes nothing', await reply(USMAN.number, '7000', `YES ${code === '000000' ? '000001' : '000000'}`), ['GSM-7', 'This code is not valid. Nothing was changed.']);
  expect('the right code from a number not registered to the person: refused', (await reply('03001110053', '7000', `YES ${code}`))[1], NOT_REGISTERED);
  expect('YES <code> from the person\'s number grants it', await reply(USMAN.number, '7000', `YES ${code}`), ['GSM-7', 'Consent given to Careful Homes. To withdraw it, send WITHDRAW and the same code.']);
  expect('a check citing the granted consent answers', (await check(consentId)).data?.verifyOffender.result, 'NO_RECORD');
  expect('WITHDRAW <code> in Urdu withdraws it', await reply(USMAN.number, '7000', `واپس ${code}`, 'ucs2'), ['UCS-2', 'Careful Homes سے اجازت واپس لے لی گئی۔']);
  expect('consent answers audited (grant, withdraw; the wrong code as INVALID)',
    [...(await audit('consent.grant', USMAN.cnic)), ...(await audit('consent.withdraw', USMAN.cnic)), ...(await audit('consent.answer', USMAN.cnic))].map((a) => a.outcome),
    ['SUCCESS', 'SUCCESS', 'INVALID']);
  return { passed, failed };
}
