import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type JWK, type KeyLike } from 'jose';

const PRIVATE_SUFFIX = '.private.json';
const PUBLIC_SUFFIX = '.public.json';
const RETIRED = 'retired';
/** How often the directory is looked at again (a rotation by the CLI is picked up within this, without a restart). */
const REFRESH_MS = 2000;

/** A key as stored: the JWK (private part only in the active files), its thumbprint as key ID, and when it was made. */
interface StoredKey {
  kid: string;
  createdAt: string;
  jwk: JWK;
}

/** A public key as published at /.well-known/jwks.json. */
export interface PublicJwk extends JWK {
  kid: string;
  alg: 'EdDSA';
  use: 'sig';
}

/**
 * Responsible for the receipt signing keys (Ed25519), kept in files under one directory, never in the database (so
 * no SQL the application role can run reads them) and never logged:
 *   <dir>/<created>-<kid>.private.json   keys that may sign; the newest signs (mode 0600, directory 0700)
 *   <dir>/retired/<kid>.public.json      public halves of rotated keys, still published so old receipts verify
 * The first start creates a key. `npm run receipt-keys -- rotate` adds a new one and retires the others; servers pick
 * the change up within seconds, and every key ever used stays in the published set.
 */
export class ReceiptKeyStore {
  private signer: { kid: string; key: KeyLike } | null = null;
  private published: PublicJwk[] = [];
  private stamp = '';
  private checkedAt = 0;

  private constructor(readonly dir: string) {}

  static async open(dir: string): Promise<ReceiptKeyStore> {
    ensureDirectory(dir);
    if (!privateFiles(dir).length) await createReceiptKey(dir);
    const store = new ReceiptKeyStore(dir);
    await store.reload();
    return store;
  }

  /** The key that signs now, with its key ID. */
  async signingKey(): Promise<{ kid: string; key: KeyLike }> {
    await this.refresh();
    if (!this.signer) throw new Error(`No receipt signing key in ${this.dir}: run \`npm run receipt-keys -- rotate\`.`);
    return this.signer;
  }

  /** Every public key, active and retired: the JWKS. */
  async publicKeys(): Promise<PublicJwk[]> {
    await this.refresh();
    return this.published;
  }

  private async refresh(): Promise<void> {
    if (Date.now() - this.checkedAt < REFRESH_MS) return;
    this.checkedAt = Date.now();
    if (directoryStamp(this.dir) !== this.stamp) await this.reload();
  }

  private async reload(): Promise<void> {
    const stamp = directoryStamp(this.dir);
    const active = privateFiles(this.dir).map((f) => readKey(path.join(this.dir, f)));
    const retired = retiredFiles(this.dir).map((f) => readKey(path.join(this.dir, RETIRED, f)));
    const newest = active[active.length - 1];
    this.signer = newest ? { kid: newest.kid, key: (await importJWK(newest.jwk, 'EdDSA')) as KeyLike } : null;
    const seen = new Set<string>();
    this.published = [...active.reverse(), ...retired]
      .filter((k) => !seen.has(k.kid) && seen.add(k.kid))
      .map((k) => publicHalf(k));
    this.stamp = stamp;
    this.checkedAt = Date.now();
  }
}

/** Creates a key that will sign from now on (the newest does). Returns its key ID. */
export async function createReceiptKey(dir: string, now = new Date()): Promise<string> {
  ensureDirectory(dir);
  const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  const jwk = await exportJWK(privateKey);
  const kid = await calculateJwkThumbprint({ kty: jwk.kty, crv: jwk.crv, x: jwk.x });
  const stored: StoredKey = { kid, createdAt: now.toISOString(), jwk: { ...jwk, kid, alg: 'EdDSA' } };
  const name = `${now.toISOString().replace(/[-:.]/g, '')}-${kid}${PRIVATE_SUFFIX}`;
  writeExclusive(path.join(dir, name), JSON.stringify(stored, null, 2));
  return kid;
}

/**
 * Rotation: a new key signs from now on; every older private key is retired (its public half kept in `retired/`,
 * the private half deleted). Receipts signed with any of them keep verifying against the published set.
 */
export async function rotateReceiptKeys(dir: string): Promise<{ kid: string; retired: string[] }> {
  const kid = await createReceiptKey(dir);
  const retired: string[] = [];
  fs.mkdirSync(path.join(dir, RETIRED), { recursive: true, mode: 0o700 });
  for (const file of privateFiles(dir)) {
    const key = readKey(path.join(dir, file));
    if (key.kid === kid) continue;
    const target = path.join(dir, RETIRED, `${key.kid}${PUBLIC_SUFFIX}`);
    if (!fs.existsSync(target)) writeExclusive(target, JSON.stringify({ kid: key.kid, createdAt: key.createdAt, jwk: publicHalf(key) }, null, 2));
    fs.unlinkSync(path.join(dir, file));
    retired.push(key.kid);
  }
  return { kid, retired };
}

/** Key IDs with what they can do, newest first, for the CLI. */
export function listReceiptKeys(dir: string): { kid: string; createdAt: string; state: 'SIGNING' | 'ACTIVE' | 'RETIRED' }[] {
  const active = privateFiles(dir).map((f) => readKey(path.join(dir, f)));
  const retired = retiredFiles(dir).map((f) => readKey(path.join(dir, RETIRED, f)));
  return [
    ...active.map((k, i) => ({ kid: k.kid, createdAt: k.createdAt, state: i === active.length - 1 ? ('SIGNING' as const) : ('ACTIVE' as const) })),
    ...retired.map((k) => ({ kid: k.kid, createdAt: k.createdAt, state: 'RETIRED' as const })),
  ].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

function publicHalf(key: StoredKey): PublicJwk {
  const { kty, crv, x } = key.jwk;
  return { kty, crv, x, kid: key.kid, alg: 'EdDSA', use: 'sig' };
}

function ensureDirectory(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
}

/** Oldest first: the names start with the creation time. */
function privateFiles(dir: string): string[] {
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith(PRIVATE_SUFFIX)).sort() : [];
}

function retiredFiles(dir: string): string[] {
  const retired = path.join(dir, RETIRED);
  return fs.existsSync(retired) ? fs.readdirSync(retired).filter((f) => f.endsWith(PUBLIC_SUFFIX)).sort() : [];
}

function readKey(file: string): StoredKey {
  const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as StoredKey;
  if (!parsed.kid || !parsed.jwk?.x) throw new Error(`${path.basename(file)} is not a receipt key.`);
  return parsed;
}

function directoryStamp(dir: string): string {
  const stat = (p: string) => (fs.existsSync(p) ? String(fs.statSync(p).mtimeMs) : '-');
  return `${stat(dir)}:${stat(path.join(dir, RETIRED))}`;
}

/** Written whole under a temporary name, then linked into place: a reader never sees half a key. */
function writeExclusive(target: string, content: string): void {
  const temp = path.join(path.dirname(target), `.${randomBytes(8).toString('hex')}.tmp`);
  fs.writeFileSync(temp, content, { mode: 0o600, flag: 'wx' });
  try {
    fs.linkSync(temp, target);
  } finally {
    fs.unlinkSync(temp);
  }
}
